import { z } from 'zod';
import { RetailerCode } from './retailerSchemas';

export const paymentMethods = ['cash', 'bank_transfer', 'mobile_money'] as const;
export const PaymentMethod = z.enum(paymentMethods, { error: 'must be cash, bank_transfer or mobile_money' });
export type PaymentMethod = z.infer<typeof PaymentMethod>;

const PaymentId = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{7,47}$/, 'must be a client-generated id (a UUIDv7)');
const PositiveMinor = z
  .number()
  .int('must be a whole number of minor units')
  .positive('must be more than zero')
  .max(999_999_999_999_999, 'is too large');
const CalendarDate = z.iso.date('must be a date such as 2026-11-22');

export const RecordPaymentInput = z.object({
  id: PaymentId,
  retailerCode: RetailerCode,
  method: PaymentMethod,
  amountMinor: PositiveMinor,
  /** The day the money was received (today by default); never in the future. */
  receivedOn: CalendarDate.optional(),
  reference: z.string().trim().max(80, 'is longer than 80 characters').optional(),
  note: z.string().trim().max(200, 'is longer than 200 characters').optional(),
  /** Allocations this payment settles, and how much of each; oldest first when left out. */
  applyTo: z
    .array(z.object({ actionId: PaymentId, amountMinor: PositiveMinor }))
    .max(200)
    .optional(),
});
export type RecordPaymentInput = z.infer<typeof RecordPaymentInput>;

export const PaymentView = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  retailerCode: z.string(),
  retailerName: z.string(),
  method: PaymentMethod,
  amountMinor: z.number().int(),
  assetCode: z.string(),
  currency: z.string(),
  scale: z.number().int(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  receivedAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string(),
  entryId: z.string(),
  applications: z.array(z.object({ actionId: z.string(), amountMinor: z.number().int() })),
  /** What the retailer owed before and after this payment (negative: paid in advance). */
  balanceBeforeMinor: z.number().int(),
  balanceAfterMinor: z.number().int(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const PaymentListInput = z.object({
  retailerCode: RetailerCode.optional(),
  /** Only this sub-distributor and its branch, itself included (a partner office's whole view). */
  within: RetailerCode.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export const PaymentPage = z.object({
  rows: z.array(PaymentView.omit({ applications: true, balanceBeforeMinor: true, balanceAfterMinor: true })),
  total: z.number().int(),
  offset: z.number().int(),
});
export type PaymentPage = z.infer<typeof PaymentPage>;

export const PaymentIdInput = z.object({ id: PaymentId });

/** A confirmed allocation and what of its face value is still unpaid. */
export const OpenAllocation = z.object({
  actionId: z.string(),
  confirmedAt: z.iso.datetime().nullable(),
  chargedMinor: z.number().int(),
  paidMinor: z.number().int(),
  outstandingMinor: z.number().int(),
});
export type OpenAllocation = z.infer<typeof OpenAllocation>;
