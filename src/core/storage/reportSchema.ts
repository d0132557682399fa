import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accessSchema';

/**
 * Rollups the reports read instead of the sales register, kept up to date in the same transaction
 * that stores each pulled page (so a report never disagrees with the register it summarises).
 * Days are UTC calendar days (`YYYY-MM-DD`); only completed sales count. Migration 0026 stores
 * these three WITHOUT ROWID (drizzle cannot say it): each is found and summed by its key alone.
 */

/** Every sale by day, operator, channel and denomination: the totals, series and mix of the reports. */
export const reportSalesDaily = sqliteTable(
  'report_sales_daily',
  {
    day: text('day').notNull(),
    operatorId: text('operator_id').notNull(),
    classification: text('classification', { enum: ['retail_sale', 'direct_sale'] }).notNull(),
    /** The operator's channel name; empty when the feed gave none. */
    channel: text('channel').notNull(),
    denominationMinor: integer('denomination_minor').notNull(),
    count: integer('count').notNull(),
    faceValueMinor: integer('face_value_minor').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.day, table.operatorId, table.classification, table.channel, table.denominationMinor],
    }),
  ],
);

/** Each reseller's sales and sale reversals by day: rankings, breakdowns and filtered totals. */
export const reportRetailerDaily = sqliteTable(
  'report_retailer_daily',
  {
    day: text('day').notNull(),
    operatorId: text('operator_id').notNull(),
    /** The reseller's party id at the operator (`retailers.operator_party_id`). */
    partyId: text('party_id').notNull(),
    salesCount: integer('sales_count').notNull(),
    salesMinor: integer('sales_minor').notNull(),
    reversalsCount: integer('reversals_count').notNull(),
    reversalsMinor: integer('reversals_minor').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.operatorId, table.partyId] }),
    index('report_retailer_daily_party').on(table.partyId, table.day),
  ],
);

/** Each reseller's month by denomination: what commission plans (slabs by monthly volume) need. */
export const reportRetailerMonthly = sqliteTable(
  'report_retailer_monthly',
  {
    month: text('month').notNull(),
    operatorId: text('operator_id').notNull(),
    partyId: text('party_id').notNull(),
    denominationMinor: integer('denomination_minor').notNull(),
    salesCount: integer('sales_count').notNull(),
    salesMinor: integer('sales_minor').notNull(),
    reversalsCount: integer('reversals_count').notNull(),
    reversalsMinor: integer('reversals_minor').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.month, table.operatorId, table.partyId, table.denominationMinor] }),
    index('report_retailer_monthly_party').on(table.partyId, table.month),
  ],
);

/**
 * A user's named filter sets for the dashboard ("Lagos, last month, MTN only"). Private to the
 * user who saved them; names are unique per user, whatever their case.
 */
export const reportSavedViews = sqliteTable(
  'report_saved_views',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** `lower(name)`, for the per-user uniqueness. */
    nameKey: text('name_key').notNull(),
    /** The filters, as the contract's saved-view filters (a relative period or fixed days). */
    filtersJson: text('filters_json').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [uniqueIndex('report_saved_views_user_name').on(table.userId, table.nameKey)],
);

/**
 * Customers acquired via resellers (migration 0025; `src/core/reports/customerLines.ts` keeps the
 * three tables below from the sales register, past a watermark, outside the pull's transaction).
 * One row per end-user line (MSISDN) at an operator: who topped it up first, and its top-ups since.
 * Top-ups are the sales the reports count (resellers', direct, our desk's); reversals lower the value.
 * WITHOUT ROWID (edited into the migration: drizzle cannot say it): the key is the only lookup of the
 * catch-up, so one B-tree instead of two.
 */
export const customerLines = sqliteTable(
  'customer_lines',
  {
    operatorId: text('operator_id').notNull(),
    msisdn: text('msisdn').notNull(),
    /** The first top-up's instant; null while only a reversal of the line has been seen. */
    firstAt: integer('first_at'),
    /** The reseller's party id that made the first top-up; '' when it was not a reseller (direct, our desk). */
    firstPartyId: text('first_party_id').notNull(),
    /** The first top-up's operator action id: the drill-down reaches its journal entry through it. */
    firstSaleId: text('first_sale_id'),
    lastAt: integer('last_at'),
    topupsCount: integer('topups_count').notNull(),
    topupsMinor: integer('topups_minor').notNull(),
    reversalsCount: integer('reversals_count').notNull(),
    reversalsMinor: integer('reversals_minor').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.operatorId, table.msisdn] }),
    // Lines whose last top-up leaves (or enters) the 30 and 90-day windows as the days pass. The only
    // other index: each one costs the catch-up about half its speed (a reseller's lines are found
    // from its sales through the register's index instead).
    index('customer_lines_last_topup').on(table.lastAt, table.firstPartyId, table.firstAt),
  ],
);

/** The lines each reseller acquired per UTC day of acquisition (cohorts are their months), with their figures. */
export const reportCustomerCohorts = sqliteTable(
  'report_customer_cohorts',
  {
    /** The UTC day of the line's first top-up. */
    day: text('day').notNull(),
    operatorId: text('operator_id').notNull(),
    /** The acquiring reseller's party id; '' for lines whose first top-up was not a reseller's. */
    partyId: text('party_id').notNull(),
    lines: integer('lines').notNull(),
    topupsCount: integer('topups_count').notNull(),
    topupsMinor: integer('topups_minor').notNull(),
    reversalsCount: integer('reversals_count').notNull(),
    reversalsMinor: integer('reversals_minor').notNull(),
    /** Lines topped up on one of the 30 (90) UTC days up to `customer_lines_progress.active_as_of`. */
    active30: integer('active_30').notNull(),
    active90: integer('active_90').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.operatorId, table.partyId] }),
    index('report_customer_cohorts_party').on(table.partyId, table.day),
  ],
);

/** The same per day and operator, resellers' lines together and the others apart: the card's totals. */
export const reportCustomerDays = sqliteTable(
  'report_customer_days',
  {
    day: text('day').notNull(),
    operatorId: text('operator_id').notNull(),
    acquiredBy: text('acquired_by', { enum: ['reseller', 'direct'] }).notNull(),
    lines: integer('lines').notNull(),
    topupsCount: integer('topups_count').notNull(),
    topupsMinor: integer('topups_minor').notNull(),
    reversalsCount: integer('reversals_count').notNull(),
    reversalsMinor: integer('reversals_minor').notNull(),
    active30: integer('active_30').notNull(),
    active90: integer('active_90').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.operatorId, table.acquiredBy] })],
);

/** Where the catch-up stands in the register (one row), and the day the active counts are counted from. */
export const customerLinesProgress = sqliteTable('customer_lines_progress', {
  id: integer('id').primaryKey(),
  /** The register's last rowid counted, and that row's key (a VACUUM may renumber rowids: then recount). */
  registerRowid: integer('register_rowid').notNull(),
  registerOperatorId: text('register_operator_id'),
  registerId: text('register_id'),
  /** The UTC day (`YYYY-MM-DD`) the cohorts' 30 and 90-day active counts are counted back from. */
  activeAsOf: text('active_as_of').notNull(),
});
