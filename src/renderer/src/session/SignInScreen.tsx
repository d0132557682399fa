import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconInfoCircle, IconLock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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

/** The key of each end's title under signIn.endedTitles. */
const endedTitleKeys = {
  signed_out: 'signedOut',
  session_expired: 'sessionExpired',
  user_disabled: 'userDisabled',
  password_change_required: 'passwordChangeRequired',
  setup_required: 'setupRequired',
} as const satisfies Record<SessionEndReason, string>;

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
  const { t } = useTranslation('session');
  const client = useClient();
  const firstField = useFocusOnMount<HTMLInputElement>();
  const required = (value: string) => (value.trim() === '' ? t('signIn.errors.required') : null);
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
    <SignInFrame title={t('signIn.title')} subtitle={workspace.distributorName}>
      {ended !== null && failure === null && (
        <Alert
          color="orange"
          icon={<IconLock />}
          title={t(`signIn.endedTitles.${endedTitleKeys[ended.reason]}`)}
          data-testid="session-ended"
        >
          {ended.message}
        </Alert>
      )}
      {demoSignIn !== null && (
        <Alert color="blue" icon={<IconInfoCircle />} data-testid="demo-accounts">
          {t('signIn.demo', {
            usernames: listInWords(demoSignIn.usernames, t),
            password: demoSignIn.password,
          })}
        </Alert>
      )}
      {failure !== null && (
        <Alert color="red" icon={<IconAlertCircle />} title={t('signIn.failed')} role="alert">
          {failure.message}
        </Alert>
      )}
      <form noValidate aria-label={t('signIn.formLabel')} onSubmit={form.onSubmit(submit)}>
        <Stack>
          <TextInput
            ref={firstField}
            label={t('signIn.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </SignInFrame>
  );
}

/** `a, b or c`, as a sentence reads a short list. */
function listInWords(items: readonly string[], t: TFunction<'session'>): string {
  if (items.length <= 1) return items.join('');
  return t('signIn.listOr', { init: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' });
}
