import type { OperatorTermsView } from '../../../contract/purchaseSchemas';

const basisPointsWhole = 10_000n;

export interface PurchaseCost {
  /** The face value in the workspace currency's minor units. */
  faceMoneyMinor: number;
  discountMinor: number;
  costMinor: number;
}

/**
 * What a face value of airtime costs under the operator's terms, worked out as the core books it:
 * face value in money (airtime and money in the same currency, scales a power of ten apart), the
 * discount rounded down to whole minor units, the cost the rest. Null when the airtime is counted
 * in another currency (the core then books no cost either) or cannot be converted exactly.
 */
export function purchaseCostOf(
  faceValueMinor: number,
  terms: Pick<
    OperatorTermsView,
    'airtimeUnits' | 'airtimeScale' | 'currency' | 'moneyScale' | 'wholesaleDiscountBasisPoints'
  >,
): PurchaseCost | null {
  if (terms.airtimeUnits !== terms.currency) return null;
  const shift = terms.moneyScale - terms.airtimeScale;
  const face = BigInt(faceValueMinor);
  let faceMoney: bigint;
  if (shift >= 0) faceMoney = face * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    if (face % divisor !== 0n) return null;
    faceMoney = face / divisor;
  }
  const discount = (faceMoney * BigInt(terms.wholesaleDiscountBasisPoints)) / basisPointsWhole;
  return {
    faceMoneyMinor: Number(faceMoney),
    discountMinor: Number(discount),
    costMinor: Number(faceMoney - discount),
  };
}
