import type { ContractErrorBody } from '../../src/contract/contractError';
import type { OperationInput, OperationName, OperationOutput } from '../../src/contract/operations';
import type { CallContext } from '../../src/core/access/callContext';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';

/** A call made as `context` (a person with a role) that must go through: its value. */
export async function callAs<N extends OperationName>(
  world: { core: AirledgerCore },
  context: CallContext,
  name: N,
  input: OperationInput<N>,
): Promise<OperationOutput<N>> {
  const result = await world.core.call(name, input, context);
  if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
  return result.value as OperationOutput<N>;
}

/** A call made as `context` that must be refused: the error body. */
export async function refusalAs(
  world: { core: AirledgerCore },
  context: CallContext,
  name: OperationName,
  input: unknown,
): Promise<ContractErrorBody> {
  const result = await world.core.call(name, input, context);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}
