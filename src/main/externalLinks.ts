import { shell } from 'electron';

/** Hosts whose https pages the app may open in the user's browser; everything else is refused. */
export const externalLinkHostsAllowed: ReadonlySet<string> = new Set(['airledger.app']);

/**
 * Whether a link may leave the app: https only, an allow-listed host, no credentials and no port of
 * its own (so `https://airledger.app@evil.example` or `https://airledger.app:8443` are refused).
 */
export function isExternalLinkAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    externalLinkHostsAllowed.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The only place the app hands a URL to the operating system: shell.openExternal can launch any
 * registered protocol handler, so nothing reaches it that is not an allow-listed https link.
 */
export function openExternalIfAllowed(url: string): boolean {
  if (!isExternalLinkAllowed(url)) return false;
  void shell.openExternal(new URL(url).toString());
  return true;
}
