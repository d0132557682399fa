import type { DocumentLanguage } from '../../contract/documentLanguage';

export type { DocumentLanguage };

/**
 * What every translation of a document's catalog must be: the English catalog's keys, each a string
 * where English has a string and a function of the same arguments where English has a function. A
 * translation typed with it fails to compile when a key is missing (or one too many is written).
 */
export type DocumentCatalog<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : DocumentCatalog<T[K]>;
};

/** A document's catalogs, one per language. */
export type DocumentCatalogs<T> = Readonly<Record<DocumentLanguage, DocumentCatalog<T>>>;

/** The catalog of `language`: English when none is asked for (what callers that send none get). */
export function documentText<T>(catalogs: DocumentCatalogs<T>, language: DocumentLanguage | undefined) {
  return catalogs[language ?? 'en'];
}

/** Every key of a catalog as a dotted path (`headers.reseller`), sorted: for a key-parity check. */
export function catalogKeyPaths(catalog: object, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(catalog)) {
    const path = `${prefix}${key}`;
    if (value !== null && typeof value === 'object') paths.push(...catalogKeyPaths(value, `${path}.`));
    else paths.push(path);
  }
  return paths.sort();
}
