import type { ContractClient } from '../../../contract/client';
import { type CallResult, ContractCallError } from '../../../contract/contractError';
import {
  contractPath,
  secretHeader,
  secretQueryParameter,
  sessionHeader,
} from '../../../contract/httpProtocol';
import type { OperationInput, OperationName, OperationOutput } from '../../../contract/operations';
import { localizeErrorBody } from '../i18n/contractMessages';
import { type SessionEnd, sessionEndOf } from './sessionEnd';

type RawCall = (
  operation: string,
  input: unknown,
  sessionToken: string | null,
) => Promise<CallResult<unknown>>;

/** Where a window keeps its session token between calls. */
export interface SessionTokenStore {
  read(): string | null;
  write(token: string | null): void;
}

/** The renderer's client: the contract's, plus the session every call of this window carries. */
export interface AirledgerClient extends ContractClient {
  readonly transport: string;
  /** The token from sign-in, or null after sign-out; every later call carries it. */
  setSessionToken(token: string | null): void;
  /** Calls `listener` whenever a call is refused because the session is gone; returns the unsubscribe. */
  onSessionEnded(listener: (ended: SessionEnd) => void): () => void;
}

/** Turns a transport's raw call into the typed client: values resolve, contract errors reject. */
export function sessionClient(
  rawCall: RawCall,
  transport: string,
  tokens: SessionTokenStore,
): AirledgerClient {
  const listeners = new Set<(ended: SessionEnd) => void>();
  return {
    transport,
    setSessionToken: (token) => tokens.write(token),
    onSessionEnded(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
      const result = await rawCall(name, input, tokens.read());
      if (!result.ok) {
        const ended = sessionEndOf(name, result.error);
        if (ended !== null) for (const listener of [...listeners]) listener(ended);
        throw new ContractCallError(localizeErrorBody(result.error));
      }
      return result.value as OperationOutput<N>;
    },
  };
}

/** Desktop: the token lives as long as the window; a new window signs in again. */
export function memoryTokenStore(): SessionTokenStore {
  let token: string | null = null;
  return {
    read: () => token,
    write: (next) => {
      token = next;
    },
  };
}

const sessionStorageKey = 'airledger.session';

/** Browser mode: kept for this tab, so a reload stays signed in and closing the tab forgets it. */
function tabTokenStore(): SessionTokenStore {
  return {
    read: () => sessionStorage.getItem(sessionStorageKey),
    write: (token) => {
      if (token === null) sessionStorage.removeItem(sessionStorageKey);
      else sessionStorage.setItem(sessionStorageKey, token);
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
  return async (operation, input, sessionToken) => {
    let response: Response;
    try {
      response = await fetch(contractPath, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [secretHeader]: secret,
          ...(sessionToken === null ? {} : { [sessionHeader]: sessionToken }),
        },
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
export function createContractClient(): AirledgerClient | { missingSecret: true } {
  const bridge = window.airledger;
  if (bridge !== undefined) {
    return sessionClient(
      (operation, input, sessionToken) => bridge.call(operation, input, sessionToken),
      'desktop',
      memoryTokenStore(),
    );
  }
  const secret = takeBrowserSecret();
  if (secret === null) return { missingSecret: true };
  return sessionClient(httpRawCall(secret), 'browser', tabTokenStore());
}
