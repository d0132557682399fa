import { useTranslation } from 'react-i18next';
import { ShareDonut } from '../dashboard/ShareDonut';
import type { ChartCardProps } from './chartCardProps';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';
import { shareSegmentsOf } from './shareSegments';

/** How the resellers' face value splits between the operators. */
export function OperatorShareCard({ report, units, loading, filters, narrowed }: ChartCardProps) {
  const { t } = useTranslation('reports');
  const title = t('operatorShare.title');
  const rows = (report?.byOperator ?? []).filter((row) => row.units === units);
  const first = rows[0];
  const segments =
    first === undefined
      ? []
      : shareSegmentsOf(
          rows.map((row) => ({ name: row.operatorName, valueMinor: row.faceValueMinor })),
          reportAsset(first),
        );
  return (
    <ReportCard
      title={title}
      caption={units === null ? t('operatorShare.caption') : t('operatorShare.captionInUnits', { units })}
      testId="by-operator"
      loading={loading || report === undefined}
      empty={
        report === undefined || segments.length > 0
          ? null
          : noSalesText(t('noSales.subjects.noResellerSale'), report.period, narrowed)
      }
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'reseller-sales', filters, card: 'byOperator' }}
          xlsx={{ report: 'reseller-sales', filters, card: 'byOperator' }}
        />
      }
    >
      <ShareDonut label={title} segments={segments} centre={units ?? ''} />
    </ReportCard>
  );
}
