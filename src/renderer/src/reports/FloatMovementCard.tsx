import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FloatMovementReport, ReportFilters } from '../../../contract/reportSchemas';
import { formatCount } from '../format/formatCount';
import { AmountText } from '../ledger/AmountText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';

const movements = ['purchases', 'allocations', 'reversals', 'directTopups', 'failed', 'pending'] as const;

/** What moved each operator's float in the period: a row per operator, a column per movement. */
export function FloatMovementCard({
  report,
  loading,
  filters,
}: {
  report: FloatMovementReport | undefined;
  loading: boolean;
  filters: ReportFilters;
}) {
  const { t } = useTranslation('reports');
  const title = t('floatMovement.title');
  const rows = report?.byOperator ?? [];
  const moved = rows.some((row) => movements.some((field) => row[field].count > 0));
  return (
    <ReportCard
      title={title}
      caption={t('floatMovement.caption')}
      testId="float-movement-card"
      loading={loading}
      empty={moved ? null : t('floatMovement.empty')}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'float-movement', filters, card: 'byOperator' }}
          xlsx={{ report: 'float-movement', filters }}
        />
      }
    >
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('floatMovement.operator')}</Table.Th>
              {movements.map((field) => (
                <Table.Th key={field} ta="right">
                  {t(`floatMovement.movements.${field}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.operatorId} data-operator={row.operatorId}>
                <Table.Td>{row.operatorName}</Table.Td>
                {movements.map((field) => (
                  <Table.Td key={field} ta="right" data-movement={field}>
                    <AmountText
                      amountMinor={row[field].amountMinor}
                      asset={reportAsset(row)}
                      size="sm"
                      data-testid={`float-${field}`}
                    />
                    <Text size="xs" c="dimmed">
                      {formatCount(row[field].count)}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ReportCard>
  );
}
