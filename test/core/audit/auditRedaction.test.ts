import { describe, expect, it } from 'vitest';
import { auditChanges } from '../../../src/contract/auditChanges';
import { auditJsonText, auditValue } from '../../../src/core/audit/auditRedaction';

describe('what the audit trail keeps of a value', () => {
  it('redacts every field named like a secret, at any depth, and says so', () => {
    expect(
      auditValue({
        username: 'awa',
        password: 'baobab-at-dawn-42',
        connection: {
          clientId: 'distributor-7',
          clientSecret: 's3cr3t',
          apiKey: 'k-123',
          tokenUrl: 'https://op/token',
        },
        sessionToken: 'tok',
        newPassphraseRepeated: 'pass pass pass',
        key: '2026-11',
        hasClientSecret: true,
        apiKeyHint: null,
      }),
    ).toEqual({
      username: 'awa',
      password: '[redacted]',
      connection: {
        clientId: 'distributor-7',
        clientSecret: '[redacted]',
        apiKey: '[redacted]',
        tokenUrl: 'https://op/token',
      },
      sessionToken: '[redacted]',
      newPassphraseRepeated: '[redacted]',
      key: '[redacted]',
      hasClientSecret: true,
      apiKeyHint: null,
    });
  });

  it('cuts long lists, long texts and wide objects, with a note of what was left out', () => {
    const kept = auditValue({
      rows: Array.from({ length: 120 }, (_, index) => index),
      contentBase64: 'A'.repeat(20_000),
      wide: Object.fromEntries(Array.from({ length: 130 }, (_, index) => [`f${index}`, index])),
    }) as { rows: unknown[]; contentBase64: string; wide: Record<string, unknown> };
    expect(kept.rows).toHaveLength(51);
    expect(kept.rows.at(-1)).toBe('… and 70 more items, left out');
    expect(kept.contentBase64).toMatch(/^A{500}… \[20,000 characters, cut]$/);
    expect(Object.keys(kept.wide)).toHaveLength(101);
    expect(kept.wide['…']).toBe('30 more fields, left out');
  });

  it('stores canonical JSON (sorted keys), so the same value always hashes the same', () => {
    expect(auditJsonText({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      '{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}',
    );
    expect(auditJsonText(null)).toBeNull();
  });

  it('names each field a change touched, nested ones by their path', () => {
    expect(
      auditChanges(
        { creditLimitMinor: 500_000, terms: 'postpaid', replenishment: { belowMinor: 10, upToMinor: 50 } },
        { creditLimitMinor: 750_000, terms: 'postpaid', replenishment: { belowMinor: 20, upToMinor: 50 } },
      ),
    ).toEqual([
      { path: 'creditLimitMinor', before: 500_000, after: 750_000 },
      { path: 'replenishment.belowMinor', before: 10, after: 20 },
    ]);
    expect(auditChanges(null, { code: 'R-0001' })).toEqual([
      { path: 'code', before: undefined, after: 'R-0001' },
    ]);
  });
});
