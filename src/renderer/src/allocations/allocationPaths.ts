/** Where the Allocations screen lives in the app's hash routes. */
export const allocationsPath = '/allocations';
/** The same screen opened on its Approvals tab (maker-checker). */
export const allocationApprovalsPath = '/allocations/approvals';
