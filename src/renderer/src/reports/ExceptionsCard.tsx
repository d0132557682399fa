import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExceptionsReport, ReportFilters } from '../../../contract/reportSchemas';
import { formatCount } from '../format/formatCount';
import { formatInstant } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';

const ageKeys = { under_1h: 'under1h', under_1d: 'under1d', under_7d: 'under7d', older: 'older' } as const;
/** Catalog keys of the operator actions' kinds and states; one the app does not know is shown as the core says it. */
const kindKeys: Record<string, 'purchase' | 'allocation' | 'directTopup' | 'allocationReversal'> = {
  purchase: 'purchase',
  allocation: 'allocation',
  direct_topup: 'directTopup',
  allocation_reversal: 'allocationReversal',
};
const stateKeys = [
  'queued',
  'sending',
  'unknown',
  'awaiting',
  'cancelling',
  'confirmed',
  'failed',
  'cancelled',
] as const;
type StateKey = (typeof stateKeys)[number];
const isStateKey = (state: string): state is StateKey => (stateKeys as readonly string[]).includes(state);
const ageColors = { under_1h: 'gray', under_1d: 'blue', under_7d: 'orange', older: 'red' } as const;
/** Rows of the oldest open actions shown; the download has fifty. */
const shownMax = 8;

/** What is not final: operator actions still open by how long they have waited, and the oldest of them. */
export function ExceptionsCard({
  report,
  loading,
  filters,
}: {
  report: ExceptionsReport | undefined;
  loading: boolean;
  filters: ReportFilters;
}) {
  const { t } = useTranslation('reports');
  const title = t('exceptions.title');
  const kindText = (kind: string) => {
    const key = kindKeys[kind];
    return key === undefined ? kind.replace('_', ' ') : t(`exceptions.kinds.${key}`);
  };
  const stateText = (state: string) => (isStateKey(state) ? t(`exceptions.states.${state}`) : state);
  const failed = report?.failedInPeriod ?? 0;
  const waiting = report?.salesWaiting ?? 0;
  const open = report?.byAge.reduce((sum, age) => sum + age.count, 0) ?? 0;
  const quiet =
    report !== undefined && open === 0 && report.failedInPeriod === 0 && report.salesWaiting === 0;
  return (
    <ReportCard
      title={title}
      caption={t('exceptions.caption')}
      testId="exceptions-card"
      loading={loading}
      empty={quiet ? t('exceptions.quiet') : null}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'exceptions', filters, card: 'oldest' }}
          xlsx={{ report: 'exceptions', filters }}
        />
      }
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {report?.byAge.map((age) => (
            <Stack key={age.age} gap={2} data-age={age.age}>
              <Text size="xs" c="dimmed">
                {t(`exceptions.ages.${ageKeys[age.age]}`)}
              </Text>
              <Text fw={700} fz="lg" c={age.count > 0 ? ageColors[age.age] : undefined}>
                {formatCount(age.count)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Badge variant="light" color={report?.failedInPeriod ? 'red' : 'gray'}>
            {t('exceptions.failed', { count: failed, countText: formatCount(failed) })}
          </Badge>
          <Badge variant="light" color={report?.salesWaiting ? 'orange' : 'gray'}>
            {t('exceptions.salesWaiting', { count: waiting, countText: formatCount(waiting) })}
          </Badge>
        </Group>
        {(report?.oldest.length ?? 0) > 0 && (
          <Table verticalSpacing={4} fz="sm" data-testid="exceptions-oldest">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exceptions.columns.since')}</Table.Th>
                <Table.Th>{t('exceptions.columns.action')}</Table.Th>
                <Table.Th>{t('exceptions.columns.state')}</Table.Th>
                <Table.Th ta="right">{t('exceptions.columns.amount')}</Table.Th>
                <Table.Th>{t('exceptions.columns.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report?.oldest.slice(0, shownMax).map((row) => (
                <Table.Tr key={row.id} data-action={row.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(row.createdAt)}</Table.Td>
                  <Table.Td>
                    {kindText(row.kind)}
                    {row.partyId === null ? '' : ` · ${row.partyId}`}
                  </Table.Td>
                  <Table.Td>{stateText(row.state)}</Table.Td>
                  <Table.Td ta="right">
                    <AmountText amountMinor={row.amountMinor} asset={reportAsset(row)} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {row.statusReason ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </ReportCard>
  );
}
