import type { Catalog } from '../../catalog';
import type { updates as english } from '../en/updates';

/** Texte français des écrans updates. */
export const updates = {} satisfies Catalog<typeof english>;
