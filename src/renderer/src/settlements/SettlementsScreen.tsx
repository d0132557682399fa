import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { SettlementPeriodView } from '../../../contract/settlementSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstant } from '../format/formatInstant';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { periodDatesText } from './periodDatesText';
import { periodLabelText } from './periodLabelText';
import { settlementCycleText } from './settlementCycleText';
import { settlementPeriodPath } from './settlementPaths';

/**
 * The settlement cycle, the next period to close (closed here once it is over) and the closed
 * periods, newest first; a closed period opens its statements.
 */
export function SettlementsScreen() {
  const { t } = useTranslation('settlements');
  const periods = useOperation('settlements.periods', {});
  const { canCall } = useCurrentUser();
  const next = periods.data?.periods.find((period) => period.state !== 'closed');
  const closed = periods.data?.periods.filter((period) => period.state === 'closed') ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('list.title')}</Title>
        <Text c="dimmed">{t('list.intro')}</Text>
      </div>
      {periods.error && (
        <OperationErrorAlert
          title={t('list.readError')}
          error={periods.error}
          onRetry={() => void periods.reload()}
        />
      )}
      {periods.data === undefined && !periods.error && <Skeleton height={160} />}
      {periods.data !== undefined && (
        <>
          <Group gap="xs" data-testid="settlement-cycle">
            <Text fw={600}>{t('list.cycleLabel')}</Text>
            <Text>{settlementCycleText(periods.data.cycle)}</Text>
            {canCall('settings.save') ? (
              <Anchor component={Link} href="/settings" size="sm">
                {t('list.changeInSettings')}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t('list.adminSetsIt')}
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
  const { t } = useTranslation(['settlements', 'common']);
  const client = useClient();
  const [, navigate] = useLocation();
  const confirmClose = () =>
    modals.openConfirmModal({
      title: t('nextPeriod.confirm.title', { period: periodLabelText(period.label) }),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('nextPeriod.confirm.freezes', { period: periodLabelText(period.label) })}</Text>
          <Text size="sm">{t('nextPeriod.confirm.neverReopened')}</Text>
        </Stack>
      ),
      labels: { confirm: t('nextPeriod.confirm.confirm'), cancel: t('common:actions.cancel') },
      onConfirm: async () => {
        try {
          const closed = await client.call('settlements.close', { key: period.key });
          notifications.show({
            color: 'teal',
            title: t('nextPeriod.closedTitle', { period: closed.label }),
            message: t('nextPeriod.closedMessage', {
              count: closed.statements,
              number: formatCount(closed.statements),
            }),
          });
          if (closed.id !== null) navigate(settlementPeriodPath(closed.id));
          else await onClosed();
        } catch (caught) {
          notifications.show({
            color: 'red',
            title: t('nextPeriod.notClosedTitle', { period: periodLabelText(period.label) }),
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
            {t('nextPeriod.heading')}
          </Text>
          <Group gap="sm">
            <Title order={3}>{periodLabelText(period.label)}</Title>
            <Badge color={period.state === 'ready' ? 'orange' : 'gray'} variant="light">
              {period.state === 'ready' ? t('nextPeriod.ready') : t('nextPeriod.running')}
            </Badge>
          </Group>
          <Text size="sm">{periodDatesText(period)}</Text>
          <Text size="sm" c="dimmed" mt={4} data-testid="next-period-state">
            {period.state === 'ready'
              ? t('nextPeriod.ended', { at: formatInstant(period.endsAt) })
              : t('nextPeriod.ends', { at: formatInstant(period.endsAt) })}
          </Text>
        </div>
        {period.state === 'ready' && mayClose && (
          <Button leftSection={<IconLock size={16} />} onClick={confirmClose}>
            {t('nextPeriod.closeButton')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

function ClosedPeriodsTable({ periods }: { periods: SettlementPeriodView[] }) {
  const { t } = useTranslation('settlements');
  const [, navigate] = useLocation();
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600} mb="sm">
        {t('closedPeriods.title')}
      </Text>
      {periods.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="closed-periods-empty">
          {t('closedPeriods.empty')}
        </Text>
      ) : (
        <Table
          highlightOnHover
          verticalSpacing="xs"
          data-testid="closed-periods"
          aria-label={t('closedPeriods.title')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('closedPeriods.columns.period')}</Table.Th>
              <Table.Th>{t('closedPeriods.columns.dates')}</Table.Th>
              <Table.Th>{t('closedPeriods.columns.closed')}</Table.Th>
              <Table.Th>{t('closedPeriods.columns.by')}</Table.Th>
              <Table.Th ta="right">{t('closedPeriods.columns.statements')}</Table.Th>
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
                      {periodLabelText(period.label)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{periodDatesText(period)}</Table.Td>
                  <Table.Td>{period.closedAt === null ? '—' : formatInstant(period.closedAt)}</Table.Td>
                  <Table.Td>{period.closedBy ?? '—'}</Table.Td>
                  <Table.Td ta="right">{formatCount(period.statements)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
