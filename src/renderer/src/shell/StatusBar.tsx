import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconDatabase, IconLock } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SystemInfo, WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useOperation } from '../client/useOperation';
import { i18n } from '../i18n/i18n';
import { syncPath } from '../sync/syncPaths';

/** The status bar follows a sync started anywhere (a schedule, another screen) at this pace… */
const statusBarRefreshMs = 2_000;
/** …and a running one closely, so it never says "syncing" long after the Sync screen says done. */
const statusBarRefreshRunningMs = 1_000;

const operatorColor = {
  connected: 'teal',
  offline: 'orange',
  refused: 'red',
  not_configured: 'gray',
} as const;

function syncText(sync: SystemInfo['sync']): string {
  const count = sync.pendingCount;
  switch (sync.state) {
    case 'running':
      return count > 0 ? i18n.t('shell:status.syncingOpen', { count }) : i18n.t('shell:status.syncing');
    case 'waiting':
      return i18n.t('shell:status.waiting', { count });
    case 'idle':
      return i18n.t('shell:status.queueEmpty');
    case 'not_configured':
      return i18n.t('shell:status.syncOff');
  }
}

function syncColor(info: SystemInfo): string {
  if (info.sync.state === 'running') return 'indigo';
  if (info.sync.state === 'waiting') return info.operator.state === 'connected' ? 'blue' : 'orange';
  return 'gray';
}

/** The bottom line of the window: which workspace, the operator connection and the sync queue. */
export function StatusBar({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation('shell');
  const info = useOperation('system.info', {});
  const { reload, loading } = info;
  const running = info.data?.sync.state === 'running';
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => void reload(), running ? statusBarRefreshRunningMs : statusBarRefreshMs);
    return () => clearTimeout(timer);
  }, [loading, running, reload]);
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" data-testid="status-bar">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Tooltip label={t('status.encryptedAt', { folder: workspace.dataDir })}>
          <Group gap={4} wrap="nowrap">
            <IconLock size={14} />
            <IconDatabase size={14} />
            <Text size="xs" fw={500} style={{ whiteSpace: 'nowrap' }}>
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
          <Badge
            size="sm"
            variant="dot"
            color={operatorColor[info.data.operator.state]}
            data-testid="status-operator"
            data-state={info.data.operator.state}
            style={{ textTransform: 'none' }}
          >
            {info.data.operator.operatorId === null
              ? t('status.noOperator')
              : t(
                  `status.operator.${info.data.operator.state === 'not_configured' ? 'connected' : info.data.operator.state}`,
                  {
                    id: info.data.operator.operatorId,
                  },
                )}
          </Badge>
          <Badge
            size="sm"
            variant="light"
            color={syncColor(info.data)}
            component={Link}
            href={syncPath}
            data-testid="status-sync"
            data-state={info.data.sync.state}
            style={{ textTransform: 'none', cursor: 'pointer' }}
          >
            {syncText(info.data.sync)}
          </Badge>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            v{info.data.appVersion} ·{' '}
            {info.data.transport === 'ipc' ? t('status.desktop') : t('status.browserMode')}
          </Text>
        </Group>
      )}
    </Group>
  );
}
