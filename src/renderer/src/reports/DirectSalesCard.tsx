import { Anchor, Divider, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ContractCallError } from '../../../contract/contractError';
import type { DirectSalesReport } from '../../../contract/reportSchemas';
import { ShareDonut } from '../dashboard/ShareDonut';
import { formatCount } from '../format/formatCount';
import { AmountText } from '../ledger/AmountText';
import { LabelledValue } from '../shell/LabelledValue';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import classes from './ReportsPrint.module.css';
import { reportAsset } from './reportAsset';
import type { ReportFilters } from './reportQuery';
import { percentText, shareBasisPoints } from './reportRatios';
import { shareSegmentsOf } from './shareSegments';

/**
 * Sales made without a reseller (the operator's other channels, your own desk): their total, their
 * share of every sale, and how they split by channel.
 */
export function DirectSalesCard({
  report,
  units,
  loading,
  error,
  onRetry,
  filters,
  narrowed,
  narrowedByResellers,
  rowsHref,
}: {
  report: DirectSalesReport | undefined;
  units: string | null;
  loading: boolean;
  error: ContractCallError | undefined;
  onRetry: () => void;
  filters: ReportFilters;
  /** Whether filters narrow the report, for the empty card to say so. */
  narrowed: boolean;
  /** Whether resellers or regions are chosen: they do not narrow these sales, which have none. */
  narrowedByResellers: boolean;
  rowsHref: string;
}) {
  const { t } = useTranslation('reports');
  const title = t('directSales.title');
  if (error !== undefined) {
    return <OperationErrorAlert title={t('directSales.error')} error={error} onRetry={onRetry} />;
  }
  const totals = report?.totals ?? [];
  const shownUnits = units ?? totals[0]?.units ?? null;
  const channels = (report?.byChannel ?? []).filter((row) => row.units === shownUnits);
  const firstChannel = channels[0];
  const segments =
    firstChannel === undefined
      ? []
      : shareSegmentsOf(
          channels.map((row) => ({ name: row.channel, valueMinor: row.faceValueMinor })),
          reportAsset(firstChannel),
        );
  const shownTotal = totals.find((total) => total.units === shownUnits);
  const shownShare =
    shownTotal === undefined
      ? null
      : shareBasisPoints(
          shownTotal.faceValueMinor,
          shownTotal.faceValueMinor + shownTotal.resellerFaceValueMinor,
        );
  const empty =
    report === undefined
      ? null
      : totals.every((total) => total.count === 0)
        ? noSalesText(t('noSales.subjects.noDirectSale'), report.period, narrowed)
        : null;
  return (
    <ReportCard
      title={title}
      caption={narrowedByResellers ? t('directSales.captionNarrowedByResellers') : t('directSales.caption')}
      testId="direct-sales-card"
      loading={loading || report === undefined}
      empty={empty}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'direct-sales', filters, card: 'byChannel' }}
          xlsx={{ report: 'direct-sales', filters }}
        />
      }
      footer={
        empty === null && (
          <Anchor component={Link} href={rowsHref} size="sm" className={classes.noPrint}>
            {t('directSales.seeRows')} <IconArrowRight size={12} />
          </Anchor>
        )
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          {totals.map((total, index) => {
            const asset = reportAsset(total);
            const share = shareBasisPoints(
              total.faceValueMinor,
              total.faceValueMinor + total.resellerFaceValueMinor,
            );
            return (
              <Fragment key={total.units}>
                {index > 0 && <Divider />}
                <Stack gap={6} data-units={total.units}>
                  <Text fw={700} fz={28} lh={1.15}>
                    <AmountText
                      amountMinor={total.faceValueMinor}
                      asset={asset}
                      inherit
                      data-testid="direct-sales-face-value"
                    />
                  </Text>
                  <Text size="sm" c="dimmed" mt={-4} data-testid="direct-sales-count">
                    {t('directSales.count', { count: total.count, countText: formatCount(total.count) })}
                  </Text>
                  <LabelledValue label={t('directSales.shareOfAll')} testId="direct-sales-share">
                    <Text size="sm" fw={600}>
                      {share === null ? '—' : percentText(share)}
                    </Text>
                  </LabelledValue>
                  <LabelledValue label={t('directSales.byResellers')}>
                    <AmountText amountMinor={total.resellerFaceValueMinor} asset={asset} size="sm" />
                  </LabelledValue>
                  <PendingDeskTopups pending={report?.pending ?? []} units={total.units} />
                </Stack>
              </Fragment>
            );
          })}
        </Stack>
        {segments.length > 0 ? (
          <ShareDonut
            label={t('directSales.byChannel', { title })}
            segments={segments}
            centre={shownShare === null ? (shownUnits ?? '') : percentText(shownShare)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {shownUnits === null
              ? t('directSales.noChannelAnyUnits')
              : t('directSales.noChannel', { units: shownUnits })}
          </Text>
        )}
      </SimpleGrid>
    </ReportCard>
  );
}

/** Our desk's top-ups still open at the operator (asked for with Status: include pending): apart, as they may fail. */
function PendingDeskTopups({ pending, units }: { pending: DirectSalesReport['pending']; units: string }) {
  const { t } = useTranslation('reports');
  const rows = pending.filter((row) => row.units === units);
  const first = rows[0];
  if (first === undefined) return null;
  const count = rows.reduce((sum, row) => sum + row.count, 0);
  const valueMinor = rows.reduce((sum, row) => sum + row.faceValueMinor, 0);
  return (
    <LabelledValue label={t('directSales.pendingLabel')} testId="direct-sales-pending">
      <Text size="sm" fw={600} c="orange.8">
        <Trans
          t={t}
          i18nKey="directSales.pending"
          count={count}
          values={{ countText: formatCount(count) }}
          components={{ amount: <AmountText amountMinor={valueMinor} asset={reportAsset(first)} inherit /> }}
        />
      </Text>
    </LabelledValue>
  );
}
