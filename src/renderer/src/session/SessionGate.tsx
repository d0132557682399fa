import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ContractCallError } from '../../../contract/contractError';
import type { AuthStatus, SignedInUser, SignInResult } from '../../../contract/userSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import type { SessionEnd, SessionEndReason } from '../client/sessionEnd';
import { ChangePasswordScreen } from './ChangePasswordScreen';
import { CurrentUserProvider } from './CurrentUserContext';
import { SetUpAdministratorScreen } from './SetUpAdministratorScreen';
import { SignInScreen } from './SignInScreen';

/** Ends after which nobody is signed in on this window; the others still have a user to show a screen to. */
const userGoneReasons: ReadonlySet<SessionEndReason> = new Set([
  'signed_out',
  'session_expired',
  'user_disabled',
]);

/**
 * Between an open workspace and the app: creates the first administrator, signs people in, makes
 * a reset password be replaced, then renders the app for the signed-in user. When a call finds the
 * session gone (an idle lock, a disabled account) it returns here; the hash route is left as it
 * was, so signing in again lands where the user was.
 */
export function SessionGate({ workspace, children }: { workspace: WorkspaceSummary; children: ReactNode }) {
  const { t } = useTranslation(['session', 'common']);
  const client = useClient();
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<AuthStatus>();
  const [failure, setFailure] = useState<ContractCallError>();
  const [ended, setEnded] = useState<SessionEnd | null>(null);
  // Only the latest read may set the status: an answer from before a sign-in must not undo it.
  const latestRead = useRef(0);

  const readStatus = useCallback(async () => {
    latestRead.current += 1;
    const read = latestRead.current;
    try {
      const next = await client.call('auth.status', {});
      if (read !== latestRead.current) return;
      // A token the core no longer honours is dropped, so the next sign-in starts clean.
      if (next.user === null) client.setSessionToken(null);
      setStatus(next);
      setFailure(undefined);
    } catch (caught) {
      if (read === latestRead.current) setFailure(asContractError(caught));
    }
  }, [client]);

  const showUser = useCallback((user: SignedInUser | null) => {
    latestRead.current += 1;
    setStatus((previous) =>
      previous === undefined ? previous : { ...previous, setupRequired: false, user },
    );
  }, []);

  useEffect(() => {
    void readStatus();
  }, [readStatus]);

  useEffect(
    () =>
      client.onSessionEnded((end) => {
        // Calls in flight when a session locks come back refused too, as from nobody signed in:
        // they must not replace the reason the session ended (its idle lock) with "Signed out".
        setEnded((previous) => (previous !== null && end.reason === 'signed_out' ? previous : end));
        if (userGoneReasons.has(end.reason)) {
          // The app goes at once rather than after one more round trip of refused calls.
          client.setSessionToken(null);
          showUser(null);
        }
        void readStatus();
      }),
    [client, readStatus, showUser],
  );

  const signedIn = useCallback(
    (result: SignInResult) => {
      client.setSessionToken(result.sessionToken);
      setEnded(null);
      showUser(result.user);
    },
    [client, showUser],
  );

  const signOut = useCallback(async () => {
    showUser(null);
    try {
      await client.call('auth.signOut', {});
    } catch (caught) {
      notifications.show({
        color: 'orange',
        title: t('gate.signOutUnconfirmed.title'),
        message: t('gate.signOutUnconfirmed.message', { reason: asContractError(caught).message }),
      });
    }
    client.setSessionToken(null);
    setEnded(null);
    // Whoever signs in next starts from the dashboard, not from the last person's screen.
    navigate('/');
  }, [client, navigate, showUser, t]);

  if (status === undefined) {
    return (
      <Center mih="100vh" p="md">
        {failure === undefined ? (
          <Loader />
        ) : (
          <Alert color="red" icon={<IconAlertCircle />} title={t('gate.unknownUser')} maw={520}>
            <Stack gap="xs" align="flex-start">
              {failure.message}
              <Button size="xs" variant="light" color="red" onClick={() => void readStatus()}>
                {t('common:actions.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
      </Center>
    );
  }
  if (status.setupRequired) return <SetUpAdministratorScreen workspace={workspace} onSignedIn={signedIn} />;
  if (status.user === null) {
    return (
      <SignInScreen
        workspace={workspace}
        demoSignIn={status.demoSignIn}
        ended={ended}
        onSignedIn={signedIn}
      />
    );
  }
  if (status.user.mustChangePassword) {
    return <ChangePasswordScreen user={status.user} onChanged={showUser} onSignOut={() => void signOut()} />;
  }
  return (
    <CurrentUserProvider user={status.user} signOut={signOut} replaceUser={showUser} reload={readStatus}>
      {children}
    </CurrentUserProvider>
  );
}
