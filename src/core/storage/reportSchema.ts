import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Rollups the reports read instead of the sales register, kept up to date in the same transaction
 * that stores each pulled page (so a report never disagrees with the register it summarises).
 * Days are UTC calendar days (`YYYY-MM-DD`); only completed sales count.
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
