import { z } from 'zod';
import { ReportFilters } from './reportSchemas';
import { RetailerCode } from './retailerSchemas';

/**
 * Reseller payouts: what each reseller earned in commission on its sales, beside its stock.
 * Commission slabs count a calendar month's volume, so payouts cover whole months: a period is
 * widened to the months it touches.
 */
export const PayoutStatus = z.enum([
  /** The period is not over: the slab reached (and so the rate) may still rise. */
  'accruing',
  /** The period is over and commission is still to pay. */
  'due',
  /** The reseller is suspended or closed: hold the payout until someone reviews it. */
  'on_hold',
  'paid',
  /** No commission: no plan, or no sales. */
  'nothing_earned',
]);
export type PayoutStatus = z.infer<typeof PayoutStatus>;

export const PayoutRow = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  resellerStatus: z.string(),
  planCode: z.string().nullable(),
  planName: z.string().nullable(),
  operatorId: z.string(),
  units: z.string(),
  scale: z.number().int(),
  /** The reseller's stock at the operator as the ledger stood at the start of the first month. */
  openingStockMinor: z.number().int(),
  allocatedCount: z.number().int(),
  allocatedMinor: z.number().int(),
  /** Allocations taken back in the period (reversed allocations). */
  allocationReversalsMinor: z.number().int(),
  salesCount: z.number().int(),
  salesMinor: z.number().int(),
  reversalsCount: z.number().int(),
  reversalsMinor: z.number().int(),
  /** The stock as the ledger stood at the end of the last month (or now, if it is not over). */
  closingStockMinor: z.number().int(),
  grossCommissionMinor: z.number().int(),
  /** Commission taken back on reversed sales (negative), at the rate the sale earned. */
  adjustmentsMinor: z.number().int(),
  netPayableMinor: z.number().int(),
  /**
   * Commission paid through settlements of the periods that start in these months (a reseller's
   * payment counts once, on its row that earned the most).
   */
  paidMinor: z.number().int(),
  balanceDueMinor: z.number().int(),
  status: PayoutStatus,
});
export type PayoutRow = z.infer<typeof PayoutRow>;

export const PayoutSort = z.enum(['net_payable', 'sales', 'code', 'name', 'balance_due']);

export const PayoutsInput = z.object({
  filters: ReportFilters,
  sort: PayoutSort.default('net_payable'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type PayoutsInput = z.input<typeof PayoutsInput>;

const PayoutTotal = z.object({
  units: z.string(),
  scale: z.number().int(),
  resellers: z.number().int(),
  salesCount: z.number().int(),
  salesMinor: z.number().int(),
  reversalsMinor: z.number().int(),
  allocatedMinor: z.number().int(),
  grossCommissionMinor: z.number().int(),
  adjustmentsMinor: z.number().int(),
  netPayableMinor: z.number().int(),
  paidMinor: z.number().int(),
  balanceDueMinor: z.number().int(),
  onHoldMinor: z.number().int(),
  /** Sales of resellers without a commission plan: they earn nothing until one is set. */
  withoutPlanSalesMinor: z.number().int(),
});

export const PayoutsReport = z.object({
  /** The whole months covered (`from` the first day of the first, `to` the last day of the last). */
  period: z.object({ from: z.string(), to: z.string() }),
  months: z.array(z.string()),
  /** Filters that do not apply to payouts, each with why (the card says so). */
  ignoredFilters: z.array(z.object({ filter: z.string(), reason: z.string() })),
  totals: z.array(PayoutTotal),
  /** Net payable per status, per units, for the donut. */
  byStatus: z.array(
    z.object({
      status: PayoutStatus,
      units: z.string(),
      count: z.number().int(),
      netPayableMinor: z.number().int(),
    }),
  ),
  /** Rows (one per reseller and operator) in the period; `rows` is the page asked for. */
  total: z.number().int(),
  rows: z.array(PayoutRow),
});
export type PayoutsReport = z.infer<typeof PayoutsReport>;

export const PayoutDetailInput = z.object({
  filters: ReportFilters,
  retailerCode: RetailerCode,
});

/** One line of a commission computation: the sales of a month that earned one rate. */
export const CommissionLine = z.object({
  month: z.string(),
  operatorId: z.string(),
  units: z.string(),
  scale: z.number().int(),
  /** Where the rate came from: the plan's default, or an override by operator and/or denomination. */
  rule: z.string(),
  /** For tiered rates: the slab reached by the month's net volume (from, in minor units). */
  slabFromMinor: z.number().int().nullable(),
  monthlyVolumeMinor: z.number().int(),
  basisPoints: z.number().int(),
  denominationsMinor: z.array(z.number().int()),
  salesCount: z.number().int(),
  salesMinor: z.number().int(),
  reversalsMinor: z.number().int(),
  commissionMinor: z.number().int(),
  clawbackMinor: z.number().int(),
});
export type CommissionLine = z.infer<typeof CommissionLine>;

export const PayoutDetail = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  rows: z.array(PayoutRow),
  lines: z.array(CommissionLine),
  /** The allocations behind "allocated", each with its journal entry. */
  allocations: z.array(
    z.object({
      actionId: z.string(),
      operatorId: z.string(),
      kind: z.enum(['allocation', 'allocation_reversal']),
      amountMinor: z.number().int(),
      units: z.string(),
      scale: z.number().int(),
      confirmedAt: z.string(),
      entryId: z.string().nullable(),
    }),
  ),
  allocationsTruncated: z.boolean(),
});
export type PayoutDetail = z.infer<typeof PayoutDetail>;
