import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import type { CallResult } from '../contract/contractError';
import { ipcChannel } from '../contract/ipcProtocol';
import { operationNames } from '../contract/operations';
import type { AirledgerCore } from '../core/app/airledgerCore';
import { urlOrigin } from './urlOrigin';

/** Who may call the contract over IPC. */
export interface TrustedSenders {
  /** Our own origin (app://airledger, or the dev server's in development). */
  isTrustedOrigin(origin: string): boolean;
  /** The web contents of a window this app created. */
  isAppWindow(contents: WebContents): boolean;
}

/**
 * One ipcMain handler per contract operation. Each call must come from the main frame of one of our
 * windows showing our own origin; input validation and permissions happen in the core.
 */
export function registerIpcTransport(core: AirledgerCore, senders: TrustedSenders): () => void {
  const channels = operationNames.map(ipcChannel);
  for (const name of operationNames) {
    ipcMain.handle(
      ipcChannel(name),
      async (
        event: IpcMainInvokeEvent,
        input: unknown,
        sessionToken: unknown,
      ): Promise<CallResult<unknown>> => {
        if (!isTrustedSender(event, senders)) {
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

/** Checked on every call: the frame may have navigated, or be another window's, since the last one. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  senders: TrustedSenders,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  if (!senders.isAppWindow(event.sender)) return false;
  const mainFrame = event.sender.mainFrame;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  const origin = urlOrigin(frame.url);
  return origin !== null && senders.isTrustedOrigin(origin);
}
