import type { Catalog } from '../../catalog';
import type { shell as english } from '../en/shell';

/** Texte français des écrans shell. */
export const shell = {} satisfies Catalog<typeof english>;
