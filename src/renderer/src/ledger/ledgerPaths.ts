/** Where the ledger's screens live in the app's hash routes. */
export const ledgerPath = '/ledger';
export const statementRoute = '/ledger/accounts/:accountId';

export function statementPath(accountId: string): string {
  return `/ledger/accounts/${encodeURIComponent(accountId)}`;
}
