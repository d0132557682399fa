import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { passwordLengthMin, ResetPasswordInput, type UserView } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

const validateReset = localizedResolver(ResetPasswordInput);

/** Gives a user a temporary password: their sessions end, a lock-out lifts, they choose a new one at sign-in. */
export function ResetPasswordModal({
  user,
  onClose,
  onReset,
}: {
  user: UserView | null;
  onClose: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user === null ? '' : t('resetPassword.title', { name: user.displayName })}
    >
      {user !== null && <ResetPasswordForm key={user.id} user={user} onCancel={onClose} onReset={onReset} />}
    </Modal>
  );
}

function ResetPasswordForm({
  user,
  onCancel,
  onReset,
}: {
  user: UserView;
  onCancel: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('settings');
  const client = useClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { temporaryPassword: '' },
    validate: (values) => validateReset({ userId: user.id, ...values }),
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const submit = (values: { temporaryPassword: string }) =>
    run(async () => {
      const reset = await client.call('users.resetPassword', { userId: user.id, ...values });
      notifications.show({
        color: 'teal',
        title: t('resetPassword.done.title', { name: reset.displayName }),
        message: t('resetPassword.done.message', { username: reset.username }),
      });
      onReset();
    });

  return (
    <form noValidate aria-label={t('resetPassword.formLabel')} onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Text size="sm">
          {t(user.state === 'locked' ? 'resetPassword.explanationLocked' : 'resetPassword.explanation', {
            name: user.displayName,
            username: user.username,
          })}
        </Text>
        <PasswordInput
          label={t('resetPassword.temporaryPassword')}
          description={t('resetPassword.temporaryPasswordHint', { min: passwordLengthMin })}
          autoComplete="new-password"
          withAsterisk
          data-autofocus
          {...form.getInputProps('temporaryPassword')}
        />
        {failure !== null && <OperationErrorAlert title={t('resetPassword.notReset')} error={failure} />}
        <FormButtons submitLabel={t('resetPassword.submit')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
