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
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';
import { BackupCard } from '../settings/BackupCard';
import { CommissionPlansCard } from '../settings/CommissionPlansCard';
import { RulesCard } from '../settings/RulesCard';
import { SessionSecurityCard } from '../settings/SessionSecurityCard';
import { SettlementCycleCard } from '../settings/SettlementCycleCard';
import { UpdatesCard } from '../settings/UpdatesCard';
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
  const { t } = useTranslation(['settings', 'common']);
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
      title: t('screen.closeWorkspace.title'),
      children: <Text size="sm">{t('screen.closeWorkspace.body')}</Text>,
      labels: { confirm: t('screen.closeWorkspace.confirm'), cancel: t('common:actions.cancel') },
      onConfirm: async () => {
        await client.call('workspace.close', {});
        onClosed();
      },
    });

  return (
    <Stack gap="lg" maw={960}>
      <Title order={2}>{t('screen.title')}</Title>
      {connection.data !== undefined && canCall('settings.save') && <RulesCard airtime={airtime} />}
      {/* Volumes are airtime face value; before an operator is connected, the workspace currency stands in. */}
      <CommissionPlansCard airtime={airtime ?? money} operators={operators} />
      {canCall('users.list') && <UsersCard />}
      {canCall('settings.save') && <SessionSecurityCard />}
      {canCall('settings.save') && <SettlementCycleCard />}
      {canCall('workspace.backup') && <BackupCard />}
      <UpdatesCard />
      <Card withBorder padding="lg" radius="md">
        <Text fw={600} mb="sm">
          {t('screen.appearance.title')}
        </Text>
        <SegmentedControl
          value={colorScheme}
          onChange={(value) => setColorScheme(value as 'light' | 'dark' | 'auto')}
          data={[
            { value: 'light', label: t('screen.appearance.light') },
            { value: 'dark', label: t('screen.appearance.dark') },
            { value: 'auto', label: t('screen.appearance.auto') },
          ]}
        />
      </Card>
      <Card withBorder padding="lg" radius="md">
        <Text fw={600} mb="sm">
          {t('screen.workspace.title')}
        </Text>
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            {[
              [t('screen.workspace.distributor'), workspace.distributorName],
              [t('screen.workspace.baseCurrency'), workspace.baseCurrency],
              [t('screen.workspace.folder'), workspace.dataDir],
              [t('screen.workspace.schemaVersion'), String(workspace.schemaVersion)],
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
              {t('screen.closeWorkspace.button')}
            </Button>
          </Group>
        )}
      </Card>
    </Stack>
  );
}
