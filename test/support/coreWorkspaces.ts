import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ContractErrorBody } from '../../src/contract/contractError';
import type { OperationInput, OperationName, OperationOutput } from '../../src/contract/operations';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';
import { temporaryFolders } from './temporaryFolder';
import { administrator, createTestCore } from './testCore';

/** A core with a fresh workspace, called as the administrator over no transport. */
export interface CoreWorkspace {
  core: AirledgerCore;
  /** Calls an operation; a refusal fails the test with its message. */
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
  /** Calls an operation that must be refused; returns the error body. */
  refusal<N extends OperationName>(name: N, input: OperationInput<N>): Promise<ContractErrorBody>;
}

/**
 * For a test file: a function that opens a core on a fresh workspace in `currency` (closed after
 * each test), named as the file's tests name their distributor.
 */
export function coreWorkspaces(): (currency?: string) => Promise<CoreWorkspace> {
  const newTemporaryFolder = temporaryFolders();
  const cores: AirledgerCore[] = [];
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
  });
  return async (currency = 'XOF') => {
    const core = createTestCore(join(newTemporaryFolder(), 'workspace'));
    cores.push(core);
    const call = async <N extends OperationName>(
      name: N,
      input: OperationInput<N>,
    ): Promise<OperationOutput<N>> => {
      const result = await core.call(name, input, administrator);
      if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
      return result.value as OperationOutput<N>;
    };
    const refusal = async <N extends OperationName>(name: N, input: OperationInput<N>) => {
      const result = await core.call(name, input, administrator);
      if (result.ok) throw new Error(`${name} was accepted`);
      return result.error;
    };
    await call('workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: currency });
    return { core, call, refusal };
  };
}
