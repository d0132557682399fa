import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { apiKeyHeader, quantityToMinor, sandboxAdminPath, tmfBasePath, tokenPath } from '../operator/tmf654';
import { ActionEngine } from './actionEngine';
import {
  type AdminContext,
  addRetailer,
  generateTraffic,
  handleAdmin,
  type RetailerInput,
  type SandboxStats,
  sandboxStats,
} from './adminRoutes';
import { EventHub } from './eventHub';
import { FaultInjector } from './faultInjector';
import type { FaultSettings } from './faultSettings';
import { HistoryQuery } from './historyQuery';
import { sendError, sendJson } from './httpIo';
import { type OperatorSandboxOptions, resolveSandboxOptions } from './sandboxOptions';
import { SandboxWorld } from './sandboxWorld';
import { forkSeed, SeededRandom } from './seededRandom';
import { loadWorld, StateSaver } from './statePersistence';
import { TmfHttpError } from './tmfHttpError';
import { TmfRender } from './tmfRender';
import { routeTmf, type TmfContext, type TmfResult } from './tmfRoutes';
import { handleTokenRequest } from './tokenEndpoint';
import { TokenIssuer } from './tokenIssuer';
import { type ScriptedSale, TrafficGenerator, type TrafficSummary } from './trafficGenerator';

export interface OperatorSandbox {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  tmfBaseUrl: string;
  tokenUrl: string;
  adminUrl: string;
  clientId: string;
  clientSecret: string;
  apiKey: string | undefined;
  units: string;
  scale: number;
  /** In-process twins of the admin routes, for tests and the CLI. */
  addRetailer(input: RetailerInput): void;
  /** Sales over [fromMs, toMs), by `onlyPartyIds`' retailers when given. */
  generateTraffic(
    sales: number,
    fromMs: number,
    toMs: number,
    onlyPartyIds?: ReadonlySet<string>,
  ): TrafficSummary;
  /** Exactly these sales (and reversals), for tests whose figures are worked out by hand. */
  scriptSales(sales: readonly ScriptedSale[]): void;
  setFaults(settings: Partial<FaultSettings>): void;
  settle(): number;
  stats(): SandboxStats;
  /** Stops listening, closes held sockets, waits for event deliveries, saves the state file. */
  close(): Promise<void>;
}

/** Seed streams: each purpose draws from its own sequence, so one does not shift another. */
const seedStream = { requests: 1, events: 2, traffic: 3 } as const;
/** How often background traffic runs when `trafficRatePerMinute` is set. */
const trafficTickMs = 1_000;
/** Background traffic reverses only sales at least this old. */
const liveReversalDelayMinMs = 60_000;

