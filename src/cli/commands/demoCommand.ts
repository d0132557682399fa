import type { Command } from 'commander';
import { createCliCore, type GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';

/**
 * `airledger demo`: a workspace to try Airledger with, connected to the demo operator that runs
 * inside the app (its state kept in the workspace folder), synced once.
 */
export function demoCommand(program: Command, run: CommandRunner): void {
  program
    .command('demo')
    .description(
      'create a demo workspace in --data-dir connected to the demo operator inside the app (stocked wholesale and retailer wallets, retail traffic), and sync it once',
    )
    .option('--name <distributor>', "the distributor's name", 'Demo Airtime Distribution')
    .action(
      run(async (globals: GlobalOptions, options: { name: string }) => {
        const { core, call } = await createCliCore(globals);
        try {
          const status = await call('workspace.create', {
            ...(globals.dataDir === undefined ? {} : { dataDir: globals.dataDir }),
            distributorName: options.name,
            baseCurrency: 'XOF',
          });
          if (status.state !== 'open') throw new Error('workspace.create returned a closed workspace');
          const connected = await call('operator.connectSandbox', {});
          const summary = await call('sync.run', { wait: true, settleWithinMs: 5_000 });
          const wallets = await call('operator.wallets', {});
          printResult(
            globals,
            { workspace: status.workspace, connection: connected.connection, sync: summary, wallets },
            [
              `Created a demo workspace for ${status.workspace.distributorName} at ${status.workspace.dataDir},`,
              `connected to ${connected.connection.name} with ${wallets.length - 1} demo retailers.`,
              `Open it in the browser with: airledger serve${globals.dataDir === undefined ? '' : ` --data-dir ${globals.dataDir}`}`,
            ].join('\n'),
          );
          return exitCode.success;
        } finally {
          await core.close();
        }
      }),
    );
}
