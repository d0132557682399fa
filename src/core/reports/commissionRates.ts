import type { CommissionPlanRules, CommissionRate } from '../../contract/retailerSchemas';

/** The rate that applies to one operator's sales of one denomination, and which rule gave it. */
export interface ChosenRate {
  rate: CommissionRate;
  rule: string;
}

/**
 * The most specific rule wins: operator and denomination, then denomination alone, then operator
 * alone, then the plan's default.
 */
export function rateFor(
  rules: CommissionPlanRules,
  operatorId: string,
  denominationMinor: number,
): ChosenRate {
  const overrides = rules.overrides;
  const both = overrides.find(
    (rule) => rule.operatorId === operatorId && rule.denominationMinor === denominationMinor,
  );
  if (both !== undefined)
    return { rate: both.rate, rule: `${operatorId}, denomination ${denominationMinor}` };
  const denomination = overrides.find(
    (rule) => rule.operatorId === undefined && rule.denominationMinor === denominationMinor,
  );
  if (denomination !== undefined)
    return { rate: denomination.rate, rule: `denomination ${denominationMinor}` };
  const operator = overrides.find(
    (rule) => rule.operatorId === operatorId && rule.denominationMinor === undefined,
  );
  if (operator !== undefined) return { rate: operator.rate, rule: operatorId };
  return { rate: rules.defaultRate, rule: 'default' };
}

/**
 * Basis points a rate pays on a month whose net volume is `monthlyVolumeMinor`. A tiered rate pays
 * the slab reached on the whole month (not marginally), as the plan's contract says.
 */
export function basisPointsOf(
  rate: CommissionRate,
  monthlyVolumeMinor: number,
): { basisPoints: number; slabFromMinor: number | null } {
  if (rate.kind === 'flat') return { basisPoints: rate.basisPoints, slabFromMinor: null };
  let reached = rate.slabs[0];
  for (const slab of rate.slabs) {
    if (slab.fromMonthlyVolumeMinor <= monthlyVolumeMinor) reached = slab;
  }
  if (reached === undefined) throw new Error('a tiered rate has at least one slab');
  return { basisPoints: reached.basisPoints, slabFromMinor: reached.fromMonthlyVolumeMinor };
}

/**
 * `baseMinor × basisPoints / 10,000`, rounded half up to the minor unit, exactly (BigInt when the
 * product passes 2^53).
 */
export function commissionOf(baseMinor: number, basisPoints: number): number {
  if (!Number.isSafeInteger(baseMinor) || baseMinor < 0) {
    throw new Error(`commission base must be a non-negative safe integer, got ${baseMinor}`);
  }
  const product = baseMinor * basisPoints;
  if (Number.isSafeInteger(product + 5_000)) return Math.floor((product + 5_000) / 10_000);
  return Number((BigInt(baseMinor) * BigInt(basisPoints) + 5_000n) / 10_000n);
}
