import { z } from 'zod';

const Minor = z.number().int();

export const DashboardAlert = z.object({
  kind: z.enum(['low_stock', 'approval_waiting', 'action_failed', 'replenishment_refused', 'payable_due']),
  severity: z.enum(['info', 'warning', 'danger']),
  title: z.string(),
  detail: z.string(),
  /** Where in the app the clerk acts on it (a hash route such as `/retailers/RS-000012`). */
  link: z.string(),
});
export type DashboardAlert = z.infer<typeof DashboardAlert>;

/** The back office at a glance: every figure with the list it comes from. */
export const DashboardSummary = z.object({
  wholesale: z.array(
    z.object({
      operatorId: z.string(),
      operatorName: z.string(),
      assetCode: z.string(),
      units: z.string(),
      scale: z.number().int(),
      postedMinor: Minor,
      availableMinor: Minor,
      /** Purchases the operator has yet to confirm. */
      incomingMinor: Minor,
    }),
  ),
  retailerStock: z.array(
    z.object({
      assetCode: z.string(),
      totalMinor: Minor,
      retailersWithStock: z.number().int(),
      lowStock: z.number().int(),
    }),
  ),
  receivables: z.object({
    currency: z.string(),
    scale: z.number().int(),
    /** What retailers owe (positive balances) and what prepaid retailers paid ahead (negative ones). */
    owedMinor: Minor,
    prepaidMinor: Minor,
    /** Allocations confirmed more than `overdueAfterDays` ago and still unpaid. */
    overdueMinor: Minor,
    overdueAfterDays: z.number().int(),
    retailersOwing: z.number().int(),
  }),
  todaySales: z.object({
    count: z.number().int(),
    faceValueMinor: Minor,
    resellerShareBasisPoints: z.number().int(),
  }),
  pendingActions: z.object({
    purchases: z.number().int(),
    allocations: z.number().int(),
    topups: z.number().int(),
    failed: z.number().int(),
  }),
  approvalsWaiting: z.number().int(),
  alerts: z.array(DashboardAlert),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;
