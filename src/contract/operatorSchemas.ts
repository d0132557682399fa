import { z } from 'zod';

const Minor = z.number().int();
const PositiveMinor = z
  .number()
  .int('must be a whole number of minor units')
  .positive('must be more than zero')
  .max(999_999_999_999_999, 'is too large');
const OperatorId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'must be 2 to 32 lower-case letters, digits or - (e.g. mtn-ci)');
const HttpUrl = z
  .url('must be a URL such as https://api.operator.example/tmf-api/prepayBalanceManagement/v4')
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');
const ActionId = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{7,47}$/, 'must be a client-generated id (a UUIDv7)');
const Msisdn = z
  .string()
  .trim()
  .regex(/^[0-9]{8,15}$/, 'must be 8 to 15 digits, international format without + (e.g. 2250700000001)');
const PartyId = z.string().trim().min(1, 'is required').max(64, 'is longer than 64 characters');
const Note = z.string().trim().max(200, 'is longer than 200 characters').optional();

export const OperatorConnectInput = z.object({
  id: OperatorId,
  name: z.string().trim().min(2, 'must have at least 2 characters').max(80, 'is too long'),
  baseUrl: HttpUrl,
  tokenUrl: HttpUrl,
  clientId: z.string().min(1, 'is required').max(200),
  clientSecret: z.string().min(1, 'is required').max(500),
  apiKey: z.string().max(500).optional(),
  requestTimeoutMs: z.number().int().min(500, 'must be at least 500 ms').max(120_000).default(10_000),
  distributorPartyId: PartyId,
  partyAccountId: PartyId,
  wholesaleBucketId: PartyId,
  units: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'must be the three-letter currency the operator counts airtime in'),
  scale: z.number().int().min(0).max(9),
  /** Save without reaching the operator (an office that is offline today). */
  skipTest: z.boolean().default(false),
});
export type OperatorConnectInput = z.infer<typeof OperatorConnectInput>;

export const ConnectionTest = z.object({
  ok: z.boolean(),
  message: z.string(),
  durationMs: z.number().int(),
  wholesaleBalanceMinor: Minor.nullable(),
});
export type ConnectionTest = z.infer<typeof ConnectionTest>;

/** A connection as the UI sees it: never the secret or the API key, only whether they are set. */
export const OperatorConnectionView = z.object({
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  tokenUrl: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  hasApiKey: z.boolean(),
  requestTimeoutMs: z.number().int(),
  distributorPartyId: z.string(),
  partyAccountId: z.string(),
  wholesaleBucketId: z.string(),
  units: z.string(),
  scale: z.number().int(),
  assetCode: z.string(),
});
export type OperatorConnectionView = z.infer<typeof OperatorConnectionView>;

export const OperatorConnectResult = z.object({
  connection: OperatorConnectionView,
  test: ConnectionTest.nullable(),
});

export const OperatorSelector = z.object({ operatorId: OperatorId.optional() });

export const LinkRetailerInput = z.object({
  operatorId: OperatorId.optional(),
  partyId: PartyId,
  name: z.string().trim().min(2, 'must have at least 2 characters').max(120),
  msisdn: Msisdn.optional(),
  /** Offline: name the wallet's bucket instead of looking it up. */
  bucketId: PartyId.optional(),
});

export const LinkedWallet = z.object({
  partyId: z.string(),
  name: z.string(),
  bucketId: z.string(),
  msisdn: z.string().nullable(),
  accountId: z.string(),
});

export const WalletView = z.object({
  bucketId: z.string(),
  role: z.enum(['wholesale', 'retailer']),
  partyId: z.string(),
  partyName: z.string(),
  msisdn: z.string().nullable(),
  accountId: z.string(),
  operatorRemainingMinor: Minor.nullable(),
  operatorReservedMinor: Minor.nullable(),
  pulledAt: z.string().nullable(),
});
export type WalletView = z.infer<typeof WalletView>;

export const actionKinds = ['purchase', 'allocation', 'direct_topup', 'allocation_reversal'] as const;
export const ActionKind = z.enum(actionKinds);
export const actionStates = [
  'queued',
  'sending',
  'unknown',
  'awaiting',
  'cancelling',
  'confirmed',
  'failed',
  'cancelled',
] as const;
export const ActionState = z.enum(actionStates);
export type ActionState = z.infer<typeof ActionState>;

export const PurchaseInput = z.object({
  id: ActionId,
  operatorId: OperatorId.optional(),
  amountMinor: PositiveMinor,
  note: Note,
});
export const AllocateInput = z.object({
  id: ActionId,
  operatorId: OperatorId.optional(),
  partyId: PartyId,
  amountMinor: PositiveMinor,
  note: Note,
});
export const DirectTopupInput = z.object({
  id: ActionId,
  operatorId: OperatorId.optional(),
  msisdn: Msisdn,
  amountMinor: PositiveMinor,
  note: Note,
  /** The clerk saw the warning about the same line and amount a few minutes ago, and means it. */
  confirmDuplicate: z.boolean().default(false),
});

