import type { ContractErrorBody } from '../../src/contract/contractError';
import {
  contractPath,
  secretHeader,
  secretQueryParameter,
  sessionHeader,
} from '../../src/contract/httpProtocol';
import {
  type OperationInput,
  type OperationName,
  type OperationOutput,
  operations,
} from '../../src/contract/operations';
import { type Credentials, testAdministrator } from './testUsers';

export interface LoopbackContract {
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
  /** A call that must fail: its error body. */
  refusal<N extends OperationName>(name: N, input: OperationInput<N>): Promise<ContractErrorBody>;
}

type RawResult = { ok: true; value: unknown } | { ok: false; error: ContractErrorBody };

/**
 * The contract over browser mode's loopback HTTP transport, exactly as the page calls it: the
 * per-launch secret from the printed URL in its header, `{operation, input}` in the body. The first
 * call that needs a person signs in as `credentials`, setting the workspace up with them if it has
 * no users yet, and carries the session from then on.
 */
export function loopbackContract(
  serveUrl: string,
  credentials: Credentials = testAdministrator,
): LoopbackContract {
  const url = new URL(serveUrl);
  const secret = url.searchParams.get(secretQueryParameter);
  if (secret === null) throw new Error(`${serveUrl} carries no secret`);
  let session: string | null = null;
  const raw = async (operation: string, input: unknown): Promise<RawResult> => {
    const response = await fetch(new URL(contractPath, url.origin), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [secretHeader]: secret,
        ...(session === null ? {} : { [sessionHeader]: session }),
      },
      body: JSON.stringify({ operation, input }),
    });
    return (await response.json()) as RawResult;
  };
  const signIn = async () => {
    const status = await raw('auth.status', {});
    if (!status.ok) throw new Error(`auth.status failed: ${status.error.message}`);
    const setUp = (status.value as { setupRequired: boolean }).setupRequired;
    const result = setUp
      ? await raw('auth.setUp', credentials)
      : await raw('auth.signIn', { username: credentials.username, password: credentials.password });
    if (!result.ok) throw new Error(`signing in as ${credentials.username} failed: ${result.error.message}`);
    session = (result.value as { sessionToken: string }).sessionToken;
  };
  const callSignedIn = async (name: OperationName, input: unknown): Promise<RawResult> => {
    if (session === null && operations[name].permission !== 'public') await signIn();
    return raw(name, input);
  };
  return {
    async call(name, input) {
      const result = await callSignedIn(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
      return result.value as OperationOutput<typeof name>;
    },
    async refusal(name, input) {
      const result = await callSignedIn(name, input);
      if (result.ok) throw new Error(`${name} was expected to fail`);
      return result.error;
    },
  };
}
