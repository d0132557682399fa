import type { Catalog } from '../../catalog';
import type { ledger as english } from '../en/ledger';

/** Texte français des écrans ledger. */
export const ledger = {} satisfies Catalog<typeof english>;
