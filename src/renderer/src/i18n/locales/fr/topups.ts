import type { Catalog } from '../../catalog';
import type { topups as english } from '../en/topups';

/** Texte français des écrans topups. */
export const topups = {} satisfies Catalog<typeof english>;
