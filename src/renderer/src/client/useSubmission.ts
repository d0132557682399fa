import { useCallback, useState } from 'react';
import type { ContractCallError, ContractErrorBody } from '../../../contract/contractError';
import { asContractError } from './asContractError';

type Issues = NonNullable<ContractErrorBody['issues']>;

/**
 * A form's call to the contract: busy while it runs, and the core's refusal kept to show, its
 * field issues handed to the form so each lands under the field it names.
 */
export function useSubmission(onIssues?: (issues: Issues) => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ContractCallError | null>(null);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setFailure(null);
      try {
        await work();
      } catch (caught) {
        const failed = asContractError(caught);
        onIssues?.(failed.body.issues ?? []);
        setFailure(failed);
      } finally {
        setBusy(false);
      }
    },
    [onIssues],
  );
  return { busy, failure, setFailure, run };
}
