import type { Command } from 'commander';
import type { StatementView } from '../../contract/settlementSchemas';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { withWorkspace } from '../withWorkspace';
import { operatorStatementsCommand } from './operatorStatementsCommand';
import { settlementExportCommand } from './settlementExportCommand';
import { statementCommands } from './statementCommands';

function statementLine(view: StatementView): string {
  const money = (minor: number) => formatMinor(minor, view.scale, view.currency);
  return `  ${view.retailerCode.padEnd(12)} v${view.version} ${view.state.padEnd(10)} opening ${money(view.openingBalanceMinor)}, closing ${money(view.closingBalanceMinor)}, commission ${money(view.commissionMinor)}, net ${money(view.netMinor)}`;
}

/** `airledger settlement …`: periods, closing, statements, their approval and payment, and their workbooks. */
export function settlementCommands(program: Command, run: CommandRunner): void {
  const settlement = program
    .command('settlement')
    .description('settlement periods, statements and workbooks');
  settlement
    .command('periods')
    .description('the cycle, the next period to close, and the closed periods')
    .action(
      run(async (globals: GlobalOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const result = await call('settlements.periods', {});
          const lines = result.periods.map(
            (period) =>
              `  ${period.key.padEnd(12)} ${period.label.padEnd(28)} ${period.state.padEnd(8)} ${period.startsAt} → ${period.endsAt}${period.id === null ? '' : `  ${period.statements} statements, closed by ${period.closedBy}`}`,
          );
          printResult(globals, result, [`Cycle: ${JSON.stringify(result.cycle)}`, ...lines].join('\n'));
          return exitCode.success;
        }),
      ),
    );
  settlement
    .command('close')
    .description('close the next period (once over): freeze each reseller statement as a draft')
    .requiredOption('--period <key>', 'the period to close, as `settlement periods` names it (e.g. 2026-11)')
    .action(
      run(async (globals: GlobalOptions, options: { period: string }) =>
        withWorkspace(globals, async ({ call }) => {
          const closed = await call('settlements.close', { key: options.period });
          printResult(
            globals,
            closed,
            `Closed ${closed.label}: ${closed.statements} statements (${closed.id}).`,
          );
          return exitCode.success;
        }),
      ),
    );
  settlement
    .command('statements')
    .description("a closed period's statements")
    .requiredOption('--period <key>', 'the closed period (e.g. 2026-11)')
    .action(
      run(async (globals: GlobalOptions, options: { period: string }) =>
        withWorkspace(globals, async ({ call }) => {
          const statements = await call('settlements.statements', { periodId: `P-${options.period}` });
          printResult(
            globals,
            statements,
            [`${statements.length} statements:`, ...statements.map(statementLine)].join('\n'),
          );
          return exitCode.success;
        }),
      ),
    );
  settlementExportCommand(settlement, run);
  statementCommands(settlement, run);
  operatorStatementsCommand(settlement, run);
}
