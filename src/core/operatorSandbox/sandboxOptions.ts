import type { FaultSettings } from './faultSettings';
import { noFaults, parseFaultSpec } from './faultSettings';

/** Options of `startOperatorSandbox`; every field has a default. Durations in milliseconds, amounts in major units. */
export interface OperatorSandboxOptions {
  /** 0 picks a free port. Always 127.0.0.1. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** When set, TMF routes also need header `X-API-Key` with this value. */
  apiKey?: string;
  tokenLifetimeSeconds?: number;
  seed?: number;
  /** A spec string (`latency=50:0.1,drop=0.02`) or settings. */
  faults?: string | Partial<FaultSettings>;
  units?: string;
  /** Decimals of the unit (0 for XOF). */
  scale?: number;
  purchaseDelayMs?: number;
  topupDelayMs?: number;
  transferDelayMs?: number;
  /** Background sales per minute (0: none). */
  trafficRatePerMinute?: number;
  /** Loaded at start, saved atomically after changes and on close. */
  stateFile?: string;
  /** Stock of the wholesale bucket in a fresh world (major units). */
  wholesaleInitialBalance?: number;
  /** How long a `timeout` fault holds a request before closing its socket. */
  timeoutHoldMs?: number;
  /** Prints nothing unless given. */
  log?: (line: string) => void;
}

export interface ResolvedSandboxOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  apiKey: string | undefined;
  tokenLifetimeSeconds: number;
  seed: number;
  faults: FaultSettings;
  units: string;
  scale: number;
  purchaseDelayMs: number;
  topupDelayMs: number;
  transferDelayMs: number;
  trafficRatePerMinute: number;
  stateFile: string | undefined;
  wholesaleInitialBalance: number;
  timeoutHoldMs: number;
  log: (line: string) => void;
}

export const defaultClientId = 'airledger-sandbox';
export const defaultClientSecret = 'sandbox-secret';
export const defaultTokenLifetimeSeconds = 3600;
export const defaultTimeoutHoldMs = 30_000;
/** Tokens kept at once; the oldest go first (a client asks for one per hour). */
export const issuedTokensMax = 10_000;
/** Attempts to deliver one event to one listener, and the wait before each retry. */
export const eventDeliveryAttemptsMax = 3;
export const eventDeliveryRetryDelayMs = 200;
export const eventDeliveryTimeoutMs = 2_000;
export const hubSubscriptionsMax = 100;
/** Debounce of state file saves after a change. */
export const stateSaveDebounceMs = 250;
/** Sales one admin traffic call may generate. */
export const trafficSalesPerCallMax = 5_000_000;
/** Retailers the admin endpoint or `--retailers` may create. */
export const retailersMax = 25_000;

export function resolveSandboxOptions(options: OperatorSandboxOptions): ResolvedSandboxOptions {
  const faults =
    typeof options.faults === 'string'
      ? parseFaultSpec(options.faults)
      : { ...noFaults, ...(options.faults ?? {}) };
  const resolved: ResolvedSandboxOptions = {
    port: options.port ?? 0,
    clientId: options.clientId ?? defaultClientId,
    clientSecret: options.clientSecret ?? defaultClientSecret,
    apiKey: options.apiKey,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? defaultTokenLifetimeSeconds,
    seed: options.seed ?? 1,
    faults,
    units: options.units ?? 'XOF',
    scale: options.scale ?? 0,
    purchaseDelayMs: options.purchaseDelayMs ?? 2000,
    topupDelayMs: options.topupDelayMs ?? 200,
    transferDelayMs: options.transferDelayMs ?? 200,
    trafficRatePerMinute: options.trafficRatePerMinute ?? 0,
    stateFile: options.stateFile,
    wholesaleInitialBalance: options.wholesaleInitialBalance ?? 0,
    timeoutHoldMs: options.timeoutHoldMs ?? defaultTimeoutHoldMs,
    log: options.log ?? (() => {}),
  };
  if (!Number.isInteger(resolved.seed)) throw new RangeError('seed must be a whole number');
  if (resolved.tokenLifetimeSeconds <= 0) throw new RangeError('tokenLifetimeSeconds must be positive');
  return resolved;
}
