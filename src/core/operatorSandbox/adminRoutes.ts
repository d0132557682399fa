import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import {
  convertQuantityToMinor,
  msisdnPattern,
  retailerBucketPrefix,
  wholesaleBucketId,
} from '../operator/tmf654';
import type { ActionEngine } from './actionEngine';
import type { FaultInjector } from './faultInjector';
import { FaultSettings } from './faultSettings';
import { readJson } from './httpIo';
import { type ResolvedSandboxOptions, retailersMax, trafficSalesPerCallMax } from './sandboxOptions';
import type { SandboxWorld } from './sandboxWorld';
import { badRequest, conflict, notFound } from './tmfHttpError';
import type { TmfRender } from './tmfRender';
import { parseBody, type TmfResult } from './tmfRoutes';
import type { TrafficGenerator, TrafficSummary } from './trafficGenerator';

export const RetailerInput = z.object({
  partyId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1 to 40 letters, digits, - or _'),
  name: z.string().min(1).max(200),
  msisdn: z.string().regex(msisdnPattern, 'must be 8 to 15 digits'),
  initialBalance: z.number().min(0).optional(),
});
export type RetailerInput = z.infer<typeof RetailerInput>;

const TrafficInput = z.object({
  sales: z.number().int().min(0).max(trafficSalesPerCallMax),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

const CreditInput = z.object({ bucketId: z.string().min(1), amount: z.number().positive() });

/** A day: the default span of an admin traffic call ending now. */
const trafficDefaultSpanMs = 24 * 60 * 60 * 1000;
/** Bulk traffic reverses only sales at least this old. */
export const bulkReversalDelayMinMs = 60 * 60 * 1000;

export interface AdminContext {
  world: SandboxWorld;
  engine: ActionEngine;
  render: TmfRender;
  faults: FaultInjector;
  traffic: TrafficGenerator;
  options: ResolvedSandboxOptions;
  changed: () => void;
  now: () => number;
}

/** Adds a retailer party with its bucket and wallet; refuses a party id or wallet already in use. */
export function addRetailer(context: AdminContext, input: RetailerInput): void {
  const { world } = context;
  const bucketId = `${retailerBucketPrefix}${input.partyId}`;
  if (world.buckets.has(bucketId))
    throw conflict('RETAILER_EXISTS', `Retailer ${input.partyId} already exists.`);
  if ([...world.buckets.values()].some((bucket) => bucket.msisdn === input.msisdn)) {
    throw conflict('WALLET_IN_USE', `Wallet ${input.msisdn} already belongs to another bucket.`);
  }
  if (world.retailerPartyIds.length >= retailersMax) throw badRequest(`At most ${retailersMax} retailers.`);
  world.buckets.set(bucketId, {
    id: bucketId,
    name: `${input.name} wallet`,
    role: 'retailer',
    availableMinor: minor(context, input.initialBalance ?? 0, 'initialBalance'),
    reservedMinor: 0,
    partyId: input.partyId,
    partyName: input.name,
    partyAccountId: `PA-${input.partyId}`,
    msisdn: input.msisdn,
  });
  world.retailerPartyIds.push(input.partyId);
  context.changed();
}

export function generateTraffic(
  context: AdminContext,
  sales: number,
  fromMs: number,
  toMs: number,
  onlyPartyIds?: ReadonlySet<string>,
): TrafficSummary {
  if (!(toMs > fromMs)) throw badRequest('to must be after from.');
  const summary = context.traffic.generate(sales, fromMs, toMs, bulkReversalDelayMinMs, onlyPartyIds);
  context.changed();
  return summary;
}

function minor(context: AdminContext, amount: number, field: string): number {
  const converted = convertQuantityToMinor(amount, context.options.scale);
  if (!converted.ok) throw badRequest(`${field} ${converted.problem}.`);
  return converted.minor;
}

/** Loopback tools for tests and demos under `/sandbox-admin` (no bearer token, no faults). */
export async function handleAdmin(
  context: AdminContext,
  method: string,
  subPath: string,
  request: IncomingMessage,
): Promise<TmfResult> {
  const route = `${method} ${subPath}`;
  switch (route) {
    case 'POST /retailers': {
      const input = parseBody(RetailerInput, await readJson(request), 'retailer');
      addRetailer(context, input);
      return {
        status: 201,
        body: context.render.bucket(context.world.bucket(`${retailerBucketPrefix}${input.partyId}`)),
      };
    }
    case 'POST /credit': {
      const input = parseBody(CreditInput, await readJson(request), 'credit');
      const bucket = context.world.buckets.get(input.bucketId);
      if (bucket === undefined) throw notFound(`No bucket with id ${input.bucketId}.`);
      bucket.availableMinor += minor(context, input.amount, 'amount');
      context.changed();
      return { status: 200, body: context.render.bucket(bucket) };
    }
    case 'GET /faults':
      return { status: 200, body: context.faults.settings };
    case 'PUT /faults': {
      const settings = parseBody(FaultSettings, await readJson(request), 'faults');
      context.faults.settings = settings;
      return { status: 200, body: settings };
    }
    case 'POST /traffic': {
      const input = parseBody(TrafficInput, await readJson(request), 'traffic');
      const toMs = input.to === undefined ? context.now() : Date.parse(input.to);
      const fromMs = input.from === undefined ? toMs - trafficDefaultSpanMs : Date.parse(input.from);
      return { status: 200, body: generateTraffic(context, input.sales, fromMs, toMs) };
    }
    case 'POST /settle':
      return { status: 200, body: { settled: context.engine.settle(context.now()) } };
    case 'GET /stats':
      return { status: 200, body: sandboxStats(context.world) };
    default:
      throw notFound(
        `No admin route ${route}; known: POST /retailers, POST /credit, GET|PUT /faults, POST /traffic, POST /settle, GET /stats.`,
      );
  }
}

export interface SandboxStats {
  actions: { TopupBalance: number; TransferBalance: number; AdjustBalance: number };
  actionsByStatus: Record<string, number>;
  historyItems: number;
  retailers: number;
  wholesaleAvailableMinor: number;
  /** Client references that name more than one action: must always be 0. */
  referencesWithMoreThanOneAction: number;
}

export function sandboxStats(world: SandboxWorld): SandboxStats {
  const actions = { TopupBalance: 0, TransferBalance: 0, AdjustBalance: 0 };
  const actionsByStatus: Record<string, number> = {};
  const actionsByReference = new Map<string, number>();
  for (const action of world.actions.values()) {
    actions[action.type] += 1;
    actionsByStatus[action.status] = (actionsByStatus[action.status] ?? 0) + 1;
    if (action.clientReference !== undefined) {
      actionsByReference.set(
        action.clientReference,
        (actionsByReference.get(action.clientReference) ?? 0) + 1,
      );
    }
  }
  return {
    actions,
    actionsByStatus,
    historyItems: world.history.length,
    retailers: world.retailerPartyIds.length,
    wholesaleAvailableMinor: world.bucket(wholesaleBucketId).availableMinor,
    referencesWithMoreThanOneAction: [...actionsByReference.values()].filter((count) => count > 1).length,
  };
}
