import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { SettlementPeriodView } from '../../../contract/settlementSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatInstant } from '../format/formatInstant';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { periodDatesText } from './periodDatesText';
import { settlementCycleText } from './settlementCycleText';
import { settlementPeriodPath } from './settlementPaths';

/**
 * The settlement cycle, the next period to close (closed here once it is over) and the closed
 * periods, newest first; a closed period opens its statements.
 */
export function SettlementsScreen() {
  const periods = useOperation('settlements.periods', {});
  const { canCall } = useCurrentUser();
  const next = periods.data?.periods.find((period) => period.state !== 'closed');
  const closed = periods.data?.periods.filter((period) => period.state === 'closed') ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>Settlements</Title>
        <Text c="dimmed">
          Close each period once it is over, then approve every reseller's statement and record its commission
          as paid.
        </Text>
      </div>
      {periods.error && (
        <OperationErrorAlert
          title="The settlement periods could not be read"
          error={periods.error}
          onRetry={() => void periods.reload()}
        />
      )}
      {periods.data === undefined && !periods.error && <Skeleton height={160} />}
      {periods.data !== undefined && (
        <>
          <Group gap="xs" data-testid="settlement-cycle">
            <Text fw={600}>Cycle:</Text>
            <Text>{settlementCycleText(periods.data.cycle)}</Text>
            {canCall('settings.save') ? (
              <Anchor component={Link} href="/settings" size="sm">
                Change in Settings
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                (an administrator sets it in Settings)
              </Text>
            )}
          </Group>
          {next !== undefined && (
            <NextPeriodCard period={next} mayClose={canCall('settlements.close')} onClosed={periods.reload} />
          )}
          <ClosedPeriodsTable periods={closed} />
        </>
      )}
    </Stack>
  );
}

function NextPeriodCard({
  period,
  mayClose,
  onClosed,
}: {
  period: SettlementPeriodView;
  mayClose: boolean;
  onClosed: () => Promise<void>;
}) {
  const client = useClient();
  const [, navigate] = useLocation();
  const confirmClose = () =>
    modals.openConfirmModal({
      title: `Close ${period.label}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Closing freezes every reseller's statement for {period.label} from the ledger, as a draft to
            approve. Anything posted later with a date inside it is carried into the next period as an
            adjustment.
          </Text>
          <Text size="sm">
            A closed period is never reopened: a statement is corrected by issuing a new version.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Close period', cancel: 'Cancel' },
      onConfirm: async () => {
        try {
          const closed = await client.call('settlements.close', { key: period.key });
          notifications.show({
            color: 'teal',
            title: `${closed.label} closed`,
            message: `${closed.statements} statement${closed.statements === 1 ? '' : 's'} frozen as drafts.`,
          });
          if (closed.id !== null) navigate(settlementPeriodPath(closed.id));
          else await onClosed();
        } catch (caught) {
          notifications.show({
            color: 'red',
            title: `${period.label} was not closed`,
            message: asContractError(caught).message,
          });
          await onClosed();
        }
      },
    });

  return (
    <Card withBorder padding="lg" radius="md" data-testid="next-period">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            Next period to close
          </Text>
          <Group gap="sm">
            <Title order={3}>{period.label}</Title>
            <Badge color={period.state === 'ready' ? 'orange' : 'gray'} variant="light">
              {period.state === 'ready' ? 'ready to close' : 'running'}
            </Badge>
          </Group>
          <Text size="sm">{periodDatesText(period)}</Text>
          <Text size="sm" c="dimmed" mt={4} data-testid="next-period-state">
            {period.state === 'ready'
              ? `Ended ${formatInstant(period.endsAt)}: it can be closed.`
              : `Ends ${formatInstant(period.endsAt)}; it can be closed after that.`}
          </Text>
        </div>
        {period.state === 'ready' && mayClose && (
          <Button leftSection={<IconLock size={16} />} onClick={confirmClose}>
            Close period
          </Button>
        )}
      </Group>
    </Card>
  );
}

function ClosedPeriodsTable({ periods }: { periods: SettlementPeriodView[] }) {
  const [, navigate] = useLocation();
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600} mb="sm">
        Closed periods
      </Text>
      {periods.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="closed-periods-empty">
          No period is closed yet.
        </Text>
      ) : (
        <Table highlightOnHover verticalSpacing="xs" data-testid="closed-periods" aria-label="Closed periods">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              <Table.Th>Dates</Table.Th>
              <Table.Th>Closed</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th ta="right">Statements</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((period) => {
              const href = settlementPeriodPath(period.id ?? '');
              return (
                <Table.Tr
                  key={period.key}
                  data-period={period.key}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(href)}
                >
                  <Table.Td>
                    <Anchor
                      component={Link}
                      href={href}
                      onClick={(event: MouseEvent) => event.stopPropagation()}
                    >
                      {period.label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{periodDatesText(period)}</Table.Td>
                  <Table.Td>{period.closedAt === null ? '—' : formatInstant(period.closedAt)}</Table.Td>
                  <Table.Td>{period.closedBy ?? '—'}</Table.Td>
                  <Table.Td ta="right">{period.statements}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
