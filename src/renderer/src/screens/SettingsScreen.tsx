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
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';

export function SettingsScreen({
  workspace,
  onClosed,
}: {
  workspace: WorkspaceSummary;
  onClosed: () => void;
}) {
  const client = useClient();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

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
    <Stack gap="lg" maw={760}>
      <Title order={2}>Settings</Title>
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
            <Table.Tr>
              <Table.Th w={180}>Distributor</Table.Th>
              <Table.Td>{workspace.distributorName}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Base currency</Table.Th>
              <Table.Td>{workspace.baseCurrency}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Folder</Table.Th>
              <Table.Td>{workspace.dataDir}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Schema version</Table.Th>
              <Table.Td>{workspace.schemaVersion}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Group mt="md">
          <Button variant="default" color="red" onClick={confirmClose}>
            Close workspace
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
