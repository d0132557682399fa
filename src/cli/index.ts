import { Command, CommanderError, Option } from 'commander';
import { AppError } from '../core/appError';
import { errorDetail, errorMessage, redactSecrets } from '../core/secrets/logRedaction';
import { CliCallError, type GlobalOptions } from './cliCore';
import type { CommandRunner } from './commandRunner';
import { acquiredCustomersCommand } from './commands/acquiredCustomersCommand';
import { allocateCommand } from './commands/allocateCommand';
import { backupCommand, restoreCommand } from './commands/backupCommands';
import { demoCommand } from './commands/demoCommand';
import { initCommand } from './commands/initCommand';
import { operatorCommands, reconciliationReportCommand } from './commands/operatorCommands';
import { operatorSandboxCommand } from './commands/operatorSandboxCommand';
import { paymentCommands } from './commands/paymentCommands';
import { rekeyCommand } from './commands/rekeyCommand';
import { retailerCommands } from './commands/retailerCommands';
import { salesReportCommands } from './commands/salesReportCommands';
import { serveCommand } from './commands/serveCommand';
import { settlementCommands } from './commands/settlementCommands';
import { userCommands } from './commands/userCommands';
import { verifyCommand } from './commands/verifyCommand';
import { exitCode, exitCodeByErrorCode } from './exitCodes';
import { appVersion } from './installPaths';

/** `airledger`: the command line over the same core and contract as the app. */
async function main(argv: string[]): Promise<number> {
  const program = new Command('airledger')
    .description('Airledger: the back office of a B2B airtime distributor.')
    .version(appVersion())
    .addOption(new Option('--data-dir <dir>', 'workspace folder (default: the OS user-data folder)'))
    .addOption(
      new Option(
        '--key-file <file>',
        'file whose first line is the database key (default: $AIRLEDGER_DB_KEY)',
      ),
    )
    .addOption(
      new Option(
        '--user <username>',
        'act as this workspace user, password from $AIRLEDGER_PASSWORD (default: as the database key holder)',
      ),
    )
    .option('--json', 'print machine-readable results')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 refused by a business rule, 2 bad input or usage,\n3 the workspace cannot be opened (wrong key, corrupt file), 4 the operator cannot be reached.',
    );

  let status: number = exitCode.success;
  const run: CommandRunner =
    (action) =>
    async (...args) => {
      // commander passes the positional arguments, then the command's options, then the command;
      // the global options live on the program.
      const positionals = args.slice(0, -2) as string[];
      status = await action(program.opts<GlobalOptions>(), args[args.length - 2] as never, positionals);
    };

  initCommand(program, run);
  demoCommand(program, run);
  verifyCommand(program, run);
  rekeyCommand(program, run);
  backupCommand(program, run);
  restoreCommand(program, run);
  serveCommand(program, run);
  operatorCommands(program, run);
  const report = program.command('report').description('reports: sales, resellers, reconciliation');
  salesReportCommands(report, run);
  acquiredCustomersCommand(report, run);
  reconciliationReportCommand(report, run);
  allocateCommand(program, run);
  retailerCommands(program, run);
  paymentCommands(program, run);
  settlementCommands(program, run);
  userCommands(program, run);
  operatorSandboxCommand(program, run);

  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    return reportFailure(error, program.opts<GlobalOptions>().json === true);
  }
}

function reportFailure(error: unknown, json: boolean): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with code 0; anything else is a usage error.
    return error.exitCode === 0 ? exitCode.success : exitCode.badInput;
  }
  const body =
    error instanceof CliCallError
      ? error.body
      : error instanceof AppError
        ? error.toBody()
        : {
            code: 'internal' as const,
            message: `Unexpected error: ${errorMessage(error)}`,
          };
  const told = { ...body, message: redactSecrets(body.message) };
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: told })}\n`);
  else process.stderr.write(`airledger: ${told.message}\n`);
  return exitCodeByErrorCode[body.code];
}

// Output piped into a reader that stopped early (`| head`) is not an error of the command: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? exitCode.success);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`airledger: ${redactSecrets(errorDetail(error))}\n`);
    process.exitCode = exitCode.refused;
  },
);
