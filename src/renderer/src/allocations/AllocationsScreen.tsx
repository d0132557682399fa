import { Badge, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconFileSpreadsheet, IconUserCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { type OperationState, useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { NoOperatorCard } from '../purchases/OperatorScreen';
import { useWholesaleStock } from '../purchases/useWholesaleStock';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { SyncNowButton } from '../sync/SyncNowButton';
import { useReloadOn } from '../sync/useReloadOn';
import { useSyncChangeKey } from '../sync/useSyncChangeKey';
import { workspaceMoneyAsset } from '../workspace/workspaceMoneyAsset';
import { AllocateForm } from './AllocateForm';
import { AllocationImportModal } from './AllocationImportModal';
import { AllocationsListCard } from './AllocationsListCard';
import { ApprovalsCard } from './ApprovalsCard';
import { allocationApprovalsPath, allocationsPath } from './allocationPaths';
import { RunReplenishmentButton } from './RunReplenishmentButton';

export type AllocationsTab = 'allocate' | 'approvals';

/** Moving stock from the wholesale bucket to retailers: one at a time or from a file, and every allocation so far. */
export function AllocationsScreen({
  workspace,
  tab = 'allocate',
}: {
  workspace: WorkspaceSummary;
  tab?: AllocationsTab;
}) {
  const { t } = useTranslation('allocations');
  const connection = useOperation('operator.connection', {});
  const approvals = useOperation('allocations.approvals', {});
  const { changeKey } = useSyncChangeKey();
  useReloadOn(changeKey, approvals.reload);
  const waitingCount = (approvals.data ?? []).filter((row) => row.state === 'awaiting_approval').length;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('screen.title')}</Title>
          <Text c="dimmed">{t('screen.description')}</Text>
        </div>
        {waitingCount > 0 && (
          <Badge
            size="lg"
            color="orange"
            variant="light"
            leftSection={<IconUserCheck size={14} />}
            data-testid="approvals-waiting-badge"
          >
            {t('screen.awaitingApproval', { count: waitingCount })}
          </Badge>
        )}
      </Group>
      {connection.error && (
        <OperationErrorAlert
          title={t('screen.connectionError')}
          error={connection.error}
          onRetry={() => void connection.reload()}
        />
      )}
      {connection.data === undefined && !connection.error && <Skeleton height={260} />}
      {connection.data === null && <NoOperatorCard purpose={t('screen.noOperatorPurpose')} />}
      {connection.data != null && (
        <ConnectedAllocations
          connection={connection.data}
          workspace={workspace}
          tab={tab}
          approvals={approvals}
          waitingCount={waitingCount}
        />
      )}
    </Stack>
  );
}

function ConnectedAllocations({
  connection,
  workspace,
  tab,
  approvals,
  waitingCount,
}: {
  connection: OperatorConnectionView;
  workspace: WorkspaceSummary;
  tab: AllocationsTab;
  approvals: OperationState<'allocations.approvals'>;
  waitingCount: number;
}) {
  const { t } = useTranslation('allocations');
  const [, navigate] = useLocation();
  const { can, canCall } = useCurrentUser();
  const airtime = useMemo(() => operatorAmountAsset(connection), [connection]);
  const money = useMemo(() => workspaceMoneyAsset(workspace.baseCurrency), [workspace.baseCurrency]);
  const wholesale = useWholesaleStock(connection.assetCode);
  const { changeKey } = useSyncChangeKey();
  const [importing, setImporting] = useState(false);
  const [changes, setChanges] = useState(0);
  useReloadOn(changeKey, wholesale.accounts.reload);
  const changed = () => {
    setChanges((count) => count + 1);
    void wholesale.accounts.reload();
    void approvals.reload();
  };

  return (
    <Tabs
      value={tab}
      onChange={(value) => navigate(value === 'approvals' ? allocationApprovalsPath : allocationsPath)}
    >
      <Tabs.List mb="lg">
        <Tabs.Tab value="allocate" leftSection={<IconArrowsExchange size={16} />}>
          {t('screen.tabs.allocate')}
        </Tabs.Tab>
        <Tabs.Tab
          value="approvals"
          leftSection={<IconUserCheck size={16} />}
          rightSection={
            waitingCount > 0 ? (
              <Badge size="sm" color="orange" circle>
                {formatCount(waitingCount)}
              </Badge>
            ) : undefined
          }
        >
          {t('screen.tabs.approvals')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="approvals">
        <ApprovalsCard approvals={approvals} airtime={airtime} onDecided={changed} />
      </Tabs.Panel>
      <Tabs.Panel value="allocate">
        <Stack gap="lg">
          {can('operator.act') && (
            <Card withBorder padding="lg" radius="md" data-testid="allocate-card">
              <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
                <div>
                  <Text fw={600}>{t('screen.allocateCard.title')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('screen.allocateCard.description', { operator: connection.name })}
                  </Text>
                </div>
                <Group gap="sm">
                  {canCall('sync.run') && <SyncNowButton onDone={changed} />}
                  {canCall('replenishment.run') && <RunReplenishmentButton onDone={changed} />}
                  {canCall('allocations.importPreview') && (
                    <Button
                      variant="default"
                      leftSection={<IconFileSpreadsheet size={16} />}
                      onClick={() => setImporting(true)}
                    >
                      {t('screen.bulkAllocation')}
                    </Button>
                  )}
                </Group>
              </Group>
              <AllocateForm
                airtimeAssetCode={connection.assetCode}
                airtime={airtime}
                money={money}
                wholesaleAvailableMinor={wholesale.availableMinor}
                initialRetailer={null}
                onAllocated={changed}
              />
            </Card>
          )}
          <AllocationsListCard
            airtime={airtime}
            money={money}
            changeKey={`${changeKey}|${changes}`}
            onChanged={changed}
          />
          <AllocationImportModal
            opened={importing && canCall('allocations.importPreview')}
            onClose={() => setImporting(false)}
            airtime={airtime}
            onApplied={() => {
              setImporting(false);
              changed();
            }}
          />
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
