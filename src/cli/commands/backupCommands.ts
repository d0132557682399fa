import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { BackupManifest } from '../../contract/workspaceSecretSchemas';
import { AppError } from '../../core/appError';
import type { DatabaseKey } from '../../core/workspace/databaseKey';
import { envKeyProvider } from '../../core/workspace/envKeyProvider';
import { defaultWorkspaceDir, userDataFolder } from '../../core/workspace/userDataFolder';
import { databasePath } from '../../core/workspace/workspace';
import { removePartialBackups } from '../../core/workspace/workspaceBackup';
import { restoreWorkspace } from '../../core/workspace/workspaceRestore';
import { createCliCore, type GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { migrationsFolder } from '../installPaths';
import { testClockFromEnvironment } from '../testClockOffset';

/** How often a progress line goes to stderr. */
const progressEveryMs = 1_000;

/** Prints "label: 42% (stage)" on stderr at most once a second, and never with --json. */
function progressPrinter(globals: GlobalOptions, label: string): (fraction: number, stage: string) => void {
  let printedAtMs = Number.NEGATIVE_INFINITY;
  return (fraction, stage) => {
    if (globals.json === true || Date.now() - printedAtMs < progressEveryMs) return;
    printedAtMs = Date.now();
    process.stderr.write(`${label}: ${Math.floor(fraction * 100)}% (${stage})\n`);
  };
}

/** A passphrase named by `--passphrase-env VAR`: the variable must be set. */
function passphraseFromVariable(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (value === undefined || value === '') {
    throw new AppError(
      'bad_input',
      `--passphrase-env ${variable}: the environment variable ${variable} is not set.`,
      {
        reason: 'passphrase_missing',
      },
    );
  }
  return value;
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

function describeSource(manifest: BackupManifest): string {
  return `${manifest.source.distributorName}, schema ${manifest.schemaVersion}, made ${manifest.createdAt} by Airledger ${manifest.appVersion}`;
}

/** `airledger backup --out FILE`: an encrypted, consistent snapshot of the workspace, with progress on stderr. */
export function backupCommand(program: Command, run: CommandRunner): void {
  program
    .command('backup')
    .description(
      'write an encrypted backup of the workspace (with its passphrase, or one of its own from --passphrase-env); nothing is written in clear; Ctrl-C cancels it',
    )
    .requiredOption('--out <file>', 'the backup file to write (it must not exist)')
    .option('--passphrase-env <variable>', "environment variable holding the backup's own passphrase")
    .action(
      run(async (globals: GlobalOptions, options: { out: string; passphraseEnv?: string }) => {
        const passphrase = passphraseFromVariable(options.passphraseEnv);
        const destination = resolve(options.out);
        const progress = progressPrinter(globals, 'Backing up');
        const { core, call } = await createCliCore(globals, {
          onProgress: (_task, fraction, stage) => progress(fraction, stage),
        });
        // Ctrl-C: the snapshot stops with the process; its partial file (ciphertext) is removed.
        const onInterrupt = () => {
          void removePartialBackups(destination).finally(() => {
            process.stderr.write(
              `airledger: the backup was cancelled; nothing was written to ${options.out}.\n`,
            );
            process.exit(exitCode.refused);
          });
        };
        process.once('SIGINT', onInterrupt);
        try {
          await call('workspace.open', globals.dataDir === undefined ? {} : { dataDir: globals.dataDir });
          const backup = await call('workspace.backup', {
            destination,
            ...(passphrase === undefined ? {} : { passphrase, passphraseRepeated: passphrase }),
          });
          printResult(
            globals,
            backup,
            [
              `Wrote an encrypted backup to ${options.out} (${megabytes(backup.sizeBytes)}): ${describeSource(backup.manifest)}.`,
              options.passphraseEnv === undefined
                ? "Restoring it needs this workspace's passphrase: airledger restore FILE."
                : `Restoring it needs the passphrase now in ${options.passphraseEnv}: airledger restore FILE --passphrase-env VARIABLE.`,
            ].join('\n'),
          );
          return exitCode.success;
        } finally {
          process.removeListener('SIGINT', onInterrupt);
          await core.close();
        }
      }),
    );
}

/**
 * `airledger restore FILE`: checks the backup (key, schema, ledger chain) before the workspace
 * folder changes at all, then puts it in place; the restored workspace opens with this command's
 * key (--key-file or $AIRLEDGER_DB_KEY), re-encrypted to it if the backup had its own passphrase.
 */
export function restoreCommand(program: Command, run: CommandRunner): void {
  program
    .command('restore')
    .description(
      'restore a backup into the workspace folder (--data-dir): checked first (key, schema, ledger chain), then swapped in whole; an existing workspace needs --force and is kept as airledger.db.before-restore-<time>',
    )
    .argument('<file>', 'the backup file')
    .option(
      '--passphrase-env <variable>',
      "environment variable holding the backup's own passphrase, if it has one",
    )
    .option('--force', 'replace the workspace that is there (kept beside, renamed)')
    .action(
      run(
        async (globals: GlobalOptions, options: { passphraseEnv?: string; force?: boolean }, positionals) => {
          const backupFile = resolve(positionals[0] ?? '');
          const dataDir = resolve(globals.dataDir ?? defaultWorkspaceDir(userDataFolder()));
          const backupPassphrase = passphraseFromVariable(options.passphraseEnv);
          const provider = await envKeyProvider({ keyFile: globals.keyFile });
          const workspaceKey = existsSync(databasePath(dataDir))
            ? await provider.keyForExistingWorkspace(dataDir)
            : await provider.keyForNewWorkspace(dataDir);
          const backupKey: DatabaseKey =
            backupPassphrase === undefined
              ? workspaceKey
              : { kind: 'passphrase', passphrase: backupPassphrase };
          const progress = progressPrinter(globals, 'Restoring');
          const clock = testClockFromEnvironment().now;
          const restored = await restoreWorkspace({
            backupFile,
            dataDir,
            backupKey,
            backupKeySource:
              options.passphraseEnv === undefined
                ? provider.source
                : `the ${options.passphraseEnv} environment variable`,
            workspaceKey,
            migrationsFolder: migrationsFolder(),
            force: options.force === true,
            now: clock === undefined ? Date.now : () => clock().getTime(),
            onProgress: (step) =>
              progress(step.bytesTotal === 0 ? 1 : step.bytesDone / step.bytesTotal, step.stage),
          });
          // Opened the way every command opens it: migrations of an older backup apply here.
          const { core, call } = await createCliCore({ ...globals, dataDir });
          try {
            const status = await call('workspace.open', { dataDir });
            const summary = status.state === 'open' ? status.workspace : null;
            printResult(
              globals,
              {
                dataDir,
                manifest: restored.manifest,
                previousKeptAs: restored.previousKeptAs,
                ledger: restored.ledger,
              },
              [
                `Restored ${restored.manifest === null ? 'a copy of a workspace' : describeSource(restored.manifest)} into ${dataDir}.`,
                `  Ledger chain verified: ${restored.ledger.entriesChecked} entries, ${restored.ledger.transfersChecked} transfers; schema ${summary?.schemaVersion ?? restored.schemaVersion} now.`,
                ...(restored.previousKeptAs === null
                  ? []
                  : [`  The workspace it replaced is kept as ${restored.previousKeptAs}.`]),
              ].join('\n'),
            );
            return exitCode.success;
          } finally {
            await core.close();
          }
        },
      ),
    );
}
