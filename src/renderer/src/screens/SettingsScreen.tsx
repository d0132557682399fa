import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  useMantineColorScheme,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo } from 'react';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';
import { BackupCard } from '../settings/BackupCard';
import { CommissionPlansCard } from '../settings/CommissionPlansCard';
import { RulesCard } from '../settings/RulesCard';
import { SessionSecurityCard } from '../settings/SessionSecurityCard';
import { SettlementCycleCard } from '../settings/SettlementCycleCard';
import { UsersCard } from '../settings/UsersCard';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { workspaceMoneyAsset } from '../workspace/workspaceMoneyAsset';

export function SettingsScreen({
  workspace,
  onClosed,
}: {
  workspace: WorkspaceSummary;
  onClosed: () => void;
}) {
  const client = useClient();
  const { canCall } = useCurrentUser();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const connection = useOperation('operator.connection', {});
  const airtime = useMemo(
    () => (connection.data == null ? undefined : operatorAmountAsset(connection.data)),
    [connection.data],
  );
  const money = useMemo(() => workspaceMoneyAsset(workspace.baseCurrency), [workspace.baseCurrency]);
  const operators =
    connection.data == null ? [] : [{ value: connection.data.id, label: connection.data.name }];

  const confirmClose = () =>
    modals.openConfirmModal({
      title: 'Close this workspace?',
      children: (
        <Text size="sm">
          Airledger closes the database cleanly and returns to the start screen. Nothing is deleted; you can
          open it again with its key.
        </Text>
      ),
      labels: { confirm: 'Close workspace', cancel: 'Cancel' },
      onConfirm: async () => {
        await client.call('workspace.close', {});
        onClosed();
      },
    });

  return (
    <Stack gap="lg" maw={960}>
      <Title order={2}>Settings</Title>
      {connection.data !== undefined && canCall('settings.save') && <RulesCard airtime={airtime} />}
      {/* Volumes are airtime face value; before an operator is connected, the workspace currency stands in. */}
      <CommissionPlansCard airtime={airtime ?? money} operators={operators} />
      {canCall('users.list') && <UsersCard />}
      {canCall('settings.save') && <SessionSecurityCard />}
      {canCall('settings.save') && <SettlementCycleCard />}
      {canCall('workspace.backup') && <BackupCard />}
      <Card withBorder padding="lg" radius="md">
        <Text fw={600} mb="sm">
          Appearance
        </Text>
        <SegmentedControl
          value={colorScheme}
          onChange={(value) => setColorScheme(value as 'light' | 'dark' | 'auto')}
          data={[
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
            { value: 'auto', label: 'Follow system' },
          ]}
        />
      </Card>
      <Card withBorder padding="lg" radius="md">
        <Text fw={600} mb="sm">
          Workspace
        </Text>
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            {[
              ['Distributor', workspace.distributorName],
              ['Base currency', workspace.baseCurrency],
              ['Folder', workspace.dataDir],
              ['Schema version', String(workspace.schemaVersion)],
            ].map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={180}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canCall('workspace.close') && (
          <Group mt="md">
            <Button variant="default" color="red" onClick={confirmClose}>
              Close workspace
            </Button>
          </Group>
        )}
      </Card>
    </Stack>
  );
}
