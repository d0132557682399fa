import type { SaveDialogOptions, Session } from 'electron';
import { urlOrigin } from './urlOrigin';

/**
 * The app's own downloads are exports the renderer builds as a Blob and hands to a download link, so
 * their URL is `blob:<our origin>/<uuid>`. Anything else (a remote file, a data: URL, a blob minted by
 * another origin) is not ours.
 */
export function isDownloadAllowed(url: string, isTrustedOrigin: (origin: string) => boolean): boolean {
  if (!url.startsWith('blob:')) return false;
  const origin = urlOrigin(url.slice('blob:'.length));
  return origin !== null && isTrustedOrigin(origin);
}

const sessionsLockedDown = new WeakSet<Session>();

/**
 * Camera, microphone, notifications, geolocation, HID/USB/serial devices...: the back office needs
 * none, so every permission request and check is answered no and device pickers are cancelled.
 * Downloads other than our own blob exports are cancelled; ours get the native save dialog, set up
 * for the export's type when `saveDialogFor` is given.
 * Safe to call again for the same session (every web contents brings its session).
 */
export function lockDownSession(
  session: Session,
  isTrustedOrigin: (origin: string) => boolean,
  saveDialogFor?: (fileName: string) => SaveDialogOptions,
): void {
  if (sessionsLockedDown.has(session)) return;
  sessionsLockedDown.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL(), isTrustedOrigin)) event.preventDefault();
    else if (saveDialogFor !== undefined) item.setSaveDialogOptions(saveDialogFor(item.getFilename()));
  });
}
