import type { Catalog } from '../../catalog';
import type { retailers as english } from '../en/retailers';

/** Texte français des écrans retailers. */
export const retailers = {} satisfies Catalog<typeof english>;