/** Starts the operator sandbox on 127.0.0.1: a TMF654 server with its own state, traffic and faults. */
export async function startOperatorSandbox(input: OperatorSandboxOptions = {}): Promise<OperatorSandbox> {
  const options = resolveSandboxOptions(input);
  const wholesaleInitialMinor = quantityToMinor(options.wholesaleInitialBalance, options.scale);
  const world =
    (options.stateFile === undefined ? undefined : loadWorld(options.stateFile)) ??
    new SandboxWorld(wholesaleInitialMinor);
  const saver =
    options.stateFile === undefined
      ? undefined
      : new StateSaver(
          options.stateFile,
          () => world,
          (error) => options.log(`state file not saved: ${String(error)}`),
        );
  const changed = () => saver?.schedule();
  const faults = new FaultInjector(
    options.faults,
    forkSeed(options.seed, seedStream.requests),
    forkSeed(options.seed, seedStream.events),
  );
  const hub = new EventHub(world, faults);
  const render = new TmfRender(world, options);
  const engine = new ActionEngine(
    world,
    options,
    (eventType, action) => {
      const resource = render.action(action);
      setImmediate(() => hub.publish(eventType, resource));
    },
    changed,
  );
  engine.resumeTimers(Date.now());
  const traffic = new TrafficGenerator(
    world,
    new SeededRandom(forkSeed(options.seed, seedStream.traffic)),
    options.scale,
  );
  const tokens = new TokenIssuer(options.clientId, options.clientSecret, options.tokenLifetimeSeconds);
  const now = () => Date.now();
  const tmfContext: TmfContext = { world, engine, render, history: new HistoryQuery(world), now };
  const adminContext: AdminContext = { world, engine, render, faults, traffic, options, changed, now };
  const heldSockets = new Set<Socket>();

  const serveTmf = async (
    request: IncomingMessage,
    response: ServerResponse,
    subPath: string,
    query: URLSearchParams,
  ) => {
    authorize(request, tokens, options.apiKey);
    const { handler, id } = routeTmf(request.method ?? 'GET', subPath);
    const decision = faults.decide(request.method !== 'GET');
    if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
    const outcome = decision.outcome;
    if (outcome.kind === 'errorBefore') throw simulatedError('before');
    if (outcome.kind === 'conflict') {
      throw new TmfHttpError(
        409,
        'TRANSIENT_CONFLICT',
        'Conflict',
        'Simulated conflict: nothing was applied; try again.',
      );
    }
    if (outcome.kind === 'timeout') {
      if (outcome.applied) await handler(tmfContext, request, query, id).catch(() => undefined);
      hold(request, response, heldSockets, options.timeoutHoldMs);
      return;
    }
    const result: TmfResult = await handler(tmfContext, request, query, id);
    if (outcome.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    if (outcome.kind === 'errorAfter') throw simulatedError('after');
    sendJson(response, result.status, result.body, result.headers);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    let work: Promise<void>;
    if (path === tokenPath) {
      work = handleTokenRequest(request, response, tokens);
    } else if (path === tmfBasePath || path.startsWith(`${tmfBasePath}/`)) {
      work = serveTmf(request, response, path.slice(tmfBasePath.length), url.searchParams);
    } else if (path.startsWith(`${sandboxAdminPath}/`)) {
      work = handleAdmin(
        adminContext,
        request.method ?? 'GET',
        path.slice(sandboxAdminPath.length),
        request,
      ).then((result) => sendJson(response, result.status, result.body, result.headers));
    } else {
      work = Promise.reject(
        new TmfHttpError(
          404,
          'NOT_FOUND',
          'Not Found',
          `Nothing at ${path}; the TMF654 API is under ${tmfBasePath}.`,
        ),
      );
    }
    work.catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return;
      if (error instanceof TmfHttpError) {
        sendError(response, error);
        return;
      }
      options.log(`operator sandbox: ${(error as Error)?.stack ?? String(error)}`);
      sendError(
        response,
        new TmfHttpError(500, 'INTERNAL', 'Internal Server Error', 'The sandbox failed; see its log.'),
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `http://127.0.0.1:${port}`;

  const trafficTimer =
    options.trafficRatePerMinute > 0
      ? setInterval(() => {
          const perTick = (options.trafficRatePerMinute * trafficTickMs) / 60_000;
          const random = new SeededRandom(world.nextSeq);
          const count = Math.floor(perTick) + (random.chance(perTick % 1) ? 1 : 0);
          if (count === 0) return;
          const end = Date.now();
          traffic.generate(count, end - trafficTickMs, end, liveReversalDelayMinMs);
          changed();
        }, trafficTickMs)
      : undefined;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    tmfBaseUrl: `${url}${tmfBasePath}`,
    tokenUrl: `${url}${tokenPath}`,
    adminUrl: `${url}${sandboxAdminPath}`,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    apiKey: options.apiKey,
    units: options.units,
    scale: options.scale,
    addRetailer: (retailer) => addRetailer(adminContext, retailer),
    generateTraffic: (sales, fromMs, toMs, onlyPartyIds) =>
      generateTraffic(adminContext, sales, fromMs, toMs, onlyPartyIds),
    scriptSales: (sales) => {
      traffic.script(sales);
      changed();
    },
    setFaults: (settings) => {
      faults.settings = { ...faults.settings, ...settings };
    },
    settle: () => engine.settle(Date.now()),
    stats: () => sandboxStats(world),
    close: () => {
      closing ??= (async () => {
        if (trafficTimer !== undefined) clearInterval(trafficTimer);
        engine.stop();
        for (const socket of heldSockets) socket.destroy();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await hub.close();
        await saver?.save();
      })();
      return closing;
    },
  };
}

function simulatedError(when: 'before' | 'after'): TmfHttpError {
  return new TmfHttpError(
    500,
    'SIMULATED_FAILURE',
    'Internal Server Error',
    when === 'before'
      ? 'Simulated failure before anything was applied.'
      : 'Simulated failure after the request was applied.',
  );
}

/** A `timeout` fault: no answer; the socket closes when the client gives up or after the hold time. */
function hold(
  request: IncomingMessage,
  response: ServerResponse,
  heldSockets: Set<Socket>,
  holdMs: number,
): void {
  const socket = request.socket;
  heldSockets.add(socket);
  const timer = setTimeout(() => socket.destroy(), holdMs);
  socket.once('close', () => {
    clearTimeout(timer);
    heldSockets.delete(socket);
  });
  response.once('close', () => clearTimeout(timer));
}

/** Bearer token (401 when missing, unknown or expired) and, when configured, the API key (403). */
function authorize(request: IncomingMessage, tokens: TokenIssuer, apiKey: string | undefined): void {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match?.[1] === undefined) {
    throw new TmfHttpError(
      401,
      'UNAUTHORIZED',
      'Unauthorized',
      'A bearer token is required: POST /oauth2/token first.',
    );
  }
  const verdict = tokens.check(match[1], Date.now());
  if (verdict !== 'valid') {
    throw new TmfHttpError(
      401,
      'UNAUTHORIZED',
      'Unauthorized',
      verdict === 'expired'
        ? 'The bearer token has expired; request a new one.'
        : 'The bearer token is not known.',
    );
  }
  if (apiKey !== undefined && request.headers[apiKeyHeader.toLowerCase()] !== apiKey) {
    throw new TmfHttpError(403, 'FORBIDDEN', 'Forbidden', `Header ${apiKeyHeader} is missing or wrong.`);
  }
}
