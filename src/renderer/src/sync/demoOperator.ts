import type { OperatorConnectionView } from '../../../contract/operatorSchemas';

/** How the core connects the demo operator that runs inside the app ("Use the demo operator"). */
const demoOperatorId = 'sandbox';
const demoOperatorName = 'Demo operator (sandbox)';

/**
 * The demo operator inside the app, as the connection shows it: its id and name together, since a
 * real sandbox elsewhere may be given the id `sandbox` too and cannot be given a demo network.
 */
export function isDemoOperator(connection: Pick<OperatorConnectionView, 'id' | 'name'>): boolean {
  return connection.id === demoOperatorId && connection.name === demoOperatorName;
}
