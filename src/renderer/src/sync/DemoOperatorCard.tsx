import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** A first run without an operator contract yet: the demo operator that runs inside the app. */
export function DemoOperatorCard({ onConnected }: { onConnected: () => void }) {
  const client = useClient();
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<ContractCallError | null>(null);
  const connect = async () => {
    setConnecting(true);
    setError(null);
    try {
      await client.call('operator.connectSandbox', {});
      onConnected();
    } catch (caught) {
      setError(asContractError(caught));
    } finally {
      setConnecting(false);
    }
  };
  return (
    <Card withBorder padding="lg" radius="md" data-testid="demo-operator-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <div>
          <Text fw={600}>Try it with the demo operator</Text>
          <Text size="sm" c="dimmed" maw={640}>
            A TMF654 operator sandbox that runs inside Airledger, kept in this workspace's folder: 5,000,000
            of wholesale stock, three retailers with wallets and stock, and retail sales arriving every few
            seconds. Everything you do with it is real bookkeeping; no real operator is involved.
          </Text>
        </div>
        <Button
          leftSection={<IconFlask size={16} />}
          variant="light"
          loading={connecting}
          onClick={() => void connect()}
          data-testid="connect-demo-operator"
        >
          Use the demo operator
        </Button>
      </Group>
      {error && (
        <Stack mt="md">
          <OperationErrorAlert
            title="The demo operator could not start"
            error={error}
            onRetry={() => void connect()}
          />
        </Stack>
      )}
    </Card>
  );
}
