import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'wouter';
import { formatInstantPrecise } from '../format/formatInstant';
import { ledgerPath } from '../ledger/ledgerPaths';
import { useBooksCheck } from '../ledger/useBooksCheck';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

const countFormat = new Intl.NumberFormat();

const isAuditCheck = (check: string) => check.startsWith('audit_');

/**
 * Whether the trail is as it was written: the last check of its hash chain (a quick one runs when
 * the workspace opens) and a full one on demand, with each broken event named.
 */
export function AuditChainCard({ onOpenEvent }: { onOpenEvent: (seq: number) => void }) {
  const { report, verifying, verifyError, verifyNow } = useBooksCheck();
  const auditViolations = report?.violations.filter((violation) => isAuditCheck(violation.check)) ?? [];
  const ledgerProblems = (report?.violations.length ?? 0) - auditViolations.length;

  return (
    <Card withBorder padding="md" radius="md" data-testid="audit-chain">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>Hash chain</Text>
            {report !== null &&
              (auditViolations.length === 0 ? (
                <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={12} />}>
                  Intact
                </Badge>
              ) : (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />}>
                  Broken
                </Badge>
              ))}
          </Group>
          <Text size="sm" c="dimmed" data-testid="audit-chain-status">
            {report === null
              ? 'Not checked since this workspace was opened.'
              : `${auditViolations.length === 0 ? 'Chain verified' : 'Chain checked'} at ${formatInstantPrecise(report.checkedAt)} (${report.mode === 'full' ? 'every event' : 'the newest events'}: ${countFormat.format(report.auditEventsChecked ?? 0)} checked).`}
          </Text>
        </Stack>
        <Button
          variant="default"
          onClick={verifyNow}
          loading={verifying}
          leftSection={<IconShieldCheck size={16} />}
        >
          Verify the chain
        </Button>
      </Group>
      {verifyError && <OperationErrorAlert title="The check could not run" error={verifyError} />}
      {auditViolations.length > 0 && (
        <Alert
          mt="sm"
          color="red"
          icon={<IconAlertTriangle />}
          title="Events were changed, removed or left unrecorded behind Airledger's back"
          data-testid="audit-chain-violations"
        >
          <List size="sm" spacing={4}>
            {auditViolations.map((violation) => (
              <List.Item key={`${violation.check}|${violation.auditEventSeq ?? ''}|${violation.message}`}>
                {violation.auditEventSeq === undefined ? (
                  violation.message
                ) : (
                  <Anchor
                    component="button"
                    size="sm"
                    onClick={() => onOpenEvent(violation.auditEventSeq ?? 0)}
                  >
                    {violation.message}
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {ledgerProblems > 0 && (
        <Text size="sm" c="red" mt="xs">
          The ledger's own check found {ledgerProblems} {ledgerProblems === 1 ? 'problem' : 'problems'}:{' '}
          <Anchor component={Link} href={ledgerPath} size="sm">
            see the Ledger screen
          </Anchor>
          .
        </Text>
      )}
    </Card>
  );
}
