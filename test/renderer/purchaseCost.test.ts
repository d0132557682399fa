import { describe, expect, it } from 'vitest';
import {
  basisPointsToPercentText,
  parsePercentBasisPoints,
} from '../../src/renderer/src/format/parsePercentBasisPoints';
import { purchaseCostOf } from '../../src/renderer/src/purchases/purchaseCost';

describe('a purchase order priced as the clerk types it', () => {
  it('reads a percentage into whole basis points as text, never through a float', () => {
    expect(parsePercentBasisPoints('3.5')).toEqual({ ok: true, basisPoints: 350 });
    expect(parsePercentBasisPoints(' 0.07 %')).toEqual({ ok: true, basisPoints: 7 });
    expect(parsePercentBasisPoints('12')).toEqual({ ok: true, basisPoints: 1_200 });
    // 0.29 * 100 is 28.999999999999996 in floating point; the text is 29 basis points.
    expect(parsePercentBasisPoints('0.29')).toEqual({ ok: true, basisPoints: 29 });
    expect(parsePercentBasisPoints('3.555').ok).toBe(false);
    expect(parsePercentBasisPoints('three').ok).toBe(false);
    expect(basisPointsToPercentText(350)).toBe('3.5');
    expect(basisPointsToPercentText(1_200)).toBe('12');
    expect(basisPointsToPercentText(5)).toBe('0.05');
  });

  it('costs 1,000,000 XOF of airtime at 3.5% off 965,000 XOF, the discount rounded down as the core books it', () => {
    const xof = { airtimeUnits: 'XOF', airtimeScale: 0, currency: 'XOF', moneyScale: 0 };
    expect(purchaseCostOf(1_000_000, { ...xof, wholesaleDiscountBasisPoints: 350 })).toEqual({
      faceMoneyMinor: 1_000_000,
      discountMinor: 35_000,
      costMinor: 965_000,
    });
    expect(purchaseCostOf(999, { ...xof, wholesaleDiscountBasisPoints: 350 })?.discountMinor).toBe(34);
    // Naira airtime counted in whole naira, money in kobo.
    const ngn = { airtimeUnits: 'NGN', airtimeScale: 0, currency: 'NGN', moneyScale: 2 };
    expect(purchaseCostOf(1_500, { ...ngn, wholesaleDiscountBasisPoints: 250 })?.costMinor).toBe(146_250);
    expect(
      purchaseCostOf(1_000, { ...xof, airtimeUnits: 'EUR', wholesaleDiscountBasisPoints: 350 }),
    ).toBeNull();
  });
});
