import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../src/core/workspace/openEncryptedDatabase';
import { requireBuild, runCli } from '../support/builtApp';
import { fingerprint } from '../support/fileFingerprint';
import { seedDemoLedger } from '../support/ledgerFixture';
import { temporaryFolders } from '../support/temporaryFolder';
import { currentSchemaVersion, testPassphrase } from '../support/testCore';

const newTemporaryFolder = temporaryFolders();
const key = { AIRLEDGER_DB_KEY: 'a long and correct passphrase' };

beforeAll(requireBuild);

describe('the airledger command', () => {
  it('demo makes a living network connected to the demo operator inside the app, which reconciles and comes back for the next command', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const demo = runCli(['--data-dir', dataDir, '--json', 'demo'], key);
    expect(demo.status, demo.stderr).toBe(0);
    const made = JSON.parse(demo.stdout) as {
      value: {
        connection: { id: string };
        network: Record<string, number>;
        sync: { outcome: string };
        wallets: unknown[];
      };
    };
    expect(made.value).toMatchObject({ connection: { id: 'sandbox' }, sync: { outcome: 'completed' } });
    expect(made.value.network).toMatchObject({
      subDistributors: 6,
      retailers: 194,
      operators: 2,
      purchases: 2,
    });
    // Every retailer gets a float at the first operator; every other one has a wallet and (unless a
    // daily limit is already used up by the first float) a float at the second.
    expect(made.value.network.allocations).toBeGreaterThan(194 + 40);
    expect(made.value.network.allocations).toBeLessThanOrEqual(194 + 97);
    // Sixty days of sales by the network's retailers, booked in their stock accounts.
    expect(made.value.network.salesSimulated ?? 0).toBeGreaterThan(20_000);
    const shown = runCli(['--data-dir', dataDir, '--json', 'retailer', 'show', 'RS-000001'], key);
    const sales = (JSON.parse(shown.stdout) as { value: { sales: { month: Array<{ count: number }> } } })
      .value.sales;
    expect(sales.month[0]?.count ?? 0).toBeGreaterThan(0);
    // The demo bought on credit: paying the operator settles the purchase order.
    const pay = runCli(
      ['--data-dir', dataDir, 'operator', 'pay', '--amount', '1,000,000', '--method', 'bank_transfer'],
      key,
    );
    expect(pay.status, pay.stderr).toBe(0);
    expect(pay.stdout).toMatch(
      /^Payment OP-\d{4}-000001 of 1,000,000 XOF to Demo operator \(sandbox\)\.\n {2}settles PO-\d{4}-000001: 1,000,000 XOF/,
    );
    // The wholesale bucket, the three first-run demo wallets and the network's 200.
    expect(made.value.wallets).toHaveLength(204);
    expect(existsSync(join(dataDir, 'operator-sandbox.json'))).toBe(true);
    // A later command reopens the workspace: the demo operator restarts from its state and reconciles.
    const report = runCli(['--data-dir', dataDir, '--json', 'report', 'reconciliation'], key);
    expect(report.status, report.stderr).toBe(0);
    const totals = (JSON.parse(report.stdout) as { value: { totals: Record<string, number> } }).value.totals;
    expect(totals).toMatchObject({ buckets: 204, matched: 204, unexplained: 0 });
    // The second demo operator, with its own state file, reconciles too: its wholesale bucket, its
    // three first-run wallets and every other retailer of the network.
    expect(existsSync(join(dataDir, 'operator-sandbox-sandbox-2.json'))).toBe(true);
    const second = runCli(
      ['--data-dir', dataDir, '--json', 'report', 'reconciliation', '--operator', 'sandbox-2'],
      key,
    );
    expect(second.status, second.stderr).toBe(0);
    expect(
      (JSON.parse(second.stdout) as { value: { totals: Record<string, number> } }).value.totals,
    ).toMatchObject({ buckets: 101, matched: 101, unexplained: 0 });
    const branch = runCli(
      ['--data-dir', dataDir, '--json', 'retailer', 'list', '--branch', 'SD-DKR', '--limit', '500'],
      key,
    );
    const rows = (
      JSON.parse(branch.stdout) as { value: { rows: Array<{ parentCode: string; region: string }> } }
    ).value.rows;
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => row.parentCode === 'SD-DKR' && row.region === 'Dakar')).toBe(true);
    const queue = runCli(['--data-dir', dataDir, '--json', 'queue', '--filter', 'attention'], key);
    expect(
      (JSON.parse(queue.stdout) as { value: { counts: Record<string, number> } }).value.counts,
    ).toMatchObject({
      queued: 0,
      needsAttention: 0,
      // Every opening float and purchase, at both operators.
      confirmed: (made.value.network.allocations ?? 0) + (made.value.network.purchases ?? 0),
    });
  });

  it('init creates an encrypted workspace and verify accepts it with the right key', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const init = runCli(
      ['--data-dir', dataDir, 'init', '--name', 'Dakar Recharge SARL', '--currency', 'xof'],
      key,
    );
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Created an encrypted workspace for Dakar Recharge SARL (XOF)');
    expect(readFileSync(join(dataDir, 'airledger.db')).subarray(0, 15).toString('latin1')).not.toBe(
      'SQLite format 3',
    );

    const verify = runCli(['--data-dir', dataDir, 'verify'], key);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain('ok   encryption');
    expect(verify.stdout).toContain(`ok   schema: schema ${currentSchemaVersion} of ${currentSchemaVersion}`);
  });

  it('verify exits 3 with a one-line reason when the key is wrong, and changes nothing', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    expect(runCli(['--data-dir', dataDir, 'init'], key).status).toBe(0);
    const before = fingerprint(join(dataDir, 'airledger.db'));
    const verify = runCli(['--data-dir', dataDir, 'verify'], {
      AIRLEDGER_DB_KEY: 'someone elses passphrase',
    });
    expect(verify.status).toBe(3);
    expect(verify.stderr.trim().split('\n')).toHaveLength(1);
    expect(verify.stderr).toMatch(
      /^airledger: The key from the AIRLEDGER_DB_KEY environment variable does not open the workspace/,
    );
    expect(verify.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(join(dataDir, 'airledger.db'))).toEqual(before);
  });

  it('serve refuses to start on a workspace its key does not open', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    expect(runCli(['--data-dir', dataDir, 'init'], key).status).toBe(0);
    const serve = runCli(['--data-dir', dataDir, 'serve', '--port', '0'], {
      AIRLEDGER_DB_KEY: 'not the passphrase',
    });
    expect(serve.status).toBe(3);
    expect(serve.stderr).toContain('does not open the workspace');
  });

  it('verify checks the whole ledger: exit 0 when clean, 1 naming the entry when an amount was edited', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await seedDemoLedger(dataDir);
    const ledgerKey = { AIRLEDGER_DB_KEY: testPassphrase };
    const clean = runCli(['--data-dir', dataDir, 'verify'], ledgerKey);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/Ledger \(full check\): 38 entries, 38 transfers, 8 accounts/);

    const sqlite = openEncryptedDatabase(
      join(dataDir, 'airledger.db'),
      { kind: 'passphrase', passphrase: testPassphrase },
      { create: false, keySource: 'test' },
    );
    sqlite.exec(
      'DROP TRIGGER ledger_transfers_refuse_update; UPDATE ledger_transfers SET amount_minor = 999 WHERE seq = 3;',
    );
    const entryId = sqlite
      .prepare(
        'SELECT e.id FROM ledger_entries e JOIN ledger_transfers t ON t.entry_seq = e.seq WHERE t.seq = 3',
      )
      .pluck()
      .get();
    sqlite.close();

    const tampered = runCli(['--data-dir', dataDir, 'verify'], ledgerKey);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`FAIL hash_chain [entry ${entryId}]`);
    const json = runCli(['--json', '--data-dir', dataDir, 'verify'], ledgerKey);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).value.ledger).toMatchObject({ ok: false, mode: 'full' });
  });

  it('reads the key from --key-file', () => {
    const folder = newTemporaryFolder();
    const keyFile = join(folder, 'key.txt');
    writeFileSync(keyFile, 'passphrase from a file\n');
    const dataDir = join(folder, 'ws');
    expect(runCli(['--data-dir', dataDir, '--key-file', keyFile, 'init']).status).toBe(0);
    expect(runCli(['--data-dir', dataDir, '--key-file', keyFile, 'verify']).status).toBe(0);
    expect(
      runCli(['--data-dir', dataDir, 'verify'], { AIRLEDGER_DB_KEY: 'passphrase from a file' }).status,
    ).toBe(0);
  });

  it('exits 3 when there is no key, no workspace, or a file that is not a database', () => {
    const folder = newTemporaryFolder();
    const noKey = runCli(['--data-dir', join(folder, 'ws'), 'init']);
    expect(noKey.status).toBe(3);
    expect(noKey.stderr).toContain('No database key: set AIRLEDGER_DB_KEY');
    expect(existsSync(join(folder, 'ws', 'airledger.db'))).toBe(false);

    const missing = runCli(['--data-dir', join(folder, 'nowhere'), 'verify'], key);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('There is no Airledger workspace at');

    writeFileSync(join(folder, 'airledger.db'), 'this is a spreadsheet, not a database\n'.repeat(100));
    const garbage = runCli(['--data-dir', folder, 'verify'], key);
    expect(garbage.status).toBe(3);
    expect(garbage.stderr).toContain('is not an Airledger database');
  });

  it('exits 1 when a business rule refuses, and 2 on bad input or usage', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    expect(runCli(['--data-dir', dataDir, 'init'], key).status).toBe(0);
    const again = runCli(['--data-dir', dataDir, 'init'], key);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('A workspace already exists');

    const badCurrency = runCli(
      ['--data-dir', join(newTemporaryFolder(), 'ws'), 'init', '--currency', 'dollars'],
      key,
    );
    expect(badCurrency.status).toBe(2);
    expect(badCurrency.stderr).toContain('baseCurrency must be a three-letter ISO 4217 code');

    expect(runCli(['frobnicate']).status).toBe(2);
    expect(runCli(['serve', '--port', 'eighty']).status).toBe(2);
  });

  it('prints machine-readable results and errors with --json', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const init = runCli(['--json', '--data-dir', dataDir, 'init', '--name', 'Kampala Airtime'], key);
    expect(JSON.parse(init.stdout)).toMatchObject({
      ok: true,
      value: { distributorName: 'Kampala Airtime', schemaVersion: currentSchemaVersion },
    });
    const verify = runCli(['--json', '--data-dir', dataDir, 'verify'], {
      AIRLEDGER_DB_KEY: 'wrong passphrase!',
    });
    expect(verify.status).toBe(3);
    expect(JSON.parse(verify.stdout)).toMatchObject({
      ok: false,
      error: { code: 'workspace_unavailable', reason: 'wrong_key' },
    });
  });

  it('--help lists the commands and the exit codes', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const word of [
      'init',
      'serve',
      'verify',
      '--data-dir',
      '--json',
      '3 the workspace cannot be opened',
    ]) {
      expect(help.stdout).toContain(word);
    }
  });
});
