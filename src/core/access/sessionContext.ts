import type { OperationDefinition, OperationName } from '../../contract/operations';
import type { Transport } from '../../contract/permissions';
import { AppError } from '../appError';
import type { Workspace } from '../workspace/workspace';
import { anonymousCaller, type CallContext } from './callContext';
import type { SessionBook } from './sessionBook';
import { rolesOf } from './userDirectory';

/** A call from a transport where people sign in (the desktop window, browser mode, `--user`). */
export interface SessionCaller {
  readonly transport: Transport;
  readonly sessionToken: string | null;
}

function signInAgain(reason: string, message: string): AppError {
  return new AppError('unauthenticated', message, { reason });
}

/**
 * Who a session caller is, checked on every call: the user is read again each time, so disabling
 * someone or changing their roles takes effect on their next click, not their next sign-in.
 * Public operations answer anyone; they see the user when the session is live, without using it.
 */
export function sessionContext(
  workspace: Workspace | null,
  sessions: SessionBook,
  name: OperationName,
  definition: OperationDefinition,
  caller: SessionCaller,
): CallContext {
  const anonymous = anonymousCaller(caller.transport, caller.sessionToken);
  if (workspace === null) {
    if (definition.permission === 'public') return anonymous;
    throw new AppError('workspace_unavailable', 'No workspace is open; create or open one first.', {
      reason: 'no_workspace_open',
    });
  }
  const isPublic = definition.permission === 'public';
  if (!isPublic && !workspace.users.anyExist()) {
    throw signInAgain(
      'setup_required',
      'This workspace has no users yet: create its administrator account first.',
    );
  }
  const idleMinutes = workspace.settings.get().sessionIdleMinutes;
  const found = sessions.lookUp(
    caller.sessionToken,
    workspace.clock(),
    idleMinutes * 60_000,
    !isPublic && definition.passive !== true,
    !isPublic,
  );
  if (found.state !== 'live') {
    if (isPublic) return anonymous;
    throw found.state === 'expired'
      ? signInAgain(
          'session_expired',
          `Your session locked after ${idleMinutes} minutes without use: sign in again to go on.`,
        )
      : signInAgain('signed_out', 'Sign in to go on.');
  }
  const user = workspace.users.byId(found.userId);
  if (user === undefined || user.disabled_at !== null) {
    sessions.endAllOf(found.userId);
    if (isPublic) return anonymous;
    throw signInAgain('user_disabled', 'Your account has been disabled; ask an administrator.');
  }
  if (!isPublic && user.must_change_password === 1 && name !== 'auth.changePassword') {
    throw signInAgain(
      'password_change_required',
      'Your password was reset: choose a new one before anything else.',
    );
  }
  return {
    transport: caller.transport,
    sessionToken: caller.sessionToken,
    actor: { userId: user.id, displayName: user.display_name, roles: rolesOf(user) },
    branchCode: user.branch_code,
  };
}
