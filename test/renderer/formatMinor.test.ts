import { describe, expect, it } from 'vitest';
import { formatMinor, minorToDecimalString } from '../../src/renderer/src/format/formatMinor';

describe('amounts in minor units, written for people', () => {
  it('turns integers into exact decimal strings, negatives and tiny amounts included', () => {
    expect(minorToDecimalString(12_345, 2)).toBe('123.45');
    expect(minorToDecimalString(-5, 2)).toBe('-0.05');
    expect(minorToDecimalString(5_765_000, 0)).toBe('5765000');
    expect(minorToDecimalString(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
    expect(minorToDecimalString(10n ** 20n + 1n, 3)).toBe('100000000000000000.001');
  });

  it('writes amounts in their currency at the asset scale, with no float residue', () => {
    // Intl separates with no-break spaces; compare with plain ones.
    const plain = (text: string) => text.replace(/\s/gu, ' ');
    const naira = { currency: 'NGN', scale: 2, kind: 'money' as const };
    expect(plain(formatMinor(1_000_010, naira, { locale: 'en-US' }))).toBe('NGN 10,000.10');
    expect(plain(formatMinor(-30, naira, { locale: 'en-US' }))).toBe('-NGN 0.30');
    expect(plain(formatMinor(Number.MAX_SAFE_INTEGER, naira, { locale: 'en-US' }))).toBe(
      'NGN 90,071,992,547,409.91',
    );
    expect(
      plain(
        formatMinor(
          150_000,
          { currency: 'XOF', scale: 0, kind: 'airtime' },
          { locale: 'fr-FR', signed: true },
        ),
      ),
    ).toBe('+150 000 F CFA');
  });

  it('refuses what is not an amount in minor units', () => {
    expect(() => minorToDecimalString(1.5, 2)).toThrow(RangeError);
    expect(() => minorToDecimalString(1, -1)).toThrow(RangeError);
  });
});
