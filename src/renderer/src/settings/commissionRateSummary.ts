import type { CommissionPlanRules, CommissionRate } from '../../../contract/retailerSchemas';
import { formatGroupedMinor } from '../format/formatGroupedMinor';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';

/** "Flat 3%" or "2% → 3% from 2,000,000 → 4% from 10,000,000" (monthly volume in airtime major units). */
export function commissionRateSummary(rate: CommissionRate, volumeScale: number): string {
  if (rate.kind === 'flat') return `Flat ${basisPointsToPercentText(rate.basisPoints)}%`;
  return rate.slabs
    .map((slab, index) =>
      index === 0
        ? `${basisPointsToPercentText(slab.basisPoints)}%`
        : `${basisPointsToPercentText(slab.basisPoints)}% from ${formatGroupedMinor(slab.fromMonthlyVolumeMinor, volumeScale)}`,
    )
    .join(' → ');
}

/** Each override as "5,000 on Sandbox: Flat 4.5%". */
export function commissionOverrideSummaries(rules: CommissionPlanRules, volumeScale: number): string[] {
  return rules.overrides.map((override) => {
    const where = [
      override.denominationMinor === undefined
        ? null
        : `${formatGroupedMinor(override.denominationMinor, volumeScale)} top-ups`,
      override.operatorId === undefined ? null : `at ${override.operatorId}`,
    ]
      .filter((part) => part !== null)
      .join(' ');
    return `${where}: ${commissionRateSummary(override.rate, volumeScale)}`;
  });
}
