import type { Command } from 'commander';
import { createCliCore, type GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';

export function verifyCommand(program: Command, run: CommandRunner): void {
  program
    .command('verify')
    .description('check that the workspace opens with its key, its schema is current and its file is sound')
    .action(
      run(async (globals: GlobalOptions) => {
        const { core, call } = await createCliCore(globals);
        try {
          await call('workspace.open', globals.dataDir === undefined ? {} : { dataDir: globals.dataDir });
          const report = await call('workspace.verify', {});
          const lines = report.checks.map(
            (check) => `  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`,
          );
          printResult(globals, report, [`Workspace ${report.dataDir} verified.`, ...lines].join('\n'));
          return exitCode.success;
        } finally {
          await core.close();
        }
      }),
    );
}
