import { ContractCallError } from '../../../contract/contractError';

/** Whatever a call threw, as the contract's error the alerts know how to show. */
export function asContractError(caught: unknown): ContractCallError {
  return caught instanceof ContractCallError
    ? caught
    : new ContractCallError({ code: 'internal', message: String(caught) });
}
