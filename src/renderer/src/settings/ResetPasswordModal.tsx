import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { passwordLengthMin, ResetPasswordInput, type UserView } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

const validateReset = schemaResolver(ResetPasswordInput, { sync: true });

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
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user === null ? '' : `Reset the password of ${user.displayName}`}
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
        title: `Temporary password set for ${reset.displayName}`,
        message: `Their sessions ended. Give ${reset.username} the password; they choose a new one at their next sign-in.`,
      });
      onReset();
    });

  return (
    <form noValidate aria-label="Reset password" onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Text size="sm">
          {user.displayName} ({user.username}) is signed out everywhere
          {user.state === 'locked' ? ', the lock-out after failed sign-ins lifts,' : ''} and must choose a new
          password the next time they sign in.
        </Text>
        <PasswordInput
          label="Temporary password"
          description={`At least ${passwordLengthMin} characters`}
          autoComplete="new-password"
          withAsterisk
          data-autofocus
          {...form.getInputProps('temporaryPassword')}
        />
        {failure !== null && <OperationErrorAlert title="The password was not reset" error={failure} />}
        <FormButtons submitLabel="Reset password" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
