/** Where the Sync screen lives in the app's hash routes. */
export const syncPath = '/sync';
