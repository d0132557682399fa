import type { Role, Transport } from '../../contract/permissions';

/** Who is calling, and through which transport. Every core call carries one. */
export interface CallContext {
  readonly transport: Transport;
  readonly actor: { readonly userId: string; readonly displayName: string; readonly roles: readonly Role[] };
}

/**
 * Until user accounts exist (the access-control issue), the person at the machine acts as the
 * workspace administrator on every transport. Transports authenticate the caller first.
 */
export function localAdministrator(transport: Transport): CallContext {
  return {
    transport,
    actor: { userId: 'local', displayName: 'Local administrator', roles: ['administrator'] },
  };
}
