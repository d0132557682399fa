import type { Catalog } from '../../catalog';
import type { audit as english } from '../en/audit';

/** Texte français des écrans audit. */
export const audit = {} satisfies Catalog<typeof english>;
