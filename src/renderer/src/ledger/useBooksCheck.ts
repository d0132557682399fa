import { useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { LedgerVerifyReport } from '../../../contract/ledgerSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { type OperationState, useOperation } from '../client/useOperation';

export interface BooksCheck {
  /** The check shown: the one just run here, else the last one of this session (null: none yet). */
  report: LedgerVerifyReport | null;
  last: OperationState<'ledger.lastVerify'>;
  verifying: boolean;
  verifyError: ContractCallError | undefined;
  /** Runs a full check of the ledger and the audit trail now. */
  verifyNow: () => Promise<void>;
}

/** The books' self-check (`ledger.verify`: the ledger and the audit trail's chain), last and on demand. */
export function useBooksCheck(): BooksCheck {
  const client = useClient();
  const last = useOperation('ledger.lastVerify', {});
  const [fresh, setFresh] = useState<LedgerVerifyReport>();
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<ContractCallError>();

  const verifyNow = async () => {
    setVerifying(true);
    setVerifyError(undefined);
    try {
      setFresh(await client.call('ledger.verify', { mode: 'full' }));
    } catch (caught) {
      setVerifyError(asContractError(caught));
    } finally {
      setVerifying(false);
    }
  };

  return { report: fresh ?? last.data ?? null, last, verifying, verifyError, verifyNow };
}
