import { appOrigin } from './appProtocol';
import { urlOrigin } from './urlOrigin';

/** electron-vite sets this in development, where the renderer comes from its dev server. */
export const devServerUrlVariable = 'ELECTRON_RENDERER_URL';
const devServerHostsAllowed: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's URL, honoured only in an unpackaged run and only as http on loopback: an installed
 * app never loads (and never trusts with IPC) a page that its environment names.
 */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const value = env[devServerUrlVariable];
  if (isPackaged || value === undefined || value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && devServerHostsAllowed.has(url.hostname) ? value : null;
  } catch {
    return null;
  }
}

/** The page the main window loads: our app:// entry, or the dev server's in development. */
export function rendererEntryUrl(devServerUrl: string | null): string {
  return devServerUrl ?? `${appOrigin}/index.html`;
}

/** The origins whose pages may navigate, download and call the contract: ours, and the dev server's. */
export function trustedOriginCheck(devServerUrl: string | null): (origin: string) => boolean {
  const devServerOrigin = devServerUrl === null ? null : urlOrigin(devServerUrl);
  return (origin) => origin === appOrigin || (devServerOrigin !== null && origin === devServerOrigin);
}
