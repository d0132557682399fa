import type { ContractErrorBody } from '../contract/contractError';
import type { OperationInput, OperationName, OperationOutput } from '../contract/operations';
import { localAdministrator } from '../core/access/callContext';
import { AirledgerCore } from '../core/app/airledgerCore';
import { envKeyProvider } from '../core/workspace/envKeyProvider';
import { defaultWorkspaceDir, userDataFolder } from '../core/workspace/userDataFolder';
import { appVersion, migrationsFolder } from './installPaths';

export interface GlobalOptions {
  dataDir?: string;
  keyFile?: string;
  json?: boolean;
}

/** A failed call, carried to the command runner, which prints it and picks the exit code. */
export class CliCallError extends Error {
  constructor(readonly body: ContractErrorBody) {
    super(body.message);
  }
}

/** The core as the CLI hosts it: key from --key-file or AIRLEDGER_DB_KEY, workspace from --data-dir. */
export async function createCliCore(
  options: GlobalOptions,
  host: { syncEveryMs?: number; checkpointInBackground?: boolean } = {},
) {
  const keyProvider = await envKeyProvider({ keyFile: options.keyFile });
  const core = new AirledgerCore({
    defaultDataDir: options.dataDir ?? defaultWorkspaceDir(userDataFolder()),
    keyProvider,
    migrationsFolder: migrationsFolder(),
    appVersion: appVersion(),
    platform: process.platform,
    ...host,
    onBackgroundError: (task, error) => {
      process.stderr.write(
        `airledger: background ${task} failed: ${(error as Error)?.message ?? String(error)}\n`,
      );
    },
  });
  core.onInternalError = (operation, error) => {
    process.stderr.write(
      `airledger: internal error in ${operation}: ${(error as Error)?.stack ?? String(error)}\n`,
    );
  };
  const call = async <N extends OperationName>(
    name: N,
    input: OperationInput<N>,
  ): Promise<OperationOutput<N>> => {
    const result = await core.call(name, input, localAdministrator('cli'));
    if (!result.ok) throw new CliCallError(result.error);
    return result.value as OperationOutput<N>;
  };
  return { core, call };
}
