import { Divider, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ResellerSalesReport } from '../../../contract/reportSchemas';
import { formatCount } from '../format/formatCount';
import { AmountText } from '../ledger/AmountText';
import { useCurrentUser } from '../session/CurrentUserContext';
import { LabelledValue } from '../shell/LabelledValue';
import { GrowthText } from './GrowthText';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';
import { dayRangeText } from './reportPeriod';
import type { ReportFilters } from './reportQuery';
import { growthBasisPoints, percentText, shareBasisPoints } from './reportRatios';

/** The headline: what resellers sold, their share of every sale, and the growth on the period before. */
export function ResellerTotalsCard({
  report,
  loading,
  filters,
  narrowed,
}: {
  report: ResellerSalesReport | undefined;
  loading: boolean;
  filters: ReportFilters;
  /** Whether filters narrow the report, for the empty card to say so. */
  narrowed: boolean;
}) {
  const { t } = useTranslation('reports');
  const title = t('totals.title');
  const { branch } = useCurrentUser();
  const totals = report?.totals ?? [];
  const period = report === undefined ? '' : dayRangeText(report.period);
  const empty =
    report === undefined
      ? null
      : totals.length === 0
        ? t('totals.noOperator')
        : totals.every((total) => total.count === 0 && total.allSalesCount === 0)
          ? narrowed
            ? noSalesText(t('noSales.subjects.noSale'), report.period, narrowed)
            : t('totals.noSale', { period })
          : null;
  return (
    <ReportCard
      title={title}
      caption={t('totals.caption')}
      testId="reseller-sales-totals"
      loading={loading || report === undefined}
      empty={empty}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'reseller-sales', filters, card: 'totals' }}
          xlsx={{ report: 'reseller-sales', filters, card: 'totals' }}
        />
      }
    >
      {report !== undefined && (
        <Stack gap="md">
          {totals.map((total, index) => {
            const asset = reportAsset(total);
            const share = shareBasisPoints(total.faceValueMinor, total.allSalesFaceValueMinor);
            return (
              <Fragment key={total.units}>
                {index > 0 && <Divider />}
                <Stack gap={6} data-units={total.units}>
                  <Text fw={700} fz={28} lh={1.15}>
                    <AmountText
                      amountMinor={total.faceValueMinor}
                      asset={asset}
                      inherit
                      data-testid="reseller-sales-face-value"
                    />
                  </Text>
                  <Text size="sm" c="dimmed" mt={-4} data-testid="reseller-sales-count">
                    {t('totals.count', { count: total.count, countText: formatCount(total.count) })}
                  </Text>
                  {/* A partner office sees its branch only: the network's sales are not its to compare. */}
                  {branch === null && (
                    <>
                      <LabelledValue label={t('totals.shareOfAll')} testId="reseller-sales-share">
                        <Text size="sm" fw={600}>
                          {share === null ? '—' : percentText(share)}
                        </Text>
                      </LabelledValue>
                      <LabelledValue label={t('totals.allSales')}>
                        <AmountText amountMinor={total.allSalesFaceValueMinor} asset={asset} size="sm" />
                      </LabelledValue>
                    </>
                  )}
                  <LabelledValue label={t('totals.growth')}>
                    <GrowthText
                      basisPoints={growthBasisPoints(total.faceValueMinor, total.previousFaceValueMinor)}
                      testId="reseller-sales-growth"
                    />
                  </LabelledValue>
                  <Text size="xs" c="dimmed">
                    <Trans
                      t={t}
                      i18nKey="totals.previous"
                      count={total.previousCount}
                      values={{
                        period: dayRangeText(report.previousPeriod),
                        countText: formatCount(total.previousCount),
                      }}
                      components={{
                        amount: (
                          <AmountText
                            amountMinor={total.previousFaceValueMinor}
                            asset={asset}
                            size="xs"
                            inherit
                          />
                        ),
                      }}
                    />
                  </Text>
                </Stack>
              </Fragment>
            );
          })}
        </Stack>
      )}
    </ReportCard>
  );
}
