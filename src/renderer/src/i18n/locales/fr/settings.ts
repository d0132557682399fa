import type { Catalog } from '../../catalog';
import type { settings as english } from '../en/settings';

/** Texte français des écrans settings. */
export const settings = {} satisfies Catalog<typeof english>;
