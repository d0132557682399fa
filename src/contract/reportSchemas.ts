import { z } from 'zod';
import { DocumentLanguage } from './documentLanguage';
import { RetailerCode } from './retailerSchemas';

/** A calendar day, `YYYY-MM-DD` (UTC: the reports' rollups count by UTC day). */
export const ReportDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'is not a real day');

/** Report periods span at most this many days (three years and a bit). */
export const reportDaysMax = 1_100;

/**
 * The filters every card of the Reseller Management dashboard shares. A reseller named here
 * includes its whole branch when it is a sub-distributor.
 */
export const ReportFilters = z
  .object({
    from: ReportDay,
    to: ReportDay,
    operatorIds: z.array(z.string().trim().min(1)).max(20).optional(),
    retailerCodes: z.array(RetailerCode).max(500, 'may name at most 500 resellers').optional(),
    regions: z.array(z.string().trim().min(1).max(80)).max(50).optional(),
    channels: z.array(z.string().trim().max(40)).max(20).optional(),
    denominationsMinor: z.array(z.number().int().positive()).max(50).optional(),
    /** Only operators that count airtime in these units (a currency code). */
    units: z.string().trim().toUpperCase().length(3, 'must be a three-letter currency code').optional(),
    /**
     * `final` (the default): what the operator made final. `with_pending` adds our own desk's top-ups
     * still open at the operator, shown apart (they may yet fail). Resellers' sales reach us final.
     */
    status: z.enum(['final', 'with_pending'], { error: 'must be final or with_pending' }).optional(),
  })
  .superRefine((filters, context) => {
    const fromMs = Date.parse(`${filters.from}T00:00:00Z`);
    const toMs = Date.parse(`${filters.to}T00:00:00Z`);
    if (toMs < fromMs) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if ((toMs - fromMs) / 86_400_000 + 1 > reportDaysMax) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must be within ${reportDaysMax} days of from`,
      });
    }
  });
export type ReportFilters = z.infer<typeof ReportFilters>;

/** A count and face value in one operator's airtime units. */
const Figure = z.object({
  units: z.string(),
  scale: z.number().int(),
  count: z.number().int(),
  faceValueMinor: z.number().int(),
});

export const UnitsTotal = Figure.extend({
  previousCount: z.number().int(),
  previousFaceValueMinor: z.number().int(),
  /** Every sale in the period (reseller-driven and not), for the share. */
  allSalesCount: z.number().int(),
  allSalesFaceValueMinor: z.number().int(),
});

export const SeriesPoint = Figure.extend({
  /** The day, the Monday of the week, or the first of the month the point covers. */
  period: z.string(),
});

export const ResellerFigure = Figure.extend({
  code: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  status: z.string(),
  reversalsCount: z.number().int(),
  reversalsMinor: z.number().int(),
});
export type ResellerFigure = z.infer<typeof ResellerFigure>;

export const ReportPeriod = z.object({ from: z.string(), to: z.string() });

export const ResellerSalesReport = z.object({
  period: ReportPeriod,
  previousPeriod: ReportPeriod,
  /** How the figures were counted: `rollup` (daily sums) or `register` (the sales themselves). */
  source: z.enum(['rollup', 'register']),
  /** Breakdowns the chosen filters cannot give, each with the reason, for the card to say why. */
  unavailable: z.array(z.object({ card: z.string(), reason: z.string() })),
  totals: z.array(UnitsTotal),
  granularity: z.enum(['day', 'week', 'month']),
  series: z.array(SeriesPoint),
  byOperator: z.array(Figure.extend({ operatorId: z.string(), operatorName: z.string() })),
  byDenomination: z.array(Figure.extend({ operatorId: z.string(), denominationMinor: z.number().int() })),
  top: z.array(ResellerFigure),
  bottom: z.array(ResellerFigure),
  resellersWithSales: z.number().int(),
});
export type ResellerSalesReport = z.infer<typeof ResellerSalesReport>;

export const DirectSalesReport = z.object({
  period: ReportPeriod,
  totals: z.array(
    Figure.extend({ resellerCount: z.number().int(), resellerFaceValueMinor: z.number().int() }),
  ),
  byChannel: z.array(Figure.extend({ channel: z.string() })),
  byOperator: z.array(Figure.extend({ operatorId: z.string(), operatorName: z.string() })),
  granularity: z.enum(['day', 'week', 'month']),
  series: z.array(SeriesPoint.extend({ kind: z.enum(['reseller', 'direct']) })),
  /** With `status: with_pending`: our desk's top-ups asked for in the period and not final yet. */
  pending: z.array(Figure.extend({ operatorId: z.string() })),
});
export type DirectSalesReport = z.infer<typeof DirectSalesReport>;

export const ResellerBreakdownInput = z.object({
  filters: ReportFilters,
  sort: z.enum(['value', 'count', 'code', 'name']).default('value'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const ResellerBreakdown = z.object({
  total: z.number().int(),
  rows: z.array(ResellerFigure),
});

/** The sales behind a figure: one reseller's (or the non-reseller channels'), newest first. */
export const SalesRowsInput = z.object({
  filters: ReportFilters,
  kind: z.enum(['reseller', 'direct']),
  /** Required for reseller sales: drill-downs go figure → reseller → its sales → journal entry. */
  retailerCode: RetailerCode.optional(),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const SaleRow = z.object({
  operatorId: z.string(),
  operatorActionId: z.string(),
  confirmedAt: z.string(),
  msisdn: z.string().nullable(),
  channel: z.string().nullable(),
  units: z.string(),
  scale: z.number().int(),
  amountMinor: z.number().int(),
  kind: z.enum(['sale', 'reversal']),
  retailerCode: z.string().nullable(),
  /** The journal entry that books it; null for sales the ledger does not book (non-reseller). */
  entryId: z.string().nullable(),
});

export const SalesRows = z.object({ total: z.number().int(), rows: z.array(SaleRow) });

export const reportNames = [
  'reseller-sales',
  'direct-sales',
  'resellers',
  'sales',
  'float-movement',
  'exceptions',
  'acquired-customers',
  'acquired-lines',
  'payouts',
  'payout',
] as const;

export const ReportExportInput = z.object({
  report: z.enum(reportNames),
  filters: ReportFilters,
  /** One card as one table (CSV needs one); every card, a sheet each, when omitted. */
  card: z.string().trim().max(40).optional(),
  format: z.enum(['csv', 'xlsx']),
  /** For `sales`: whose sales (reseller), or the non-reseller ones (direct). */
  kind: z.enum(['reseller', 'direct']).optional(),
  retailerCode: RetailerCode.optional(),
  /** The language of the file's sheet names and headers; English when left out. */
  language: DocumentLanguage.optional(),
});

export const ReportFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
  rows: z.number().int(),
});
export type ReportFile = z.infer<typeof ReportFile>;

const Movement = z.object({ count: z.number().int(), amountMinor: z.number().int() });

/** What moved the float at each operator: bought, allocated, taken back, sold at our desk. */
export const FloatMovementReport = z.object({
  period: ReportPeriod,
  /** Final actions count by the day the operator confirmed them; `pending` are still open. */
  byOperator: z.array(
    z.object({
      operatorId: z.string(),
      operatorName: z.string(),
      units: z.string(),
      scale: z.number().int(),
      purchases: Movement,
      allocations: Movement,
      reversals: Movement,
      directTopups: Movement,
      failed: Movement,
      pending: Movement,
    }),
  ),
  series: z.array(
    z.object({
      period: z.string(),
      operatorId: z.string(),
      units: z.string(),
      scale: z.number().int(),
      kind: z.enum(['purchase', 'allocation', 'allocation_reversal', 'direct_topup']),
      count: z.number().int(),
      amountMinor: z.number().int(),
    }),
  ),
  granularity: z.enum(['day', 'week', 'month']),
});
export type FloatMovementReport = z.infer<typeof FloatMovementReport>;

export const ExceptionsReport = z.object({
  asOf: z.string(),
  /** Operator actions not final yet, by how long they have waited. */
  byAge: z.array(
    z.object({
      age: z.enum(['under_1h', 'under_1d', 'under_7d', 'older']),
      count: z.number().int(),
      amountMinor: z.number().int(),
    }),
  ),
  byState: z.array(
    z.object({ kind: z.string(), state: z.string(), count: z.number().int(), amountMinor: z.number().int() }),
  ),
  /** The oldest open actions first (at most 50), each with why it waits. */
  oldest: z.array(
    z.object({
      id: z.string(),
      operatorId: z.string(),
      kind: z.string(),
      state: z.string(),
      partyId: z.string().nullable(),
      units: z.string(),
      scale: z.number().int(),
      amountMinor: z.number().int(),
      createdAt: z.string(),
      statusReason: z.string().nullable(),
    }),
  ),
  /** Actions that failed at the operator in the period. */
  failedInPeriod: z.number().int(),
  /** Pulled sales the ledger could not book yet (retried at each pull). */
  salesWaiting: z.number().int(),
});
export type ExceptionsReport = z.infer<typeof ExceptionsReport>;
