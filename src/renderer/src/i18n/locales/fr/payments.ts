import type { Catalog } from '../../catalog';
import type { payments as english } from '../en/payments';

/** Texte français des écrans payments. */
export const payments = {} satisfies Catalog<typeof english>;
