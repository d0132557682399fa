import { useEffect, useState } from 'react';
import type { OperationInput, OperationName, OperationOutput } from '../../../contract/operations';
import { useClient } from '../client/ClientContext';

/**
 * A read the screen can do without: made only when the user's role allows it, and a refusal
 * leaves the data undefined (the filter it feeds falls back) instead of an error on the screen.
 */
export function useOptionalRead<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  allowed: boolean,
): OperationOutput<N> | undefined {
  const client = useClient();
  const [data, setData] = useState<OperationOutput<N>>();
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    if (!allowed) {
      setData(undefined);
      return;
    }
    let current = true;
    client.call(name, JSON.parse(inputKey) as OperationInput<N>).then(
      (value) => {
        if (current) setData(value);
      },
      () => {
        if (current) setData(undefined);
      },
    );
    return () => {
      current = false;
    };
  }, [client, name, inputKey, allowed]);
  return data;
}
