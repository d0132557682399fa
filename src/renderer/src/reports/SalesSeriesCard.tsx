import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatCompactMinor } from '../format/formatCompactMinor';
import { formatMinor } from '../format/formatMinor';
import type { ChartCardProps } from './chartCardProps';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';
import { dayRangeText } from './reportPeriod';
import { periodLabel, seriesPeriods } from './seriesPeriods';

/** A lone bar stays a bar, not a block across the card. */
const barWidthMaxPx = 64;
const chartHeightPx = 260;

/** Face value resellers sold per day, week or month of the period, the quiet ones drawn as zero. */
export function SalesSeriesCard({ report, units, loading, filters, narrowed }: ChartCardProps) {
  const { t } = useTranslation('reports');
  const title = t('salesSeries.title');
  const total = report?.totals.find((candidate) => candidate.units === units);
  const points = (report?.series ?? []).filter((point) => point.units === units);
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const granularity = report?.granularity ?? 'day';
  const data =
    report === undefined
      ? []
      : seriesPeriods(report.period.from, report.period.to, granularity).map((period) => ({
          period: periodLabel(period, granularity),
          faceValueMinor: byPeriod.get(period)?.faceValueMinor ?? 0,
          count: byPeriod.get(period)?.count ?? 0,
        }));
  const empty =
    report === undefined
      ? null
      : total === undefined || points.every((point) => point.count === 0)
        ? noSalesText(t('noSales.subjects.noResellerSale'), report.period, narrowed)
        : null;
  const asset = total === undefined ? null : reportAsset(total);
  const chartLabel =
    report === undefined || asset === null
      ? title
      : t('salesSeries.chartLabel', {
          title,
          granularity: t(`salesSeries.granularity.${granularity}`),
          period: dayRangeText(report.period),
          total: formatMinor(total?.faceValueMinor ?? 0, asset),
        });
  return (
    <ReportCard
      title={title}
      caption={
        units === null
          ? t('salesSeries.caption')
          : t('salesSeries.captionInUnits', {
              units,
              granularity: t(`salesSeries.granularity.${granularity}`),
            })
      }
      testId="sales-series-chart"
      loading={loading || report === undefined}
      empty={empty}
      skeletonHeight={chartHeightPx}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'reseller-sales', filters, card: 'series' }}
          xlsx={{ report: 'reseller-sales', filters, card: 'series' }}
        />
      }
    >
      {asset !== null && (
        <BarChart
          h={chartHeightPx}
          data={data}
          dataKey="period"
          series={[{ name: 'faceValueMinor', label: t('salesSeries.faceValue'), color: 'indigo.6' }]}
          valueFormatter={(value) => formatMinor(Math.round(value), asset)}
          yAxisProps={{ tickFormatter: (value: number) => formatCompactMinor(value, asset.scale), width: 56 }}
          tickLine="y"
          gridAxis="y"
          maxBarWidth={barWidthMaxPx}
          aria-label={chartLabel}
        />
      )}
    </ReportCard>
  );
}
