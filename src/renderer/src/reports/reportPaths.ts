/** Where the report screens live in the app's hash routes; each keeps the filters in its query. */
export const reportsPath = '/reports';
/** Every reseller behind the figures, sorted and paged. */
export const resellersBreakdownPath = '/reports/resellers';
/** One reseller's sales. */
export const resellerSalesRowsRoute = '/reports/resellers/:code';
/** The sales made without a reseller (the operator's other channels, our own desk). */
export const directSalesRowsPath = '/reports/direct-sales';

export function resellerSalesRowsPath(code: string): string {
  return `/reports/resellers/${encodeURIComponent(code)}`;
}

/** Every reseller's payout (commission, stock, balance due), sorted and paged. */
export const payoutsPath = '/reports/payouts';
/** One reseller's payout: its commission lines and allocations. */
export const payoutDetailRoute = '/reports/payouts/:code';

export function payoutDetailPath(code: string): string {
  return `/reports/payouts/${encodeURIComponent(code)}`;
}
