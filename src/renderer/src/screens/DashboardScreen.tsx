import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingStore,
  IconCircleCheck,
  IconCircleX,
  IconCloudUpload,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ContractCallError } from '../../../contract/contractError';
import type { VerifyReport, WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { LedgerProblemsAlert } from '../ledger/LedgerProblemsAlert';
import { NextStepCard } from './NextStepCard';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The workspace at a glance. Figures arrive with the ledger; until then it guides the first steps. */
export function DashboardScreen({ workspace }: { workspace: WorkspaceSummary }) {
  const client = useClient();
  const info = useOperation('system.info', {});
  const [report, setReport] = useState<VerifyReport>();
  const [verifying, setVerifying] = useState(false);

  const verify = async () => {
    setVerifying(true);
    try {
      const result = await client.call('workspace.verify', {});
      setReport(result);
      notifications.show({
        color: 'green',
        title: 'Workspace verified',
        message: 'Encryption, schema and file integrity are sound.',
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Verification failed',
        message: error instanceof ContractCallError ? error.message : String(error),
      });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Stack gap="lg">
      <LedgerProblemsAlert />
      <div>
        <Title order={2}>Dashboard</Title>
        <Text c="dimmed">{workspace.distributorName}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Card withBorder padding="lg" radius="md" data-testid="workspace-card">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Workspace
          </Text>
          <Text fw={600} size="lg" mt={4}>
            {workspace.distributorName}
          </Text>
          <Text size="sm" c="dimmed">
            Books kept in {workspace.baseCurrency} · created{' '}
            {dateTimeFormat.format(new Date(workspace.createdAt))}
          </Text>
          <Group mt="md" gap="xs">
            <Badge variant="light" color="teal" leftSection={<IconShieldCheck size={12} />}>
              Encrypted
            </Badge>
            <Badge variant="light" color="gray">
              Schema {workspace.schemaVersion}
            </Badge>
          </Group>
        </Card>
        <NextStepCard
          eyebrow="Operator"
          headline={info.data?.operator.label ?? '…'}
          text={
            info.data?.operator.state === 'not_configured'
              ? 'Connect your operator account, or try the demo operator that runs inside Airledger.'
              : 'The queue of operator actions, the sales and balances pulled, and the reconciliation.'
          }
          action={{ label: 'Sync', href: '/sync', icon: <IconCloudUpload size={16} /> }}
        />
        <NextStepCard
          eyebrow="Retailers"
          headline="No retailers yet"
          text="Onboard your retailers, then allocate stock to them."
          action={{ label: 'Retailers', href: '/retailers', icon: <IconBuildingStore size={16} /> }}
        />
      </SimpleGrid>
      <Card withBorder padding="lg" radius="md">
        <Group justify="space-between">
          <div>
            <Text fw={600}>Workspace health</Text>
            <Text size="sm" c="dimmed">
              Checks that the file is encrypted, its schema is current and its pages are sound.
            </Text>
          </div>
          <Button onClick={verify} loading={verifying} variant="default">
            Verify workspace
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
                  {check.name}
                </Text>
                : {check.detail}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
}
