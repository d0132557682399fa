import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ExceptionsReport, ReportFilters } from '../../../contract/reportSchemas';
import { formatInstant } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { reportAsset } from './reportAsset';

const title = 'Pending and exceptions';
const ageLabels = {
  under_1h: 'Under an hour',
  under_1d: 'Under a day',
  under_7d: 'Under a week',
  older: 'A week or more',
} as const;
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
  const open = report?.byAge.reduce((sum, age) => sum + age.count, 0) ?? 0;
  const quiet =
    report !== undefined && open === 0 && report.failedInPeriod === 0 && report.salesWaiting === 0;
  return (
    <ReportCard
      title={title}
      caption="Operator actions not final yet, failures in the period, sales waiting to be booked"
      testId="exceptions-card"
      loading={loading}
      empty={quiet ? 'Everything is final: nothing waits at the operator.' : null}
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
                {ageLabels[age.age]}
              </Text>
              <Text fw={700} fz="lg" c={age.count > 0 ? ageColors[age.age] : undefined}>
                {age.count}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Badge variant="light" color={report?.failedInPeriod ? 'red' : 'gray'}>
            {report?.failedInPeriod ?? 0} failed in the period
          </Badge>
          <Badge variant="light" color={report?.salesWaiting ? 'orange' : 'gray'}>
            {report?.salesWaiting ?? 0} sales wait to be booked
          </Badge>
        </Group>
        {(report?.oldest.length ?? 0) > 0 && (
          <Table verticalSpacing={4} fz="sm" data-testid="exceptions-oldest">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Since</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Why it waits</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report?.oldest.slice(0, shownMax).map((row) => (
                <Table.Tr key={row.id} data-action={row.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(row.createdAt)}</Table.Td>
                  <Table.Td>
                    {row.kind.replace('_', ' ')}
                    {row.partyId === null ? '' : ` · ${row.partyId}`}
                  </Table.Td>
                  <Table.Td>{row.state}</Table.Td>
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
