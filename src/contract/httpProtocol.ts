/** Shared names of the loopback HTTP transport, used by its server and its browser client. */
export const contractPath = '/api/contract';
export const secretHeader = 'x-airledger-secret';
/** The browser receives the per-launch secret once, in this query parameter of the printed URL. */
export const secretQueryParameter = 'secret';
/** Request bodies above this are refused before parsing. */
export const requestBodyBytesMax = 4 * 1024 * 1024;
