import type { Command } from 'commander';
import { createCliCore, type GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';

export function verifyCommand(program: Command, run: CommandRunner): void {
  program
    .command('verify')
    .description(
      'check the workspace (key, schema, file), the whole ledger (hash chain, debits = credits, balances, rules) and the audit trail (its hash chain); exits 1 on any violation',
    )
    .option('--quick', 'check only the newest entries and the account totals (what the app does at start)')
    .action(
      run(async (globals: GlobalOptions, options: { quick?: boolean }) => {
        const { core, call } = await createCliCore(globals);
        try {
          await call('workspace.open', globals.dataDir === undefined ? {} : { dataDir: globals.dataDir });
          const workspace = await call('workspace.verify', {});
          const ledger = await call('ledger.verify', { mode: options.quick === true ? 'quick' : 'full' });
          const lines = [
            `Workspace ${workspace.dataDir}`,
            ...workspace.checks.map(
              (check) => `  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`,
            ),
            `Ledger (${ledger.mode} check): ${ledger.entriesChecked} entries, ${ledger.transfersChecked} transfers, ${ledger.accountsChecked} accounts, ${ledger.auditEventsChecked ?? 0} audit events in ${ledger.durationMs} ms`,
            ...(ledger.ok
              ? [
                  '  ok   hash chain, debits = credits, stored balances, balance rules, pending resolutions',
                  '  ok   audit trail: hash chain, every event recorded',
                ]
              : ledger.violations.map(
                  (violation) =>
                    `  FAIL ${violation.check}${violation.entryId ? ` [entry ${violation.entryId}]` : ''}${violation.accountId ? ` [account ${violation.accountId}]` : ''}${violation.auditEventSeq === undefined ? '' : ` [audit event #${violation.auditEventSeq}]`}: ${violation.message}`,
                )),
            ...(ledger.violationsOmitted > 0 ? [`  … and ${ledger.violationsOmitted} more violations`] : []),
          ];
          printResult(globals, { workspace, ledger }, lines.join('\n'));
          return ledger.ok ? exitCode.success : exitCode.refused;
        } finally {
          await core.close();
        }
      }),
    );
}
