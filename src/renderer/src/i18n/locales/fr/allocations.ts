import type { Catalog } from '../../catalog';
import type { allocations as english } from '../en/allocations';

/** Texte français des écrans allocations. */
export const allocations = {} satisfies Catalog<typeof english>;
