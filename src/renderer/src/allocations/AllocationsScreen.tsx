import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useOperation } from '../client/useOperation';
import { NoOperatorCard } from '../purchases/OperatorScreen';
import { useWholesaleStock } from '../purchases/useWholesaleStock';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { SyncNowButton } from '../sync/SyncNowButton';
import { useReloadOn } from '../sync/useReloadOn';
import { useSyncChangeKey } from '../sync/useSyncChangeKey';
import { workspaceMoneyAsset } from '../workspace/workspaceMoneyAsset';
import { AllocateForm } from './AllocateForm';
import { AllocationImportModal } from './AllocationImportModal';
import { AllocationsListCard } from './AllocationsListCard';

/** Moving stock from the wholesale bucket to retailers: one at a time or from a file, and every allocation so far. */
export function AllocationsScreen({ workspace }: { workspace: WorkspaceSummary }) {
  const connection = useOperation('operator.connection', {});
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Allocations</Title>
        <Text c="dimmed">
          Allocate stock to retailers one by one or from a spreadsheet, and follow each until the operator
          confirms it.
        </Text>
      </div>
      {connection.error && (
        <OperationErrorAlert
          title="The operator connection could not be read"
          error={connection.error}
          onRetry={() => void connection.reload()}
        />
      )}
      {connection.data === undefined && !connection.error && <Skeleton height={260} />}
      {connection.data === null && <NoOperatorCard purpose="Allocations move stock at the operator." />}
      {connection.data != null && <ConnectedAllocations connection={connection.data} workspace={workspace} />}
    </Stack>
  );
}

function ConnectedAllocations({
  connection,
  workspace,
}: {
  connection: OperatorConnectionView;
  workspace: WorkspaceSummary;
}) {
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
  };

  return (
    <>
      <Card withBorder padding="lg" radius="md" data-testid="allocate-card">
        <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
          <div>
            <Text fw={600}>Allocate</Text>
            <Text size="sm" c="dimmed">
              Stock from the wholesale bucket to one retailer's wallet at {connection.name}.
            </Text>
          </div>
          <Group gap="sm">
            <SyncNowButton onDone={changed} />
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => setImporting(true)}
            >
              Bulk allocation
            </Button>
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
      <AllocationsListCard
        airtime={airtime}
        money={money}
        changeKey={`${changeKey}|${changes}`}
        onChanged={changed}
      />
      <AllocationImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        airtime={airtime}
        onApplied={() => {
          setImporting(false);
          changed();
        }}
      />
    </>
  );
}
