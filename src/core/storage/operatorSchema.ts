import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The operator this workspace talks to (TMF654). The client secret and API key live only here,
 * inside the encrypted database, and no read operation ever returns them.
 */
export const operatorConnections = sqliteTable('operator_connections', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** TMF654 base URL, base path included. */
  baseUrl: text('base_url').notNull(),
  tokenUrl: text('token_url').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  apiKey: text('api_key'),
  requestTimeoutMs: integer('request_timeout_ms').notNull(),
  distributorPartyId: text('distributor_party_id').notNull(),
  partyAccountId: text('party_account_id').notNull(),
  wholesaleBucketId: text('wholesale_bucket_id').notNull(),
  /** The `units` of the operator's Quantities, and the ledger asset they are booked in. */
  units: text('units').notNull(),
  assetCode: text('asset_code').notNull(),
  scale: integer('scale').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  /** The demo operator that runs inside the app, its state kept in the workspace folder. */
  embeddedSandbox: integer('embedded_sandbox', { mode: 'boolean' }).notNull().default(false),
});

/**
 * An operator-side bucket (wallet) and the ledger account that mirrors it, with the balance the
 * operator reported at the last pull. Reconciliation compares the two.
 */
export const operatorBuckets = sqliteTable(
  'operator_buckets',
  {
    operatorId: text('operator_id').notNull(),
    bucketId: text('bucket_id').notNull(),
    role: text('role', { enum: ['wholesale', 'retailer'] }).notNull(),
    partyId: text('party_id').notNull(),
    partyName: text('party_name').notNull(),
    msisdn: text('msisdn'),
    accountId: text('account_id').notNull(),
    operatorRemainingMinor: integer('operator_remaining_minor'),
    operatorReservedMinor: integer('operator_reserved_minor'),
    pulledAt: integer('pulled_at'),
  },
  (table) => [
    primaryKey({ columns: [table.operatorId, table.bucketId] }),
    uniqueIndex('operator_buckets_party').on(table.operatorId, table.partyId),
  ],
);

/**
 * The outbox: one row per operator-bound action, written in the same transaction as its pending
 * ledger entry. `clientReference` is minted before any network call and changes only after a
 * definitive failure (a new attempt); every reference ever used is kept in the attempts table.
 */
export const operatorActions = sqliteTable(
  'operator_actions',
  {
    id: text('id').primaryKey(),
    operatorId: text('operator_id').notNull(),
    kind: text('kind', { enum: ['purchase', 'allocation', 'direct_topup', 'allocation_reversal'] }).notNull(),
    state: text('state', {
      enum: ['queued', 'sending', 'unknown', 'awaiting', 'cancelling', 'confirmed', 'failed', 'cancelled'],
    }).notNull(),
    clientReference: text('client_reference').notNull().unique(),
    attempt: integer('attempt').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    sourceBucketId: text('source_bucket_id'),
    targetBucketId: text('target_bucket_id').notNull(),
    partyId: text('party_id'),
    msisdn: text('msisdn'),
    note: text('note'),
    /** For an allocation reversal: the allocation whose stock goes back to the wholesale bucket. */
    reversesActionId: text('reverses_action_id'),
    pendingEntryId: text('pending_entry_id').notNull(),
    resolutionEntryId: text('resolution_entry_id'),
    operatorActionId: text('operator_action_id'),
    operatorStatus: text('operator_status'),
    /** Why the action failed, or what the last attempt to reach the operator said. */
    statusReason: text('status_reason'),
    checks: integer('checks').notNull().default(0),
    nextCheckAt: integer('next_check_at').notNull(),
    requestedBy: text('requested_by').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finalAt: integer('final_at'),
  },
  (table) => [
    index('operator_actions_open')
      .on(table.nextCheckAt)
      .where(sql`${table.state} NOT IN ('confirmed', 'failed', 'cancelled')`),
    index('operator_actions_created').on(table.createdAt),
    // A retailer's allocations: its page, its daily limit, the payments that settle them.
    index('operator_actions_party').on(table.partyId, table.createdAt),
  ],
);

/** Every client reference an action has used, and how that attempt ended. */
export const operatorActionAttempts = sqliteTable(
  'operator_action_attempts',
  {
    clientReference: text('client_reference').primaryKey(),
    actionId: text('action_id').notNull(),
    attempt: integer('attempt').notNull(),
    pendingEntryId: text('pending_entry_id').notNull(),
    outcome: text('outcome', { enum: ['open', 'confirmed', 'failed', 'cancelled'] }).notNull(),
    operatorActionId: text('operator_action_id'),
    endedAt: integer('ended_at'),
  },
  (table) => [uniqueIndex('operator_action_attempts_number').on(table.actionId, table.attempt)],
);

/**
 * The operator's balance-action history as pulled (the sales feed and everything else that moved a
 * bucket), one row per operator action id, so re-pulling a window adds nothing twice.
 */
