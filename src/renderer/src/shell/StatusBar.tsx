import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconDatabase, IconLock } from '@tabler/icons-react';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useOperation } from '../client/useOperation';

const operatorColor = { connected: 'green', offline: 'orange', not_configured: 'gray' } as const;
const syncLabel = {
  idle: 'Sync idle',
  running: 'Syncing…',
  waiting: 'Waiting to sync',
  not_configured: 'Sync off',
} as const;

/** The bottom line of the window: which workspace, the operator connection and the sync queue. */
export function StatusBar({ workspace }: { workspace: WorkspaceSummary }) {
  const info = useOperation('system.info', {});
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" data-testid="status-bar">
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={`Encrypted workspace at ${workspace.dataDir}`}>
          <Group gap={4} wrap="nowrap">
            <IconLock size={14} />
            <IconDatabase size={14} />
            <Text size="xs" fw={500}>
              {workspace.distributorName}
            </Text>
          </Group>
        </Tooltip>
        <Text size="xs" c="dimmed" truncate>
          {workspace.dataDir}
        </Text>
      </Group>
      {info.data && (
        <Group gap="xs" wrap="nowrap">
          <Badge size="sm" variant="dot" color={operatorColor[info.data.operator.state]}>
            {info.data.operator.label}
          </Badge>
          <Badge size="sm" variant="light" color="gray">
            {syncLabel[info.data.sync.state]}
            {info.data.sync.pendingCount > 0 ? ` · ${info.data.sync.pendingCount} waiting` : ''}
          </Badge>
          <Text size="xs" c="dimmed">
            v{info.data.appVersion} · {info.data.transport === 'ipc' ? 'desktop' : 'browser mode'}
          </Text>
        </Group>
      )}
    </Group>
  );
}
