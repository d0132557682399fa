import { type BrowserWindowConstructorOptions, type Session, shell, type WebContents } from 'electron';
import { urlOrigin } from './urlOrigin';

/** Links the app may open in the user's browser; everything else is refused. */
const externalLinkHostsAllowed = new Set(['airledger.app']);

export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Navigation, new windows and webviews are denied; allow-listed https links open in the browser. */
export function lockDownWebContents(
  contents: WebContents,
  isTrustedOrigin: (origin: string) => boolean,
): void {
  contents.on('will-navigate', (event, url) => {
    const origin = urlOrigin(url);
    if (origin === null || !isTrustedOrigin(origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

export function openExternalIfAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && externalLinkHostsAllowed.has(parsed.hostname)) {
      void shell.openExternal(parsed.toString());
      return true;
    }
  } catch {
    // not a URL: refused below
  }
  return false;
}

/** Camera, microphone, notifications, geolocation...: the back office needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
