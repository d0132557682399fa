import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAffiliate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import type { OperationOutput } from '../../../contract/operations';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { isDemoOperator } from './demoOperator';

type DemoGrowSummary = OperationOutput<'demo.grow'>;
type CountKey =
  | 'operators'
  | 'subDistributors'
  | 'retailers'
  | 'purchases'
  | 'allocations'
  | 'payments'
  | 'sales';

/** The demo operator starts with this many retailers; more means a network is there already. */
const demoStartRetailersMax = 3;
/** Sub-distributors and retailers together the demo network is given (the contract's default). */
const demoNetworkRetailers = 200;

/**
 * On a workspace connected to the demo operator with only its first three retailers, builds a
 * living network in one press: it takes several seconds (retailers onboarded, wallets linked, a
 * purchase, floats and payments, then a sync), so the card says what is happening meanwhile.
 */
export function DemoNetworkCard({
  connection,
  onBuilt,
}: {
  connection: OperatorConnectionView;
  onBuilt: () => void;
}) {
  const { can } = useCurrentUser();
  // Building it takes workspace.manage; others see the network once someone has built it.
  if (!isDemoOperator(connection) || !can('workspace.manage')) return null;
  return <DemoNetworkOffer onBuilt={onBuilt} />;
}

function DemoNetworkOffer({ onBuilt }: { onBuilt: () => void }) {
  const { t } = useTranslation('sync');
  const client = useClient();
  const retailers = useOperation('retailers.list', { limit: 1 });
  const [building, setBuilding] = useState(false);
  const [built, setBuilt] = useState(false);
  const [error, setError] = useState<ContractCallError | null>(null);

  const build = async () => {
    setBuilding(true);
    setError(null);
    try {
      const summary = await client.call('demo.grow', { retailers: demoNetworkRetailers });
      setBuilt(true);
      notifications.show({
        color: 'teal',
        title: t('demoNetwork.ready.title'),
        message: readyMessage(summary),
        autoClose: 10_000,
      });
      onBuilt();
    } catch (caught) {
      const refused = asContractError(caught);
      // Built already (another window, or the command line): there is nothing left to offer.
      if (refused.body.reason === 'already_grown') {
        setBuilt(true);
        onBuilt();
      } else {
        setError(refused);
      }
    } finally {
      setBuilding(false);
    }
  };

  /** "1 demo operator: 6 sub-distributors and 194 retailers, …", then the sample users if any. */
  const readyMessage = (summary: DemoGrowSummary): string => {
    const counted = (key: CountKey, count: number) =>
      t(`demoNetwork.counts.${key}`, { count, number: formatCount(count) });
    const made = t('demoNetwork.ready.message', {
      operators: counted('operators', summary.operators),
      subDistributors: counted('subDistributors', summary.subDistributors),
      retailers: counted('retailers', summary.retailers),
      purchases: counted('purchases', summary.purchases),
      allocations: counted('allocations', summary.allocations),
      payments: counted('payments', summary.payments),
      sales: counted('sales', summary.salesSimulated),
    });
    if (summary.sampleUsers.length === 0) return made;
    const users = t('demoNetwork.ready.sampleUsers', {
      users: summary.sampleUsers.join(', '),
      password: summary.samplePassword,
    });
    return `${made} ${users}`;
  };

  const hasNetwork = retailers.data !== undefined && retailers.data.total > demoStartRetailersMax;
  if (built || hasNetwork || retailers.data === undefined) return null;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="demo-network-card" aria-busy={building}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <div>
          <Text fw={600}>{t('demoNetwork.title')}</Text>
          <Text size="sm" c="dimmed" maw={640}>
            {t('demoNetwork.description', { retailers: formatCount(demoNetworkRetailers) })}
          </Text>
        </div>
        <Button
          leftSection={<IconAffiliate size={16} />}
          variant="light"
          loading={building}
          onClick={() => void build()}
          data-testid="build-demo-network"
          style={{ flexShrink: 0 }}
        >
          {t('demoNetwork.build')}
        </Button>
      </Group>
      {building && (
        <Stack gap={6} mt="md" data-testid="demo-network-progress">
          <Progress value={100} animated striped size="sm" aria-label={t('demoNetwork.progressLabel')} />
          <Text size="sm" c="dimmed">
            {t('demoNetwork.progress')}
          </Text>
        </Stack>
      )}
      {error !== null && (
        <Stack mt="md">
          {error.body.reason === 'not_demo_operator' ? (
            <Alert color="orange" title={t('demoNetwork.notDemoOperator')}>
              {error.message}
            </Alert>
          ) : (
            <OperationErrorAlert
              title={t('demoNetwork.buildFailed')}
              error={error}
              onRetry={() => void build()}
            />
          )}
        </Stack>
      )}
    </Card>
  );
}
