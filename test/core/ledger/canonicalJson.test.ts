import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/ledger/entryHash';

/** The same value with every object's keys inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(reversedKeys);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse())
    result[key] = reversedKeys((value as Record<string, unknown>)[key]);
  return result;
}

describe('canonical JSON of a request', () => {
  it('is valid JSON for the same value, and does not depend on the order keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversedKeys(value))).toBe(text);
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it('writes keys in sorted order and drops undefined fields, as JSON.stringify would', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [1, undefined], '10': true, '9': false })).toBe(
      '{"10":true,"9":false,"b":1,"c":[1,null]}',
    );
    expect(canonicalJson({ kind: 'posting', id: 'x' })).toBe(
      canonicalJson({ id: 'x', kind: 'posting', description: undefined }),
    );
  });
});
