import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPlugConnectedX, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import type { ConnectionTest, OperatorConnectionView, SyncStatus } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatCount } from '../format/formatCount';
import { formatMinor } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { OperatorConnectForm } from './OperatorConnectForm';
import { operatorAmountAsset } from './operatorAmountAsset';
import { connectionColors, connectionLabel } from './syncLabels';

/** The operator account: who it is, whether it answers, and a way to test or change it. */
export function ConnectionCard({
  connection,
  status,
  onChanged,
}: {
  connection: OperatorConnectionView;
  status: SyncStatus | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('sync');
  const client = useClient();
  const [editing, setEditing] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const [testError, setTestError] = useState<ContractCallError | null>(null);
  const state = status?.connection ?? 'connected';

  const runTest = async () => {
    setTesting(true);
    setTestError(null);
    try {
      setTest(await client.call('operator.test', {}));
    } catch (error) {
      setTest(null);
      setTestError(asContractError(error));
    } finally {
      setTesting(false);
      // The test updates the connection state the status reports.
      onChanged();
    }
  };

  if (editing) {
    return (
      <Card withBorder padding="lg" radius="md" data-testid="connection-card">
        <Title order={4} mb="md">
          {t('connection.editTitle')}
        </Title>
        <OperatorConnectForm
          existing={connection}
          onConnected={(result) => {
            setEditing(false);
            setTest(result);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </Card>
    );
  }

  const asset = operatorAmountAsset(connection);
  const details: Array<[string, string]> = [
    [t('connection.details.operatorId'), connection.id],
    [t('connection.details.api'), connection.baseUrl],
    [
      t('connection.details.distributorParty'),
      t('connection.distributorPartyValue', {
        partyId: connection.distributorPartyId,
        accountId: connection.partyAccountId,
      }),
    ],
    [t('connection.details.wholesaleBucket'), connection.wholesaleBucketId],
    [
      t('connection.details.units'),
      t('connection.unitsValue', {
        count: connection.scale,
        units: connection.units,
        scale: formatCount(connection.scale),
      }),
    ],
  ];
  return (
    <Card withBorder padding="lg" radius="md" data-testid="connection-card" data-connection-state={state}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {t('connection.heading')}
      </Text>
      <Group gap="xs" mt={4} wrap="wrap">
        <Text fw={600} size="lg">
          {connection.name}
        </Text>
        <Badge
          color={connectionColors[state]}
          variant="light"
          data-testid="connection-state"
          style={{ flexShrink: 0 }}
        >
          {connectionLabel(state)}
        </Badge>
      </Group>
      {status?.connectionMessage != null && state !== 'connected' && (
        <Alert
          mt="sm"
          color={connectionColors[state]}
          icon={<IconPlugConnectedX size={18} />}
          data-testid="connection-message"
          p="xs"
        >
          <Text size="sm">{status.connectionMessage}</Text>
        </Alert>
      )}
      <Table mt="sm" fz="sm" verticalSpacing={4} layout="fixed">
        <Table.Tbody>
          {details.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {testError !== null && (
        <Stack mt="sm">
          <OperationErrorAlert title={t('connection.testFailed')} error={testError} />
        </Stack>
      )}
      {test !== null && (
        <Alert
          mt="sm"
          p="xs"
          color={test.ok ? 'teal' : 'orange'}
          icon={test.ok ? <IconCircleCheck size={18} /> : <IconPlugConnectedX size={18} />}
          data-testid="connection-test"
          data-ok={test.ok}
        >
          <Text size="sm">{localizeContractMessage(test.message)}</Text>
          <Text size="xs" c="dimmed">
            {test.wholesaleBalanceMinor === null
              ? t('connection.testDuration', { duration: formatCount(test.durationMs) })
              : t('connection.testDurationAndWholesale', {
                  duration: formatCount(test.durationMs),
                  amount: formatMinor(test.wholesaleBalanceMinor, asset),
                })}
          </Text>
        </Alert>
      )}
      <Group gap="xs" mt="md">
        <Button size="xs" variant="light" loading={testing} onClick={() => void runTest()}>
          {t('connection.testConnection')}
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => setEditing(true)}
          leftSection={<IconSettings size={14} />}
        >
          {t('connection.changeSettings')}
        </Button>
      </Group>
    </Card>
  );
}
