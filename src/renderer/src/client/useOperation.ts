import { useCallback, useEffect, useState } from 'react';
import { ContractCallError } from '../../../contract/contractError';
import type { OperationInput, OperationName, OperationOutput } from '../../../contract/operations';
import { useClient } from './ClientContext';

export interface OperationState<N extends OperationName> {
  data: OperationOutput<N> | undefined;
  error: ContractCallError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Calls a read operation on mount and on `reload`, keeping its data, error and loading flag. */
export function useOperation<N extends OperationName>(name: N, input: OperationInput<N>): OperationState<N> {
  const client = useClient();
  const [data, setData] = useState<OperationOutput<N>>();
  const [error, setError] = useState<ContractCallError>();
  const [loading, setLoading] = useState(true);
  const inputKey = JSON.stringify(input);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await client.call(name, JSON.parse(inputKey) as OperationInput<N>));
      setError(undefined);
    } catch (caught) {
      setError(
        caught instanceof ContractCallError
          ? caught
          : new ContractCallError({ code: 'internal', message: String(caught) }),
      );
    } finally {
      setLoading(false);
    }
  }, [client, name, inputKey]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
