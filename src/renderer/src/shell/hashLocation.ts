import { useSyncExternalStore } from 'react';

/**
 * Hash routes whose query lives inside the hash (`#/reports?from=…`), so a view is bookmarked with
 * its filters while the page's own query (browser mode's secret) is left alone. The route is the
 * part before "?"; wouter's search is the part after it.
 */

// A leading "#" is ignored, a leading "/" is optional.
const hashPrefix = /^#?\/?/;

function hashBody(): string {
  return window.location.hash.replace(hashPrefix, '');
}

function currentPath(): string {
  const body = hashBody();
  const at = body.indexOf('?');
  return `/${at === -1 ? body : body.slice(0, at)}`;
}

/** The query inside the hash, still encoded, without its "?". */
function currentQuery(): string {
  const body = hashBody();
  const at = body.indexOf('?');
  return at === -1 ? '' : body.slice(at + 1);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function navigateInHash(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const oldURL = window.location.href;
  const url = new URL(oldURL);
  url.hash = `/${to.replace(hashPrefix, '')}`;
  if (url.href === oldURL) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  // pushState does not fire hashchange: the routes listen for it, so it is sent here.
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

export function useHashPath(): [string, typeof navigateInHash] {
  return [useSyncExternalStore(subscribe, currentPath), navigateInHash];
}

export function useHashQuery(): string {
  return useSyncExternalStore(subscribe, currentQuery);
}

export function hashHref(href: string): string {
  return `#${href}`;
}
