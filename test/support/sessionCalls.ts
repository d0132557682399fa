import type { OperationInput, OperationName, OperationOutput } from '../../src/contract/operations';
import type { Role } from '../../src/contract/permissions';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';

/** Calls through a signed-in transport, the way the desktop window and browser mode call. */
export function sessionCalls(core: AirledgerCore, transport: 'http' | 'ipc' = 'http') {
  const raw = (name: OperationName, input: unknown, sessionToken: string | null) =>
    core.callInSession(name, input, { transport, sessionToken });
  return {
    async call<N extends OperationName>(
      sessionToken: string | null,
      name: N,
      input: OperationInput<N>,
    ): Promise<OperationOutput<N>> {
      const result = await raw(name, input, sessionToken);
      if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
      return result.value as OperationOutput<N>;
    },
    async refusal(sessionToken: string | null, name: OperationName, input: unknown) {
      const result = await raw(name, input, sessionToken);
      if (result.ok) throw new Error(`${name} was accepted`);
      return result.error;
    },
    async signIn(username: string, password: string): Promise<string> {
      const result = await raw('auth.signIn', { username, password }, null);
      if (!result.ok) throw new Error(`sign-in of ${username} refused: ${result.error.message}`);
      return (result.value as { sessionToken: string }).sessionToken;
    },
  };
}

/**
 * A workspace's administrator set up over a signed-in transport, and a helper that adds a user and
 * returns their session once they have chosen their own password.
 */
export async function signedInTeam(core: AirledgerCore) {
  const calls = sessionCalls(core);
  const { sessionToken: admin } = await calls.call(null, 'auth.setUp', {
    username: 'ada',
    displayName: 'Ada Diallo',
    password: 'baobab-at-dawn-42',
  });
  const addUser = async (username: string, displayName: string, roles: Role[]): Promise<string> => {
    await calls.call(admin, 'users.create', {
      username,
      displayName,
      roles,
      temporaryPassword: `temporary-${username}`,
    });
    const session = await calls.signIn(username, `temporary-${username}`);
    await calls.call(session, 'auth.changePassword', {
      currentPassword: `temporary-${username}`,
      newPassword: `green-mango-season-${username.length}`,
    });
    return session;
  };
  return { calls, admin, addUser };
}
