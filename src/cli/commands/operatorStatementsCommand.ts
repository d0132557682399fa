import type { Command } from 'commander';
import type { OperatorStatementView } from '../../contract/operatorStatementSchemas';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { withWorkspace } from '../withWorkspace';

/** One operator's purchase statement as the terminal shows it. */
export function operatorStatementText(view: OperatorStatementView): string {
  const money = (minor: number) => formatMinor(minor, view.scale, view.currency);
  const figure = (label: string, minor: number) => `  ${label.padEnd(24)} ${money(minor)}`;
  const matches =
    view.closingPayableMinor === view.ledger.closingPayableMinor &&
    view.discountMinor === view.ledger.discountMinor;
  const lines = [
    `${view.id}: ${view.operatorName} (${view.operatorId}), ${view.periodLabel}`,
    `  ${'Bought'.padEnd(24)} ${view.purchasesCount} purchases, ${formatMinor(view.faceValueUnits, view.airtimeScale, view.airtimeUnits)} of airtime`,
    figure('Face value', view.faceValueMinor),
    figure('Discount earned', view.discountMinor),
    figure('Cost', view.costMinor),
    figure('  paid when bought', view.paidUpFrontMinor),
    figure('  bought on credit', view.onCreditMinor),
    figure('Owed at the start', view.openingPayableMinor),
    figure('Payments', -view.paymentsMinor),
    figure('Other movements', view.otherPayableMinor),
    figure('Owed at the end', view.closingPayableMinor),
    figure('  overdue', view.overdueMinor),
    figure('  not yet due', view.notYetDueMinor),
  ];
  if (view.carriedInMinor !== 0) lines.push(figure('Carried in (late)', view.carriedInMinor));
  lines.push(
    matches
      ? '  Matches the ledger (what is owed and the discount).'
      : `  DOES NOT MATCH the ledger: it holds ${money(view.ledger.closingPayableMinor)} owed, ${money(view.ledger.discountMinor)} discount.`,
  );
  for (const order of view.openOrders) {
    lines.push(
      `  open ${order.number.padEnd(16)} due ${order.dueAt.slice(0, 10)} ${money(order.outstandingMinor)}${order.overdue ? ' OVERDUE' : ''}`,
    );
  }
  return lines.join('\n');
}

/** `airledger settlement operators --period K`: the operator side of a closed period. */
export function operatorStatementsCommand(settlement: Command, run: CommandRunner): void {
  settlement
    .command('operators')
    .description(
      "a closed period's purchase statement per operator: credit bought, discount earned, paid, owed and overdue",
    )
    .requiredOption('--period <key>', 'the closed period (e.g. 2026-11)')
    .action(
      run(async (globals: GlobalOptions, options: { period: string }) =>
        withWorkspace(globals, async ({ call }) => {
          const statements = await call('settlements.operatorStatements', {
            periodId: `P-${options.period}`,
          });
          printResult(
            globals,
            statements,
            statements.length === 0
              ? 'No purchases, payments or debt with any operator in this period.'
              : statements.map(operatorStatementText).join('\n\n'),
          );
          return exitCode.success;
        }),
      ),
    );
}
