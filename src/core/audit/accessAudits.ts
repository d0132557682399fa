import type { AuditSubject } from '../../contract/auditSchemas';
import type { SignInResult } from '../../contract/userSchemas';
import type { AuditActorRecord } from './auditTrail';
import { changedFieldsText, type OperationAudits } from './operationAudit';

const user = (id: string): AuditSubject => ({ kind: 'user', id });

/** Who signed in: the user the session now belongs to (the call itself came from nobody yet). */
const signedIn = (output: SignInResult): AuditActorRecord => ({
  userId: output.user.id,
  displayName: output.user.displayName,
  roles: output.user.roles,
});

/** The workspace itself, signing in and out, and the users: passwords never reach the trail. */
export const accessAudits: OperationAudits = {
  'workspace.create': {
    summary: ({ output }) =>
      output.state === 'open'
        ? `Created the workspace ${output.workspace.distributorName} (${output.workspace.baseCurrency})`
        : 'Created a workspace',
  },
  'workspace.close': { summary: () => 'Closed the workspace' },
  'auth.setUp': {
    created: (output) => user(output.user.id),
    actor: signedIn,
    summary: ({ output }) => `Set up the administrator account ${output.user.username} and signed in`,
  },
  'auth.signIn': {
    created: (output) => user(output.user.id),
    actor: signedIn,
    attempt: (input) => `Sign-in as ${input.username}`,
    summary: ({ output }) => `Signed in as ${output.user.username}`,
  },
  'auth.signOut': {
    // Ending a session that is not live changes nothing: no one to name, nothing to record.
    skip: (context) => context.actor.roles.length === 0,
    summary: ({ context }) => `Signed out (${context.actor.displayName})`,
  },
  'auth.changePassword': {
    subject: (_input, _workspace, context) => user(context.actor.userId),
    attempt: () => 'Change of their own password',
    summary: () => 'Changed their own password',
  },
  'users.create': {
    created: (output) => user(output.id),
    summary: ({ output }) =>
      `Added the user ${output.username} (${output.displayName}) as ${output.roles.join(', ')}`,
  },
  'users.update': {
    subject: (input) => user(input.userId),
    summary: ({ output, before, after }) =>
      `Changed the user ${output.username}: ${changedFieldsText(before, after)}`,
  },
  'users.resetPassword': {
    subject: (input) => user(input.userId),
    summary: ({ output }) =>
      `Reset the password of ${output.username}: a temporary one, to change at the next sign-in`,
  },
};
