import type { Catalog } from '../../catalog';
import type { reports as english } from '../en/reports';

/** Texte français des écrans reports. */
export const reports = {} satisfies Catalog<typeof english>;
