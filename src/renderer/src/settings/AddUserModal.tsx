import { Modal, MultiSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contract/permissions';
import { CreateUserInput, passwordLengthMin } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { roleOptions } from '../session/roleLabels';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { BranchField } from './BranchField';

const validateCreate = localizedResolver(CreateUserInput);

interface AddUserValues {
  username: string;
  displayName: string;
  roles: Role[];
  temporaryPassword: string;
  /** A partner office's sub-distributor; null: the whole network. */
  branchCode: string | null;
}

/** A new user with roles and a temporary password, given to them out of band and changed at first sign-in. */
export function AddUserModal({
  opened,
  onClose,
  onAdded,
}: {
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <Modal opened={opened} onClose={onClose} title={t('addUser.title')} size="lg">
      {opened && <AddUserForm onCancel={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function AddUserForm({ onCancel, onAdded }: { onCancel: () => void; onAdded: () => void }) {
  const { t } = useTranslation('settings');
  const client = useClient();
  const roles = useMemo(() => roleOptions(), []);
  const form = useForm<AddUserValues>({
    mode: 'controlled',
    initialValues: { username: '', displayName: '', roles: [], temporaryPassword: '', branchCode: null },
    validate: validateCreate,
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const submit = (values: AddUserValues) =>
    run(async () => {
      const added = await client.call('users.create', values);
      notifications.show({
        color: 'teal',
        title: t('addUser.added.title', { name: added.displayName }),
        message: t('addUser.added.message', { username: added.username }),
      });
      onAdded();
    });

  return (
    <form noValidate aria-label={t('addUser.formLabel')} onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('addUser.username')}
            description={t('addUser.usernameHint')}
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            withAsterisk
            data-autofocus
            {...form.getInputProps('username')}
          />
          <TextInput label={t('addUser.fullName')} withAsterisk {...form.getInputProps('displayName')} />
        </SimpleGrid>
        <MultiSelect
          label={t('addUser.roles')}
          description={t('addUser.rolesHint')}
          data={roles}
          placeholder={form.values.roles.length === 0 ? t('addUser.rolesPlaceholder') : undefined}
          withAsterisk
          {...form.getInputProps('roles')}
        />
        <BranchField
          value={form.values.branchCode}
          onChange={(code) => form.setFieldValue('branchCode', code)}
          error={form.errors.branchCode}
          initialCode={null}
        />
        <PasswordInput
          label={t('addUser.temporaryPassword')}
          description={t('addUser.temporaryPasswordHint', { min: passwordLengthMin })}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('temporaryPassword')}
        />
        {failure !== null && <OperationErrorAlert title={t('addUser.notAdded')} error={failure} />}
        <FormButtons submitLabel={t('addUser.submit')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
