import type { CommissionPlanRules, CommissionRate } from '../../../contract/retailerSchemas';
import { formatGroupedMinor } from '../format/formatGroupedMinor';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { i18n } from '../i18n/i18n';

/** "Flat 3%" or "2% → 3% from 2,000,000 → 4% from 10,000,000" (monthly volume in airtime major units). */
export function commissionRateSummary(rate: CommissionRate, volumeScale: number): string {
  if (rate.kind === 'flat')
    return i18n.t('settings:commissionSummary.flat', { percent: basisPointsToPercentText(rate.basisPoints) });
  return rate.slabs
    .map((slab, index) =>
      index === 0
        ? i18n.t('settings:commissionSummary.firstSlab', {
            percent: basisPointsToPercentText(slab.basisPoints),
          })
        : i18n.t('settings:commissionSummary.slab', {
            percent: basisPointsToPercentText(slab.basisPoints),
            volume: formatGroupedMinor(slab.fromMonthlyVolumeMinor, volumeScale),
          }),
    )
    .join(i18n.t('settings:commissionSummary.slabSeparator'));
}

/** Each override as "5,000 on Sandbox: Flat 4.5%". */
export function commissionOverrideSummaries(rules: CommissionPlanRules, volumeScale: number): string[] {
  return rules.overrides.map((override) => {
    const where = [
      override.denominationMinor === undefined
        ? null
        : i18n.t('settings:commissionSummary.overrideDenomination', {
            amount: formatGroupedMinor(override.denominationMinor, volumeScale),
          }),
      override.operatorId === undefined
        ? null
        : i18n.t('settings:commissionSummary.overrideOperator', { operator: override.operatorId }),
    ]
      .filter((part) => part !== null)
      .join(' ');
    return i18n.t('settings:commissionSummary.override', {
      where,
      rate: commissionRateSummary(override.rate, volumeScale),
    });
  });
}
