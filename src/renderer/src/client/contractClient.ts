import type { ContractClient } from '../../../contract/client';
import { type CallResult, ContractCallError } from '../../../contract/contractError';
import { contractPath, secretHeader, secretQueryParameter } from '../../../contract/httpProtocol';
import type { OperationInput, OperationName, OperationOutput } from '../../../contract/operations';

type RawCall = (operation: string, input: unknown) => Promise<CallResult<unknown>>;

/** Turns a transport's raw call into the typed client: values resolve, contract errors reject. */
function typedClient(rawCall: RawCall, transport: string): ContractClient & { transport: string } {
  return {
    transport,
    async call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
      const result = await rawCall(name, input);
      if (!result.ok) throw new ContractCallError(result.error);
      return result.value as OperationOutput<N>;
    },
  };
}

const secretStorageKey = 'airledger.browserSecret';

/**
 * Browser mode: the secret arrives once in the URL that `airledger serve` printed; it is kept for
 * this tab only and removed from the address bar so it is not bookmarked or shared by accident.
 */
function takeBrowserSecret(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(secretQueryParameter);
  if (fromUrl !== null) {
    sessionStorage.setItem(secretStorageKey, fromUrl);
    url.searchParams.delete(secretQueryParameter);
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(secretStorageKey);
}

function httpRawCall(secret: string): RawCall {
  return async (operation, input) => {
    let response: Response;
    try {
      response = await fetch(contractPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [secretHeader]: secret },
        body: JSON.stringify({ operation, input }),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Airledger is not answering: is `airledger serve` still running?',
        },
      };
    }
    return (await response.json()) as CallResult<unknown>;
  };
}

/** Picks the transport at start: the preload's bridge inside Electron, loopback HTTP in a browser. */
export function createContractClient(): (ContractClient & { transport: string }) | { missingSecret: true } {
  if (window.airledger !== undefined) return typedClient(window.airledger.call, 'desktop');
  const secret = takeBrowserSecret();
  if (secret === null) return { missingSecret: true };
  return typedClient(httpRawCall(secret), 'browser');
}
