import { Alert, Anchor, Button, FileInput, Group, Loader, PasswordInput, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle, IconArchive } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractCallError } from '../../../contract/contractError';
import type { WorkspaceStatus } from '../../../contract/workspaceSchemas';
import { backupUploadBytesMax } from '../../../contract/workspaceSecretSchemas';
import { useClient } from '../client/ClientContext';
import { readFileBase64 } from '../retailers/readFileBase64';

/**
 * Restores a backup (.alb) over a workspace that does not open: the file that did not open is
 * kept beside, renamed, and the restored workspace opens.
 */
export function RestoreFromBackupForm({
  dataDir,
  onRestored,
  onCancel,
}: {
  dataDir: string;
  onRestored: (status: WorkspaceStatus) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['workspace', 'common']);
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fileTooLarge = file !== null && file.size > backupUploadBytesMax;

  const restore = async (chosen: File) => {
    setBusy(true);
    setFailure(null);
    try {
      const backupBase64 = await readFileBase64(chosen);
      const status = await client.call('workspace.restore', {
        dataDir: dataDir.trim() || undefined,
        backupBase64,
        fileName: chosen.name,
        ...(passphrase === '' ? {} : { passphrase }),
      });
      onRestored(status);
    } catch (error) {
      setFailure(error instanceof ContractCallError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const confirmThenRestore = () => {
    if (file === null || fileTooLarge) return;
    modals.openConfirmModal({
      title: t('firstRun.restore.confirm.title'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('firstRun.restore.confirm.body', { fileName: file.name })}</Text>
          <Text size="sm">{t('firstRun.restore.confirm.keptAside')}</Text>
        </Stack>
      ),
      labels: { confirm: t('firstRun.restore.confirm.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void restore(file),
    });
  };

  return (
    <form
      aria-label={t('firstRun.restore.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        confirmThenRestore();
      }}
    >
      <Stack>
        <Text size="sm">{t('firstRun.restore.intro')}</Text>
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title={t('firstRun.restore.failed')} role="alert">
            {failure}
          </Alert>
        )}
        <FileInput
          label={t('firstRun.restore.file')}
          description={t('firstRun.restore.fileHint')}
          placeholder={t('firstRun.restore.filePlaceholder')}
          accept=".alb"
          leftSection={<IconArchive size={16} />}
          clearable
          withAsterisk
          value={file}
          onChange={setFile}
          disabled={busy}
          error={fileTooLarge ? t('firstRun.restore.fileTooLarge') : undefined}
        />
        <PasswordInput
          label={t('firstRun.restore.passphrase')}
          description={t('firstRun.restore.passphraseHint')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          disabled={busy}
          autoComplete="off"
        />
        <Text size="xs" c="dimmed">
          {t('firstRun.restore.keptAsideNote')}
        </Text>
        {busy ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('firstRun.restore.running')}</Text>
          </Group>
        ) : (
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={onCancel}>
              {t('firstRun.restore.back')}
            </Anchor>
            <Button type="submit" color="red" disabled={file === null || fileTooLarge}>
              {t('firstRun.restore.submit')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
