import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import {
  type ConnectionTest,
  OperatorConnectInput,
  type OperatorConnectionView,
} from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';

interface ConnectValues {
  id: string;
  name: string;
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  apiKey: string;
  requestTimeoutMs: number | string;
  distributorPartyId: string;
  partyAccountId: string;
  wholesaleBucketId: string;
  units: string;
  scale: number | string;
  skipTest: boolean;
}

const defaultRequestTimeoutMs = 10_000;
const validateConnectInput = schemaResolver(OperatorConnectInput, { sync: true });

function initialValues(existing: OperatorConnectionView | null): ConnectValues {
  return {
    id: existing?.id ?? '',
    name: existing?.name ?? '',
    baseUrl: existing?.baseUrl ?? '',
    tokenUrl: existing?.tokenUrl ?? '',
    clientId: existing?.clientId ?? '',
    // Secrets never come back from the core: they are typed again to change a connection.
    clientSecret: '',
    apiKey: '',
    requestTimeoutMs: existing?.requestTimeoutMs ?? defaultRequestTimeoutMs,
    distributorPartyId: existing?.distributorPartyId ?? '',
    partyAccountId: existing?.partyAccountId ?? '',
    wholesaleBucketId: existing?.wholesaleBucketId ?? '',
    units: existing?.units ?? '',
    scale: existing?.scale ?? 0,
    skipTest: false,
  };
}

/** The form's values as the contract takes them: an empty API key is no API key. */
function toInput(values: ConnectValues) {
  const { apiKey, ...rest } = values;
  return {
    ...rest,
    requestTimeoutMs: Number(values.requestTimeoutMs),
    scale: Number(values.scale),
    ...(apiKey.trim() === '' ? {} : { apiKey }),
  };
}

/**
 * Connects (or re-connects) the TMF654 operator account. Validated field by field with the
 * contract's own schema; Enter in any field submits. The core tests the connection before saving,
 * unless the clerk says the office is offline today.
 */
export function OperatorConnectForm({
  existing,
  onConnected,
  onCancel,
}: {
  existing: OperatorConnectionView | null;
  onConnected: (test: ConnectionTest | null) => void;
  onCancel?: () => void;
}) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ContractCallError | null>(null);
  const form = useForm<ConnectValues>({
    mode: 'controlled',
    initialValues: initialValues(existing),
    validateInputOnBlur: true,
    // The same schema the core checks, so the form and the contract never disagree.
    validate: (values) => validateConnectInput(toInput(values)),
  });

  const submit = async (values: ConnectValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await client.call('operator.connect', toInput(values));
      notifications.show({
        color: 'teal',
        title: `${result.connection.name} saved`,
        message:
          result.test === null
            ? 'Saved without testing: the first sync will reach the operator.'
            : result.test.message,
      });
      onConnected(result.test);
    } catch (error) {
      const failed = asContractError(error);
      for (const issue of failed.body.issues ?? []) form.setFieldError(issue.path, issue.message);
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} aria-label="Connect the operator" noValidate>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title="The operator was not connected" role="alert">
            {failure.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            label="Operator id"
            description="Short name used in the books, e.g. mtn-ci"
            withAsterisk
            data-autofocus
            {...form.getInputProps('id')}
            disabled={existing !== null}
          />
          <TextInput label="Operator name" withAsterisk {...form.getInputProps('name')} />
          <TextInput
            label="TMF654 base URL"
            description="Ends in /tmf-api/prepayBalanceManagement/v4"
            withAsterisk
            {...form.getInputProps('baseUrl')}
          />
          <TextInput
            label="Token URL"
            description="OAuth2 client-credentials endpoint"
            withAsterisk
            {...form.getInputProps('tokenUrl')}
          />
          <TextInput label="Client id" withAsterisk autoComplete="off" {...form.getInputProps('clientId')} />
          <PasswordInput
            label="Client secret"
            description={existing?.hasClientSecret ? 'Type it again to save changes' : undefined}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('clientSecret')}
          />
          <PasswordInput
            label="API key"
            description="Only if the operator asks for one"
            autoComplete="new-password"
            {...form.getInputProps('apiKey')}
          />
          <NumberInput
            label="Request timeout (ms)"
            min={500}
            max={120_000}
            step={1_000}
            allowDecimal={false}
            thousandSeparator=","
            {...form.getInputProps('requestTimeoutMs')}
          />
          <TextInput
            label="Distributor party id"
            description="Your party at the operator"
            withAsterisk
            {...form.getInputProps('distributorPartyId')}
          />
          <TextInput label="Party account id" withAsterisk {...form.getInputProps('partyAccountId')} />
          <TextInput
            label="Wholesale bucket id"
            description="The bucket that holds your bulk airtime"
            withAsterisk
            {...form.getInputProps('wholesaleBucketId')}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Units"
              description="Currency, e.g. XOF"
              withAsterisk
              maxLength={3}
              {...form.getInputProps('units')}
            />
            <NumberInput
              label="Decimals"
              description="0 for XOF"
              min={0}
              max={9}
              allowDecimal={false}
              allowNegative={false}
              withAsterisk
              {...form.getInputProps('scale')}
            />
          </Group>
        </SimpleGrid>
        <Checkbox
          label="Save without testing (offline)"
          description="The office cannot reach the operator today: save now, the first sync will test it."
          {...form.getInputProps('skipTest', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          {onCancel !== undefined && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={busy} leftSection={<IconPlugConnected size={16} />}>
            {form.values.skipTest ? 'Save connection' : 'Test and connect'}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          The client secret and API key are stored encrypted in the workspace and never shown again.
        </Text>
      </Stack>
    </form>
  );
}
