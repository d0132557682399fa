import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import {
  AdjustBalanceCreate,
  BalanceActionCancel,
  ClientReference,
  clientReferenceHeader,
  EventSubscriptionInput,
  type HistoryActionType,
  TopupBalanceCreate,
  TransferBalanceCreate,
} from '../operator/tmf654';
import type { ActionEngine } from './actionEngine';
import type { HistoryQuery } from './historyQuery';
import { RawJson, readJson } from './httpIo';
import { countHeaders, parsePage } from './listQuery';
import { hubSubscriptionsMax } from './sandboxOptions';
import type { SandboxWorld } from './sandboxWorld';
import { badRequest, notFound, TmfHttpError } from './tmfHttpError';
import type { TmfRender } from './tmfRender';

/** What a TMF handler answers; the router sends it, or withholds it when a fault says so. */
export interface TmfResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface TmfContext {
  world: SandboxWorld;
  engine: ActionEngine;
  render: TmfRender;
  history: HistoryQuery;
  now: () => number;
}

type Handler = (
  context: TmfContext,
  request: IncomingMessage,
  query: URLSearchParams,
  id: string | undefined,
) => Promise<TmfResult>;

const actionResources: Record<string, HistoryActionType> = {
  topupBalance: 'TopupBalance',
  transferBalance: 'TransferBalance',
  adjustBalance: 'AdjustBalance',
};

/** Parses a body with a wire schema; the 400 names the first wrong field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  throw badRequest(`${what}: ${field}: ${issue?.message ?? 'is invalid'}.`);
}

/** The client reference from header and/or body; both present and different is refused. */
function clientReferenceOf(request: IncomingMessage, body: unknown): string | undefined {
  const header = request.headers[clientReferenceHeader.toLowerCase()];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const fromBody = (body as { clientReference?: unknown } | null)?.clientReference;
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw badRequest(
      `${clientReferenceHeader} (${fromHeader}) and body clientReference (${String(fromBody)}) differ.`,
    );
  }
  const reference = fromHeader ?? fromBody;
  if (reference === undefined) return undefined;
  const checked = ClientReference.safeParse(reference);
  if (!checked.success)
    throw badRequest(`clientReference ${checked.error.issues[0]?.message ?? 'is invalid'}.`);
  return checked.data;
}

function createAction(type: HistoryActionType): Handler {
  return async (context, request) => {
    const body = await readJson(request);
    const clientReference = clientReferenceOf(request, body);
    const now = context.now();
    const result =
      type === 'TopupBalance'
        ? context.engine.createTopup(
            parseBody(TopupBalanceCreate, body, 'TopupBalance_Create'),
            clientReference,
            now,
          )
        : type === 'TransferBalance'
          ? context.engine.createTransfer(
              parseBody(TransferBalanceCreate, body, 'TransferBalance_Create'),
              clientReference,
              now,
            )
          : context.engine.createAdjust(
              parseBody(AdjustBalanceCreate, body, 'AdjustBalance_Create'),
              clientReference,
              now,
            );
    return { status: result.created ? 201 : 200, body: context.render.action(result.action) };
  };
}

function listActions(type: HistoryActionType): Handler {
  return async (context, _request, query) => {
    const page = parsePage(query);
    const reference = query.get('clientReference');
    const status = query.get('status');
    let matches = [...context.world.actions.values()].filter((action) => action.type === type);
    if (reference !== null) {
      const id = context.world.actionIdByReference.get(reference);
      matches = matches.filter((action) => action.id === id);
    }
    if (status !== null) matches = matches.filter((action) => action.status === status);
    const items = matches
      .slice(page.offset, page.offset + page.limit)
      .map((action) => context.render.action(action));
    return { status: 200, body: items, headers: countHeaders(matches.length, items.length) };
  };
}

function getAction(type: HistoryActionType): Handler {
  return async (context, _request, _query, id) => {
    const action = context.world.actions.get(id ?? '');
    if (action === undefined || action.type !== type) throw notFound(`No ${type} with id ${id}.`);
    return { status: 200, body: context.render.action(action) };
  };
}

function cancelAction(type: HistoryActionType): Handler {
  return async (context, request, _query, id) => {
    const body = await readJson(request);
    parseBody(BalanceActionCancel, body, `${type}_Update (only {"status":"cancelled"} is accepted)`);
    return { status: 200, body: context.render.action(context.engine.cancel(type, id ?? '', context.now())) };
  };
}

