import { Divider, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { ResellerSalesReport } from '../../../contract/reportSchemas';
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

const countFormat = new Intl.NumberFormat();
const title = 'Reseller sales';

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
  const { branch } = useCurrentUser();
  const totals = report?.totals ?? [];
  const period = report === undefined ? '' : dayRangeText(report.period);
  const empty =
    report === undefined
      ? null
      : totals.length === 0
        ? 'No operator counts airtime for these filters: connect an operator on the Sync screen, or widen the Operators and Units filters.'
        : totals.every((total) => total.count === 0 && total.allSalesCount === 0)
          ? narrowed
            ? noSalesText('No sale', report.period, narrowed)
            : `No sale in ${period}: each sync pulls the operator's sales.`
          : null;
  return (
    <ReportCard
      title={title}
      caption="Top-ups your resellers made, at face value"
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
                    {countFormat.format(total.count)} {total.count === 1 ? 'sale' : 'sales'} by resellers
                  </Text>
                  {/* A partner office sees its branch only: the network's sales are not its to compare. */}
                  {branch === null && (
                    <>
                      <LabelledValue label="Share of all sales" testId="reseller-sales-share">
                        <Text size="sm" fw={600}>
                          {share === null ? '—' : percentText(share)}
                        </Text>
                      </LabelledValue>
                      <LabelledValue label="All sales">
                        <AmountText amountMinor={total.allSalesFaceValueMinor} asset={asset} size="sm" />
                      </LabelledValue>
                    </>
                  )}
                  <LabelledValue label="Growth on the previous period">
                    <GrowthText
                      basisPoints={growthBasisPoints(total.faceValueMinor, total.previousFaceValueMinor)}
                      testId="reseller-sales-growth"
                    />
                  </LabelledValue>
                  <Text size="xs" c="dimmed">
                    {dayRangeText(report.previousPeriod)}:{' '}
                    <AmountText amountMinor={total.previousFaceValueMinor} asset={asset} size="xs" inherit />,{' '}
                    {countFormat.format(total.previousCount)} {total.previousCount === 1 ? 'sale' : 'sales'}
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
