import type { AccountView } from '../../../contract/ledgerSchemas';
import { type OperationState, useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';

export interface WholesaleStock {
  /** The distributor's wholesale stock account of the operator's airtime; undefined until read or if none. */
  account: AccountView | undefined;
  /**
   * What can still be allocated; 0 when no stock was ever bought, undefined until read, null when
   * the user does not see the distributor's books (a partner office).
   */
  availableMinor: number | null | undefined;
  accounts: OperationState<'ledger.accounts'>;
}

/** The airtime the distributor holds at the operator, as the ledger has it (posted, and available less pending). */
export function useWholesaleStock(assetCode: string | undefined): WholesaleStock {
  const readable = useCurrentUser().canCall('ledger.accounts');
  const accounts = useOperation('ledger.accounts', { ownerKind: 'distributor' }, { enabled: readable });
  const account = accounts.data?.find(
    (candidate) => candidate.type === 'wholesale_stock' && candidate.assetCode === assetCode,
  );
  const availableMinor = !readable
    ? null
    : (account?.balances.balanceAvailableMinor ?? (accounts.data === undefined ? undefined : 0));
  return { account, availableMinor, accounts };
}
