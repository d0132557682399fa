import type { Role, Transport } from '../../contract/permissions';

/** Who is calling, and through which transport. Every core call carries one. */
export interface CallContext {
  readonly transport: Transport;
  readonly actor: { readonly userId: string; readonly displayName: string; readonly roles: readonly Role[] };
  /** The session token the call came with, when it came through a signed-in transport. */
  readonly sessionToken?: string | null;
  /** A partner-office user's branch (a sub-distributor's code): they reach nothing outside it. */
  readonly branchCode?: string | null;
}

/**
 * Whoever holds the database key outside the UI (the CLI, a test): knowing the key already opens
 * every byte of the workspace, so user accounts add nothing there. The CLI can still act as a named
 * user with `--user`, which maker-checker and the records then see.
 */
export function keyHolder(transport: 'cli' | 'test'): CallContext {
  return {
    transport,
    actor: { userId: 'key-holder', displayName: 'Database key holder', roles: ['administrator'] },
  };
}

/** A caller not (or no longer) signed in: public operations only. */
export function anonymousCaller(transport: Transport, sessionToken: string | null): CallContext {
  return {
    transport,
    sessionToken,
    actor: { userId: 'anonymous', displayName: 'Someone not signed in', roles: [] },
  };
}
