/** One field of an audited call's subject: where it is, and its value before and after (undefined: absent). */
export interface AuditField {
  /** Dotted path: `creditLimitMinor`, `replenishment.belowMinor`. */
  path: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** A field the call changed. */
export type AuditChange = Omit<AuditField, 'changed'>;

/** Objects nested deeper than this are compared whole. */
const pathDepthMax = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function collect(path: string, before: unknown, after: unknown, depth: number, into: AuditField[]): void {
  if (depth < pathDepthMax && (isRecord(before) || isRecord(after))) {
    const left = isRecord(before) ? before : {};
    const right = isRecord(after) ? after : {};
    // Keys in the order the newer value has them, then those it dropped.
    const keys = [...new Set([...Object.keys(right), ...Object.keys(left)])];
    for (const key of keys) {
      collect(path === '' ? key : `${path}.${key}`, left[key], right[key], depth + 1, into);
    }
    return;
  }
  into.push({ path: path === '' ? '(value)' : path, before, after, changed: !sameValue(before, after) });
}

/**
 * Every field of an audited call's subject, before and after, each marked changed or not (arrays
 * compared whole). Before is null for what a call created: every field of after is then a change.
 */
export function auditFields(before: unknown, after: unknown): AuditField[] {
  const fields: AuditField[] = [];
  if (before === null && after === null) return fields;
  collect('', before ?? undefined, after ?? undefined, 0, fields);
  return fields;
}

/** The fields an audited call changed, before and after. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  return auditFields(before, after)
    .filter((field) => field.changed)
    .map(({ path, before: was, after: is }) => ({ path, before: was, after: is }));
}

/** A value of a change as one short line: `750000`, `"postpaid"`, `(none)`. */
export function auditValueText(value: unknown): string {
  if (value === undefined) return '(none)';
  return JSON.stringify(value);
}
