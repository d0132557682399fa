/** Where the customers-acquired screens live; each keeps the report filters in its query. */

/** Every reseller's cohorts: one row per reseller and month of acquisition. */
export const acquiredCohortsPath = '/reports/customers';
/** The lines one reseller acquired in the period, or in one month of it. */
export const acquiredLinesRoute = '/reports/customers/by/:code';
export const acquiredMonthLinesRoute = '/reports/customers/by/:code/:month';
/** The lines first topped up without a reseller (the operator's direct sales, our desk). */
export const directLinesPath = '/reports/customers/direct';

export function acquiredLinesPath(code: string, month?: string): string {
  const base = `/reports/customers/by/${encodeURIComponent(code)}`;
  return month === undefined ? base : `${base}/${encodeURIComponent(month)}`;
}
