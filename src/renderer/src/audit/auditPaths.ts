/** Where the Audit screen lives in the app's hash routes. */
export const auditPath = '/audit';
