import { z } from 'zod';
import { ReportFilters, ReportPeriod } from './reportSchemas';
import { RetailerCode } from './retailerSchemas';

/**
 * Customers acquired via resellers: end-user lines (MSISDNs) whose first recorded top-up a reseller
 * made. Lines are chosen by the day of that first top-up (the period); their figures run from it
 * to now. Lines are personal data: only their last four digits ever leave the core.
 */

/** What a set of lines brought since they were acquired, in one operator's airtime units. */
const CustomerFigures = z.object({
  units: z.string(),
  scale: z.number().int(),
  /** Lines acquired. */
  lines: z.number().int(),
  /** Their top-ups since (the first one included), whoever made them, and the face value. */
  topupsCount: z.number().int(),
  topupsMinor: z.number().int(),
  /** Their top-ups the operator reversed since. */
  reversalsCount: z.number().int(),
  reversalsMinor: z.number().int(),
  /** Face value topped up less what was reversed. */
  lifetimeValueMinor: z.number().int(),
  /** Lines topped up on one of the last 30 (90) UTC days, today included (`activeAsOf`). */
  active30: z.number().int(),
  active90: z.number().int(),
});
export type CustomerFigures = z.infer<typeof CustomerFigures>;

const ResellerCustomerFigures = CustomerFigures.extend({
  code: z.string(),
  name: z.string(),
  region: z.string().nullable(),
});

export const AcquiredCustomersReport = z.object({
  period: ReportPeriod,
  /** The UTC day the active windows end on: today by the workspace's clock. */
  activeAsOf: z.string(),
  /** Sales pulled but not counted into the lines yet (0: every figure is exact); they are being counted. */
  salesPending: z.number().int(),
  /** Filters these figures cannot follow, each with the reason. */
  notApplied: z.array(z.object({ filter: z.string(), reason: z.string() })),
  /** Lines acquired by resellers, per airtime units, beside those whose first top-up was not a reseller's. */
  totals: z.array(
    CustomerFigures.extend({
      /** Lines first topped up without a reseller (the operator's direct sales, our desk) in the period. */
      directLines: z.number().int(),
      /** Every line first topped up in the period, by any reseller or none (the share's whole). */
      newLines: z.number().int(),
    }),
  ),
  /** Lines acquired by resellers per month of acquisition (`YYYY-MM`). */
  cohorts: z.array(CustomerFigures.extend({ month: z.string() })),
  /** The ten resellers that acquired most lines. */
  top: z.array(ResellerCustomerFigures),
  resellersWithCustomers: z.number().int(),
});
export type AcquiredCustomersReport = z.infer<typeof AcquiredCustomersReport>;

/** Every reseller's cohorts: one row per reseller and month of acquisition. */
export const AcquiredCohortsInput = z.object({
  filters: ReportFilters,
  sort: z.enum(['lines', 'value', 'active30', 'code', 'month']).default('lines'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const AcquiredCohort = ResellerCustomerFigures.extend({ month: z.string() });
export type AcquiredCohort = z.infer<typeof AcquiredCohort>;

export const AcquiredCohorts = z.object({
  total: z.number().int(),
  salesPending: z.number().int(),
  activeAsOf: z.string(),
  rows: z.array(AcquiredCohort),
});

/** The lines behind a figure: those one reseller acquired, or those no reseller did (direct). */
export const AcquiredLinesInput = z.object({
  filters: ReportFilters,
  kind: z.enum(['reseller', 'direct']),
  /** Required for a reseller's lines: the drill-down goes cohort → its lines → the first top-up's entry. */
  retailerCode: RetailerCode.optional(),
  sort: z.enum(['acquired', 'value']).default('acquired'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const AcquiredLine = z.object({
  operatorId: z.string(),
  /** The MSISDN with all but its last four digits hidden (`••••••••1234`). */
  msisdnMasked: z.string(),
  acquiredAt: z.string(),
  /** The first top-up: the operator's action id and the journal entry that books it (null: not booked). */
  acquisitionSaleId: z.string(),
  acquisitionEntryId: z.string().nullable(),
  retailerCode: z.string().nullable(),
  units: z.string(),
  scale: z.number().int(),
  topupsCount: z.number().int(),
  topupsMinor: z.number().int(),
  reversalsCount: z.number().int(),
  reversalsMinor: z.number().int(),
  lifetimeValueMinor: z.number().int(),
  lastTopupAt: z.string(),
  active30: z.boolean(),
  active90: z.boolean(),
});
export type AcquiredLine = z.infer<typeof AcquiredLine>;

export const AcquiredLines = z.object({
  total: z.number().int(),
  salesPending: z.number().int(),
  activeAsOf: z.string(),
  rows: z.array(AcquiredLine),
});
