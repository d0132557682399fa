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
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import {
  type ConnectionTest,
  OperatorConnectInput,
  type OperatorConnectionView,
} from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { decimalMark } from '../format/decimalMark';
import { localizedResolver } from '../i18n/localizedResolver';

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
const validateConnectInput = localizedResolver(OperatorConnectInput);

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
  const { t } = useTranslation(['sync', 'common']);
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
        title: t('connectForm.saved.title', { name: result.connection.name }),
        message: result.test === null ? t('connectForm.saved.untested') : result.test.message,
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
    <form onSubmit={form.onSubmit(submit)} aria-label={t('connectForm.label')} noValidate>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title={t('connectForm.notConnected')} role="alert">
            {failure.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            label={t('connectForm.fields.id.label')}
            description={t('connectForm.fields.id.description')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('id')}
            disabled={existing !== null}
          />
          <TextInput
            label={t('connectForm.fields.name.label')}
            withAsterisk
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('connectForm.fields.baseUrl.label')}
            description={t('connectForm.fields.baseUrl.description')}
            withAsterisk
            {...form.getInputProps('baseUrl')}
          />
          <TextInput
            label={t('connectForm.fields.tokenUrl.label')}
            description={t('connectForm.fields.tokenUrl.description')}
            withAsterisk
            {...form.getInputProps('tokenUrl')}
          />
          <TextInput
            label={t('connectForm.fields.clientId.label')}
            withAsterisk
            autoComplete="off"
            {...form.getInputProps('clientId')}
          />
          <PasswordInput
            label={t('connectForm.fields.clientSecret.label')}
            description={existing?.hasClientSecret ? t('connectForm.fields.clientSecret.retype') : undefined}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('clientSecret')}
          />
          <PasswordInput
            label={t('connectForm.fields.apiKey.label')}
            description={t('connectForm.fields.apiKey.description')}
            autoComplete="new-password"
            {...form.getInputProps('apiKey')}
          />
          <NumberInput
            label={t('connectForm.fields.requestTimeout.label')}
            min={500}
            max={120_000}
            step={1_000}
            allowDecimal={false}
            thousandSeparator={decimalMark() === ',' ? ' ' : ','}
            {...form.getInputProps('requestTimeoutMs')}
          />
          <TextInput
            label={t('connectForm.fields.distributorPartyId.label')}
            description={t('connectForm.fields.distributorPartyId.description')}
            withAsterisk
            {...form.getInputProps('distributorPartyId')}
          />
          <TextInput
            label={t('connectForm.fields.partyAccountId.label')}
            withAsterisk
            {...form.getInputProps('partyAccountId')}
          />
          <TextInput
            label={t('connectForm.fields.wholesaleBucketId.label')}
            description={t('connectForm.fields.wholesaleBucketId.description')}
            withAsterisk
            {...form.getInputProps('wholesaleBucketId')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('connectForm.fields.units.label')}
              description={t('connectForm.fields.units.description')}
              withAsterisk
              maxLength={3}
              {...form.getInputProps('units')}
            />
            <NumberInput
              label={t('connectForm.fields.scale.label')}
              description={t('connectForm.fields.scale.description')}
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
          label={t('connectForm.skipTest.label')}
          description={t('connectForm.skipTest.description')}
          {...form.getInputProps('skipTest', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          {onCancel !== undefined && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy} leftSection={<IconPlugConnected size={16} />}>
            {form.values.skipTest ? t('connectForm.saveConnection') : t('connectForm.testAndConnect')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('connectForm.secretsNote')}
        </Text>
      </Stack>
    </form>
  );
}
