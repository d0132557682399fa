/** Paths, header names and limits of the operator wire (see index.ts for the conventions). */

export const tmfBasePath = '/tmf-api/prepayBalanceManagement/v4';
export const tokenPath = '/oauth2/token';
/** Loopback tools of the sandbox only; never under the TMF base path. */
export const sandboxAdminPath = '/sandbox-admin';

/** Our idempotency header (TMF654 has none); the same value may also travel as body field `clientReference`. */
export const clientReferenceHeader = 'X-Client-Reference';
export const apiKeyHeader = 'X-API-Key';
export const totalCountHeader = 'X-Total-Count';
export const resultCountHeader = 'X-Result-Count';

/** Largest `limit` a list accepts; a larger one is refused with 400. */
export const listLimitMax = 5000;
/** What a list returns when no `limit` is given. */
export const listLimitDefault = 100;
/** Request bodies above this are refused with 413. */
export const requestBodyBytesMax = 64 * 1024;
/** A client reference is 1 to 128 visible ASCII characters (a UUIDv7 fits). */
export const clientReferenceLengthMax = 128;
export const clientReferencePattern = /^[\x21-\x7e]{1,128}$/;

/** Well-known ids of the sandbox world (a real operator has its own; the client reads them from settings). */
export const distributorPartyId = 'DIST-001';
export const distributorPartyAccountId = 'PA-DIST-001';
export const wholesaleBucketId = 'BKT-WHOLESALE';
/** The wholesale bucket's line: TransferBalance_Create requires at least one `logicalResource` (the source's). */
export const distributorWalletMsisdn = '221700000000';
export const retailerBucketPrefix = 'BKT-';
export const endUserBucketPrefix = 'SUB-';
/** End-user and wallet numbers: 8 to 15 digits (E.164 without the plus). */
export const msisdnPattern = /^[0-9]{8,15}$/;

/** Error code of a 409 answered to a client reference reused with other content. */
export const clientReferenceReusedCode = 'CLIENT_REFERENCE_REUSED';
