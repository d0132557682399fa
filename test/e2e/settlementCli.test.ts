import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testClockOffsetVariable } from '../../src/cli/testClockOffset';
import type { OperatorStatementView } from '../../src/contract/operatorStatementSchemas';
import type { StatementView } from '../../src/contract/settlementSchemas';
import { requireBuild, runCli } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
/**
 * The demo is made today, by the real clock; every later command runs with the workspace clock 32
 * days ahead (a test-only variable), so the month the demo was made in is over.
 */
const key = { AIRLEDGER_DB_KEY: testPassphrase };
const environment = { ...key, [testClockOffsetVariable]: String(32 * 86_400_000) };

beforeAll(() => requireBuild());

/** A demo workspace, and the CLI over it as the key holder or, with `as`, as one of its users. */
function demoWorkspace() {
  const dataDir = join(newTemporaryFolder(), 'demo');
  const made = runCli(
    ['--data-dir', dataDir, 'demo', '--retailers', '14', '--operators', '1', '--history-days', '3'],
    key,
  );
  expect(made.status, made.stderr).toBe(0);
  const cli = (args: string[], as?: 'accountant' | 'approver' | 'auditor') =>
    runCli(
      ['--data-dir', dataDir, ...(as === undefined ? [] : ['--user', as]), ...args],
      as === undefined ? environment : { ...environment, AIRLEDGER_PASSWORD: demoUser(as).password },
    );
  const json = <T>(args: string[], as?: 'accountant' | 'approver' | 'auditor'): T => {
    const run = cli(['--json', ...args], as);
    expect(run.status, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as { value: T }).value;
  };
  return { dataDir, cli, json };
}

/** Closes the month the demo was made in, as the accountant; its key. */
function closeDemoMonth(workspace: ReturnType<typeof demoWorkspace>): string {
  const { periods } = workspace.json<{ periods: Array<{ key: string; state: string }> }>([
    'settlement',
    'periods',
  ]);
  const next = periods[0];
  expect(next?.state).toBe('ready');
  const closed = workspace.cli(['settlement', 'close', '--period', next?.key ?? ''], 'accountant');
  expect(closed.status, closed.stderr).toBe(0);
  return next?.key ?? '';
}

