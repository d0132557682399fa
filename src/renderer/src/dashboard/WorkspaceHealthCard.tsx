import { Badge, Button, Card, Group, List, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconCircleX, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport, WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatInstant } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';

/** The workspace file itself: where its books are kept, and a check that it is encrypted and sound. */
export function WorkspaceHealthCard({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation('dashboard');
  const client = useClient();
  const [report, setReport] = useState<VerifyReport>();
  const [verifying, setVerifying] = useState(false);

  const verify = async () => {
    setVerifying(true);
    try {
      const result = await client.call('workspace.verify', {});
      setReport(result);
      notifications.show({
        color: 'green',
        title: t('workspace.verifiedTitle'),
        message: t('workspace.verifiedMessage'),
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('workspace.failedTitle'),
        message: asContractError(error).message,
      });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Card withBorder padding="lg" radius="md" data-testid="workspace-card">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{t('workspace.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('workspace.summary', {
              distributor: workspace.distributorName,
              currency: workspace.baseCurrency,
              date: formatInstant(workspace.createdAt),
            })}
          </Text>
          <Group mt="xs" gap="xs">
            <Badge variant="light" color="teal" leftSection={<IconShieldCheck size={12} />}>
              {t('workspace.encrypted')}
            </Badge>
            <Badge variant="light" color="gray">
              {t('workspace.schema', { version: workspace.schemaVersion })}
            </Badge>
          </Group>
        </div>
        <Button onClick={verify} loading={verifying} variant="default">
          {t('workspace.verify')}
        </Button>
      </Group>
      {report && (
        <List mt="md" spacing="xs" size="sm" data-testid="verify-report">
          {report.checks.map((check) => (
            <List.Item
              key={check.name}
              icon={
                <ThemeIcon color={check.ok ? 'teal' : 'red'} size={20} radius="xl">
                  {check.ok ? <IconCircleCheck size={14} /> : <IconCircleX size={14} />}
                </ThemeIcon>
              }
            >
              <Text span fw={500}>
                {localizeContractMessage(check.name)}
              </Text>
              : {localizeContractMessage(check.detail)}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
