import type { Ledger } from '../ledger/ledger';
import { currencyScale } from '../money/currencyScale';

/** The money asset of a currency: what retailers owe and pay is counted in it. */
export function ensureMoneyAsset(ledger: Ledger, currency: string): string {
  const code = `MONEY-${currency}`;
  ledger.accounts.createAsset({
    code,
    kind: 'money',
    currency,
    scale: currencyScale(currency),
    name: `${currency} money`,
  });
  return code;
}

export const retailerAccountIds = {
  receivable: (retailerCode: string) => `retailer:${retailerCode}:receivable`,
};

/**
 * What a retailer's terms allow it to owe, as the receivable's upper bound: nothing for a prepaid
 * retailer (it pays before it is allocated), its credit limit for a postpaid one. The ledger then
 * refuses any allocation beyond it, in the same transaction that writes it.
 */
export function receivableBoundMinor(terms: 'prepaid' | 'postpaid', creditLimitMinor: number): number {
  return terms === 'prepaid' ? 0 : creditLimitMinor;
}

/** Opens the retailer's receivable in the workspace currency (idempotent for the same settings). */
export function ensureReceivableAccount(
  ledger: Ledger,
  currency: string,
  retailer: { code: string; name: string; terms: 'prepaid' | 'postpaid'; creditLimitMinor: number },
): string {
  const assetCode = ensureMoneyAsset(ledger, currency);
  const id = retailerAccountIds.receivable(retailer.code);
  if (ledger.reader.account(id) !== undefined) return id;
  ledger.accounts.createAccount({
    id,
    code: `RECEIVABLE-${retailer.code}`,
    name: `${retailer.name} receivable`,
    assetCode,
    type: 'retailer_receivable',
    ownerKind: 'retailer',
    ownerId: retailer.code,
    balanceUpperBoundMinor: receivableBoundMinor(retailer.terms, retailer.creditLimitMinor),
  });
  return id;
}
