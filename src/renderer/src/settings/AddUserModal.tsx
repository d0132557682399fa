import { Modal, MultiSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Role } from '../../../contract/permissions';
import { CreateUserInput, passwordLengthMin } from '../../../contract/userSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { roleOptions } from '../session/roleLabels';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { BranchField } from './BranchField';

const validateCreate = schemaResolver(CreateUserInput, { sync: true });

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
  return (
    <Modal opened={opened} onClose={onClose} title="Add a user" size="lg">
      {opened && <AddUserForm onCancel={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function AddUserForm({ onCancel, onAdded }: { onCancel: () => void; onAdded: () => void }) {
  const client = useClient();
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
        title: `${added.displayName} added`,
        message: `Give ${added.username} the temporary password; they choose their own at their first sign-in.`,
      });
      onAdded();
    });

  return (
    <form noValidate aria-label="Add a user" onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Username"
            description="Letters, digits, dots, dashes"
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            withAsterisk
            data-autofocus
            {...form.getInputProps('username')}
          />
          <TextInput label="Full name" withAsterisk {...form.getInputProps('displayName')} />
        </SimpleGrid>
        <MultiSelect
          label="Roles"
          description="What they may do; several roles add up"
          data={roleOptions}
          placeholder={form.values.roles.length === 0 ? 'Choose one or more' : undefined}
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
          label="Temporary password"
          description={`At least ${passwordLengthMin} characters; they must change it when they first sign in`}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('temporaryPassword')}
        />
        {failure !== null && <OperationErrorAlert title="The user was not added" error={failure} />}
        <FormButtons submitLabel="Add user" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
