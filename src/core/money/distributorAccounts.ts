import type { Ledger } from '../ledger/ledger';
import { ensureMoneyAsset } from '../retailers/retailerAccounts';

/** Where money moves: the distributor's cash, bank and mobile money accounts per currency. */
export type MoneyMethod = 'cash' | 'bank_transfer' | 'mobile_money';

const methodAccountTypes = { cash: 'cash', bank_transfer: 'bank', mobile_money: 'mobile_money' } as const;
export const moneyMethodNames = {
  cash: 'Cash',
  bank_transfer: 'Bank',
  mobile_money: 'Mobile money',
} as const;

/** The distributor's account for money held by `method` in `currency`, opened on first use. */
export function ensureMethodAccount(ledger: Ledger, method: MoneyMethod, currency: string): string {
  const type = methodAccountTypes[method];
  const id = `distributor:${type}:${currency}`;
  if (ledger.reader.account(id) === undefined) {
    ledger.accounts.createAccount({
      id,
      code: `${type.toUpperCase().replace('_', '-')}-${currency}`,
      name: `${moneyMethodNames[method]} (${currency})`,
      assetCode: ensureMoneyAsset(ledger, currency),
      type,
      ownerKind: 'distributor',
      ownerId: 'self',
    });
  }
  return id;
}
