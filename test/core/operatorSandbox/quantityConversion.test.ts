import { describe, expect, it } from 'vitest';
import {
  convertQuantityToMinor,
  minorToQuantityAmount,
  quantityMinorMax,
  quantityToMinor,
} from '../../../src/core/operator/tmf654/quantityConversion';

describe('Quantity amounts to minor units', () => {
  it('converts whole francs at scale 0 and cents at scale 2 exactly', () => {
    expect(quantityToMinor(5000, 0)).toBe(5000);
    expect(quantityToMinor(0, 0)).toBe(0);
    expect(quantityToMinor(123.45, 2)).toBe(12345);
    expect(quantityToMinor(0.1, 2)).toBe(10);
    expect(quantityToMinor(1.005, 3)).toBe(1005);
    expect(quantityToMinor(19.99, 2)).toBe(1999);
  });

  it('leaves no float residue on sums the wire may carry', () => {
    // 0.1 + 0.2 is 0.30000000000000004: refused, never rounded to 30.
    expect(convertQuantityToMinor(0.1 + 0.2, 2)).toEqual({
      ok: false,
      problem: '(0.30000000000000004) has more than 2 decimals',
    });
    expect(quantityToMinor(4.35, 2)).toBe(435); // 4.35 * 100 is 434.99999999999994
  });

  it('refuses more decimals than the scale, negative, non-finite and huge amounts', () => {
    expect(() => quantityToMinor(100.5, 0)).toThrow('more than 0 decimals');
    expect(() => quantityToMinor(-1, 0)).toThrow('is negative');
    expect(() => quantityToMinor(-0, 0)).toThrow('is negative');
    expect(() => quantityToMinor(Number.NaN, 0)).toThrow('not a finite number');
    expect(() => quantityToMinor(Number.POSITIVE_INFINITY, 0)).toThrow('not a finite number');
    expect(() => quantityToMinor(1e21, 0)).toThrow('not representable');
    expect(() => quantityToMinor(1e-7, 6)).toThrow('not representable');
    expect(() => quantityToMinor(1_000_000_000_000_000, 0)).toThrow('too large');
    expect(() => quantityToMinor(10_000_000_000_000.5, 2)).toThrow('too large');
  });

  it('refuses a scale outside 0 to 9', () => {
    expect(() => quantityToMinor(1, -1)).toThrow('scale');
    expect(() => quantityToMinor(1, 1.5)).toThrow('scale');
    expect(() => minorToQuantityAmount(1, 10)).toThrow('scale');
  });
});

describe('minor units to Quantity amounts', () => {
  it('writes the decimal the ledger holds', () => {
    expect(minorToQuantityAmount(5000, 0)).toBe(5000);
    expect(minorToQuantityAmount(12345, 2)).toBe(123.45);
    expect(minorToQuantityAmount(5, 2)).toBe(0.05);
    expect(minorToQuantityAmount(0, 2)).toBe(0);
    expect(minorToQuantityAmount(-250, 2)).toBe(-2.5);
  });

  it('round-trips every amount up to a large bound at scales 0 to 4', () => {
    for (const scale of [0, 1, 2, 3, 4]) {
      for (const minor of [0, 1, 7, 99, 100, 101, 4350, 123456789, quantityMinorMax]) {
        expect(quantityToMinor(minorToQuantityAmount(minor, scale), scale)).toBe(minor);
      }
    }
  });

  it('refuses fractional minor units and more digits than a double carries exactly', () => {
    expect(() => minorToQuantityAmount(1.5, 2)).toThrow('whole number');
    expect(() => minorToQuantityAmount(quantityMinorMax + 1, 2)).toThrow('at most 15 digits');
  });
});
