import { Anchor, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { ResellerFigure, ResellerSalesReport } from '../../../contract/reportSchemas';
import { AmountText } from '../ledger/AmountText';
import { noSalesText } from './noSalesText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import classes from './ReportsPrint.module.css';
import { ReversalsText } from './ReversalsText';
import { reportAsset } from './reportAsset';
import type { ReportFilters } from './reportQuery';
import { unavailableReason } from './unavailableReason';

const countFormat = new Intl.NumberFormat();

const ends = {
  top: { title: 'Top resellers', caption: 'Most face value sold', testId: 'top-resellers' },
  bottom: {
    title: 'Bottom resellers',
    caption: 'Least face value sold, among those who sold',
    testId: 'bottom-resellers',
  },
} as const;

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
  const { title, caption, testId } = ends[end];
  const rows = report?.[end] ?? [];
  const unavailable = report === undefined ? null : unavailableReason(report, end);
  let empty: string | null = null;
  if (report !== undefined && rows.length === 0) {
    empty =
      unavailable ??
      (report.resellersWithSales === 0
        ? noSalesText('No reseller sold', report.period, narrowed)
        : `Only ${countFormat.format(report.resellersWithSales)} ${report.resellersWithSales === 1 ? 'reseller' : 'resellers'} sold in this period: the top list has them all.`);
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
          : `${caption}, of ${countFormat.format(report.resellersWithSales)} ${report.resellersWithSales === 1 ? 'reseller' : 'resellers'} with sales`
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
            See every reseller <IconArrowRight size={12} />
          </Anchor>
        ) : undefined
      }
    >
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" highlightOnHover aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Region</Table.Th>
              <Table.Th ta="right">Sales</Table.Th>
              <Table.Th ta="right">Face value</Table.Th>
              <Table.Th ta="right">Reversals</Table.Th>
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
                <Table.Td ta="right">{countFormat.format(figure.count)}</Table.Td>
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
