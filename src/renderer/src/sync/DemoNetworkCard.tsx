import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAffiliate } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { isDemoOperator } from './demoOperator';

/** The demo operator starts with this many retailers; more means a network is there already. */
const demoStartRetailersMax = 3;
/** Sub-distributors and retailers together the demo network is given (the contract's default). */
const demoNetworkRetailers = 200;

const countFormat = new Intl.NumberFormat('en-US');

/** "1 purchase", "194 retailers". */
function counted(count: number, noun: string): string {
  return `${countFormat.format(count)} ${noun}${count === 1 ? '' : 's'}`;
}

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
        title: 'The demo network is ready',
        message: `${counted(summary.operators, 'demo operator')}: ${counted(summary.subDistributors, 'sub-distributor')} and ${counted(summary.retailers, 'retailer')}, ${counted(summary.purchases, 'purchase')} of wholesale stock, ${counted(summary.allocations, 'allocation')}, ${counted(summary.payments, 'payment')} and ${counted(summary.salesSimulated, 'retail sale')} over the past weeks, confirmed at the demo operator.${
          summary.sampleUsers.length === 0
            ? ''
            : ` Sample users ${summary.sampleUsers.join(', ')} sign in with the password ${summary.samplePassword}.`
        }`,
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

  const hasNetwork = retailers.data !== undefined && retailers.data.total > demoStartRetailersMax;
  if (built || hasNetwork || retailers.data === undefined) return null;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="demo-network-card" aria-busy={building}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <div>
          <Text fw={600}>Build a demo network</Text>
          <Text size="sm" c="dimmed" maw={640}>
            Give the demo operator a network to work with: six regional sub-distributors and about{' '}
            {demoNetworkRetailers} retailers (prepaid and on credit) with linked wallets, and a second demo
            operator where every other retailer also sells. At each: a purchase of wholesale stock, opening
            floats allocated, the retailers' first payments and about two months of their retail sales, all
            confirmed at the operator.
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
          Build a demo network
        </Button>
      </Group>
      {building && (
        <Stack gap={6} mt="md" data-testid="demo-network-progress">
          <Progress value={100} animated striped size="sm" aria-label="Building the demo network" />
          <Text size="sm" c="dimmed">
            Onboarding retailers, linking their wallets, buying, allocating and syncing with the demo
            operator. This takes several seconds.
          </Text>
        </Stack>
      )}
      {error !== null && (
        <Stack mt="md">
          {error.body.reason === 'not_demo_operator' ? (
            <Alert color="orange" title="Not the demo operator">
              {error.message}
            </Alert>
          ) : (
            <OperationErrorAlert
              title="The demo network could not be built"
              error={error}
              onRetry={() => void build()}
            />
          )}
        </Stack>
      )}
    </Card>
  );
}
