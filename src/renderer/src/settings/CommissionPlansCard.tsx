import { Anchor, Button, Card, Group, Skeleton, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommissionPlanView } from '../../../contract/retailerSchemas';
import { useOperation } from '../client/useOperation';
import type { AmountAsset } from '../format/formatMinor';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { CommissionPlanModal } from './CommissionPlanModal';
import { commissionOverrideSummaries, commissionRateSummary } from './commissionRateSummary';

/** The commission plans retailers are on: each rate in words, and how many retailers use it. */
export function CommissionPlansCard({
  airtime,
  operators,
}: {
  airtime: AmountAsset;
  operators: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation('settings');
  const plans = useOperation('commissionPlans.list', {});
  const { canCall } = useCurrentUser();
  const mayEdit = canCall('commissionPlans.save');
  const [editing, setEditing] = useState<{ plan: CommissionPlanView | null } | null>(null);

  return (
    <Card withBorder padding="lg" radius="md" data-testid="commission-plans-card">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Text fw={600}>{t('commissionPlans.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('commissionPlans.intro')}
          </Text>
        </div>
        {mayEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ plan: null })}>
            {t('commissionPlans.newPlan')}
          </Button>
        )}
      </Group>
      {plans.error && (
        <OperationErrorAlert
          title={t('commissionPlans.readFailed')}
          error={plans.error}
          onRetry={() => void plans.reload()}
        />
      )}
      {plans.data === undefined && !plans.error && <Skeleton height={120} />}
      {plans.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('commissionPlans.empty')}
        </Text>
      )}
      {plans.data !== undefined && plans.data.length > 0 && (
        <Table fz="sm" verticalSpacing="xs" data-testid="commission-plans">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('commissionPlans.columns.code')}</Table.Th>
              <Table.Th>{t('commissionPlans.columns.name')}</Table.Th>
              <Table.Th>{t('commissionPlans.columns.rate')}</Table.Th>
              <Table.Th ta="right">{t('commissionPlans.columns.retailers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.map((plan) => (
              <Table.Tr key={plan.code} data-plan={plan.code}>
                <Table.Td ff="monospace">
                  {mayEdit ? (
                    <Anchor component="button" type="button" size="sm" onClick={() => setEditing({ plan })}>
                      {plan.code}
                    </Anchor>
                  ) : (
                    <Text span size="sm" ff="monospace">
                      {plan.code}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{plan.name}</Table.Td>
                <Table.Td data-testid="plan-rate">
                  <Text size="sm">{commissionRateSummary(plan.rules.defaultRate, airtime.scale)}</Text>
                  {commissionOverrideSummaries(plan.rules, airtime.scale).map((summary) => (
                    <Text size="xs" c="dimmed" key={summary}>
                      {summary}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">{plan.retailerCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CommissionPlanModal
        opened={editing !== null}
        plan={editing?.plan ?? null}
        airtime={airtime}
        operators={operators}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void plans.reload();
        }}
      />
    </Card>
  );
}
