import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { passwordLengthMin, SetUpAdministratorInput, type SignInResult } from '../../../contract/userSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { repeatedPasswordIssue } from './repeatedPasswordIssue';
import { SignInFrame } from './SignInFrame';
import { useFocusOnMount } from './useFocusOnMount';

const validateSetUp = schemaResolver(SetUpAdministratorInput, { sync: true });

interface SetUpValues {
  username: string;
  displayName: string;
  password: string;
  repeatPassword: string;
}

/** A workspace with no users yet: whoever opened it creates its administrator, then is signed in. */
export function SetUpAdministratorScreen({
  workspace,
  onSignedIn,
}: {
  workspace: WorkspaceSummary;
  onSignedIn: (result: SignInResult) => void;
}) {
  const client = useClient();
  const firstField = useFocusOnMount<HTMLInputElement>();
  const form = useForm<SetUpValues>({
    mode: 'controlled',
    initialValues: { username: '', displayName: '', password: '', repeatPassword: '' },
    // The contract's own checks, so the form and the core never disagree; the repeat is the form's.
    validate: (values) => {
      const repeatIssue = repeatedPasswordIssue(values.repeatPassword, values.password);
      return { ...validateSetUp(values), ...(repeatIssue === null ? {} : { repeatPassword: repeatIssue }) };
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const submit = (values: SetUpValues) =>
    run(async () => {
      onSignedIn(
        await client.call('auth.setUp', {
          username: values.username,
          displayName: values.displayName,
          password: values.password,
        }),
      );
    });

  return (
    <SignInFrame title="Create the administrator account" subtitle={workspace.distributorName}>
      <Text size="sm">
        Everyone who uses this workspace signs in with an account of their own. This first one is its
        administrator: it adds the others and gives them their roles in Settings.
      </Text>
      {failure !== null && (
        <Alert color="red" icon={<IconAlertCircle />} title="The account was not created" role="alert">
          {failure.message}
        </Alert>
      )}
      <form noValidate aria-label="Create the administrator account" onSubmit={form.onSubmit(submit)}>
        <Stack>
          <TextInput
            ref={firstField}
            label="Username"
            description="What you type to sign in: letters, digits, dots, dashes"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            withAsterisk
            {...form.getInputProps('username')}
          />
          <TextInput
            label="Full name"
            description="Shown on what you record and approve"
            autoComplete="name"
            withAsterisk
            {...form.getInputProps('displayName')}
          />
          <PasswordInput
            label="Password"
            description={`At least ${passwordLengthMin} characters`}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Repeat password"
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('repeatPassword')}
          />
          <Button type="submit" loading={busy}>
            Create administrator and sign in
          </Button>
        </Stack>
      </form>
    </SignInFrame>
  );
}
