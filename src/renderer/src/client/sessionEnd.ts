import type { ContractErrorBody } from '../../../contract/contractError';

/** Why a call found no live session: each sends the window back to the session gate. */
export const sessionEndReasons = [
  'signed_out',
  'session_expired',
  'user_disabled',
  'password_change_required',
  'setup_required',
] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

export interface SessionEnd {
  reason: SessionEndReason;
  /** The core's sentence, e.g. how long the idle lock was, to show above the sign-in form. */
  message: string;
}

// Their refusals are about the credentials typed into their own form, which shows them; a wrong
// password there must not look like the session ending (sign-in's `user_disabled` included).
const credentialOperations: ReadonlySet<string> = new Set(['auth.signIn', 'auth.setUp']);

/** The session's end behind a refused call, or null when the refusal is about something else. */
export function sessionEndOf(operation: string, error: ContractErrorBody): SessionEnd | null {
  if (error.code !== 'unauthenticated' || credentialOperations.has(operation)) return null;
  const reason = sessionEndReasons.find((candidate) => candidate === error.reason);
  return reason === undefined ? null : { reason, message: error.message };
}
