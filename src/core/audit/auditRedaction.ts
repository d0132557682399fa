import { canonicalJson } from '../ledger/entryHash';

/** What stands in the trail for a secret. */
export const redactedText = '[redacted]';
/** Arrays keep this many items; the rest are counted in a note. */
export const auditArrayItemsMax = 50;
/** Longer strings (a file's base64 content) keep their start and their length. */
export const auditStringCharsMax = 500;
/** Objects keep this many fields (a refused call's input is not validated yet: it can be anything). */
export const auditObjectFieldsMax = 100;
/** Objects nested deeper are noted, not copied. */
const auditDepthMax = 8;

/**
 * Field names whose values never enter the trail: passwords, secrets, tokens and keys, whatever the
 * operation. Matched on the name, so a new operation's `newApiKey` is covered without a list
 * (`tokenUrl`, an address, is not a token).
 */
const secretFieldName = /password|passphrase|secret|apikey|token$|key$/i;

export function isSecretFieldName(name: string): boolean {
  return secretFieldName.test(name);
}

function trimmed(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'string') {
    return value.length <= auditStringCharsMax
      ? value
      : `${value.slice(0, auditStringCharsMax)}… [${value.length.toLocaleString('en-US')} characters, cut]`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return String(value);
  if (depth >= auditDepthMax) return '[nested too deep, left out]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, auditArrayItemsMax).map((item) => trimmed(item, depth + 1));
    if (value.length > auditArrayItemsMax) {
      kept.push(`… and ${(value.length - auditArrayItemsMax).toLocaleString('en-US')} more items, left out`);
    }
    return kept;
  }
  const copy: Record<string, unknown> = {};
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries.slice(0, auditObjectFieldsMax)) {
    if (item === undefined) continue;
    // A flag such as `hasClientSecret` says nothing secret; any other value under such a name goes.
    copy[key] =
      isSecretFieldName(key) && item !== null && typeof item !== 'boolean'
        ? redactedText
        : trimmed(item, depth + 1);
  }
  if (entries.length > auditObjectFieldsMax) {
    copy['…'] = `${(entries.length - auditObjectFieldsMax).toLocaleString('en-US')} more fields, left out`;
  }
  return copy;
}

/** A value as the trail keeps it: secrets redacted, long arrays and strings cut with a note. */
export function auditValue(value: unknown): unknown {
  return trimmed(value, 0);
}

/** The stored text of a value: canonical JSON (sorted keys) of `auditValue`, or null for none. */
export function auditJsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return canonicalJson(auditValue(value));
}
