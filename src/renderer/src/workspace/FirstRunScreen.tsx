import {
  Alert,
  Anchor,
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
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconLock, IconShieldX, IconWallet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractCallError } from '../../../contract/contractError';
import { CreateWorkspaceInput, type WorkspaceStatus } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { localizedResolver } from '../i18n/localizedResolver';
import { currencyOptions } from './currencyOptions';
import { RestoreFromBackupForm } from './RestoreFromBackupForm';

/** Why a workspace did not open, when a backup is the way out: a key that no longer opens it, or a damaged file. */
const unopenableReasons = ['wrong_key', 'not_a_database', 'cannot_open'] as const;
type UnopenableReason = (typeof unopenableReasons)[number];

function unopenableReasonOf(error: unknown): UnopenableReason | null {
  if (!(error instanceof ContractCallError)) return null;
  const reason = error.body.reason;
  return unopenableReasons.find((known) => known === reason) ?? null;
}

type ClosedStatus = Extract<WorkspaceStatus, { state: 'closed' }>;

/** Shown until a workspace is open: create a new encrypted workspace, or open the one that exists. */
export function FirstRunScreen({
  status,
  onOpened,
}: {
  status: ClosedStatus;
  onOpened: (status: WorkspaceStatus) => void;
}) {
  const { t } = useTranslation('workspace');
  const client = useClient();
  const currencies = useMemo(() => currencyOptions(), []);
  const [mode, setMode] = useState<'create' | 'open'>(status.existsAtDefault ? 'open' : 'create');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Opening failed in a way only a backup mends: explained, with the way to restore. */
  const [unopenable, setUnopenable] = useState<UnopenableReason | null>(null);
  const [restoring, setRestoring] = useState(false);

  const createForm = useForm({
    mode: 'controlled',
    initialValues: { distributorName: '', baseCurrency: 'XOF', dataDir: status.defaultDataDir },
    validateInputOnBlur: true,
    // The same schema the core checks, so the form and the contract never disagree.
    validate: localizedResolver(CreateWorkspaceInput),
  });
  const openForm = useForm({ mode: 'controlled', initialValues: { dataDir: status.defaultDataDir } });

  const run = async (action: () => Promise<WorkspaceStatus>) => {
    setBusy(true);
    setFailure(null);
    setUnopenable(null);
    try {
      onOpened(await action());
    } catch (error) {
      setFailure(error instanceof ContractCallError ? error.message : String(error));
      setUnopenable(unopenableReasonOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={520}>
        <Stack>
          <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size="xl" radius="md" variant="light">
                <IconWallet />
              </ThemeIcon>
              <div>
                <Title order={2}>{t('firstRun.title')}</Title>
                <Text c="dimmed" size="sm">
                  {t('firstRun.tagline')}
                </Text>
              </div>
            </Group>
            {/* Before any workspace, so the very first screen can be read in one's own language. */}
            <LanguageMenu />
          </Group>
          <SegmentedControl
            value={mode}
            onChange={(value) => {
              setMode(value as 'create' | 'open');
              setRestoring(false);
            }}
            data={[
              { value: 'create', label: t('firstRun.modes.create') },
              { value: 'open', label: t('firstRun.modes.open') },
            ]}
          />
          {failure !== null && unopenable !== null && !restoring && (
            <Alert
              color="red"
              icon={<IconShieldX />}
              title={t(`firstRun.unopenable.${unopenable}.title`)}
              role="alert"
            >
              <Stack gap="xs">
                <Text size="sm">
                  {t(`firstRun.unopenable.${unopenable}.explanation`, { keySource: status.keySource })}
                </Text>
                <Text size="sm">{t('firstRun.unopenable.whatToDo')}</Text>
                <Text size="xs" c="dimmed">
                  {t('firstRun.unopenable.detail', { message: failure })}
                </Text>
                <Group>
                  <Button size="xs" color="red" variant="light" onClick={() => setRestoring(true)}>
                    {t('firstRun.restore.open')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {failure !== null && unopenable === null && (
            <Alert color="red" icon={<IconAlertCircle />} title={t('firstRun.failed')} role="alert">
              {failure}
            </Alert>
          )}
          {mode === 'open' && restoring ? (
            <RestoreFromBackupForm
              dataDir={openForm.values.dataDir}
              onRestored={onOpened}
              onCancel={() => setRestoring(false)}
            />
          ) : mode === 'create' ? (
            <form
              onSubmit={createForm.onSubmit((values) =>
                run(() =>
                  client.call('workspace.create', { ...values, dataDir: values.dataDir.trim() || undefined }),
                ),
              )}
            >
              <Stack>
                <TextInput
                  label={t('firstRun.create.distributorName')}
                  description={t('firstRun.create.distributorNameHint')}
                  placeholder={t('firstRun.create.distributorNamePlaceholder')}
                  data-autofocus
                  withAsterisk
                  {...createForm.getInputProps('distributorName')}
                />
                <Select
                  label={t('firstRun.create.baseCurrency')}
                  description={t('firstRun.create.baseCurrencyHint')}
                  data={currencies}
                  searchable
                  allowDeselect={false}
                  withAsterisk
                  {...createForm.getInputProps('baseCurrency')}
                />
                <TextInput
                  label={t('firstRun.create.folder')}
                  description={t('firstRun.create.folderHint')}
                  {...createForm.getInputProps('dataDir')}
                />
                <Group gap={6} c="dimmed" wrap="nowrap" align="flex-start">
                  <IconLock size={14} style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="xs">{t('firstRun.create.encryptedWith', { keySource: status.keySource })}</Text>
                </Group>
                <Button type="submit" loading={busy}>
                  {t('firstRun.create.submit')}
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
                {status.existsAtDefault && <Text size="sm">{t('firstRun.open.existsAtDefault')}</Text>}
                <TextInput
                  label={t('firstRun.open.folder')}
                  withAsterisk
                  {...openForm.getInputProps('dataDir')}
                />
                <Button type="submit" loading={busy}>
                  {t('firstRun.open.submit')}
                </Button>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="dimmed"
                  ta="center"
                  onClick={() => setRestoring(true)}
                >
                  {t('firstRun.restore.open')}
                </Anchor>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