describe('settlements from the command line', () => {
  it('closes as the accountant, approves as another person, pays, and refuses to correct what is paid', () => {
    const workspace = demoWorkspace();
    const { cli, json } = workspace;
    const month = closeDemoMonth(workspace);
    const statements = json<StatementView[]>(['settlement', 'statements', '--period', month]);
    const [chosen, other] = [...statements].sort((a, b) => b.commissionMinor - a.commissionMinor);
    if (chosen === undefined || other === undefined)
      throw new Error('the demo month has fewer than 2 statements');

    // The operator side of the same close: what the demo bought, matching the ledger.
    const operators = json<OperatorStatementView[]>(
      ['settlement', 'operators', '--period', month],
      'auditor',
    );
    expect(operators.length).toBeGreaterThan(0);
    for (const operator of operators) {
      expect(operator.closingPayableMinor).toBe(operator.ledger.closingPayableMinor);
      expect(operator.faceValueMinor).toBe(operator.costMinor + operator.discountMinor);
    }
    const operatorText = cli(['settlement', 'operators', '--period', month]);
    expect(operatorText.status, operatorText.stderr).toBe(0);
    expect(operatorText.stdout).toContain(`OS-${month}-${operators[0]?.operatorId}`);
    expect(operatorText.stdout).toContain('Matches the ledger');

    const shown = cli(['settlement', 'statement', '--id', chosen.id]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      `${chosen.id} version 1 (draft): ${chosen.retailerName} (${chosen.retailerCode})`,
    );
    expect(shown.stdout).toMatch(/Closing balance\s+\S/);
    expect(shown.stdout).toMatch(/closed\s+\S+ by Fatou Ba/);

    // Who closed it cannot approve it; an approver can, naming the version read.
    const own = cli(['settlement', 'approve', '--id', chosen.id, '--statement-version', '1'], 'accountant');
    expect(own.status).toBe(1);
    expect(own.stderr).toContain('Fatou Ba made this version');
    expect(
      cli(['settlement', 'approve', '--id', chosen.id, '--statement-version', 'one'], 'approver').status,
    ).toBe(2);
    const approved = cli(
      [
        'settlement',
        'approve',
        '--id',
        chosen.id,
        '--statement-version',
        '1',
        '--note',
        'Checked against the ledger',
      ],
      'approver',
    );
    expect(approved.status, approved.stderr).toBe(0);
    expect(approved.stdout).toBe(`Approved ${chosen.id} version 1 (${chosen.retailerCode}).\n`);
    // The approver does not record payments.
    const today = new Date().toISOString().slice(0, 10);
    const pay = ['settlement', 'pay', '--id', chosen.id, '--statement-version', '1', '--paid-on', today];
    expect(cli([...pay, '--method', 'bank_transfer', '--reference', 'BT-1'], 'approver').status).toBe(1);
    const badMethod = cli([...pay, '--method', 'cheque', '--reference', 'BT-1'], 'accountant');
    expect(badMethod.status).toBe(2);
    expect(badMethod.stderr).toContain('must be one of offset, cash, bank_transfer, mobile_money');
    expect(cli([...pay, '--method', 'cash'], 'accountant').status).toBe(2);
    const paid = cli([...pay, '--method', 'bank_transfer', '--reference', 'BT-2026-0042'], 'accountant');
    expect(paid.status, paid.stderr).toBe(0);
    expect(paid.stdout).toMatch(new RegExp(`^Paid .+ commission on ${chosen.id} version 1`));

    const after = json<StatementView>(['settlement', 'statement', '--id', chosen.id]);
    expect(after.state).toBe('paid');
    expect(after.steps.map((step) => [step.step, step.by])).toEqual([
      ['closed', 'Fatou Ba'],
      ['approved', 'Moussa Sow'],
      ['paid', 'Fatou Ba'],
    ]);
    expect(after.steps[2]?.payment).toMatchObject({
      method: 'bank_transfer',
      reference: 'BT-2026-0042',
      paidOn: today,
      amountMinor: Math.max(0, chosen.commissionMinor),
    });

    // A paid statement is not corrected; a draft one gets a version 2, the first kept.
    const refused = cli(['settlement', 'correct', '--id', chosen.id, '--reason', 'Late reversal found']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Statement ${chosen.id} version 1 is paid`);
    expect(cli(['settlement', 'correct', '--id', other.id, '--reason', 'no']).status).toBe(2);
    const corrected = cli(
      ['settlement', 'correct', '--id', other.id, '--reason', 'Payment booked to the wrong reseller'],
      'accountant',
    );
    expect(corrected.status, corrected.stderr).toBe(0);
    expect(corrected.stdout).toBe(`Corrected ${other.id}: version 2 (draft) replaces version 1.\n`);
    const first = cli(['settlement', 'statement', '--id', other.id, '--statement-version', '1']);
    expect(first.stdout).toContain(`${other.id} version 1 (superseded)`);
    expect(first.stdout).toContain('Versions: 1 (superseded), 2 (draft)');
    expect(cli(['settlement', 'statement', '--id', 'ST-NONE']).status).toBe(2);
  }, 120_000);

  it('exports the workbook through a job with progress, whole or not at all', async () => {
    const workspace = demoWorkspace();
    const month = closeDemoMonth(workspace);
    const outFolder = newTemporaryFolder();
    const out = join(outFolder, 'november.xlsx');

    // An auditor exports: progress on stderr, the workbook at --out and nothing else beside it.
    const exported = workspace.cli(['settlement', 'export', '--period', month, '--out', out], 'auditor');
    expect(exported.status, exported.stderr).toBe(0);
    const fileName = `Settlement_ALL_${month}_${month}-v1.xlsx`;
    expect(exported.stderr).toContain(`Writing ${fileName}`);
    expect(exported.stdout).toMatch(new RegExp(`^Wrote ${fileName} \\(\\d+ rows\\) to ${out}\\.\\n$`));
    expect(readdirSync(outFolder)).toEqual(['november.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets.slice(0, 2)).toEqual(['Cover', 'Summary']);
    expect(sheets).toContain('Transactions');
    // --json prints the result alone, no progress.
    const quiet = workspace.cli([
      '--json',
      'settlement',
      'export',
      '--period',
      month,
      '--out',
      join(outFolder, 'again.xlsx'),
    ]);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(quiet.stdout).value).toMatchObject({ fileName, out: join(outFolder, 'again.xlsx') });

    // Refused before any work: a folder that does not exist, an unknown period.
    const nowhere = workspace.cli([
      'settlement',
      'export',
      '--period',
      month,
      '--out',
      join(outFolder, 'no', 'x.xlsx'),
    ]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('does not exist');
    const unknown = workspace.cli([
      'settlement',
      'export',
      '--period',
      '1999-01',
      '--out',
      join(outFolder, 'x.xlsx'),
    ]);
    expect(unknown.status).toBe(2);
    expect(readdirSync(outFolder).sort()).toEqual(['again.xlsx', 'november.xlsx']);
  }, 120_000);
});
