import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatCount } from '../format/formatCount';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** What the demo operator's wholesale stock starts at, in its units. */
const demoWholesaleStock = 5_000_000;

/** A first run without an operator contract yet: the demo operator that runs inside the app. */
export function DemoOperatorCard({ onConnected }: { onConnected: () => void }) {
  const { t } = useTranslation('sync');
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
          <Text fw={600}>{t('demoOperator.title')}</Text>
          <Text size="sm" c="dimmed" maw={640}>
            {t('demoOperator.description', { stock: formatCount(demoWholesaleStock) })}
          </Text>
        </div>
        <Button
          leftSection={<IconFlask size={16} />}
          variant="light"
          loading={connecting}
          onClick={() => void connect()}
          data-testid="connect-demo-operator"
        >
          {t('demoOperator.use')}
        </Button>
      </Group>
      {error && (
        <Stack mt="md">
          <OperationErrorAlert
            title={t('demoOperator.startFailed')}
            error={error}
            onRetry={() => void connect()}
          />
        </Stack>
      )}
    </Card>
  );
}
