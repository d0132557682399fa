import { Alert, Button, Card, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { chosenPassphraseLengthMin } from '../../../contract/workspaceSecretSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
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
  const client = useClient();
  const form = useForm<BackupValues>({
    mode: 'controlled',
    initialValues: { passphrase: '', passphraseRepeated: '' },
    validate: {
      passphrase: (value) =>
        value.length >= chosenPassphraseLengthMin
          ? null
          : `must have at least ${chosenPassphraseLengthMin} characters`,
      passphraseRepeated: (value, values) => repeatedPasswordIssue(value, values.passphrase),
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const backUp = (values: BackupValues) =>
    run(async () => {
      const backup = await client.call('workspace.backup', values);
      if (backup.contentBase64 === null) throw new Error('a backup for the app comes back as a file');
      downloadBase64File(backup.fileName, backup.contentBase64, 'application/octet-stream');
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Backup made',
        message: `${backup.fileName} (${Math.ceil(backup.sizeBytes / 1024)} KB) opens only with the passphrase you gave it.`,
      });
    });

  return (
    <Card withBorder padding="lg" radius="md" data-testid="backup-card">
      <Text fw={600}>Backup</Text>
      <Text size="sm" c="dimmed" mb="md">
        A consistent copy of the whole workspace, encrypted with a passphrase you choose now (at least{' '}
        {chosenPassphraseLengthMin} characters). Keep it apart from the file: without it the backup cannot be
        restored (airledger restore FILE --passphrase-env VAR).
      </Text>
      <form noValidate aria-label="Back up the workspace" onSubmit={form.onSubmit(backUp)}>
        <Stack gap="md">
          <Group grow align="flex-start">
            <PasswordInput
              label="Backup passphrase"
              autoComplete="new-password"
              withAsterisk
              {...form.getInputProps('passphrase')}
            />
            <PasswordInput
              label="Repeat the passphrase"
              autoComplete="new-password"
              withAsterisk
              {...form.getInputProps('passphraseRepeated')}
            />
          </Group>
          {failure !== null && (
            <Alert color="red" icon={<IconAlertCircle />} title="No backup was made" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              Back up now
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
