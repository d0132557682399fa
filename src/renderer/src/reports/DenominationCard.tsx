import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format/formatCount';
import { formatMinor } from '../format/formatMinor';
import type { ChartCardProps } from './chartCardProps';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';
import { unavailableReason } from './unavailableReason';

/** A lone bar stays a bar, not a block across the card. */
const barWidthMaxPx = 64;
const chartHeightPx = 240;
/** Bars drawn at most: the most sold amounts; the download has every one. */
const barsMax = 20;

/** How many top-ups resellers made of each amount. */
export function DenominationCard({ report, units, loading, filters, narrowed }: ChartCardProps) {
  const { t } = useTranslation('reports');
  const title = t('denomination.title');
  // Operators counting in the same units sell the same amounts: one bar per amount.
  const byAmount = new Map<number, { count: number; faceValueMinor: number; scale: number }>();
  for (const row of report?.byDenomination ?? []) {
    if (row.units !== units) continue;
    const bar = byAmount.get(row.denominationMinor) ?? { count: 0, faceValueMinor: 0, scale: row.scale };
    bar.count += row.count;
    bar.faceValueMinor += row.faceValueMinor;
    byAmount.set(row.denominationMinor, bar);
  }
  const bars = [...byAmount]
    .filter(([, bar]) => bar.count > 0)
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, barsMax)
    .sort(([a], [b]) => a - b);
  const data = bars.map(([denominationMinor, bar]) => ({
    denomination: formatMinor(denominationMinor, reportAsset({ units: units ?? '', scale: bar.scale })),
    count: bar.count,
  }));
  const unavailable = report === undefined ? null : unavailableReason(report, 'byDenomination');
  return (
    <ReportCard
      title={title}
      caption={t('denomination.caption')}
      testId="by-denomination"
      loading={loading || report === undefined}
      skeletonHeight={chartHeightPx}
      empty={
        report === undefined
          ? null
          : (unavailable ??
            (data.length === 0
              ? noSalesText(t('noSales.subjects.noResellerSale'), report.period, narrowed)
              : null))
      }
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'reseller-sales', filters, card: 'byDenomination' }}
          xlsx={{ report: 'reseller-sales', filters, card: 'byDenomination' }}
        />
      }
      footer={
        byAmount.size > barsMax ? (
          <Text size="xs" c="dimmed">
            {t('denomination.mostSold', { shown: formatCount(barsMax), total: formatCount(byAmount.size) })}
          </Text>
        ) : undefined
      }
    >
      <BarChart
        h={chartHeightPx}
        data={data}
        dataKey="denomination"
        series={[{ name: 'count', label: t('denomination.topUps'), color: 'teal.6' }]}
        valueFormatter={(value) => formatCount(value)}
        tickLine="y"
        gridAxis="y"
        maxBarWidth={barWidthMaxPx}
        aria-label={t('chart.ariaLabel', {
          title,
          values: data.map((bar) => `${bar.denomination} ${formatCount(bar.count)}`).join(', '),
        })}
      />
    </ReportCard>
  );
}
