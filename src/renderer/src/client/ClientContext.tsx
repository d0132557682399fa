import { createContext, type ReactNode, useContext } from 'react';
import type { AirledgerClient } from './contractClient';

const ClientContext = createContext<AirledgerClient | null>(null);

export function ClientProvider({ client, children }: { client: AirledgerClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The contract client for this window; the only way the renderer reaches the core. */
export function useClient(): AirledgerClient {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient outside ClientProvider');
  return client;
}
