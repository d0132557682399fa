import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import type { LedgerVerifyReport } from '../../../contract/ledgerSchemas';
import { formatInstantPrecise } from '../format/formatInstant';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { ledgerCheckLabels, shortId } from './ledgerLabels';
import { useBooksCheck } from './useBooksCheck';

const countFormat = new Intl.NumberFormat();

/** How many problems a report found, those it lists and those it left out. */
export function ledgerProblemCount(report: LedgerVerifyReport): number {
  return report.violations.length + report.violationsOmitted;
}

/**
 * The ledger's self-check: the last verification of this session and a full one on demand. The
 * hash chain, debits = credits, stored and running balances and every balance rule are re-checked.
 */
export function LedgerVerifyPanel({ onOpenEntry }: { onOpenEntry?: (entryId: string) => void }) {
  const { report, last, verifying, verifyError, verifyNow } = useBooksCheck();

  return (
    <Card withBorder padding="lg" radius="md" data-testid="ledger-verify-panel">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Text fw={600}>Ledger check</Text>
            {report !== null &&
              (report.ok ? (
                <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={12} />}>
                  All checks passed
                </Badge>
              ) : (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />}>
                  {ledgerProblemCount(report)} {ledgerProblemCount(report) === 1 ? 'problem' : 'problems'}
                </Badge>
              ))}
          </Group>
          <Text size="sm" c="dimmed">
            Re-checks the hash chain, that debits equal credits, every stored and running balance and every
            balance rule.
          </Text>
        </div>
        <Button
          onClick={verifyNow}
          loading={verifying}
          variant="default"
          leftSection={<IconShieldCheck size={16} />}
        >
          Verify now
        </Button>
      </Group>
      <Stack gap="sm" mt="md">
        {last.loading && report === null && <Skeleton height={20} width="60%" />}
        {last.error && <OperationErrorAlert title="The last check could not be read" error={last.error} />}
        {verifyError && <OperationErrorAlert title="The ledger check could not run" error={verifyError} />}
        {!last.loading && report === null && !last.error && (
          <Text size="sm" c="dimmed">
            The ledger has not been checked since this workspace was opened.
          </Text>
        )}
        {report !== null && <VerifySummary report={report} />}
        {report !== null && !report.ok && <ViolationList report={report} onOpenEntry={onOpenEntry} />}
      </Stack>
    </Card>
  );
}

function VerifySummary({ report }: { report: LedgerVerifyReport }) {
  return (
    <Text size="sm" data-testid="ledger-verify-summary">
      Last checked {formatInstantPrecise(report.checkedAt)} ·{' '}
      <Text span fw={500}>
        {report.mode === 'full' ? 'full check' : 'quick check'}
      </Text>{' '}
      · {countFormat.format(report.entriesChecked)} entries, {countFormat.format(report.transfersChecked)}{' '}
      transfers, {countFormat.format(report.accountsChecked)} accounts ·{' '}
      {countFormat.format(report.durationMs)} ms
    </Text>
  );
}

function ViolationList({
  report,
  onOpenEntry,
}: {
  report: LedgerVerifyReport;
  onOpenEntry: ((entryId: string) => void) | undefined;
}) {
  const count = ledgerProblemCount(report);
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle />}
      title={`The ledger check found ${count} ${count === 1 ? 'problem' : 'problems'}`}
      data-testid="ledger-violations"
    >
      <Stack gap="xs">
        <Text size="sm">
          The books may have been edited outside Airledger, or a write was interrupted. Nothing was changed by
          the check. Keep a backup of the workspace and contact support with this list.
        </Text>
        <Table.ScrollContainer minWidth={520}>
          <Table fz="sm" withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>Check</Table.Th>
                <Table.Th w={150}>Entry</Table.Th>
                <Table.Th>What is wrong</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.violations.map((violation, index) => (
                // Violations have no id of their own; their order in the report is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Table.Tr key={index}>
                  <Table.Td>{ledgerCheckLabels[violation.check]}</Table.Td>
                  <Table.Td ff="monospace">
                    {violation.entryId === null ? (
                      '—'
                    ) : onOpenEntry ? (
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        color="red"
                        ff="monospace"
                        onClick={() => onOpenEntry(violation.entryId ?? '')}
                      >
                        {shortId(violation.entryId)}
                      </Button>
                    ) : (
                      shortId(violation.entryId)
                    )}
                  </Table.Td>
                  <Table.Td>{violation.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {report.violationsOmitted > 0 && (
          <Text size="sm">
            … and {countFormat.format(report.violationsOmitted)} more problems the report does not list.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