export const operatorHistory = sqliteTable(
  'operator_history',
  {
    /** The operator's action id: unique at that operator only, so the key is (operator_id, id). */
    id: text('id').notNull(),
    operatorId: text('operator_id').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    /** What the item is to us: a retailer's sale, one of our own actions, a reversal, ... */
    classification: text('classification', {
      enum: ['retail_sale', 'direct_sale', 'own_action', 'sale_reversal', 'foreign_movement', 'not_ours'],
    }).notNull(),
    channel: text('channel'),
    requestorPartyId: text('requestor_party_id'),
    bucketId: text('bucket_id'),
    receiverBucketId: text('receiver_bucket_id'),
    msisdn: text('msisdn'),
    amountMinor: integer('amount_minor').notNull(),
    clientReference: text('client_reference'),
    reversesActionId: text('reverses_action_id'),
    requestedAt: integer('requested_at'),
    confirmedAt: integer('confirmed_at').notNull(),
    /** `posted`: its ledger entry is `entryId`; `waiting`: it could not be booked yet (retried each pull). */
    postingState: text('posting_state', { enum: ['posted', 'not_needed', 'waiting'] }).notNull(),
    entryId: text('entry_id'),
    waitingReason: text('waiting_reason'),
    pulledAt: integer('pulled_at').notNull(),
  },
  // Every index here is paid on each of a million inserts a pull makes: only the ones a screen or
  // the pull itself reads.
  (table) => [
    primaryKey({ columns: [table.operatorId, table.id] }),
    index('operator_history_waiting').on(table.confirmedAt).where(sql`${table.postingState} = 'waiting'`),
    // A retailer's sales, newest first, and its month's totals (the ledger books them by the hour).
    index('operator_history_retail_sales')
      .on(table.requestorPartyId, table.confirmedAt)
      .where(sql`${table.classification} = 'retail_sale'`),
    // A retailer's sale reversals by time (one sale in two hundred): settlements take back their commission.
    index('operator_history_sale_reversals')
      .on(table.requestorPartyId, table.confirmedAt)
      .where(sql`${table.classification} = 'sale_reversal'`),
    // Reconciliation's lookups touch only the rare rows: our own actions (they carry a reference) and
    // movements we did not make. Partial indexes keep those reads cheap and cost the pull nothing.
    index('operator_history_own_reference')
      .on(table.clientReference)
      .where(sql`${table.clientReference} IS NOT NULL`),
    index('operator_history_foreign')
      .on(table.bucketId)
      .where(sql`${table.classification} IN ('foreign_movement', 'direct_sale')`),
    // The reports' drill-down into non-reseller sales by time (few rows: the pull barely pays for it).
    index('operator_history_direct_sales')
      .on(table.confirmedAt)
      .where(
        sql`${table.classification} = 'direct_sale' OR (${table.classification} = 'own_action' AND ${table.type} = 'TopupBalance' AND substr(${table.bucketId}, 1, 4) = 'SUB-')`,
      ),
  ],
);

/**
 * Completed sales per operator, quarter of an hour and kind (retail or direct), kept by the pull as
 * it stores new sales: "today" in any time zone is a whole number of quarters (every UTC offset is),
 * so the dashboard's figures never scan the register.
 */
export const salesByQuarterHour = sqliteTable(
  'sales_by_quarter_hour',
  {
    operatorId: text('operator_id').notNull(),
    quarterStartMs: integer('quarter_start_ms').notNull(),
    classification: text('classification', { enum: ['retail_sale', 'direct_sale'] }).notNull(),
    count: integer('count').notNull(),
    faceValueMinor: integer('face_value_minor').notNull(),
  },
  (table) => [primaryKey({ columns: [table.quarterStartMs, table.operatorId, table.classification] })],
);

/** Where each incremental pull stands: a durable cursor and what the last pull did. */
export const syncFeeds = sqliteTable(
  'sync_feeds',
  {
    operatorId: text('operator_id').notNull(),
    feed: text('feed').notNull(),
    cursorAt: integer('cursor_at').notNull(),
    lastStartedAt: integer('last_started_at'),
    lastFinishedAt: integer('last_finished_at'),
    lastPulledCount: integer('last_pulled_count').notNull().default(0),
    lastError: text('last_error'),
  },
  (table) => [primaryKey({ columns: [table.operatorId, table.feed] })],
);

/** One row per sync cycle: what it did, for the Sync screen and the CLI's summary. */
export const syncCycles = sqliteTable('sync_cycles', {
  id: text('id').primaryKey(),
  operatorId: text('operator_id').notNull(),
  trigger: text('trigger', { enum: ['schedule', 'manual', 'cli'] }).notNull(),
  outcome: text('outcome', { enum: ['running', 'completed', 'cancelled', 'offline', 'failed'] }).notNull(),
  startedAt: integer('started_at').notNull(),
  finishedAt: integer('finished_at'),
  sent: integer('sent').notNull().default(0),
  confirmed: integer('confirmed').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  pulled: integer('pulled').notNull().default(0),
  conflicts: integer('conflicts').notNull().default(0),
  message: text('message'),
  cancelled: integer('cancelled').notNull().default(0),
  booked: integer('booked').notNull().default(0),
  balancesPulled: integer('balances_pulled').notNull().default(0),
  stillOpen: integer('still_open').notNull().default(0),
});
