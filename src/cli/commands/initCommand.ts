import type { Command } from 'commander';
import { createCliCore, type GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';

export function initCommand(program: Command, run: CommandRunner): void {
  program
    .command('init')
    .description('create a new encrypted workspace in --data-dir')
    .option('--name <distributor>', "the distributor's name", 'My distribution company')
    .option('--currency <code>', 'base currency (ISO 4217)', 'USD')
    .action(
      run(async (globals: GlobalOptions, options: { name: string; currency: string }) => {
        const { core, call } = await createCliCore(globals);
        try {
          const status = await call('workspace.create', {
            ...(globals.dataDir === undefined ? {} : { dataDir: globals.dataDir }),
            distributorName: options.name,
            baseCurrency: options.currency,
          });
          if (status.state !== 'open') throw new Error('workspace.create returned a closed workspace');
          const w = status.workspace;
          printResult(
            globals,
            w,
            `Created an encrypted workspace for ${w.distributorName} (${w.baseCurrency}) at ${w.dataDir}, schema ${w.schemaVersion}.`,
          );
          return exitCode.success;
        } finally {
          await core.close();
        }
      }),
    );
}
