import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/ledger/entryHash';
import type { EntryRequest } from '../../../src/core/ledger/ledgerRequests';
import { requestCanonicalJson } from '../../../src/core/ledger/requestHash';

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

/** Mostly what a request holds, sometimes what it should not: the typed writer must match the generic one. */
const oddValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
);
const text = fc.oneof({ weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }, oddValue);
const number = fc.oneof({ weight: 5, arbitrary: fc.maxSafeInteger() }, oddValue);
const withExtra = <T extends object>(record: fc.Arbitrary<T>) =>
  fc
    .tuple(
      record,
      fc.option(fc.dictionary(fc.string({ maxLength: 12 }), oddValue, { maxKeys: 2 }), { freq: 5 }),
    )
    .map(([value, extra]) => (extra === null ? value : { ...value, ...extra }));
const reference = withExtra(fc.record({ kind: text, id: text }, { requiredKeys: [] }));
const transfer = withExtra(
  fc.record(
    {
      debitAccountId: text,
      creditAccountId: text,
      amountMinor: number,
      code: text,
      reference: fc.oneof({ weight: 4, arbitrary: reference }, oddValue),
      operatorReference: text,
    },
    { requiredKeys: ['debitAccountId', 'creditAccountId', 'amountMinor', 'code'] },
  ),
);
const newEntryRequest = withExtra(
  fc.record(
    {
      id: text,
      kind: fc.constantFrom('posting', 'pending'),
      code: text,
      description: text,
      effectiveAt: number,
      timeoutMs: number,
      transfers: fc.oneof(
        {
          weight: 8,
          arbitrary: fc.array(fc.oneof({ weight: 8, arbitrary: transfer }, oddValue), { maxLength: 4 }),
        },
        oddValue,
      ),
    },
    { requiredKeys: ['id', 'kind', 'code', 'transfers'] },
  ),
);

describe('canonical JSON of a new entry, written from its typed fields', () => {
  it('is byte for byte the generic canonical JSON (stored request hashes must not change)', () => {
    fc.assert(
      fc.property(newEntryRequest, (request) => {
        expect(requestCanonicalJson(request as EntryRequest)).toBe(canonicalJson(request));
      }),
      { seed: 20261123, numRuns: 5000 },
    );
  });

  it('takes the generic path for fields it does not know, hidden fields and objects that are not plain', () => {
    const base = {
      id: 'e1',
      kind: 'posting',
      code: 'allocation',
      transfers: [{ debitAccountId: 'a', creditAccountId: 'b', amountMinor: 5, code: 'x' }],
    };
    const hidden = { ...base };
    Object.defineProperty(hidden, 'description', { value: 'not enumerable', enumerable: false });
    const inherited = Object.assign(Object.create({ description: 'inherited' }), base);
    for (const request of [{ ...base, extra: 1 }, hidden, inherited, { ...base, effectiveAt: Number.NaN }]) {
      expect(requestCanonicalJson(request as EntryRequest)).toBe(canonicalJson(request));
    }
    expect(requestCanonicalJson(base as EntryRequest)).toBe(
      '{"code":"allocation","id":"e1","kind":"posting","transfers":[{"amountMinor":5,"code":"x","creditAccountId":"b","debitAccountId":"a"}]}',
    );
  });
});
