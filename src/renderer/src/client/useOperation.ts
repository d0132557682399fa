import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { OperationInput, OperationName, OperationOutput } from '../../../contract/operations';
import { asContractError } from './asContractError';
import { useClient } from './ClientContext';

export interface OperationState<N extends OperationName> {
  data: OperationOutput<N> | undefined;
  error: ContractCallError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Calls a read operation on mount and on `reload`, keeping its data, error and loading flag. With
 * `enabled` false (a read the user's roles or branch do not reach) nothing is called and the data
 * stays undefined.
 */
export function useOperation<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  { enabled = true }: { enabled?: boolean } = {},
): OperationState<N> {
  const client = useClient();
  const [data, setData] = useState<OperationOutput<N>>();
  const [error, setError] = useState<ContractCallError>();
  const [loading, setLoading] = useState(enabled);
  const inputKey = JSON.stringify(input);
  // Only the latest call may set the state: an answer to an input since changed is dropped.
  const latestCall = useRef(0);

  const reload = useCallback(async () => {
    latestCall.current += 1;
    const call = latestCall.current;
    if (!enabled) {
      setData(undefined);
      setError(undefined);
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const value = await client.call(name, JSON.parse(inputKey) as OperationInput<N>);
      if (call !== latestCall.current) return;
      setData(value);
      setError(undefined);
    } catch (caught) {
      if (call !== latestCall.current) return;
      setError(asContractError(caught));
    } finally {
      if (call === latestCall.current) setLoading(false);
    }
  }, [client, name, inputKey, enabled]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
