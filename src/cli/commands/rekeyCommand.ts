import type { Command } from 'commander';
import { AppError } from '../../core/appError';
import { readPassphraseFile } from '../../core/workspace/passphraseFile';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { withWorkspace } from '../withWorkspace';

/** Where `rekey` finds the new passphrase: an environment variable keeps it out of shell history. */
export const newKeyVariable = 'AIRLEDGER_NEW_DB_KEY';

/** `airledger rekey`: the workspace's database key becomes the passphrase from --new-key-file or $AIRLEDGER_NEW_DB_KEY. */
export function rekeyCommand(program: Command, run: CommandRunner): void {
  program
    .command('rekey')
    .description(
      `change the database key: the new passphrase comes from --new-key-file or $${newKeyVariable} (the current one from $AIRLEDGER_DB_KEY or --key-file)`,
    )
    .option('--new-key-file <file>', 'file whose first line is the new passphrase')
    .action(
      run(async (globals: GlobalOptions, options: { newKeyFile?: string }) => {
        const newPassphrase =
          options.newKeyFile === undefined
            ? process.env[newKeyVariable]
            : await readPassphraseFile(options.newKeyFile);
        if (newPassphrase === undefined || newPassphrase === '') {
          throw new AppError(
            'bad_input',
            `rekey needs the new passphrase: set ${newKeyVariable} or pass --new-key-file.`,
            { reason: 'new_passphrase_missing' },
          );
        }
        return withWorkspace(globals, async ({ call }) => {
          const status = await call('workspace.status', {});
          const result = await call('workspace.rekey', {
            newPassphrase,
            newPassphraseRepeated: newPassphrase,
          });
          const dataDir = status.state === 'open' ? status.workspace.dataDir : (globals.dataDir ?? '');
          printResult(
            globals,
            result,
            `Changed the database key of the workspace at ${dataDir}. ${result.keyStorage}`,
          );
          return exitCode.success;
        });
      }),
    );
}
