import { z } from 'zod';

/** Limits of the retailer screens and imports, named with their units. */
export const retailerLimits = {
  pageRowsMax: 500,
  importFileBytesMax: 10 * 1024 * 1024,
  importRowsMax: 20_000,
  commissionOverridesMax: 50,
  commissionSlabsMax: 12,
} as const;

const minorMax = 999_999_999_999_999;
const NonNegativeMinor = z
  .number()
  .int('must be a whole number of minor units')
  .min(0, 'must not be negative')
  .max(minorMax, 'is too large');
const PositiveMinor = NonNegativeMinor.refine((value) => value > 0, 'must be more than zero');

export const RetailerCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'must be 2 to 32 letters, digits or - (e.g. RS-000123)');
export const retailerLevels = ['sub_distributor', 'retailer'] as const;
export const RetailerLevel = z.enum(retailerLevels, { error: 'must be sub_distributor or retailer' });
export const retailerStatuses = ['active', 'suspended', 'closed'] as const;
export const RetailerStatus = z.enum(retailerStatuses, { error: 'must be active, suspended or closed' });
export type RetailerStatus = z.infer<typeof RetailerStatus>;
export const retailerTerms = ['prepaid', 'postpaid'] as const;
export const RetailerTerms = z.enum(retailerTerms, { error: 'must be prepaid or postpaid' });
export const CommissionPlanCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'must be 2 to 32 letters, digits or - (e.g. FLAT-3)');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const Msisdn = z
  .string()
  .trim()
  .regex(/^[0-9]{8,15}$/, 'must be 8 to 15 digits, international format without + (e.g. 2250700000001)');

/** A retailer's fields, without defaults (an edit changes only what it names). */
const RetailerFieldsBase = z.object({
  code: RetailerCode.optional(),
  name: z.string().trim().min(2, 'must have at least 2 characters').max(120, 'is longer than 120 characters'),
  level: RetailerLevel,
  /** The sub-distributor above it; none means directly under the distributor. */
  parentCode: RetailerCode.nullable().optional(),
  contactName: optionalText(120),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{6,20}$/, 'must be a phone number of 6 to 20 digits')
    .transform((value) => value.replaceAll(' ', ''))
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  email: z
    .email('must be an e-mail address such as awa@example.com')
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  region: optionalText(60),
  walletMsisdn: Msisdn.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  /** The retailer's party id at the operator, when it differs from the code. */
  operatorPartyId: z.string().trim().min(1).max(64, 'is longer than 64 characters').optional(),
  terms: RetailerTerms,
  creditLimitMinor: NonNegativeMinor,
  dailyAllocationLimitMinor: PositiveMinor.nullable().optional(),
  commissionPlanCode: CommissionPlanCode.nullable().optional(),
  /** Stock at or below this (airtime minor units) raises a low-stock alert. */
  lowStockThresholdMinor: PositiveMinor.nullable().optional(),
  /** Top the retailer up to `upToMinor` when its stock falls below `belowMinor`, through every usual check. */
  replenishment: z
    .object({ belowMinor: PositiveMinor, upToMinor: PositiveMinor })
    .refine((rule) => rule.upToMinor > rule.belowMinor, {
      message: 'must top up to more than its trigger level',
      path: ['upToMinor'],
    })
    .nullable()
    .optional(),
});

/** What a clerk types to onboard a retailer. The code is generated when left out. */
export const RetailerFields = RetailerFieldsBase.extend({
  level: RetailerLevel.default('retailer'),
  terms: RetailerTerms.default('prepaid'),
  creditLimitMinor: NonNegativeMinor.default(0),
});
export type RetailerFields = z.infer<typeof RetailerFields>;

function termsAreConsistent(value: { terms?: string; creditLimitMinor?: number }, context: z.RefinementCtx) {
  if (value.terms === 'prepaid' && (value.creditLimitMinor ?? 0) > 0) {
    context.addIssue({
      code: 'custom',
      path: ['creditLimitMinor'],
      message: 'must be 0 for a prepaid retailer (only postpaid retailers buy on credit)',
    });
  }
}

export const AddRetailerInput = RetailerFields.superRefine(termsAreConsistent);
export type AddRetailerInput = z.infer<typeof AddRetailerInput>;

/** Changes to a retailer: every field but the code, each optional. */
export const UpdateRetailerInput = RetailerFieldsBase.omit({ code: true })
  .partial()
  .extend({ code: RetailerCode })
  .superRefine(termsAreConsistent);
export type UpdateRetailerInput = z.infer<typeof UpdateRetailerInput>;

