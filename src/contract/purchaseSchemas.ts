import { z } from 'zod';

const ClientId = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{7,47}$/, 'must be a client-generated id (a UUIDv7)');
const OperatorId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'must be 2 to 32 lower-case letters, digits or - (e.g. mtn-ci)');
const NonNegativeMinor = z
  .number()
  .int('must be a whole number of minor units')
  .min(0, 'must not be negative')
  .max(999_999_999_999_999, 'is too large');
const PositiveMinor = NonNegativeMinor.refine((value) => value > 0, 'must be more than zero');
const CalendarDate = z.iso.date('must be a date such as 2026-11-22');

export const productKinds = ['airtime', 'data', 'sms'] as const;
export const CatalogueProduct = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'must be 1 to 32 letters, digits or -'),
  name: z.string().trim().min(2, 'must have at least 2 characters').max(80),
  kind: z.enum(productKinds, { error: 'must be airtime, data or sms' }),
  /** Face values sold, in the operator's minor units (empty: any amount). */
  denominationsMinor: z.array(PositiveMinor).max(50).default([]),
});
export type CatalogueProduct = z.infer<typeof CatalogueProduct>;

/** How the operator numbers its subscribers: checked before a clerk tops a line up. */
export const SubscriberNumbering = z.object({
  countryCode: z.string().regex(/^[1-9][0-9]{0,3}$/, 'must be 1 to 4 digits (e.g. 221)'),
  /** Digits after the country code. */
  subscriberDigits: z.number().int().min(4).max(12),
  /** National prefixes the operator's lines start with (e.g. 77, 78); empty: any. */
  prefixes: z
    .array(z.string().regex(/^[0-9]{1,4}$/, 'must be 1 to 4 digits'))
    .max(30)
    .default([]),
});
export type SubscriberNumbering = z.infer<typeof SubscriberNumbering>;

export const paymentTermsKinds = ['prepaid', 'credit'] as const;
export const SaveOperatorTermsInput = z
  .object({
    operatorId: OperatorId.optional(),
    /** Off face value, in basis points (350 = 3.5%). */
    wholesaleDiscountBasisPoints: z
      .number()
      .int('must be whole basis points (350 = 3.5%)')
      .min(0, 'must not be negative')
      .max(5_000, 'must not exceed 5,000 basis points (50%)'),
    paymentTerms: z.enum(paymentTermsKinds, { error: 'must be prepaid or credit' }),
    /** What the distributor may owe the operator on credit terms, in the workspace currency. */
    creditLimitMinor: NonNegativeMinor.default(0),
    dueDays: z.number().int().min(0).max(365, 'must be at most 365 days').default(0),
    catalogue: z.array(CatalogueProduct).max(100).default([]),
    numbering: SubscriberNumbering.nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.paymentTerms === 'credit' && value.creditLimitMinor <= 0) {
      context.addIssue({
        code: 'custom',
        path: ['creditLimitMinor'],
        message: 'must be above zero on credit terms',
      });
    }
    const codes = value.catalogue.map((product) => product.code);
    const duplicate = codes.find((code, index) => codes.indexOf(code) !== index);
    if (duplicate !== undefined) {
      context.addIssue({ code: 'custom', path: ['catalogue'], message: `lists ${duplicate} twice` });
    }
  });
export type SaveOperatorTermsInput = z.infer<typeof SaveOperatorTermsInput>;

export const OperatorTermsView = z.object({
  operatorId: z.string(),
  operatorName: z.string(),
  /** The operator's airtime units and the workspace currency money is counted in. */
  airtimeUnits: z.string(),
  airtimeScale: z.number().int(),
  currency: z.string(),
  moneyScale: z.number().int(),
  wholesaleDiscountBasisPoints: z.number().int(),
  paymentTerms: z.enum(paymentTermsKinds),
  creditLimitMinor: z.number().int(),
  dueDays: z.number().int(),
  catalogue: z.array(CatalogueProduct),
  numbering: SubscriberNumbering.nullable(),
  /** What the distributor owes the operator now, and what it may still buy on credit. */
  payableMinor: z.number().int(),
  availableCreditMinor: z.number().int().nullable(),
  /** Saved by a person, or the defaults of a new connection. */
  saved: z.boolean(),
});
export type OperatorTermsView = z.infer<typeof OperatorTermsView>;

export const purchasePaymentMethods = ['cash', 'bank_transfer', 'mobile_money', 'credit'] as const;
export const PurchasePaymentMethod = z.enum(purchasePaymentMethods, {
  error: 'must be cash, bank_transfer, mobile_money or credit',
});

