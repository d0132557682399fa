import type { ContractErrorBody } from '../../src/contract/contractError';
import { contractPath, secretHeader, secretQueryParameter } from '../../src/contract/httpProtocol';
import type { OperationInput, OperationName, OperationOutput } from '../../src/contract/operations';

export interface LoopbackContract {
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
  /** A call that must fail: its error body. */
  refusal<N extends OperationName>(name: N, input: OperationInput<N>): Promise<ContractErrorBody>;
}

/**
 * The contract over browser mode's loopback HTTP transport, exactly as the page calls it: the
 * per-launch secret from the printed URL in its header, `{operation, input}` in the body.
 */
export function loopbackContract(serveUrl: string): LoopbackContract {
  const url = new URL(serveUrl);
  const secret = url.searchParams.get(secretQueryParameter);
  if (secret === null) throw new Error(`${serveUrl} carries no secret`);
  const raw = async (operation: string, input: unknown) => {
    const response = await fetch(new URL(contractPath, url.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [secretHeader]: secret },
      body: JSON.stringify({ operation, input }),
    });
    return (await response.json()) as { ok: true; value: unknown } | { ok: false; error: ContractErrorBody };
  };
  return {
    async call(name, input) {
      const result = await raw(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
      return result.value as OperationOutput<typeof name>;
    },
    async refusal(name, input) {
      const result = await raw(name, input);
      if (result.ok) throw new Error(`${name} was expected to fail`);
      return result.error;
    },
  };
}