export const SetRetailerStatusInput = z
  .object({
    code: RetailerCode,
    status: RetailerStatus,
    reason: z.string().trim().max(200, 'is longer than 200 characters').optional(),
  })
  .superRefine((value, context) => {
    if (value.status !== 'active' && (value.reason ?? '').length < 3) {
      context.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `is required to ${value.status === 'closed' ? 'close' : 'suspend'} a retailer (at least 3 characters)`,
      });
    }
  });
export type SetRetailerStatusInput = z.infer<typeof SetRetailerStatusInput>;

export const RetailerCodeInput = z.object({ code: RetailerCode });

export const retailerSortKeys = ['name', 'code', 'region', 'status', 'createdAt'] as const;
export const RetailerListInput = z.object({
  /** Matches the code, the name, the wallet MSISDN or the phone. */
  search: z.string().trim().max(60).optional(),
  statuses: z.array(RetailerStatus).max(3).optional(),
  level: RetailerLevel.optional(),
  region: z.string().trim().max(60).optional(),
  terms: RetailerTerms.optional(),
  /** Only this sub-distributor's branch (itself excluded). */
  branchOf: RetailerCode.optional(),
  /** Only this sub-distributor and its branch, itself included (a partner office's whole view). */
  within: RetailerCode.optional(),
  sort: z.enum(retailerSortKeys).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(retailerLimits.pageRowsMax).default(100),
});
export type RetailerListInput = z.infer<typeof RetailerListInput>;

export const RetailerView = z.object({
  code: z.string(),
  name: z.string(),
  level: RetailerLevel,
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  /** Codes from the top of the hierarchy down to the parent. */
  ancestry: z.array(z.string()),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  region: z.string().nullable(),
  walletMsisdn: z.string().nullable(),
  operatorPartyId: z.string(),
  status: RetailerStatus,
  statusReason: z.string().nullable(),
  statusChangedAt: z.iso.datetime().nullable(),
  statusChangedBy: z.string().nullable(),
  terms: RetailerTerms,
  creditLimitMinor: z.number().int(),
  dailyAllocationLimitMinor: z.number().int().nullable(),
  commissionPlanCode: z.string().nullable(),
  lowStockThresholdMinor: z.number().int().nullable(),
  replenishment: z.object({ belowMinor: z.number().int(), upToMinor: z.number().int() }).nullable(),
  receivableAccountId: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
});
export type RetailerView = z.infer<typeof RetailerView>;

export const RetailerPage = z.object({
  rows: z.array(RetailerView),
  /** How many retailers match the filters (the rows are one page of them). */
  total: z.number().int(),
  offset: z.number().int(),
});
export type RetailerPage = z.infer<typeof RetailerPage>;

/** Stock the retailer holds at one operator: the ledger and what the operator last reported. */
export const RetailerStockView = z.object({
  operatorId: z.string(),
  assetCode: z.string(),
  accountId: z.string(),
  bucketId: z.string().nullable(),
  balancePostedMinor: z.number().int(),
  balanceAvailableMinor: z.number().int(),
  operatorRemainingMinor: z.number().int().nullable(),
  pulledAt: z.iso.datetime().nullable(),
});

export const RetailerDetail = z.object({
  retailer: RetailerView,
  stock: z.array(RetailerStockView),
  receivable: z.object({
    accountId: z.string(),
    assetCode: z.string(),
    /** What the retailer owes (negative: it paid in advance). */
    balancePostedMinor: z.number().int(),
    /** Owed plus allocations still waiting for the operator. */
    exposureMinor: z.number().int(),
    /** Credit limit less exposure; null for a prepaid retailer. */
    availableCreditMinor: z.number().int().nullable(),
  }),
  children: z.object({ subDistributors: z.number().int(), retailers: z.number().int() }),
});
export type RetailerDetail = z.infer<typeof RetailerDetail>;

/** A rate in basis points of face value (250 = 2.5%): whole numbers, never floats. */
const BasisPoints = z
  .number()
  .int('must be whole basis points (250 = 2.5%)')
  .min(0, 'must not be negative')
  .max(10_000, 'must not exceed 10,000 basis points (100%)');
