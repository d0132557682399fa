import type { Command } from 'commander';
import { uuidv7 } from 'uuidv7';
import { PaymentMethod, type PaymentView } from '../../contract/paymentSchemas';
import { AppError } from '../../core/appError';
import { currencyScale } from '../../core/money/currencyScale';
import { amountArgument } from '../amountArgument';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { wholeNumberArgument } from '../wholeNumberArgument';
import { withWorkspace } from '../withWorkspace';

const methodWords = { cash: 'cash', bank_transfer: 'bank transfer', mobile_money: 'mobile money' } as const;

/** A receipt as a terminal prints it. */
export function receiptText(payment: PaymentView): string {
  const money = (minor: number) => formatMinor(minor, payment.scale, payment.currency);
  return [
    `Receipt ${payment.receiptNumber}`,
    `  from ${payment.retailerName} (${payment.retailerCode}), received ${payment.receivedAt.slice(0, 10)}`,
    `  ${money(payment.amountMinor)} by ${methodWords[payment.method]}${payment.reference ? `, reference ${payment.reference}` : ''}`,
    ...payment.applications.map(
      (application) => `  settles allocation ${application.actionId}: ${money(application.amountMinor)}`,
    ),
    `  owed before: ${money(payment.balanceBeforeMinor)}, after: ${money(payment.balanceAfterMinor)}`,
    `  recorded by ${payment.recordedBy}; ledger entry ${payment.entryId}`,
  ].join('\n');
}

interface RecordOptions {
  retailer: string;
  amount: string;
  method: string;
  reference?: string;
  date?: string;
  note?: string;
  id?: string;
}

/** `airledger payment …`: money received from retailers. */
export function paymentCommands(program: Command, run: CommandRunner): void {
  const payment = program.command('payment').description("record and list retailers' payments");
  payment
    .command('record')
    .description("record a retailer's payment against what it owes, and print its receipt")
    .requiredOption('--retailer <code>', 'reseller code')
    .requiredOption('--amount <amount>', 'amount received, in the workspace currency')
    .requiredOption('--method <method>', 'cash, bank_transfer or mobile_money')
    .option('--reference <text>', "the bank's or wallet's transaction reference, or the slip number")
    .option('--date <yyyy-mm-dd>', 'the day the money was received (default: today)')
    .option('--note <text>', 'a note for the accountant')
    .option('--id <id>', 'a client id (UUIDv7) to make a retry record one payment')
    .action(
      run(async (globals: GlobalOptions, options: RecordOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const method = PaymentMethod.safeParse(options.method);
          if (!method.success) {
            throw new AppError(
              'bad_input',
              `--method must be cash, bank_transfer or mobile_money, not "${options.method}".`,
            );
          }
          const status = await call('workspace.status', {});
          const currency = status.state === 'open' ? status.workspace.baseCurrency : 'XOF';
          const recorded = await call('payments.record', {
            id: options.id ?? uuidv7(),
            retailerCode: options.retailer,
            method: method.data,
            amountMinor: amountArgument(options.amount, currencyScale(currency)),
            ...(options.reference === undefined ? {} : { reference: options.reference }),
            ...(options.date === undefined ? {} : { receivedOn: options.date }),
            ...(options.note === undefined ? {} : { note: options.note }),
          });
          printResult(globals, recorded, receiptText(recorded));
          return exitCode.success;
        }),
      ),
    );
  payment
    .command('list')
    .description('payments, newest first')
    .option('--retailer <code>', "only this retailer's")
    .option('--limit <n>', 'most rows to print', wholeNumberArgument(1, 500), 100)
    .action(
      run(async (globals: GlobalOptions, options: { retailer?: string; limit: number }) =>
        withWorkspace(globals, async ({ call }) => {
          const page = await call('payments.list', {
            limit: options.limit,
            ...(options.retailer === undefined ? {} : { retailerCode: options.retailer }),
          });
          const lines = page.rows.map(
            (row) =>
              `${row.receiptNumber}  ${row.receivedAt.slice(0, 10)}  ${row.retailerCode}  ${formatMinor(row.amountMinor, row.scale, row.currency)}  ${methodWords[row.method]}${row.reference ? ` (${row.reference})` : ''}`,
          );
          printResult(
            globals,
            page,
            page.total === 0 ? 'No payments.' : `${page.total} payment(s)\n${lines.join('\n')}`,
          );
          return exitCode.success;
        }),
      ),
    );
}
