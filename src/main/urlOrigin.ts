/**
 * scheme://host[:port] of a URL. Not URL#origin: the WHATWG parser gives custom schemes such as
 * app:// an opaque "null" origin, which would make our own window untrusted (or every app:// URL alike).
 */
export function urlOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
