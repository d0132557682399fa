import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordInput, passwordLengthMin, type SignedInUser } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { repeatedPasswordIssue } from './repeatedPasswordIssue';

const validateChange = localizedResolver(ChangePasswordInput);

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/**
 * One's own password: the current one, then the new one twice. Used by the screen a reset password
 * leads to and by the account menu's modal; the core's refusals land on the field they name.
 */
export function ChangePasswordForm({
  firstFieldRef,
  onChanged,
  onCancel,
}: {
  /** For a screen to focus; a modal focuses the field marked data-autofocus itself. */
  firstFieldRef?: RefObject<HTMLInputElement | null>;
  onChanged: (user: SignedInUser) => void;
  /** Shown as a Cancel button when set. */
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['session', 'common']);
  const client = useClient();
  const form = useForm<ChangePasswordValues>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: (values) => {
      const repeatIssue = repeatedPasswordIssue(values.repeatPassword, values.newPassword);
      return { ...validateChange(values), ...(repeatIssue === null ? {} : { repeatPassword: repeatIssue }) };
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const submit = (values: ChangePasswordValues) =>
    run(async () => {
      onChanged(
        await client.call('auth.changePassword', {
          currentPassword: values.currentPassword,
          newPassword: values.newPassword,
        }),
      );
    });

  return (
    <form noValidate aria-label={t('changePassword.formLabel')} onSubmit={form.onSubmit(submit)}>
      <Stack>
        <PasswordInput
          ref={firstFieldRef}
          label={t('changePassword.currentPassword')}
          autoComplete="current-password"
          withAsterisk
          data-autofocus
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('changePassword.newPassword')}
          description={t('changePassword.newPasswordHint', { min: passwordLengthMin })}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('changePassword.repeatNewPassword')}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('repeatPassword')}
        />
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title={t('changePassword.failed')} role="alert">
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {onCancel !== undefined && (
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {t('changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
