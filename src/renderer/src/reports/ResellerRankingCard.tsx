import { Anchor, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ResellerFigure, ResellerSalesReport } from '../../../contract/reportSchemas';
import { formatCount } from '../format/formatCount';
import { AmountText } from '../ledger/AmountText';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import classes from './ReportsPrint.module.css';
import { ReversalsText } from './ReversalsText';
import { reportAsset } from './reportAsset';
import type { ReportFilters } from './reportQuery';
import { unavailableReason } from './unavailableReason';

const testIds = { top: 'top-resellers', bottom: 'bottom-resellers' } as const;

/** One end of the resellers' ranking; a row opens that reseller's sales. */
export function ResellerRankingCard({
  end,
  report,
  loading,
  filters,
  narrowed,
  everyResellerHref,
  onOpen,
}: {
  end: 'top' | 'bottom';
  report: ResellerSalesReport | undefined;
  loading: boolean;
  filters: ReportFilters;
  /** Whether filters narrow the report, for the empty card to say so. */
  narrowed: boolean;
  /** The full list behind the ranking, with the same filters. */
  everyResellerHref: string;
  onOpen: (figure: ResellerFigure) => void;
}) {
  const { t } = useTranslation('reports');
  const title = t(`ranking.${end}.title`);
  const caption = t(`ranking.${end}.caption`);
  const testId = testIds[end];
  const rows = report?.[end] ?? [];
  const unavailable = report === undefined ? null : unavailableReason(report, end);
  let empty: string | null = null;
  if (report !== undefined && rows.length === 0) {
    empty =
      unavailable ??
      (report.resellersWithSales === 0
        ? noSalesText(t('noSales.subjects.noResellerSold'), report.period, narrowed)
        : t('ranking.onlyFew', {
            count: report.resellersWithSales,
            countText: formatCount(report.resellersWithSales),
          }));
  }
  const open = (event: KeyboardEvent<HTMLTableRowElement>, figure: ResellerFigure) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(figure);
  };
  return (
    <ReportCard
      title={title}
      caption={
        report === undefined || unavailable !== null || report.resellersWithSales === 0
          ? caption
          : t('ranking.captionOf', {
              caption,
              count: report.resellersWithSales,
              countText: formatCount(report.resellersWithSales),
            })
      }
      testId={testId}
      loading={loading || report === undefined}
      empty={empty}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'reseller-sales', filters, card: end }}
          xlsx={{ report: 'reseller-sales', filters, card: end }}
        />
      }
      footer={
        unavailable === null && report !== undefined && report.resellersWithSales > 0 ? (
          <Anchor component={Link} href={everyResellerHref} size="sm" className={classes.noPrint}>
            {t('ranking.seeEvery')} <IconArrowRight size={12} />
          </Anchor>
        ) : undefined
      }
    >
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" highlightOnHover aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.code')}</Table.Th>
              <Table.Th>{t('columns.name')}</Table.Th>
              <Table.Th>{t('columns.region')}</Table.Th>
              <Table.Th ta="right">{t('columns.sales')}</Table.Th>
              <Table.Th ta="right">{t('columns.faceValue')}</Table.Th>
              <Table.Th ta="right">{t('columns.reversals')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((figure) => (
              <Table.Tr
                key={`${figure.code}|${figure.units}`}
                data-reseller={figure.code}
                tabIndex={0}
                onClick={() => onOpen(figure)}
                onKeyDown={(event) => open(event, figure)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {figure.code}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} truncate maw={220}>
                    {figure.name}
                  </Text>
                </Table.Td>
                <Table.Td>{figure.region ?? '—'}</Table.Td>
                <Table.Td ta="right">{formatCount(figure.count)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <AmountText amountMinor={figure.faceValueMinor} asset={reportAsset(figure)} size="sm" />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <ReversalsText figure={figure} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ReportCard>
  );
}
