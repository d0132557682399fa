import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { CallResult } from '../contract/contractError';
import { ipcChannel } from '../contract/ipcProtocol';
import { operationNames } from '../contract/operations';
import type { AirledgerCore } from '../core/app/airledgerCore';
import { urlOrigin } from './urlOrigin';

/**
 * One ipcMain handler per contract operation. Each call must come from the top frame of one of our
 * windows showing our own origin; input validation and permissions happen in the core.
 */
export function registerIpcTransport(
  core: AirledgerCore,
  isTrustedOrigin: (origin: string) => boolean,
): () => void {
  const channels = operationNames.map(ipcChannel);
  for (const name of operationNames) {
    ipcMain.handle(
      ipcChannel(name),
      async (
        event: IpcMainInvokeEvent,
        input: unknown,
        sessionToken: unknown,
      ): Promise<CallResult<unknown>> => {
        if (!isTrustedSender(event, isTrustedOrigin)) {
          return {
            ok: false,
            error: { code: 'unauthenticated', message: 'Calls are accepted only from Airledger windows.' },
          };
        }
        return core.callInSession(name, input, {
          transport: 'ipc',
          sessionToken: typeof sessionToken === 'string' ? sessionToken : null,
        });
      },
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  isTrustedOrigin: (origin: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  const origin = urlOrigin(frame.url);
  return origin !== null && isTrustedOrigin(origin);
}
