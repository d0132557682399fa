import { canonicalJson, jsonScalar, sha256Hex } from './entryHash';
import type { EntryRequest } from './ledgerRequests';

/**
 * The hash that tells a retried request from a different one under the same id: sha256 of the
 * request's canonical JSON. Stored with every entry, so its text must never change.
 */
export function requestHash(request: EntryRequest): string {
  return sha256Hex(requestCanonicalJson(request));
}

/**
 * `canonicalJson(request)`, byte for byte, built straight from the typed fields of a new entry
 * (posting or pending: every write of the hot path) without the generic walk, key sort and
 * temporary arrays. Anything it was not written for (another kind, an unknown key, a value of an
 * unexpected type, an object that is not a plain one) takes the generic path.
 */
export function requestCanonicalJson(request: EntryRequest): string {
  if (request.kind === 'posting' || request.kind === 'pending') {
    const text = newEntryJson(request);
    if (text !== undefined) return text;
  }
  return canonicalJson(request);
}

/** `"key":value` after the fields written so far; undefined fields are left out, as JSON leaves them. */
function field(text: string, key: string, value: unknown): string {
  if (value === undefined) return text;
  return `${text.length > 1 ? `${text},` : text}"${key}":${jsonScalar(value as string | number)}`;
}

/**
 * The fields a typed writer knows, each with the only `typeof` its value may have when present,
 * listed in sorted order (canonicalJson's key order); the one 'object' field of each comes last.
 */
type FieldTypes = Readonly<Record<string, 'string' | 'number' | 'object'>>;

const entryFieldTypes: FieldTypes = {
  code: 'string',
  description: 'string',
  effectiveAt: 'number',
  id: 'string',
  kind: 'string',
  timeoutMs: 'number',
  transfers: 'object',
};
const transferFieldTypes: FieldTypes = {
  amountMinor: 'number',
  code: 'string',
  creditAccountId: 'string',
  debitAccountId: 'string',
  operatorReference: 'string',
  reference: 'object',
};
const referenceFieldTypes: FieldTypes = { id: 'string', kind: 'string' };

// Reused between calls (the write path is synchronous): no objects made per request.
const entryFields: Record<string, unknown> = {};
const transferFields: Record<string, unknown> = {};
const referenceFields: Record<string, unknown> = {};

/**
 * The own enumerable fields of a plain object (as `canonicalJson` reads them, with Object.keys),
 * when each is one `types` knows and of its type; undefined otherwise.
 */
function knownFields(
  value: unknown,
  types: FieldTypes,
  into: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  for (const name in types) into[name] = undefined;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key) || !Object.hasOwn(types, key)) return undefined;
    const item = record[key];
    if (item !== undefined && typeof item !== types[key]) return undefined;
    into[key] = item;
  }
  return into;
}

/** `{` and the scalar fields present, in the order `types` lists them (sorted); the caller closes it. */
function scalarFieldsJson(fields: Record<string, unknown>, types: FieldTypes): string {
  let text = '{';
  for (const name in types) {
    if (types[name] !== 'object') text = field(text, name, fields[name]);
  }
  return text;
}

/** Keys in sorted order: code, description, effectiveAt, id, kind, timeoutMs, transfers. */
function newEntryJson(request: unknown): string | undefined {
  const fields = knownFields(request, entryFieldTypes, entryFields);
  if (fields === undefined) return undefined;
  const transfers = fields.transfers;
  if (transfers !== undefined && !Array.isArray(transfers)) return undefined;
  let text = scalarFieldsJson(fields, entryFieldTypes);
  if (transfers !== undefined) {
    let list = '[';
    for (let index = 0; index < transfers.length; index += 1) {
      const transfer = transferJson(transfers[index]);
      if (transfer === undefined) return undefined;
      list += index > 0 ? `,${transfer}` : transfer;
    }
    text = `${text.length > 1 ? `${text},` : text}"transfers":${list}]`;
  }
  return `${text}}`;
}

/** Keys in sorted order: amountMinor, code, creditAccountId, debitAccountId, operatorReference, reference. */
function transferJson(transfer: unknown): string | undefined {
  const fields = knownFields(transfer, transferFieldTypes, transferFields);
  if (fields === undefined) return undefined;
  let text = scalarFieldsJson(fields, transferFieldTypes);
  if (fields.reference !== undefined) {
    const reference = knownFields(fields.reference, referenceFieldTypes, referenceFields);
    if (reference === undefined) return undefined;
    text = `${text.length > 1 ? `${text},` : text}"reference":${scalarFieldsJson(reference, referenceFieldTypes)}}`;
  }
  return `${text}}`;
}