export const OperatorActionView = z.object({
  id: z.string(),
  operatorId: z.string(),
  kind: ActionKind,
  state: ActionState,
  /** Final, or waiting for someone: `failed` actions need attention (retry or leave). */
  needsAttention: z.boolean(),
  clientReference: z.string(),
  attempt: z.number().int(),
  amountMinor: Minor,
  targetBucketId: z.string(),
  partyId: z.string().nullable(),
  msisdn: z.string().nullable(),
  note: z.string().nullable(),
  pendingEntryId: z.string(),
  resolutionEntryId: z.string().nullable(),
  operatorActionId: z.string().nullable(),
  operatorStatus: z.string().nullable(),
  statusReason: z.string().nullable(),
  checks: z.number().int(),
  nextCheckAt: z.string(),
  requestedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalAt: z.string().nullable(),
});
export type OperatorActionView = z.infer<typeof OperatorActionView>;

export const queueFilters = ['open', 'attention', 'final', 'all'] as const;
export const SyncQueueInput = z.object({
  operatorId: OperatorId.optional(),
  filter: z.enum(queueFilters).default('open'),
  limit: z.number().int().min(1).max(5000).default(500),
});
export const SyncQueue = z.object({
  actions: z.array(OperatorActionView),
  truncated: z.boolean(),
  counts: z.object({
    queued: z.number().int(),
    inFlight: z.number().int(),
    needsAttention: z.number().int(),
    confirmed: z.number().int(),
    cancelled: z.number().int(),
  }),
});
export type SyncQueue = z.infer<typeof SyncQueue>;

export const ActionIdInput = z.object({ id: ActionId });

export const SyncRunInput = z.object({
  operatorId: OperatorId.optional(),
  /** Wait for the cycle and return its summary (the CLI); the UI starts it and watches the status. */
  wait: z.boolean().default(false),
  /** How long to wait at most for sent actions to become final before pulling. */
  settleWithinMs: z.number().int().min(0).max(600_000).default(0),
});

export const CycleSummary = z.object({
  id: z.string(),
  operatorId: z.string(),
  trigger: z.enum(['schedule', 'manual', 'cli']),
  outcome: z.enum(['completed', 'cancelled', 'offline', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string(),
  sent: z.number().int(),
  confirmed: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  pulled: z.number().int(),
  booked: z.number().int(),
  balancesPulled: z.number().int(),
  conflicts: z.number().int(),
  stillOpen: z.number().int(),
  message: z.string().nullable(),
});
export type CycleSummary = z.infer<typeof CycleSummary>;

export const SyncStatus = z.object({
  connection: z.enum(['not_configured', 'connected', 'offline', 'refused']),
  connectionMessage: z.string().nullable(),
  operatorId: z.string().nullable(),
  running: z
    .object({
      cycleId: z.string(),
      phase: z.enum(['sending', 'settling', 'pulling_sales', 'pulling_balances', 'done']),
      startedAt: z.string(),
      sent: z.number().int(),
      confirmed: z.number().int(),
      failed: z.number().int(),
      pulled: z.number().int(),
      pullTotal: z.number().int().nullable(),
      cancelling: z.boolean(),
    })
    .nullable(),
  lastCycle: CycleSummary.nullable(),
  scheduleEveryMs: z.number().int().nullable(),
  counts: SyncQueue.shape.counts,
  oldestOpenAt: z.string().nullable(),
  feeds: z.array(
    z.object({
      feed: z.string(),
      cursorAt: z.string(),
      lastStartedAt: z.string().nullable(),
      lastFinishedAt: z.string().nullable(),
      lastPulledCount: z.number().int(),
      lastError: z.string().nullable(),
    }),
  ),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const DifferenceLine = z.object({
  cause: z.enum(['pending_locally', 'unknown_to_us', 'not_yet_booked']),
  amountMinor: Minor,
  detail: z.string(),
  reference: z.string(),
});

export const BucketReconciliation = z.object({
  bucketId: z.string(),
  role: z.enum(['wholesale', 'retailer']),
  partyId: z.string(),
  partyName: z.string(),
  accountId: z.string(),
  ledgerPostedMinor: Minor,
  ledgerAvailableMinor: Minor,
  operatorTotalMinor: Minor.nullable(),
  operatorRemainingMinor: Minor.nullable(),
  operatorReservedMinor: Minor.nullable(),
  pulledAt: z.string().nullable(),
  differenceMinor: Minor.nullable(),
  explainedMinor: Minor,
  unexplainedMinor: Minor.nullable(),
  status: z.enum(['matched', 'explained', 'unexplained', 'not_pulled']),
  lines: z.array(DifferenceLine),
  linesOmitted: z.number().int(),
});
export type BucketReconciliation = z.infer<typeof BucketReconciliation>;

export const ReconciliationReport = z.object({
  operatorId: z.string(),
  operatorName: z.string(),
  units: z.string(),
  scale: z.number().int(),
  generatedAt: z.string(),
  buckets: z.array(BucketReconciliation),
  totals: z.object({
    buckets: z.number().int(),
    matched: z.number().int(),
    explained: z.number().int(),
    unexplained: z.number().int(),
    notPulled: z.number().int(),
    unexplainedMinor: Minor,
  }),
});
export type ReconciliationReport = z.infer<typeof ReconciliationReport>;
