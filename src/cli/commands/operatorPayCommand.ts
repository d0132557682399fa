import type { Command } from 'commander';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../core/appError';
import { amountArgument } from '../amountArgument';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { withWorkspace } from '../withWorkspace';

const methods = ['cash', 'bank_transfer', 'mobile_money'] as const;
type Method = (typeof methods)[number];

/** `airledger operator pay`: money paid to the operator against what is owed on credit terms. */
export function operatorPayCommand(operator: Command, run: CommandRunner): void {
  operator
    .command('pay')
    .description('pay the operator what is owed on credit terms (settles the purchase orders due first)')
    .requiredOption('--amount <amount>', 'amount paid, in the workspace currency')
    .requiredOption('--method <method>', 'cash, bank_transfer or mobile_money')
    .option('--reference <text>', 'the bank transfer or transaction reference')
    .option('--date <yyyy-mm-dd>', 'the day the money left (default: today)')
    .option('--id <id>', 'a client id (UUIDv7) to make a retry record one payment')
    .action(
      run(
        async (
          globals: GlobalOptions,
          options: { amount: string; method: string; reference?: string; date?: string; id?: string },
        ) =>
          withWorkspace(globals, async ({ call }) => {
            if (!methods.includes(options.method as Method)) {
              throw new AppError(
                'bad_input',
                `--method must be cash, bank_transfer or mobile_money, not "${options.method}".`,
              );
            }
            const terms = await call('operator.terms', {});
            const paid = await call('operatorPayments.record', {
              id: options.id ?? uuidv7(),
              method: options.method as Method,
              amountMinor: amountArgument(options.amount, terms.moneyScale),
              ...(options.reference === undefined ? {} : { reference: options.reference }),
              ...(options.date === undefined ? {} : { paidOn: options.date }),
            });
            const money = (minor: number) => formatMinor(minor, paid.scale, paid.currency);
            printResult(
              globals,
              paid,
              [
                `Payment ${paid.number} of ${money(paid.amountMinor)} to ${terms.operatorName}.`,
                ...paid.applications.map(
                  (application) => `  settles ${application.number}: ${money(application.amountMinor)}`,
                ),
                `  still owed: ${money(paid.owedAfterMinor)}`,
              ].join('\n'),
            );
            return exitCode.success;
          }),
      ),
    );
}
