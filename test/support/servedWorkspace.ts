import { join } from 'node:path';
import type { OperatorSandbox } from '../../src/core/operatorSandbox/startOperatorSandbox';
import { runCli, startServe } from './builtApp';
import { type LoopbackContract, loopbackContract } from './loopbackContract';
import { sandboxConnectionSettings } from './operatorWorld';
import { testPassphrase } from './testCore';

export interface ServedWorkspace {
  serve: Awaited<ReturnType<typeof startServe>>;
  contract: LoopbackContract;
}

/** A new XOF workspace made by `airledger init` in `folder`, then served in browser mode. */
export async function serveNewWorkspace(folder: string): Promise<ServedWorkspace> {
  const key = { AIRLEDGER_DB_KEY: testPassphrase };
  const dataDir = join(folder, 'ws');
  const init = runCli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF'], key);
  if (init.status !== 0) throw new Error(`airledger init failed: ${init.stderr}`);
  const serve = await startServe(['--data-dir', dataDir], key);
  return { serve, contract: loopbackContract(serve.url) };
}

/** Connects a workspace to a sandbox over the contract, as a clerk's form would. */
export async function connectSandboxOverContract(
  contract: LoopbackContract,
  sandbox: OperatorSandbox,
): Promise<void> {
  const { apiKey: _noApiKey, ...settings } = sandboxConnectionSettings(sandbox);
  await contract.call('operator.connect', settings);
}

/** One sync over the contract, waiting up to `settleWithinMs` for what it sends to be confirmed. */
export async function syncOverContract(contract: LoopbackContract, settleWithinMs = 5_000): Promise<void> {
  const cycle = await contract.call('sync.run', { wait: true, settleWithinMs });
  if (cycle?.outcome !== 'completed') throw new Error(`the sync ${cycle?.outcome ?? 'did not run'}`);
}
