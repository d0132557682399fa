/** Where the retailer screens live in the app's hash routes. */
export const retailersPath = '/retailers';
export const retailerRoute = '/retailers/:code';
/** The list narrowed to one sub-distributor's branch. */
export const retailerBranchRoute = '/retailers/branch/:code';

export function retailerPath(code: string): string {
  return `/retailers/${encodeURIComponent(code)}`;
}

export function retailerBranchPath(code: string): string {
  return `/retailers/branch/${encodeURIComponent(code)}`;
}