export const CommissionRate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), basisPoints: BasisPoints }),
  z.object({
    kind: z.literal('tiered'),
    /** Slabs by the retailer's sales volume in the month: the slab reached applies to the month. */
    slabs: z
      .array(z.object({ fromMonthlyVolumeMinor: NonNegativeMinor, basisPoints: BasisPoints }))
      .min(1, 'needs at least one slab')
      .max(retailerLimits.commissionSlabsMax, `has more than ${retailerLimits.commissionSlabsMax} slabs`)
      .superRefine((slabs, context) => {
        if (slabs[0]?.fromMonthlyVolumeMinor !== 0) {
          context.addIssue({
            code: 'custom',
            path: [0, 'fromMonthlyVolumeMinor'],
            message: 'must start at 0',
          });
        }
        for (let index = 1; index < slabs.length; index += 1) {
          const previous = slabs[index - 1];
          const slab = slabs[index];
          if (
            previous !== undefined &&
            slab !== undefined &&
            slab.fromMonthlyVolumeMinor <= previous.fromMonthlyVolumeMinor
          ) {
            context.addIssue({
              code: 'custom',
              path: [index, 'fromMonthlyVolumeMinor'],
              message: 'must be above the previous slab',
            });
          }
        }
      }),
  }),
]);
export type CommissionRate = z.infer<typeof CommissionRate>;

export const CommissionPlanRules = z.object({
  defaultRate: CommissionRate,
  /** More specific rates: per operator, per denomination (face value), or both. The most specific wins. */
  overrides: z
    .array(
      z
        .object({
          operatorId: z.string().trim().min(2).max(32).optional(),
          denominationMinor: PositiveMinor.optional(),
          rate: CommissionRate,
        })
        .refine(
          (value) => value.operatorId !== undefined || value.denominationMinor !== undefined,
          'names an operator, a denomination or both',
        ),
    )
    .max(retailerLimits.commissionOverridesMax)
    .default([]),
});
export type CommissionPlanRules = z.infer<typeof CommissionPlanRules>;

export const SaveCommissionPlanInput = z.object({
  code: CommissionPlanCode,
  name: z.string().trim().min(2, 'must have at least 2 characters').max(80, 'is longer than 80 characters'),
  rules: CommissionPlanRules,
});
export type SaveCommissionPlanInput = z.infer<typeof SaveCommissionPlanInput>;

export const CommissionPlanView = SaveCommissionPlanInput.extend({
  retailerCount: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type CommissionPlanView = z.infer<typeof CommissionPlanView>;

/** A CSV or XLSX file, as the browser or the CLI read it. */
export const RetailerImportInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z
    .string()
    .max(Math.ceil((retailerLimits.importFileBytesMax * 4) / 3) + 4, 'is larger than 10 MB'),
});
export type RetailerImportInput = z.infer<typeof RetailerImportInput>;

export const ImportRowIssue = z.object({ field: z.string(), message: z.string() });
export const RetailerImportRow = z.object({
  /** The row number as a spreadsheet shows it (the header is row 1). */
  rowNumber: z.number().int(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  parentCode: z.string().nullable(),
  level: z.string().nullable(),
  terms: z.string().nullable(),
  creditLimitMinor: z.number().int().nullable(),
  issues: z.array(ImportRowIssue),
});
export const RetailerImportPreview = z.object({
  fileName: z.string(),
  /** The columns found, and the known columns missing from the file (defaults apply). */
  columns: z.array(z.string()),
  unknownColumns: z.array(z.string()),
  rows: z.array(RetailerImportRow),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  invalidCount: z.number().int(),
  totalCreditLimitMinor: z.number().int(),
  /** A file-level problem (unreadable, no header, too many rows): nothing can be imported. */
  fileError: z.string().nullable(),
});
export type RetailerImportPreview = z.infer<typeof RetailerImportPreview>;

export const RetailerImportResult = z.object({
  imported: z.number().int(),
  codes: z.array(z.string()),
});
export type RetailerImportResult = z.infer<typeof RetailerImportResult>;

export const RetailerSalesInput = z.object({
  code: RetailerCode,
  limit: z.number().int().min(1).max(200).default(20),
});
export const RetailerSales = z.object({
  /** The retailer's latest top-ups of end-user lines, newest first, from the pulled sales register. */
  rows: z.array(
    z.object({
      operatorActionId: z.string(),
      msisdn: z.string().nullable(),
      channel: z.string().nullable(),
      assetCode: z.string(),
      amountMinor: z.number().int(),
      at: z.iso.datetime(),
      /**
       * How the ledger holds it: booked (in an hourly sales entry of the stock account), in the opening
       * balance (made before the wallet was linked), or waiting (the stock could not bear it yet).
       */
      booking: z.enum(['booked', 'in_opening_balance', 'waiting']),
      /** The journal entry that booked it (with the retailer's other sales of that hour), when booked. */
      entryId: z.string().nullable(),
    }),
  ),
  /** This calendar month so far (local time), per airtime asset. */
  month: z.array(
    z.object({ assetCode: z.string(), count: z.number().int(), faceValueMinor: z.number().int() }),
  ),
});
export type RetailerSales = z.infer<typeof RetailerSales>;
