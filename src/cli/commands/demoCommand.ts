import type { Command } from 'commander';
import { createCliCore, type GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { wholeNumberArgument } from '../wholeNumberArgument';

/** `--scale`: with two operators (the second for every other retailer), about 5,000,000 sales in 60 days. */
const scaleRetailers = 10_000;
const scaleSalesPerDay = 7;

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
    .option(
      '--retailers <n>',
      'sub-distributors and retailers in the demo network (0: only the three linked demo wallets)',
      wholeNumberArgument(0, 20_000),
      200,
    )
    .option(
      '--operators <n>',
      'demo operators inside the app (the first, and up to two more with a share of the wallets each)',
      wholeNumberArgument(1, 3),
      2,
    )
    .option(
      '--sales-per-day <n>',
      'top-ups each retailer sells a day in the simulated history, at each operator',
      wholeNumberArgument(1, 50),
      3,
    )
    .option(
      '--scale',
      `a benchmark-sized network: ${scaleRetailers.toLocaleString('en-US')} retailers selling ${scaleSalesPerDay} top-ups a day (about 5,000,000 sales over 60 days); takes minutes`,
    )
    .option(
      '--history-days <n>',
      'days of retail sales simulated before today',
      wholeNumberArgument(0, 180),
      60,
    )
    .action(
      run(
        async (
          globals: GlobalOptions,
          options: {
            name: string;
            retailers: number;
            historyDays: number;
            operators: number;
            salesPerDay: number;
            scale?: boolean;
          },
        ) => {
          const { core, call } = await createCliCore(globals);
          try {
            const status = await call('workspace.create', {
              ...(globals.dataDir === undefined ? {} : { dataDir: globals.dataDir }),
              distributorName: options.name,
              baseCurrency: 'XOF',
            });
            if (status.state !== 'open') throw new Error('workspace.create returned a closed workspace');
            const connected = await call('operator.connectSandbox', {});
            const network =
              options.retailers === 0
                ? null
                : await call('demo.grow', {
                    retailers: options.scale === true ? scaleRetailers : Math.max(6, options.retailers),
                    salesPerRetailerPerDay: options.scale === true ? scaleSalesPerDay : options.salesPerDay,
                    historyDays: options.historyDays,
                    operators: options.operators,
                  });
            const team = await call('demo.sampleUsers', {});
            const summary = await call('sync.run', { wait: true, settleWithinMs: 5_000 });
            const wallets = await call('operator.wallets', {});
            printResult(
              globals,
              {
                workspace: status.workspace,
                connection: connected.connection,
                network,
                sampleUsers: team.sampleUsers,
                samplePassword: team.samplePassword,
                sync: summary,
                wallets,
              },
              [
                `Created a demo workspace for ${status.workspace.distributorName} at ${status.workspace.dataDir},`,
                `connected to ${connected.connection.name}${network !== null && network.operators > 1 ? ` and ${network.operators - 1} more demo operator${network.operators > 2 ? 's' : ''}` : ''}, with ${wallets.length - 1} retailer wallets at the first.`,
                ...(network === null
                  ? []
                  : [
                      `The network: ${network.subDistributors} sub-distributors and ${network.retailers} retailers, ${network.allocations} opening floats, ${network.payments} prepaid payments,`,
                      `and ${network.salesSimulated} retail sales over the last ${options.historyDays} days.`,
                    ]),
                `Sign in as ${team.sampleUsers.join(', ')} (one per role) with the password ${team.samplePassword}.`,
                `Open it in the browser with: airledger serve${globals.dataDir === undefined ? '' : ` --data-dir ${globals.dataDir}`}`,
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
