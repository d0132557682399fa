import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * An operator's contract with the distributor: the discount off face value, the payment terms
 * (prepaid, or credit with a limit and due days) and the product catalogue (JSON, checked by the
 * contract's schema both ways).
 */
export const operatorTerms = sqliteTable('operator_terms', {
  operatorId: text('operator_id').primaryKey(),
  wholesaleDiscountBasisPoints: integer('wholesale_discount_basis_points').notNull(),
  paymentTerms: text('payment_terms', { enum: ['prepaid', 'credit'] }).notNull(),
  creditLimitMinor: integer('credit_limit_minor').notNull(),
  dueDays: integer('due_days').notNull(),
  catalogueJson: text('catalogue_json').notNull(),
  /** The operator's subscriber numbering (country code, digits, prefixes), JSON; null: any MSISDN. */
  numberingJson: text('numbering_json'),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Purchase orders (buying bulk credit). A draft is only here; submitting it queues the operator
 * top-up under the same id in the outbox, whose state then tells the order's.
 */
export const purchaseOrders = sqliteTable(
  'purchase_orders',
  {
    /** Client-generated (UUIDv7), and the id of its operator action once submitted. */
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    operatorId: text('operator_id').notNull(),
    faceValueMinor: integer('face_value_minor').notNull(),
    discountBasisPoints: integer('discount_basis_points').notNull(),
    /** What the distributor pays, in the workspace currency; null when airtime counts in another. */
    costMinor: integer('cost_minor'),
    discountMinor: integer('discount_minor'),
    currency: text('currency').notNull(),
    paymentMethod: text('payment_method', {
      enum: ['cash', 'bank_transfer', 'mobile_money', 'credit'],
    }).notNull(),
    paymentReference: text('payment_reference'),
    dueDays: integer('due_days'),
    note: text('note'),
    state: text('state', { enum: ['draft', 'submitted', 'cancelled'] }).notNull(),
    cancelReason: text('cancel_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    submittedAt: integer('submitted_at'),
    cancelledAt: integer('cancelled_at'),
  },
  (table) => [
    uniqueIndex('purchase_orders_number').on(table.number),
    index('purchase_orders_created').on(table.createdAt),
    index('purchase_orders_operator').on(table.operatorId, table.createdAt),
    check('purchase_orders_face_value_positive', sql`${table.faceValueMinor} > 0`),
  ],
);

/**
 * Money paid to an operator against what the distributor owes it on credit terms, each applied to
 * the purchase orders it settles, oldest due first. Never changed once recorded.
 */
export const operatorPayments = sqliteTable(
  'operator_payments',
  {
    /** Client-generated (UUIDv7): the same id twice records one payment. */
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    operatorId: text('operator_id').notNull(),
    method: text('method', { enum: ['cash', 'bank_transfer', 'mobile_money'] }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    assetCode: text('asset_code').notNull(),
    reference: text('reference'),
    paidAt: integer('paid_at').notNull(),
    recordedAt: integer('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    entryId: text('entry_id').notNull(),
  },
  (table) => [
    uniqueIndex('operator_payments_number').on(table.number),
    index('operator_payments_operator').on(table.operatorId, table.paidAt),
    check('operator_payments_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);

export const operatorPaymentApplications = sqliteTable(
  'operator_payment_applications',
  {
    paymentId: text('payment_id')
      .notNull()
      .references(() => operatorPayments.id),
    purchaseId: text('purchase_id')
      .notNull()
      .references(() => purchaseOrders.id),
    amountMinor: integer('amount_minor').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.paymentId, table.purchaseId] }),
    index('operator_payment_applications_purchase').on(table.purchaseId),
    check('operator_payment_applications_amount_positive', sql`${table.amountMinor} > 0`),
  ],
);
