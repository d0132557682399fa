/** Where the settlement screens live in the app's hash routes. */
export const settlementsPath = '/settlements';
/** One statement (its latest version, or `?version=N`). Listed before the period route, which it would not match anyway. */
export const settlementStatementRoute = '/settlements/statement/:statementId';
/** One closed period's statements. */
export const settlementPeriodRoute = '/settlements/:periodId';

export function settlementPeriodPath(periodId: string): string {
  return `/settlements/${encodeURIComponent(periodId)}`;
}

export function settlementStatementPath(statementId: string, version?: number): string {
  const path = `/settlements/statement/${encodeURIComponent(statementId)}`;
  return version === undefined ? path : `${path}?version=${version}`;
}
