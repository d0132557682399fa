import type { CallResult } from '../contract/contractError';

/** What the preload exposes on `window.airledger`. */
export interface AirledgerBridge {
  call(operation: string, input: unknown): Promise<CallResult<unknown>>;
}

declare global {
  interface Window {
    airledger?: AirledgerBridge;
  }
}
