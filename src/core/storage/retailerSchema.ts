import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Commission plans retailers earn by: a default rate (flat or tiered by monthly volume) and
 * overrides per operator or per denomination. The rules are JSON checked by the contract's schema
 * on the way in and on the way out.
 */
export const commissionPlans = sqliteTable('commission_plans', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  rulesJson: text('rules_json').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * The distributor's resellers: sub-distributors and retailers in one hierarchy under the
 * distributor. `ancestry` is the chain of parent codes (`/SD-01/SD-07/`), so a branch is one
 * indexed prefix query. Retailers are never deleted: a closed one keeps its history and its code.
 */
export const retailers = sqliteTable(
  'retailers',
  {
    seq: integer('seq').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Case-folded name, for search and sorting without a collation on every read. */
    nameKey: text('name_key').notNull(),
    level: text('level', { enum: ['sub_distributor', 'retailer'] }).notNull(),
    parentCode: text('parent_code'),
    ancestry: text('ancestry').notNull(),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    region: text('region'),
    /** The MSISDN of the retailer's wallet at the operator. */
    walletMsisdn: text('wallet_msisdn'),
    /** The retailer's party id at the operator, which links its wallet (defaults to the code). */
    operatorPartyId: text('operator_party_id').notNull(),
    status: text('status', { enum: ['active', 'suspended', 'closed'] }).notNull(),
    statusReason: text('status_reason'),
    statusChangedAt: integer('status_changed_at'),
    statusChangedBy: text('status_changed_by'),
    terms: text('terms', { enum: ['prepaid', 'postpaid'] }).notNull(),
    creditLimitMinor: integer('credit_limit_minor').notNull().default(0),
    dailyAllocationLimitMinor: integer('daily_allocation_limit_minor'),
    commissionPlanCode: text('commission_plan_code').references(() => commissionPlans.code),
    /** Stock below this (airtime minor units) raises a low-stock alert. */
    lowStockThresholdMinor: integer('low_stock_threshold_minor'),
    /** Auto-replenishment: when stock falls below `below`, allocate up to `upTo` (JSON), within every limit. */
    replenishmentJson: text('replenishment_json'),
    receivableAccountId: text('receivable_account_id').notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('retailers_code_unique').on(table.code),
    uniqueIndex('retailers_operator_party_unique').on(table.operatorPartyId),
    index('retailers_name').on(table.nameKey),
    index('retailers_region').on(table.region, table.nameKey),
    // Region and terms together (the list's common pair of filters), counted from the index alone.
    index('retailers_region_terms').on(table.region, table.terms, table.nameKey),
    index('retailers_ancestry').on(table.ancestry),
    index('retailers_status').on(table.status, table.nameKey),
    index('retailers_wallet_msisdn').on(table.walletMsisdn),
    check('retailers_credit_limit_not_negative', sql`${table.creditLimitMinor} >= 0`),
    check(
      'retailers_closed_has_reason',
      sql`${table.status} <> 'closed' OR (${table.statusReason} IS NOT NULL AND length(${table.statusReason}) > 0)`,
    ),
  ],
);

/**
 * Money a retailer paid the distributor (cash, bank transfer, mobile money), each with its receipt
 * number and the ledger entry that booked it against the retailer's receivable.
 */
export const retailerPayments = sqliteTable(
  'retailer_payments',
  {
    /** Client-generated (UUIDv7): the same id twice records one payment. */
    id: text('id').primaryKey(),
    receiptNumber: text('receipt_number').notNull(),
    retailerCode: text('retailer_code')
      .notNull()
      .references(() => retailers.code),
    method: text('method', { enum: ['cash', 'bank_transfer', 'mobile_money'] }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    assetCode: text('asset_code').notNull(),
    /** The bank's or the wallet's transaction reference, the cash book's slip number. */
    reference: text('reference'),
    receivedAt: integer('received_at').notNull(),
    recordedAt: integer('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    note: text('note'),
    entryId: text('entry_id').notNull(),
  },
  (table) => [
    uniqueIndex('retailer_payments_receipt').on(table.receiptNumber),
    index('retailer_payments_retailer').on(table.retailerCode, table.receivedAt),
    check('retailer_payments_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);

/** Which allocations a payment settles, and how much of each. */
export const paymentApplications = sqliteTable(
  'payment_applications',
  {
    paymentId: text('payment_id')
      .notNull()
      .references(() => retailerPayments.id),
    actionId: text('action_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.paymentId, table.actionId] }),
    index('payment_applications_action').on(table.actionId),
    check('payment_applications_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);

/** Settings of the workspace that change how rules apply (approval thresholds, fraud guards). */
export const workspaceSettings = sqliteTable('workspace_settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/**
 * Allocations held for a second person's approval (above the threshold, or unusual for the
 * retailer). Nothing is reserved while held; approving runs every check again and queues it.
 */
export const allocationApprovals = sqliteTable(
  'allocation_approvals',
  {
    /** Client-generated; becomes the operator action's id once approved. */
    id: text('id').primaryKey(),
    operatorId: text('operator_id').notNull(),
    retailerCode: text('retailer_code')
      .notNull()
      .references(() => retailers.code),
    amountMinor: integer('amount_minor').notNull(),
    note: text('note'),
    reason: text('reason', { enum: ['above_threshold', 'unusual_amount'] }).notNull(),
    explanation: text('explanation').notNull(),
    state: text('state', { enum: ['awaiting_approval', 'approved', 'rejected'] }).notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: integer('requested_at').notNull(),
    decidedBy: text('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: integer('decided_at'),
    decisionNote: text('decision_note'),
  },
  (table) => [index('allocation_approvals_state').on(table.state, table.requestedAt)],
);

/** What auto-replenishment did: each allocation it queued, and each one the rules refused. */
export const replenishmentEvents = sqliteTable(
  'replenishment_events',
  {
    seq: integer('seq').primaryKey(),
    retailerCode: text('retailer_code').notNull(),
    outcome: text('outcome', { enum: ['queued', 'refused'] }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    actionId: text('action_id'),
    message: text('message').notNull(),
    at: integer('at').notNull(),
  },
  (table) => [index('replenishment_events_at').on(table.at)],
);
