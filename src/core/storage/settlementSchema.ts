import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Closed settlement periods. A period exists here once an accountant closes it; the open one is
 * computed from the cycle. `closedSeq` is the last ledger transfer the close saw: a statement reads
 * the ledger up to it, so it reads the same forever (posted transfers never change), and whatever
 * is recorded later for the period is carried into the next one as an adjustment.
 */
export const settlementPeriods = sqliteTable(
  'settlement_periods',
  {
    id: text('id').primaryKey(),
    /** `2026-11`, `W2026-11-16`: what the period is called in file names and references. */
    key: text('key').notNull(),
    label: text('label').notNull(),
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    cycleJson: text('cycle_json').notNull(),
    closedAt: integer('closed_at').notNull(),
    closedBy: text('closed_by').notNull(),
    closedByName: text('closed_by_name').notNull(),
    closedSeq: integer('closed_seq').notNull(),
  },
  (table) => [
    uniqueIndex('settlement_periods_key').on(table.key),
    uniqueIndex('settlement_periods_start').on(table.startsAt),
    check('settlement_periods_order', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/**
 * Each reseller's statement of a closed period, one row per version: a correction adds a version
 * with its reason and marks the one before superseded; no version is ever rewritten.
 */
export const settlementStatements = sqliteTable(
  'settlement_statements',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    periodId: text('period_id')
      .notNull()
      .references(() => settlementPeriods.id),
    retailerCode: text('retailer_code').notNull(),
    state: text('state', { enum: ['draft', 'approved', 'paid', 'superseded'] }).notNull(),
    correctionReason: text('correction_reason'),
    /** The ledger read up to this transfer (the period's close, or the correction's moment). */
    asOfSeq: integer('as_of_seq').notNull(),
    /** The statement's figures and commission lines, as the contract's statement view holds them. */
    figuresJson: text('figures_json').notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.id, table.version] }),
    index('settlement_statements_period').on(table.periodId, table.retailerCode),
    check('settlement_statements_version', sql`${table.version} >= 1`),
  ],
);

/** Each step a statement version went through (closed, corrected, approved, paid, superseded): appended, never changed. */
export const settlementStatementSteps = sqliteTable(
  'settlement_statement_steps',
  {
    statementId: text('statement_id').notNull(),
    version: integer('version').notNull(),
    step: text('step', { enum: ['closed', 'corrected', 'approved', 'paid', 'superseded'] }).notNull(),
    at: integer('at').notNull(),
    by: text('by').notNull(),
    byName: text('by_name').notNull(),
    note: text('note'),
    /** For `paid`: reference, day, method, amount and entry, as the contract's step holds them. */
    paymentJson: text('payment_json'),
  },
  (table) => [
    index('settlement_statement_steps_statement').on(table.statementId, table.version),
    uniqueIndex('settlement_statement_steps_once').on(table.statementId, table.version, table.step),
  ],
);

/**
 * Each operator's purchase statement of a closed period (credit bought, discount earned, paid, what
 * we owe it), frozen at the close from the same ledger read as the resellers' statements.
 */
export const settlementOperatorStatements = sqliteTable(
  'settlement_operator_statements',
  {
    id: text('id').primaryKey(),
    periodId: text('period_id')
      .notNull()
      .references(() => settlementPeriods.id),
    operatorId: text('operator_id').notNull(),
    asOfSeq: integer('as_of_seq').notNull(),
    /** The statement's figures and lines, in instants as milliseconds. */
    figuresJson: text('figures_json').notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (table) => [uniqueIndex('settlement_operator_statements_period').on(table.periodId, table.operatorId)],
);
