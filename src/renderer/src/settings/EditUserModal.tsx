import { Modal, MultiSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contract/permissions';
import { UpdateUserInput, type UserView } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { roleOptions } from '../session/roleLabels';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { BranchField } from './BranchField';

const validateUpdate = localizedResolver(UpdateUserInput);

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
  const { t } = useTranslation('settings');
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user === null ? '' : t('editUser.title', { name: user.displayName })}
    >
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
  const { t } = useTranslation(['settings', 'common']);
  const client = useClient();
  const roles = useMemo(() => roleOptions(), []);
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
        title: t('editUser.saved.title', { name: saved.displayName }),
        message:
          values.disabled === wasDisabled
            ? t('editUser.saved.unchanged')
            : values.disabled
              ? t('editUser.saved.disabled')
              : t('editUser.saved.enabled'),
      });
      onSaved(saved);
    });

  const confirmThenSave = (values: EditUserValues) => {
    if (!values.disabled || wasDisabled) {
      void save(values);
      return;
    }
    modals.openConfirmModal({
      title: t('editUser.confirmDisable.title', { name: user.displayName }),
      children: <Text size="sm">{t('editUser.confirmDisable.body', { name: user.displayName })}</Text>,
      labels: { confirm: t('editUser.confirmDisable.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void save(values),
    });
  };

  return (
    <form noValidate aria-label={t('editUser.formLabel')} onSubmit={form.onSubmit(confirmThenSave)}>
      <Stack gap="md">
        <TextInput
          label={t('editUser.fullName')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('displayName')}
        />
        <MultiSelect
          label={t('editUser.roles')}
          data={roles}
          placeholder={form.values.roles.length === 0 ? t('editUser.rolesPlaceholder') : undefined}
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
          label={t('editUser.disabled')}
          description={isSelf ? t('editUser.disabledHintSelf') : t('editUser.disabledHint')}
          disabled={isSelf && !wasDisabled}
          color="red"
          {...form.getInputProps('disabled', { type: 'checkbox' })}
        />
        {failure !== null && <OperationErrorAlert title={t('shared.notSaved')} error={failure} />}
        <FormButtons
          submitLabel={t('editUser.submit')}
          busy={busy}
          disabled={!form.isDirty()}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
