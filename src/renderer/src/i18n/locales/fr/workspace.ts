import type { Catalog } from '../../catalog';
import type { workspace as english } from '../en/workspace';

/** Texte français des écrans workspace. */
export const workspace = {} satisfies Catalog<typeof english>;
