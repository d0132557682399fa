import type { ContractErrorBody } from '../contract/contractError';
import {
  type OperationInput,
  type OperationName,
  type OperationOutput,
  operations,
} from '../contract/operations';
import { type CallContext, keyHolder } from '../core/access/callContext';
import type { SessionCaller } from '../core/access/sessionContext';
import { AirledgerCore } from '../core/app/airledgerCore';
import type { CoreOptions } from '../core/app/coreOptions';
import { errorDetail, errorMessage, redactSecrets } from '../core/secrets/logRedaction';
import type { MovedSettlementExport } from '../core/settlements/settlementExportJobs';
import { envKeyProvider } from '../core/workspace/envKeyProvider';
import { defaultWorkspaceDir, userDataFolder } from '../core/workspace/userDataFolder';
import { appVersion, migrationsFolder } from './installPaths';
import { testClockFromEnvironment } from './testClockOffset';

export interface GlobalOptions {
  dataDir?: string;
  keyFile?: string;
  json?: boolean;
  /** Act as this workspace user (password from $AIRLEDGER_PASSWORD) rather than as the key holder. */
  user?: string;
}

/** Where `--user` finds its password: an environment variable keeps it out of shell history. */
export const passwordVariable = 'AIRLEDGER_PASSWORD';

/** A failed call, carried to the command runner, which prints it and picks the exit code. */
export class CliCallError extends Error {
  constructor(readonly body: ContractErrorBody) {
    super(body.message);
  }
}

/** The core as the CLI hosts it: key from --key-file or AIRLEDGER_DB_KEY, workspace from --data-dir. */
export async function createCliCore(
  options: GlobalOptions,
  {
    keyFileFollowsRotation,
    ...host
  }: {
    syncEveryMs?: number;
    checkpointInBackground?: boolean;
    onProgress?: CoreOptions['onProgress'];
    /** Browser mode: a change of key made in the app writes the new passphrase into --key-file. */
    keyFileFollowsRotation?: boolean;
  } = {},
) {
  const keyProvider = await envKeyProvider({
    keyFile: options.keyFile,
    keyFileFollowsRotation: keyFileFollowsRotation === true,
  });
  const core = new AirledgerCore({
    defaultDataDir: options.dataDir ?? defaultWorkspaceDir(userDataFolder()),
    keyProvider,
    migrationsFolder: migrationsFolder(),
    appVersion: appVersion(),
    platform: process.platform,
    ...testClockFromEnvironment(),
    ...host,
    onBackgroundError: (task, error) => {
      process.stderr.write(`airledger: background ${task} failed: ${redactSecrets(errorMessage(error))}\n`);
    },
  });
  core.onInternalError = (operation, error) => {
    process.stderr.write(`airledger: internal error in ${operation}: ${redactSecrets(errorDetail(error))}\n`);
  };
  // With --user, the first call that needs a person signs in; the session lasts as long as the command.
  let sessionToken: string | null = null;
  const signIn = async (username: string): Promise<string> => {
    const password = process.env[passwordVariable];
    if (password === undefined || password === '') {
      throw new CliCallError({
        code: 'bad_input',
        message: `--user ${username} needs that user's password in ${passwordVariable}.`,
      });
    }
    const result = await core.call('auth.signIn', { username, password }, keyHolder('cli'));
    if (!result.ok) throw new CliCallError(result.error);
    return (result.value as { sessionToken: string }).sessionToken;
  };
  /** Who the core sees: the key holder, or with --user that user's session. */
  const callerFor = async (name: OperationName): Promise<CallContext | SessionCaller> => {
    const user = options.user;
    if (user === undefined) return keyHolder('cli');
    if (sessionToken === null && operations[name].permission !== 'public') sessionToken = await signIn(user);
    return { transport: 'cli', sessionToken };
  };
  const call = async <N extends OperationName>(
    name: N,
    input: OperationInput<N>,
  ): Promise<OperationOutput<N>> => {
    const caller = await callerFor(name);
    const result =
      'actor' in caller
        ? await core.call(name, input, caller)
        : await core.callInSession(name, input, caller);
    if (!result.ok) throw new CliCallError(result.error);
    return result.value as OperationOutput<N>;
  };
  /** Moves a finished settlement export's workbook to `destination` (no bytes through the contract). */
  const moveSettlementExport = async (jobId: string, destination: string): Promise<MovedSettlementExport> => {
    const result = await core.moveSettlementExport(
      jobId,
      destination,
      await callerFor('settlements.exportFile'),
    );
    if (!result.ok) throw new CliCallError(result.error);
    return result.value;
  };
  return { core, call, moveSettlementExport };
}
