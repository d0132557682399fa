import type { Catalog } from '../../catalog';
import type { settlements as english } from '../en/settlements';

/** Texte français des écrans settlements. */
export const settlements = {} satisfies Catalog<typeof english>;
