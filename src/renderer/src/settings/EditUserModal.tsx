import { Modal, MultiSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Role } from '../../../contract/permissions';
import { UpdateUserInput, type UserView } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { roleOptions } from '../session/roleLabels';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { BranchField } from './BranchField';

const validateUpdate = schemaResolver(UpdateUserInput, { sync: true });

interface EditUserValues {
  displayName: string;
  roles: Role[];
  disabled: boolean;
  branchCode: string | null;
}

function sameRoles(left: readonly Role[], right: readonly Role[]): boolean {
  return left.length === right.length && left.every((role) => right.includes(role));
}

/** Renames a user, changes their roles, or disables them (users are never deleted: history keeps their names). */
export function EditUserModal({
  user,
  isSelf,
  onClose,
  onSaved,
}: {
  user: UserView | null;
  /** One's own account cannot be disabled; the core refuses it, the form does not offer it. */
  isSelf: boolean;
  onClose: () => void;
  onSaved: (user: UserView) => void;
}) {
  return (
    <Modal opened={user !== null} onClose={onClose} title={user === null ? '' : `Edit ${user.displayName}`}>
      {user !== null && (
        <EditUserForm key={user.id} user={user} isSelf={isSelf} onCancel={onClose} onSaved={onSaved} />
      )}
    </Modal>
  );
}

function EditUserForm({
  user,
  isSelf,
  onCancel,
  onSaved,
}: {
  user: UserView;
  isSelf: boolean;
  onCancel: () => void;
  onSaved: (user: UserView) => void;
}) {
  const client = useClient();
  const wasDisabled = user.state === 'disabled';
  const form = useForm<EditUserValues>({
    mode: 'controlled',
    initialValues: {
      displayName: user.displayName,
      roles: user.roles,
      disabled: wasDisabled,
      branchCode: user.branchCode,
    },
    validate: (values) => validateUpdate({ userId: user.id, ...values }),
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const save = (values: EditUserValues) =>
    run(async () => {
      // Only what changed is sent, so a change made meanwhile by another administrator stays.
      const displayName = values.displayName.trim();
      const saved = await client.call('users.update', {
        userId: user.id,
        ...(displayName === user.displayName ? {} : { displayName }),
        ...(sameRoles(values.roles, user.roles) ? {} : { roles: values.roles }),
        ...(values.disabled === wasDisabled ? {} : { disabled: values.disabled }),
        ...(values.branchCode === user.branchCode ? {} : { branchCode: values.branchCode }),
      });
      notifications.show({
        color: 'teal',
        title: `${saved.displayName} saved`,
        message:
          values.disabled === wasDisabled
            ? 'Their roles and branch apply from their next click.'
            : values.disabled
              ? 'Disabled: they are signed out and cannot sign in until enabled again.'
              : 'Enabled: they can sign in again.',
      });
      onSaved(saved);
    });

  const confirmThenSave = (values: EditUserValues) => {
    if (!values.disabled || wasDisabled) {
      void save(values);
      return;
    }
    modals.openConfirmModal({
      title: `Disable ${user.displayName}?`,
      children: (
        <Text size="sm">
          {user.displayName} is signed out at once and cannot sign in until an administrator enables the
          account again. Their name stays on everything they recorded.
        </Text>
      ),
      labels: { confirm: 'Disable', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => void save(values),
    });
  };

  return (
    <form noValidate aria-label="Edit user" onSubmit={form.onSubmit(confirmThenSave)}>
      <Stack gap="md">
        <TextInput label="Full name" withAsterisk data-autofocus {...form.getInputProps('displayName')} />
        <MultiSelect
          label="Roles"
          data={roleOptions}
          placeholder={form.values.roles.length === 0 ? 'Choose one or more' : undefined}
          withAsterisk
          {...form.getInputProps('roles')}
        />
        <BranchField
          value={form.values.branchCode}
          onChange={(code) => form.setFieldValue('branchCode', code)}
          error={form.errors.branchCode}
          initialCode={user.branchCode}
        />
        <Switch
          label="Disabled"
          description={
            isSelf
              ? 'You cannot disable your own account; another administrator can.'
              : 'A disabled user cannot sign in; their sessions end at once.'
          }
          disabled={isSelf && !wasDisabled}
          color="red"
          {...form.getInputProps('disabled', { type: 'checkbox' })}
        />
        {failure !== null && <OperationErrorAlert title="Not saved" error={failure} />}
        <FormButtons submitLabel="Save" busy={busy} disabled={!form.isDirty()} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
