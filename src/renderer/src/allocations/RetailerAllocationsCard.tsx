import { Anchor, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOperation } from '../client/useOperation';
import type { AmountAsset } from '../format/formatMinor';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { useReloadOn } from '../sync/useReloadOn';
import { AllocationActionDrawer } from './AllocationActionDrawer';
import { AllocationsTable } from './AllocationsTable';
import { allocationsPath } from './allocationPaths';
import { useOpenedAllocation } from './useOpenedAllocation';

/** The newest allocations shown on a retailer's page; the Allocations screen has them all. */
const recentRowsShown = 10;

/** A retailer's latest allocations and where each stands with the operator. */
export function RetailerAllocationsCard({
  code,
  airtime,
  money,
  changeKey,
  onChanged,
}: {
  code: string;
  airtime: AmountAsset;
  money: AmountAsset;
  changeKey: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('allocations');
  const recent = useOperation('allocations.list', { retailerCode: code, limit: recentRowsShown });
  useReloadOn(changeKey, recent.reload);
  const rows = recent.data?.rows ?? [];
  const drawer = useOpenedAllocation(rows);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="recent-allocations-card">
      <Group justify="space-between" mb="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {t('recent.title')}
        </Text>
        {recent.data !== undefined && recent.data.total > rows.length && (
          <Anchor component={Link} href={allocationsPath} size="sm">
            {t('recent.inAll', { count: recent.data.total })}
          </Anchor>
        )}
      </Group>
      <Stack gap="sm">
        {recent.error && (
          <OperationErrorAlert
            title={t('recent.readError')}
            error={recent.error}
            onRetry={() => void recent.reload()}
          />
        )}
        {recent.data === undefined && !recent.error && <Skeleton height={88} />}
        {recent.data !== undefined && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('recent.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <AllocationsTable
            rows={rows}
            airtime={airtime}
            money={money}
            withRetailer={false}
            testId="recent-allocations-table"
            onOpen={drawer.open}
          />
        )}
      </Stack>
      <AllocationActionDrawer
        allocation={drawer.opened}
        airtime={airtime}
        onClose={drawer.close}
        onChanged={() => {
          void recent.reload();
          onChanged();
        }}
      />
    </Card>
  );
}
