import { type Command, InvalidArgumentError } from 'commander';
import type { StatementView } from '../../contract/settlementSchemas';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { wholeNumberArgument } from '../wholeNumberArgument';
import { type CliCore, withWorkspace } from '../withWorkspace';

const paymentMethods = ['offset', 'cash', 'bank_transfer', 'mobile_money'] as const;
type PaymentMethod = (typeof paymentMethods)[number];

/**
 * A statement's version, as `settlement statement` shows it. Not `--version`: commander reads that
 * as the program's own option wherever it stands, printing the app's version and doing nothing else.
 */
const versionArgument = wholeNumberArgument(1, 1_000_000);

function methodArgument(value: string): PaymentMethod {
  const method = paymentMethods.find((candidate) => candidate === value.trim().toLowerCase());
  if (method === undefined) throw new InvalidArgumentError(`must be one of ${paymentMethods.join(', ')}`);
  return method;
}

/** One statement as the terminal shows it: its figures, who moved it along, and its versions. */
export function statementText(view: StatementView): string {
  const money = (minor: number) => formatMinor(minor, view.scale, view.currency);
  const figure = (label: string, minor: number) => `  ${label.padEnd(22)} ${money(minor)}`;
  const lines = [
    `${view.id} version ${view.version} (${view.state}): ${view.retailerName} (${view.retailerCode}), ${view.periodLabel}`,
  ];
  if (view.correctionReason !== null) lines.push(`  Corrected: ${view.correctionReason}`);
  lines.push(
    figure('Opening balance', view.openingBalanceMinor),
    figure('Allocations', view.allocationsMinor),
    figure('Allocation reversals', -view.allocationReversalsMinor),
    figure('Payments', -view.paymentsMinor),
    figure('Other movements', view.otherMinor),
    figure('Adjustments', view.adjustmentsMinor),
    figure('Closing balance', view.closingBalanceMinor),
    `  ${'Sales'.padEnd(22)} ${view.salesCount} top-ups, ${money(view.salesMinor)} (reversed ${money(view.saleReversalsMinor)})`,
    figure('Commission', view.commissionMinor),
    `${figure('Net', view.netMinor)} (${view.netMinor < 0 ? 'we owe the reseller' : 'the reseller owes us'})`,
    'Steps:',
  );
  for (const step of view.steps) {
    const payment =
      step.payment === null
        ? ''
        : `, ${step.payment.method.replace('_', ' ')} ${step.payment.reference} on ${step.payment.paidOn}, ${money(step.payment.amountMinor)}`;
    const note = step.note === null ? '' : `: ${step.note}`;
    lines.push(`  ${step.step.padEnd(10)} ${step.at} by ${step.by}${payment}${note}`);
  }
  lines.push(
    `Versions: ${view.versions.map((version) => `${version.version} (${version.state})`).join(', ')}`,
  );
  return lines.join('\n');
}

/** An action that calls one statement operation in the workspace and prints the statement it returns. */
function statementAction<O>(
  run: CommandRunner,
  act: (call: CliCore['call'], options: O) => Promise<StatementView>,
  text: (view: StatementView) => string,
) {
  return run(async (globals: GlobalOptions, options: O) =>
    withWorkspace(globals, async ({ call }) => {
      const view = await act(call, options);
      printResult(globals, view, text(view));
      return exitCode.success;
    }),
  );
}

/** `Paid 336 XOF commission on ST-… version 1 (RS-000002).` */
function paidText(view: StatementView): string {
  const paid = view.steps.findLast((step) => step.step === 'paid')?.payment;
  const amount = paid == null ? '' : ` ${formatMinor(paid.amountMinor, view.scale, view.currency)}`;
  return `Paid${amount} commission on ${view.id} version ${view.version} (${view.retailerCode}).`;
}

/**
 * `airledger settlement statement|approve|pay|correct`: one reseller's statement, and the steps
 * after closing. Maker-checker holds here as in the app: approve as another user (`--user`).
 */
export function statementCommands(settlement: Command, run: CommandRunner): void {
  settlement
    .command('statement')
    .description('one statement: its figures, steps and versions')
    .requiredOption('--id <statement>', 'the statement (e.g. ST-2026-11-R-0001)')
    .option('--statement-version <n>', 'an older version (default: the latest)', versionArgument)
    .action(
      statementAction(
        run,
        (call, options: { id: string; statementVersion?: number }) =>
          call('settlements.statement', {
            statementId: options.id,
            ...(options.statementVersion === undefined ? {} : { version: options.statementVersion }),
          }),
        statementText,
      ),
    );
  settlement
    .command('approve')
    .description('approve a draft statement (not as who closed or corrected it)')
    .requiredOption('--id <statement>', 'the statement')
    .requiredOption('--statement-version <n>', 'the version approved, as you read it', versionArgument)
    .option('--note <text>', 'a note kept with the approval')
    .action(
      statementAction(
        run,
        (call, options: { id: string; statementVersion: number; note?: string }) =>
          call('settlements.approve', {
            statementId: options.id,
            version: options.statementVersion,
            ...(options.note === undefined ? {} : { note: options.note }),
          }),
        (view) => `Approved ${view.id} version ${view.version} (${view.retailerCode}).`,
      ),
    );
  settlement
    .command('pay')
    .description("record an approved statement's commission as paid (posts the payout)")
    .requiredOption('--id <statement>', 'the statement')
    .requiredOption('--statement-version <n>', 'the approved version', versionArgument)
    .requiredOption(
      '--method <method>',
      `how the commission reached the reseller: ${paymentMethods.join(', ')}`,
      methodArgument,
    )
    .requiredOption('--reference <text>', 'the payment reference (transfer, receipt or offset note)')
    .requiredOption('--paid-on <date>', 'the day it was paid, YYYY-MM-DD (not in the future)')
    .action(
      statementAction(
        run,
        (
          call,
          options: {
            id: string;
            statementVersion: number;
            method: PaymentMethod;
            reference: string;
            paidOn: string;
          },
        ) =>
          call('settlements.markPaid', {
            statementId: options.id,
            version: options.statementVersion,
            method: options.method,
            reference: options.reference,
            paidOn: options.paidOn,
          }),
        paidText,
      ),
    );
  settlement
    .command('correct')
    .description('issue a new version of a statement of the last closed period (not paid), with the reason')
    .requiredOption('--id <statement>', 'the statement')
    .requiredOption('--reason <text>', 'why it is corrected (at least 5 characters)')
    .action(
      statementAction(
        run,
        (call, options: { id: string; reason: string }) =>
          call('settlements.correct', { statementId: options.id, reason: options.reason }),
        (view) =>
          `Corrected ${view.id}: version ${view.version} (${view.state}) replaces version ${view.version - 1}.`,
      ),
    );
}
