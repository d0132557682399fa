import type { Catalog } from '../../catalog';
import type { dashboard as english } from '../en/dashboard';

/** Texte français des écrans dashboard. */
export const dashboard = {} satisfies Catalog<typeof english>;
