import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconLock, IconWallet } from '@tabler/icons-react';
import { useState } from 'react';
import { ContractCallError } from '../../../contract/contractError';
import { CreateWorkspaceInput, type WorkspaceStatus } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { currencyOptions } from './currencyOptions';

type ClosedStatus = Extract<WorkspaceStatus, { state: 'closed' }>;

/** Shown until a workspace is open: create a new encrypted workspace, or open the one that exists. */
export function FirstRunScreen({
  status,
  onOpened,
}: {
  status: ClosedStatus;
  onOpened: (status: WorkspaceStatus) => void;
}) {
  const client = useClient();
  const [mode, setMode] = useState<'create' | 'open'>(status.existsAtDefault ? 'open' : 'create');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const createForm = useForm({
    mode: 'controlled',
    initialValues: { distributorName: '', baseCurrency: 'XOF', dataDir: status.defaultDataDir },
    validateInputOnBlur: true,
    // The same schema the core checks, so the form and the contract never disagree.
    validate: schemaResolver(CreateWorkspaceInput, { sync: true }),
  });
  const openForm = useForm({ mode: 'controlled', initialValues: { dataDir: status.defaultDataDir } });

  const run = async (action: () => Promise<WorkspaceStatus>) => {
    setBusy(true);
    setFailure(null);
    try {
      onOpened(await action());
    } catch (error) {
      setFailure(error instanceof ContractCallError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={520}>
        <Stack>
          <Group gap="sm">
            <ThemeIcon size="xl" radius="md" variant="light">
              <IconWallet />
            </ThemeIcon>
            <div>
              <Title order={2}>Welcome to Airledger</Title>
              <Text c="dimmed" size="sm">
                The back office for your airtime distribution.
              </Text>
            </div>
          </Group>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as 'create' | 'open')}
            data={[
              { value: 'create', label: 'Create a workspace' },
              { value: 'open', label: 'Open a workspace' },
            ]}
          />
          {failure !== null && (
            <Alert color="red" icon={<IconAlertCircle />} title="That did not work" role="alert">
              {failure}
            </Alert>
          )}
          {mode === 'create' ? (
            <form
              onSubmit={createForm.onSubmit((values) =>
                run(() =>
                  client.call('workspace.create', { ...values, dataDir: values.dataDir.trim() || undefined }),
                ),
              )}
            >
              <Stack>
                <TextInput
                  label="Distributor name"
                  description="Your company, as it appears on settlements"
                  placeholder="e.g. Sahel Airtime Distribution"
                  data-autofocus
                  withAsterisk
                  {...createForm.getInputProps('distributorName')}
                />
                <Select
                  label="Base currency"
                  description="The currency your books are kept in"
                  data={currencyOptions}
                  searchable
                  allowDeselect={false}
                  withAsterisk
                  {...createForm.getInputProps('baseCurrency')}
                />
                <TextInput
                  label="Workspace folder"
                  description="Where the encrypted database is kept"
                  {...createForm.getInputProps('dataDir')}
                />
                <Group gap={6} c="dimmed" wrap="nowrap" align="flex-start">
                  <IconLock size={14} style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="xs">The database is encrypted with the key from {status.keySource}.</Text>
                </Group>
                <Button type="submit" loading={busy}>
                  Create workspace
                </Button>
              </Stack>
            </form>
          ) : (
            <form
              onSubmit={openForm.onSubmit((values) =>
                run(() => client.call('workspace.open', { dataDir: values.dataDir.trim() || undefined })),
              )}
            >
              <Stack>
                {status.existsAtDefault && (
                  <Text size="sm">
                    A workspace already exists in the default folder. Open it to continue.
                  </Text>
                )}
                <TextInput label="Workspace folder" withAsterisk {...openForm.getInputProps('dataDir')} />
                <Button type="submit" loading={busy}>
                  Open workspace
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
