/** Where the Allocations screen lives in the app's hash routes. */
export const allocationsPath = '/allocations';