export const CreatePurchaseInput = z.object({
  id: ClientId,
  operatorId: OperatorId.optional(),
  faceValueMinor: PositiveMinor,
  /** Default: credit on credit terms, else bank transfer. */
  paymentMethod: PurchasePaymentMethod.optional(),
  paymentReference: z.string().trim().max(80, 'is longer than 80 characters').optional(),
  note: z.string().trim().max(200, 'is longer than 200 characters').optional(),
  /** Send to the operator now (default) or keep as a draft. */
  submit: z.boolean().default(true),
});
export type CreatePurchaseInput = z.infer<typeof CreatePurchaseInput>;

export const PurchaseIdInput = z.object({ id: ClientId });
export const CancelPurchaseInput = z.object({
  id: ClientId,
  reason: z.string().trim().min(3, 'is required (at least 3 characters)').max(200),
});

export const purchaseStatuses = ['draft', 'submitted', 'confirmed', 'failed', 'cancelled'] as const;
export const PurchaseStatus = z.enum(purchaseStatuses);
export type PurchaseStatus = z.infer<typeof PurchaseStatus>;

export const PurchaseListInput = z.object({
  statuses: z.array(PurchaseStatus).max(5).optional(),
  operatorId: OperatorId.optional(),
  /** Created on or after / on or before these days (local time). */
  fromDate: CalendarDate.optional(),
  toDate: CalendarDate.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type PurchaseListInput = z.infer<typeof PurchaseListInput>;

export const PurchaseOrderView = z.object({
  id: z.string(),
  number: z.string(),
  operatorId: z.string(),
  airtimeAssetCode: z.string(),
  airtimeScale: z.number().int(),
  airtimeUnits: z.string(),
  faceValueMinor: z.number().int(),
  discountBasisPoints: z.number().int(),
  discountMinor: z.number().int().nullable(),
  costMinor: z.number().int().nullable(),
  currency: z.string(),
  moneyScale: z.number().int(),
  paymentMethod: PurchasePaymentMethod,
  paymentReference: z.string().nullable(),
  note: z.string().nullable(),
  status: PurchaseStatus,
  /** Why it failed or was cancelled, or what the operator last said. */
  statusReason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  /** On credit: when the operator must be paid (confirmation plus the due days). */
  dueAt: z.iso.datetime().nullable(),
  /** On credit: what payments to the operator have settled of its cost, and what is still owed. */
  paidMinor: z.number().int(),
  outstandingMinor: z.number().int().nullable(),
  clientReference: z.string().nullable(),
  operatorActionId: z.string().nullable(),
  pendingEntryId: z.string().nullable(),
  resolutionEntryId: z.string().nullable(),
});
export type PurchaseOrderView = z.infer<typeof PurchaseOrderView>;

export const PurchasePage = z.object({
  rows: z.array(PurchaseOrderView),
  total: z.number().int(),
  offset: z.number().int(),
  /** Over every matching order, not only this page. */
  totals: z.object({ faceValueMinor: z.number().int(), costMinor: z.number().int() }),
});
export type PurchasePage = z.infer<typeof PurchasePage>;

export const RecordOperatorPaymentInput = z.object({
  id: ClientId,
  operatorId: OperatorId.optional(),
  method: z.enum(['cash', 'bank_transfer', 'mobile_money'], {
    error: 'must be cash, bank_transfer or mobile_money',
  }),
  amountMinor: PositiveMinor,
  /** The day the money left (today by default); never in the future. */
  paidOn: CalendarDate.optional(),
  reference: z.string().trim().max(80, 'is longer than 80 characters').optional(),
});
export type RecordOperatorPaymentInput = z.infer<typeof RecordOperatorPaymentInput>;

export const OperatorPaymentView = z.object({
  id: z.string(),
  number: z.string(),
  operatorId: z.string(),
  method: z.enum(['cash', 'bank_transfer', 'mobile_money']),
  amountMinor: z.number().int(),
  currency: z.string(),
  scale: z.number().int(),
  reference: z.string().nullable(),
  paidAt: z.iso.datetime(),
  recordedBy: z.string(),
  entryId: z.string(),
  /** The purchase orders it settled, oldest due first. */
  applications: z.array(
    z.object({ purchaseId: z.string(), number: z.string(), amountMinor: z.number().int() }),
  ),
  /** What is owed to the operator after it. */
  owedAfterMinor: z.number().int(),
});
export type OperatorPaymentView = z.infer<typeof OperatorPaymentView>;
