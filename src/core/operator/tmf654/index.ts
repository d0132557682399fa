/**
 * The TMF654 Prepay Balance Management v4 subset Airledger uses: zod schemas, constants and amount conversion,
 * shared by the operator client (src/core/operator) and the operator sandbox (src/core/operatorSandbox).
 * Responses are loose objects (unknown fields pass through); requests are plain objects (unknown fields dropped).
 *
 * Wire conventions (the contract between the sandbox and the client):
 * - Base path `/tmf-api/prepayBalanceManagement/v4`, JSON bodies (max 64 KiB, else 413). Errors are the TMF error
 *   body `{code, reason, message, status}` (`status` is the HTTP status as a string, as the spec types it) with
 *   400/401/403/404/405/409/413/500.
 * - Auth: `POST /oauth2/token`, form `grant_type=client_credentials` with `client_id`/`client_secret` in the form
 *   or HTTP Basic -> 200 `{access_token, token_type: 'Bearer', expires_in}`; bad credentials -> 401
 *   `{error: 'invalid_client'}`. TMF routes need `Authorization: Bearer <token>` (401 TMF error otherwise) and,
 *   when the operator is configured with one, header `X-API-Key` (403 otherwise).
 * - Amounts: `Quantity {amount, units}` in major units; convert with `quantityToMinor`/`minorToQuantityAmount`.
 *   An amount that is zero, negative or not representable at the scale is refused with 400 naming the field.
 * - Client reference: header `X-Client-Reference` and/or body `clientReference` (both and different -> 400).
 *   Stored on the action and echoed as `clientReference`. Same reference and same content -> 200 with the existing
 *   action (nothing created); same reference, other content -> 409 code `CLIENT_REFERENCE_REUSED`. Lists filter
 *   by `?clientReference=R`. One reference never maps to two actions.
 * - Actions: `POST /topupBalance` on `BKT-WHOLESALE` is a purchase (created -> completed after a delay);
 *   on `SUB-<msisdn>` an end-user top-up paid from the requestor's bucket (distributor `DIST-001` -> wholesale,
 *   a retailer party -> `BKT-<partyId>`). `POST /transferBalance` from the wholesale bucket to a retailer bucket
 *   is an allocation: the amount is reserved on the source until completion. A short balance creates the action
 *   with status `failed` and extension `statusReason`. `PATCH /{topupBalance|transferBalance}/{id}` accepts only
 *   `{status: 'cancelled'}` while `created` (200), else 409 naming the current status. `POST /adjustBalance`
 *   is applied at once; extension `direction: 'credit' | 'debit'` (default credit).
 * - Lists: `offset`, `limit` (default 100, max 5000), headers `X-Total-Count` and `X-Result-Count`.
 *   Action lists filter by `clientReference` and `status`; `GET /bucket` by `relatedParty.id`,
 *   `logicalResource.id` or `logicalResource.value` (the MSISDN) and `partyAccount.id`.
 * - Sales feed: `GET /balanceActionHistory` lists final actions and adjustments ordered by
 *   (confirmationDate, id), filters `confirmationDate.gte`, `confirmationDate.lt`, `@type`, `requestor.id`.
 *   Its `id` is the action's id. Sale reversals are AdjustBalance items with extension `reversesActionId`.
 * - Hub: `POST /hub {callback, query?}` -> 201, `DELETE /hub/{id}` -> 204. Events (create, cancel, failure; TMF654
 *   has no completion event) are POSTed to callbacks as `{eventId, eventTime, eventType, event: {topupBalance}}`;
 *   they are hints, possibly duplicated: completion must be polled.
 */

export * from './adjustBalance';
export * from './balanceAction';
export * from './balanceActionHistory';
export * from './bucket';
export * from './entityRefs';
export * from './eventSubscription';
export * from './quantity';
export * from './quantityConversion';
export * from './tmfConstants';
export * from './tmfEnums';
export * from './tmfError';
export * from './tmfEvent';
export * from './topupBalance';
export * from './transferBalance';
