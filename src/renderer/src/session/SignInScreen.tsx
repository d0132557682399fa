import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconInfoCircle, IconLock } from '@tabler/icons-react';
import type { SignInResult } from '../../../contract/userSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import type { SessionEnd, SessionEndReason } from '../client/sessionEnd';
import { useSubmission } from '../client/useSubmission';
import { SignInFrame } from './SignInFrame';
import { useFocusOnMount } from './useFocusOnMount';

interface SignInValues {
  username: string;
  password: string;
}

const endedTitles: Record<SessionEndReason, string> = {
  signed_out: 'Signed out',
  session_expired: 'Session locked',
  user_disabled: 'Account disabled',
  password_change_required: 'New password needed',
  setup_required: 'No accounts yet',
};

const required = (value: string) => (value.trim() === '' ? 'is required' : null);

/**
 * Username and password. A refusal (wrong password, a lock-out after repeated failures, a disabled
 * account) is said in the core's words; `ended` says why a session that was open is gone.
 */
export function SignInScreen({
  workspace,
  demoSignIn,
  ended,
  onSignedIn,
}: {
  workspace: WorkspaceSummary;
  /** The demo workspace's published password for its sample users; null elsewhere. */
  demoSignIn: { usernames: string[]; password: string } | null;
  ended: SessionEnd | null;
  onSignedIn: (result: SignInResult) => void;
}) {
  const client = useClient();
  const firstField = useFocusOnMount<HTMLInputElement>();
  const form = useForm<SignInValues>({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: { username: required, password: required },
  });
  const { busy, failure, run } = useSubmission();

  const submit = (values: SignInValues) =>
    run(async () => {
      try {
        onSignedIn(await client.call('auth.signIn', values));
      } catch (caught) {
        // The next attempt starts from an empty password, as sign-in forms do.
        form.setFieldValue('password', '');
        throw caught;
      }
    });

  return (
    <SignInFrame title="Sign in" subtitle={workspace.distributorName}>
      {ended !== null && failure === null && (
        <Alert
          color="orange"
          icon={<IconLock />}
          title={endedTitles[ended.reason]}
          data-testid="session-ended"
        >
          {ended.message}
        </Alert>
      )}
      {demoSignIn !== null && (
        <Alert color="blue" icon={<IconInfoCircle />} data-testid="demo-accounts">
          {`Demo workspace: sign in as ${listInWords(demoSignIn.usernames)} with the password ${demoSignIn.password}`}
        </Alert>
      )}
      {failure !== null && (
        <Alert color="red" icon={<IconAlertCircle />} title="Not signed in" role="alert">
          {failure.message}
        </Alert>
      )}
      <form noValidate aria-label="Sign in" onSubmit={form.onSubmit(submit)}>
        <Stack>
          <TextInput
            ref={firstField}
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Stack>
      </form>
    </SignInFrame>
  );
}

/** `a, b or c`, as a sentence reads a short list. */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