const listBuckets: Handler = async (context, _request, query) => {
  const page = parsePage(query);
  const partyId = query.get('relatedParty.id');
  const msisdn = query.get('logicalResource.value') ?? query.get('logicalResource.id');
  const partyAccountId = query.get('partyAccount.id');
  const matches = [...context.world.buckets.values()].filter(
    (bucket) =>
      (partyId === null || bucket.partyId === partyId) &&
      (msisdn === null || bucket.msisdn === msisdn) &&
      (partyAccountId === null || bucket.partyAccountId === partyAccountId),
  );
  const items = matches
    .slice(page.offset, page.offset + page.limit)
    .map((bucket) => context.render.bucket(bucket));
  return { status: 200, body: items, headers: countHeaders(matches.length, items.length) };
};

const getBucket: Handler = async (context, _request, _query, id) => {
  const bucket = context.world.buckets.get(id ?? '');
  if (bucket === undefined) throw notFound(`No bucket with id ${id}.`);
  return { status: 200, body: context.render.bucket(bucket) };
};

const listHistory: Handler = async (context, _request, query) => {
  const page = context.history.page(query, parsePage(query));
  const feed = context.world.history;
  const text = context.render.historyPageJson(feed, page.indexes);
  return { status: 200, body: new RawJson(text), headers: countHeaders(page.total, page.indexes.length) };
};

const getHistory: Handler = async (context, _request, _query, id) => {
  const seq = Number((id ?? '').replace(/^[A-Z]+-/, ''));
  const index = Number.isSafeInteger(seq) ? context.world.history.indexOfSeq(seq) : -1;
  const item = index < 0 ? undefined : context.render.historyItem(context.world.history, index);
  if (item === undefined || item.id !== id) throw notFound(`No balanceActionHistory with id ${id}.`);
  return { status: 200, body: item };
};

const registerListener: Handler = async (context, request) => {
  const input = parseBody(EventSubscriptionInput, await readJson(request), 'EventSubscriptionInput');
  if (context.world.subscriptions.size >= hubSubscriptionsMax)
    throw badRequest(`This operator accepts at most ${hubSubscriptionsMax} hub listeners; remove one first.`);
  const id = `HUB-${context.world.nextSubscriptionNumber}`;
  context.world.nextSubscriptionNumber += 1;
  const subscription = { id, callback: input.callback, query: input.query };
  context.world.subscriptions.set(id, subscription);
  return {
    status: 201,
    body: { id, callback: input.callback, ...(input.query === undefined ? {} : { query: input.query }) },
  };
};

const unregisterListener: Handler = async (context, _request, _query, id) => {
  if (!context.world.subscriptions.delete(id ?? '')) throw notFound(`No hub listener with id ${id}.`);
  return { status: 204, body: undefined };
};

/** Routes by resource, with or without an id, and method. */
const routes: Record<string, { collection: Record<string, Handler>; item: Record<string, Handler> }> = {
  bucket: { collection: { GET: listBuckets }, item: { GET: getBucket } },
  balanceActionHistory: { collection: { GET: listHistory }, item: { GET: getHistory } },
  hub: { collection: { POST: registerListener }, item: { DELETE: unregisterListener } },
};
for (const [resource, type] of Object.entries(actionResources)) {
  routes[resource] = {
    collection: { GET: listActions(type), POST: createAction(type) },
    item: { GET: getAction(type), ...(type === 'AdjustBalance' ? {} : { PATCH: cancelAction(type) }) },
  };
}

/** The handler for a path below the base path, or a 404/405 error. */
export function routeTmf(method: string, subPath: string): { handler: Handler; id: string | undefined } {
  const [resource = '', id, extra] = subPath.replace(/^\//, '').split('/');
  const route = routes[resource];
  if (route === undefined || extra !== undefined || id === '') {
    throw notFound(
      `No TMF654 resource at ${subPath}; Airledger's sandbox serves ${Object.keys(routes).join(', ')}.`,
    );
  }
  const handlers = id === undefined ? route.collection : route.item;
  const handler = handlers[method];
  if (handler === undefined) {
    throw new TmfHttpError(
      405,
      'METHOD_NOT_ALLOWED',
      'Method Not Allowed',
      `${method} is not allowed on ${subPath}; allowed: ${Object.keys(handlers).join(', ') || 'none'}.`,
    );
  }
  return { handler, id: id === undefined ? undefined : decodeURIComponent(id) };
}
