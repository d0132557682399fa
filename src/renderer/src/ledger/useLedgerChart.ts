import { useMemo } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { AccountView, AssetView } from '../../../contract/ledgerSchemas';
import { useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';

/** Assets and accounts by key, to name a counterparty or write an amount in its currency. */
export interface LedgerChart {
  assetsByCode: Map<string, AssetView>;
  accountsById: Map<string, AccountView>;
  loading: boolean;
  error: ContractCallError | undefined;
}

export function useLedgerChart(): LedgerChart {
  const assets = useOperation('ledger.assets', {});
  // A partner office opens its branch's entries without the head office's chart: accounts show by id.
  const accounts = useOperation(
    'ledger.accounts',
    {},
    { enabled: useCurrentUser().canCall('ledger.accounts') },
  );
  const assetsByCode = useMemo(
    () => new Map((assets.data ?? []).map((asset) => [asset.code, asset])),
    [assets.data],
  );
  const accountsById = useMemo(
    () => new Map((accounts.data ?? []).map((account) => [account.id, account])),
    [accounts.data],
  );
  return {
    assetsByCode,
    accountsById,
    loading: assets.loading || accounts.loading,
    error: assets.error ?? accounts.error,
  };
}
