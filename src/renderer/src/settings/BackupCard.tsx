import { Alert, Button, Card, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { chosenPassphraseLengthMin } from '../../../contract/workspaceSecretSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatGroupedMinor } from '../format/formatGroupedMinor';
import { repeatedPasswordIssue } from '../session/repeatedPasswordIssue';
import { downloadBase64File } from '../sync/downloadBase64File';

interface BackupValues {
  passphrase: string;
  passphraseRepeated: string;
}

/**
 * "Back up now": an encrypted backup of the whole workspace, downloaded (the desktop asks where to
 * save it). The app always gives it a passphrase of its own: the workspace's key may live in this
 * computer's keychain, where no other computer could use it.
 */
export function BackupCard() {
  const { t } = useTranslation('settings');
  const client = useClient();
  const form = useForm<BackupValues>({
    mode: 'controlled',
    initialValues: { passphrase: '', passphraseRepeated: '' },
    validate: {
      passphrase: (value) =>
        value.length >= chosenPassphraseLengthMin
          ? null
          : t('backup.errors.tooShort', { min: chosenPassphraseLengthMin }),
      passphraseRepeated: (value, values) => repeatedPasswordIssue(value, values.passphrase),
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const backUp = (values: BackupValues) =>
    run(async () => {
      const backup = await client.call('workspace.backup', values);
      if (backup.contentBase64 === null) throw new Error(t('backup.errors.notAFile'));
      downloadBase64File(backup.fileName, backup.contentBase64, 'application/octet-stream');
      form.reset();
      notifications.show({
        color: 'teal',
        title: t('backup.made.title'),
        message: t('backup.made.message', {
          fileName: backup.fileName,
          size: formatGroupedMinor(Math.ceil(backup.sizeBytes / 1024), 0),
        }),
      });
    });

  return (
    <Card withBorder padding="lg" radius="md" data-testid="backup-card">
      <Text fw={600}>{t('backup.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('backup.intro', { min: chosenPassphraseLengthMin })}
      </Text>
      <form noValidate aria-label={t('backup.formLabel')} onSubmit={form.onSubmit(backUp)}>
        <Stack gap="md">
          <Group grow align="flex-start">
            <PasswordInput
              label={t('backup.passphrase')}
              autoComplete="new-password"
              withAsterisk
              {...form.getInputProps('passphrase')}
            />
            <PasswordInput
              label={t('backup.repeat')}
              autoComplete="new-password"
              withAsterisk
              {...form.getInputProps('passphraseRepeated')}
            />
          </Group>
          {failure !== null && (
            <Alert color="red" icon={<IconAlertCircle />} title={t('backup.failed')} role="alert">
              {failure.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('backup.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
