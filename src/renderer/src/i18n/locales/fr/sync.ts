import type { Catalog } from '../../catalog';
import type { sync as english } from '../en/sync';

/** Texte français des écrans sync. */
export const sync = {} satisfies Catalog<typeof english>;
