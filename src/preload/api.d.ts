import type { CallResult } from '../contract/contractError';

/** What the preload exposes on `window.airledger`. */
export interface AirledgerBridge {
  /** `sessionToken`: the signed-in session's, null before sign-in. */
  call(operation: string, input: unknown, sessionToken: string | null): Promise<CallResult<unknown>>;
}

declare global {
  interface Window {
    airledger?: AirledgerBridge;
  }
}
