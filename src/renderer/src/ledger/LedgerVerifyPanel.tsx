import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import type { LedgerVerifyReport } from '../../../contract/ledgerSchemas';
import { formatCount } from '../format/formatCount';
import { formatInstantPrecise } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { ledgerCheckLabel, shortId } from './ledgerLabels';
import { useBooksCheck } from './useBooksCheck';

/** How many problems a report found, those it lists and those it left out. */
export function ledgerProblemCount(report: LedgerVerifyReport): number {
  return report.violations.length + report.violationsOmitted;
}

/**
 * The ledger's self-check: the last verification of this session and a full one on demand. The
 * hash chain, debits = credits, stored and running balances and every balance rule are re-checked.
 */
export function LedgerVerifyPanel({ onOpenEntry }: { onOpenEntry?: (entryId: string) => void }) {
  const { t } = useTranslation('ledger');
  const { report, last, verifying, verifyError, verifyNow } = useBooksCheck();

  return (
    <Card withBorder padding="lg" radius="md" data-testid="ledger-verify-panel">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Text fw={600}>{t('verify.title')}</Text>
            {report !== null &&
              (report.ok ? (
                <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={12} />}>
                  {t('verify.allPassed')}
                </Badge>
              ) : (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />}>
                  {t('verify.problems', {
                    count: ledgerProblemCount(report),
                    countText: formatCount(ledgerProblemCount(report)),
                  })}
                </Badge>
              ))}
          </Group>
          <Text size="sm" c="dimmed">
            {t('verify.description')}
          </Text>
        </div>
        <Button
          onClick={verifyNow}
          loading={verifying}
          variant="default"
          leftSection={<IconShieldCheck size={16} />}
        >
          {t('verify.verifyNow')}
        </Button>
      </Group>
      <Stack gap="sm" mt="md">
        {last.loading && report === null && <Skeleton height={20} width="60%" />}
        {last.error && <OperationErrorAlert title={t('verify.lastError')} error={last.error} />}
        {verifyError && <OperationErrorAlert title={t('verify.runError')} error={verifyError} />}
        {!last.loading && report === null && !last.error && (
          <Text size="sm" c="dimmed">
            {t('verify.neverChecked')}
          </Text>
        )}
        {report !== null && <VerifySummary report={report} />}
        {report !== null && !report.ok && <ViolationList report={report} onOpenEntry={onOpenEntry} />}
      </Stack>
    </Card>
  );
}

function VerifySummary({ report }: { report: LedgerVerifyReport }) {
  const { t } = useTranslation('ledger');
  const counted = (count: number) => ({ count, countText: formatCount(count) });
  return (
    <Text size="sm" data-testid="ledger-verify-summary">
      <Trans
        t={t}
        i18nKey="verify.summary.text"
        values={{
          at: formatInstantPrecise(report.checkedAt),
          mode: report.mode === 'full' ? t('verify.summary.full') : t('verify.summary.quick'),
          entries: t('verify.summary.entries', counted(report.entriesChecked)),
          transfers: t('verify.summary.transfers', counted(report.transfersChecked)),
          accounts: t('verify.summary.accounts', counted(report.accountsChecked)),
          duration: formatCount(report.durationMs),
        }}
        components={{ bold: <Text span fw={500} /> }}
      />
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
  const { t } = useTranslation('ledger');
  const count = ledgerProblemCount(report);
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle />}
      title={t('verify.violations.title', { count, countText: formatCount(count) })}
      data-testid="ledger-violations"
    >
      <Stack gap="xs">
        <Text size="sm">{t('verify.violations.body')}</Text>
        <Table.ScrollContainer minWidth={520}>
          <Table fz="sm" withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('verify.violations.columns.check')}</Table.Th>
                <Table.Th w={150}>{t('verify.violations.columns.entry')}</Table.Th>
                <Table.Th>{t('verify.violations.columns.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.violations.map((violation, index) => (
                // Violations have no id of their own; their order in the report is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Table.Tr key={index}>
                  <Table.Td>{ledgerCheckLabel(violation.check)}</Table.Td>
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
                  <Table.Td>{localizeContractMessage(violation.message)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {report.violationsOmitted > 0 && (
          <Text size="sm">
            {t('verify.violations.omitted', {
              count: report.violationsOmitted,
              countText: formatCount(report.violationsOmitted),
            })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
