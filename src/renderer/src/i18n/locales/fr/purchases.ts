import type { Catalog } from '../../catalog';
import type { purchases as english } from '../en/purchases';

/** Texte français des écrans purchases. */
export const purchases = {} satisfies Catalog<typeof english>;
