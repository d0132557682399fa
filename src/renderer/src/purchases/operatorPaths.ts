/** Where the Operator & purchases screen lives in the app's hash routes. */
export const operatorPath = '/operator';
