import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, requireBuild, runCli } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const key = { AIRLEDGER_DB_KEY: 'a long and correct passphrase' };

beforeAll(() => requireBuild());

/** Runs the CLI with --json on one workspace and returns its parsed answer and exit code. */
function json(dataDir: string, args: string[]) {
  const run = runCli(['--json', '--data-dir', dataDir, ...args], key);
  return { status: run.status, answer: JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null'), run };
}

describe('retailers from the command line', () => {
  it('is executable as built, so `npx airledger` runs it', () => {
    expect(statSync(cliPath).mode & 0o111).not.toBe(0);
  });

  it('onboards, imports all-or-nothing, lists, suspends, shows and records payments, with the exit codes', () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'ws');
    expect(
      runCli(['init', '--data-dir', dataDir, '--name', 'Sahel Airtime', '--currency', 'XOF'], key).status,
    ).toBe(0);

    const hub = json(dataDir, [
      'retailer',
      'add',
      '--code',
      'SD-NORD',
      '--name',
      'Nord hub',
      '--sub-distributor',
    ]);
    expect(hub.status).toBe(0);
    const awa = runCli(
      [
        '--data-dir',
        dataDir,
        'retailer',
        'add',
        '--name',
        'Awa Boutique',
        '--parent',
        'SD-NORD',
        '--postpaid',
        '--credit-limit',
        '250,000',
      ],
      key,
    );
    expect(awa.status).toBe(0);
    expect(awa.stdout.trim()).toBe(
      'Onboarded RS-000001  Awa Boutique (retailer under SD-NORD, postpaid, limit 250,000 XOF, active).',
    );
    const unknownParent = runCli(
      ['--data-dir', dataDir, 'retailer', 'add', '--name', 'Orphan', '--parent', 'SD-NOPE'],
      key,
    );
    expect(unknownParent.status).toBe(2);
    expect(unknownParent.stderr.trim()).toBe(
      'airledger: Cannot onboard Orphan: parentCode names no retailer (SD-NOPE).',
    );

    const file = join(folder, 'retailers.csv');
    writeFileSync(
      file,
      'code,name,parent_code,terms,credit_limit\nSHOP-1,Shop one,SD-NORD,postpaid,100000\nSHOP-2,Shop two,SD-SUD,prepaid,\n',
    );
    const refused = runCli(['--data-dir', dataDir, 'retailer', 'import', file], key);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('row 3: parent_code names no retailer (SD-SUD)');
    expect(json(dataDir, ['retailer', 'list']).answer.value.total).toBe(2);

    writeFileSync(
      file,
      'code,name,parent_code,terms,credit_limit\nSHOP-1,Shop one,SD-NORD,postpaid,100000\nSHOP-2,Shop two,SD-NORD,prepaid,\n',
    );
    const imported = json(dataDir, ['retailer', 'import', file]);
    expect(imported.answer).toEqual({ ok: true, value: { imported: 2, codes: ['SHOP-1', 'SHOP-2'] } });
    const branch = json(dataDir, ['retailer', 'list', '--branch', 'SD-NORD']).answer.value;
    expect(branch.rows.map((row: { code: string }) => row.code)).toEqual(['RS-000001', 'SHOP-1', 'SHOP-2']);

    const noReason = runCli(['--data-dir', dataDir, 'retailer', 'suspend', 'SHOP-1'], key);
    expect(noReason.status).toBe(2);
    const suspended = json(dataDir, ['retailer', 'suspend', 'SHOP-1', '--reason', 'Late payment']);
    expect(suspended.answer.value).toMatchObject({ status: 'suspended', statusReason: 'Late payment' });
    const shown = runCli(['--data-dir', dataDir, 'retailer', 'show', 'RS-000001'], key);
    expect(shown.stdout).toContain('available credit: 250,000 XOF');
    const paid = runCli(
      [
        '--data-dir',
        dataDir,
        'payment',
        'record',
        '--retailer',
        'RS-000001',
        '--amount',
        '75,000',
        '--method',
        'cash',
        '--reference',
        'SLIP-7',
      ],
      key,
    );
    expect(paid.status, paid.stderr).toBe(0);
    expect(paid.stdout).toContain(`Receipt RC-${new Date().getFullYear()}-000001`);
    expect(paid.stdout).toContain('75,000 XOF by cash, reference SLIP-7');
    expect(paid.stdout).toContain('owed before: 0 XOF, after: -75,000 XOF');
    const badMethod = runCli(
      [
        '--data-dir',
        dataDir,
        'payment',
        'record',
        '--retailer',
        'RS-000001',
        '--amount',
        '1',
        '--method',
        'cheque',
      ],
      key,
    );
    expect(badMethod.status).toBe(2);
    const payments = json(dataDir, ['payment', 'list', '--retailer', 'RS-000001']).answer.value;
    expect(payments.rows.map((row: { amountMinor: number }) => row.amountMinor)).toEqual([75_000]);
    const closeHub = runCli(
      ['--data-dir', dataDir, 'retailer', 'close', 'SD-NORD', '--reason', 'Merged'],
      key,
    );
    expect(closeHub.status).toBe(1);
    expect(closeHub.stderr).toContain('3 retailer(s) under it are still open');
  });
});
