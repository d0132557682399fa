import { Alert, Center, Loader, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus, WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useOperation } from '../client/useOperation';
import { FirstRunScreen } from './FirstRunScreen';

/** Renders the app once a workspace is open, the first-run screen until then. */
export function WorkspaceGate({
  children,
}: {
  children: (workspace: WorkspaceSummary, onClosed: () => void) => React.ReactNode;
}) {
  const { t } = useTranslation('workspace');
  const initial = useOperation('workspace.status', {});
  const [status, setStatus] = useState<WorkspaceStatus>();
  useEffect(() => {
    if (initial.data) setStatus(initial.data);
  }, [initial.data]);

  if (initial.error) {
    return (
      <Center mih="100vh">
        <Alert color="red" icon={<IconAlertCircle />} title={t('gate.unreachable')}>
          {initial.error.message}
        </Alert>
      </Center>
    );
  }
  if (status === undefined) {
    return (
      <Center mih="100vh">
        <Stack align="center">
          <Loader />
        </Stack>
      </Center>
    );
  }
  if (status.state === 'closed') return <FirstRunScreen status={status} onOpened={setStatus} />;
  return children(status.workspace, () => void initial.reload());
}
