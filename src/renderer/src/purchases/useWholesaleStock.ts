import type { AccountView } from '../../../contract/ledgerSchemas';
import { type OperationState, useOperation } from '../client/useOperation';

export interface WholesaleStock {
  /** The distributor's wholesale stock account of the operator's airtime; undefined until read or if none. */
  account: AccountView | undefined;
  /** What can still be allocated; 0 when no stock was ever bought, undefined until read. */
  availableMinor: number | undefined;
  accounts: OperationState<'ledger.accounts'>;
}

/** The airtime the distributor holds at the operator, as the ledger has it (posted, and available less pending). */
export function useWholesaleStock(assetCode: string | undefined): WholesaleStock {
  const accounts = useOperation('ledger.accounts', { ownerKind: 'distributor' });
  const account = accounts.data?.find(
    (candidate) => candidate.type === 'wholesale_stock' && candidate.assetCode === assetCode,
  );
  const availableMinor =
    account?.balances.balanceAvailableMinor ?? (accounts.data === undefined ? undefined : 0);
  return { account, availableMinor, accounts };
}
