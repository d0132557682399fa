import type { Catalog } from '../../catalog';
import type { payouts as english } from '../en/payouts';

/** Texte français des écrans payouts. */
export const payouts = {} satisfies Catalog<typeof english>;
