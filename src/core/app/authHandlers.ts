import type { SignedInUser, SignInResult } from '../../contract/userSchemas';
import type { CallContext } from '../access/callContext';
import { permissionsOf } from '../access/rolePermissions';
import { rolesOf, type UserRow } from '../access/userDirectory';
import { AppError } from '../appError';
import { demoSignIn } from '../demo/demoAccounts';
import type { Workspace } from '../workspace/workspace';
import type { CoreState, Handler } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

function signedInUser(row: UserRow): SignedInUser {
  const roles = rolesOf(row);
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    permissions: permissionsOf(roles),
    mustChangePassword: row.must_change_password === 1,
    branchCode: row.branch_code,
  };
}

function startSession(
  state: CoreState,
  workspace: Workspace,
  row: UserRow,
  previous: string | null | undefined,
): SignInResult {
  // Signing in on a tab that had a session replaces it rather than leaving it live.
  state.sessions.end(previous ?? null);
  return { sessionToken: state.sessions.open(row.id, workspace.clock()), user: signedInUser(row) };
}

/** The signed-in user behind a call, or a refusal for callers with no account (the key holder). */
function sessionUser(workspace: Workspace, context: CallContext): UserRow {
  const row = context.sessionToken ? workspace.users.byId(context.actor.userId) : undefined;
  if (row === undefined) {
    throw new AppError('business_rule', `${context.actor.displayName} has no user account here to change.`, {
      reason: 'no_user_account',
    });
  }
  return row;
}

export const authHandlers: {
  'auth.status': Handler<'auth.status'>;
  'auth.setUp': Handler<'auth.setUp'>;
  'auth.signIn': Handler<'auth.signIn'>;
  'auth.signOut': Handler<'auth.signOut'>;
  'auth.changePassword': Handler<'auth.changePassword'>;
  'users.list': Handler<'users.list'>;
  'users.create': Handler<'users.create'>;
  'users.update': Handler<'users.update'>;
  'users.resetPassword': Handler<'users.resetPassword'>;
} = {
  'auth.status': (state, _input, context) => {
    const workspace = requireWorkspace(state);
    const row = context.sessionToken ? workspace.users.byId(context.actor.userId) : undefined;
    return {
      setupRequired: !workspace.users.anyExist(),
      user: row === undefined ? null : signedInUser(row),
      sessionIdleMinutes: workspace.settings.get().sessionIdleMinutes,
      demoSignIn: demoSignIn(workspace),
    };
  },

  'auth.setUp': async (state, input, context) => {
    const workspace = requireWorkspace(state);
    const row = await workspace.users.setUpAdministrator(input);
    return startSession(state, workspace, row, context.sessionToken);
  },

  'auth.signIn': async (state, input, context) => {
    const workspace = requireWorkspace(state);
    const row = await workspace.users.signIn(input.username, input.password);
    return startSession(state, workspace, row, context.sessionToken);
  },

  'auth.signOut': (state, _input, context) => {
    state.sessions.end(context.sessionToken ?? null);
    return { signedOut: true as const };
  },

  'auth.changePassword': async (state, input, context) => {
    const workspace = requireWorkspace(state);
    const row = sessionUser(workspace, context);
    return signedInUser(
      await workspace.users.changePassword(row.id, input.currentPassword, input.newPassword),
    );
  },

  'users.list': (state) => requireWorkspace(state).users.list(),

  'users.create': (state, input, context) => requireWorkspace(state).users.create(input, context.actor),

  'users.update': (state, input, context) => {
    const user = requireWorkspace(state).users.update(input, context.actor);
    if (user.state === 'disabled') state.sessions.endAllOf(user.id);
    return user;
  },

  'users.resetPassword': async (state, input) => {
    const user = await requireWorkspace(state).users.resetPassword(input);
    state.sessions.endAllOf(user.id);
    return user;
  },
};
