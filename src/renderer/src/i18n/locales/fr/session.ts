import type { Catalog } from '../../catalog';
import type { session as english } from '../en/session';

/** Texte français des écrans session. */
export const session = {} satisfies Catalog<typeof english>;
