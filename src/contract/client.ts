import type { OperationInput, OperationName, OperationOutput } from './operations';

/**
 * The one interface the renderer (and any other client) talks through. Each transport provides an
 * implementation; failures reject with a ContractCallError.
 */
export interface ContractClient {
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
}
