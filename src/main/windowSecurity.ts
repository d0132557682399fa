import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { openExternalIfAllowed } from './externalLinks';
import { urlOrigin } from './urlOrigin';

/** The web preferences of every window: the renderer is web content with no Node and no Electron APIs. */
export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** A page may only go to our own origin (app://airledger, or the dev server in development). */
export function isNavigationAllowed(url: string, isTrustedOrigin: (origin: string) => boolean): boolean {
  const origin = urlOrigin(url);
  return origin !== null && isTrustedOrigin(origin);
}

/** What will-navigate, will-frame-navigate and will-redirect hand their listener. */
interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/**
 * Navigation and redirects to another origin, in any frame, are cancelled; new windows are denied
 * (an allow-listed https link opens in the user's browser instead); webviews are never attached.
 */
export function lockDownWebContents(
  contents: WebContents,
  isTrustedOrigin: (origin: string) => boolean,
): void {
  const refuseForeignNavigation = (event: NavigationEvent) => {
    if (!isNavigationAllowed(event.url, isTrustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeignNavigation);
  contents.on('will-frame-navigate', refuseForeignNavigation);
  contents.on('will-redirect', refuseForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}
