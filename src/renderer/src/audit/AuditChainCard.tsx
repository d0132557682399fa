import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatCount } from '../format/formatCount';
import { formatInstantPrecise } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';
import { ledgerPath } from '../ledger/ledgerPaths';
import { useBooksCheck } from '../ledger/useBooksCheck';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

const isAuditCheck = (check: string) => check.startsWith('audit_');

/**
 * Whether the trail is as it was written: the last check of its hash chain (a quick one runs when
 * the workspace opens) and a full one on demand, with each broken event named.
 */
export function AuditChainCard({ onOpenEvent }: { onOpenEvent: (seq: number) => void }) {
  const { t } = useTranslation('audit');
  const { report, verifying, verifyError, verifyNow } = useBooksCheck();
  const auditViolations = report?.violations.filter((violation) => isAuditCheck(violation.check)) ?? [];
  const ledgerProblems = (report?.violations.length ?? 0) - auditViolations.length;

  return (
    <Card withBorder padding="md" radius="md" data-testid="audit-chain">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{t('chain.title')}</Text>
            {report !== null &&
              (auditViolations.length === 0 ? (
                <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={12} />}>
                  {t('chain.intact')}
                </Badge>
              ) : (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />}>
                  {t('chain.broken')}
                </Badge>
              ))}
          </Group>
          <Text size="sm" c="dimmed" data-testid="audit-chain-status">
            {report === null
              ? t('chain.notChecked')
              : t(auditViolations.length === 0 ? 'chain.verified' : 'chain.checked', {
                  at: formatInstantPrecise(report.checkedAt),
                  scope: report.mode === 'full' ? t('chain.scope.full') : t('chain.scope.quick'),
                  countText: formatCount(report.auditEventsChecked ?? 0),
                })}
          </Text>
        </Stack>
        <Button
          variant="default"
          onClick={verifyNow}
          loading={verifying}
          leftSection={<IconShieldCheck size={16} />}
        >
          {t('chain.verify')}
        </Button>
      </Group>
      {verifyError && <OperationErrorAlert title={t('chain.runError')} error={verifyError} />}
      {auditViolations.length > 0 && (
        <Alert
          mt="sm"
          color="red"
          icon={<IconAlertTriangle />}
          title={t('chain.violationsTitle')}
          data-testid="audit-chain-violations"
        >
          <List size="sm" spacing={4}>
            {auditViolations.map((violation) => (
              <List.Item key={`${violation.check}|${violation.auditEventSeq ?? ''}|${violation.message}`}>
                {violation.auditEventSeq === undefined ? (
                  localizeContractMessage(violation.message)
                ) : (
                  <Anchor
                    component="button"
                    size="sm"
                    onClick={() => onOpenEvent(violation.auditEventSeq ?? 0)}
                  >
                    {localizeContractMessage(violation.message)}
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {ledgerProblems > 0 && (
        <Text size="sm" c="red" mt="xs">
          <Trans
            t={t}
            i18nKey="chain.ledgerProblems"
            count={ledgerProblems}
            values={{ countText: formatCount(ledgerProblems) }}
            components={{ anchor: <Anchor component={Link} href={ledgerPath} size="sm" /> }}
          />
        </Text>
      )}
    </Card>
  );
}
