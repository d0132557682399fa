import type { z } from 'zod';

/** Wrappers whose inner schema says what the value may hold. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of `value` that `schema` does not know, as paths (`filters.extra`, `rows.2.note`).
 * zod would drop them silently; the contract refuses them instead, so a typo or a hostile key
 * (`__proto__`, `constructor`) is named rather than ignored. A union matches its closest option:
 * a key no option knows is unknown.
 */
export function unknownFields(schema: z.ZodType, value: unknown, path = ''): string[] {
  const def = defOf(schema);
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (wrappers.has(def.type) && def.innerType !== undefined) {
    return value === undefined || value === null ? [] : unknownFields(def.innerType, value, path);
  }
  if (def.type === 'pipe' && def.in !== undefined) return unknownFields(def.in, value, path);
  if (def.type === 'array' && def.element !== undefined && Array.isArray(value)) {
    return value.flatMap((item, index) => unknownFields(def.element as z.ZodType, item, at(index)));
  }
  if (def.type === 'union' && def.options !== undefined) {
    let fewest: string[] | null = null;
    for (const option of def.options) {
      const found = unknownFields(option, value, path);
      if (fewest === null || found.length < fewest.length) fewest = found;
      if (found.length === 0) break;
    }
    return fewest ?? [];
  }
  if (def.type === 'object' && def.shape !== undefined && isPlainObject(value)) {
    const shape = def.shape;
    // An object that takes any further key (`.catchall(...)`, `.passthrough()`) has none unknown.
    const open = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
    const found: string[] = [];
    for (const key of Object.keys(value)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (field === undefined) {
        if (!open) found.push(at(key));
        continue;
      }
      found.push(...unknownFields(field, value[key], at(key)));
    }
    return found;
  }
  return [];
}
