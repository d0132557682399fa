/** Shared names of the loopback HTTP transport, used by its server and its browser client. */
export const contractPath = '/api/contract';
export const secretHeader = 'x-airledger-secret';
/** The signed-in session's token, sent with every call after sign-in (never in a URL). */
export const sessionHeader = 'x-airledger-session';
/** The browser receives the per-launch secret once, in this query parameter of the printed URL. */
export const secretQueryParameter = 'secret';
/** Request bodies above this are refused before parsing. */
// Room for an import file of 10 MB sent as base64 (a third larger) in its JSON request.
export const requestBodyBytesMax = 16 * 1024 * 1024;
