import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName, OperationOutput } from '../../src/contract/operations';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { type CliRun, requireBuild, runCliInBackground } from '../support/builtApp';

// The operator's commands through the built CLI against a sandbox in this process. The CLI runs
// asynchronously (spawn, not spawnSync): a blocked event loop here would be a sandbox that never answers.

const key = { AIRLEDGER_DB_KEY: 'a long and correct passphrase' };
const retailer = { partyId: 'R-0001', name: 'Awa Boutique', msisdn: '2250700000001' };

let folder = '';
let dataDir = '';
let sandbox: OperatorSandbox | undefined;
let sandboxOpen = false;

function cli(args: string[], env: Record<string, string> = key): Promise<CliRun> {
  return runCliInBackground(args, env);
}

/** `airledger --json --data-dir <workspace> ...args` */
const inWorkspace = (...args: string[]) => cli(['--json', '--data-dir', dataDir, ...args]);

interface CliError {
  code: string;
  message: string;
  reason?: string;
}

/** The one JSON line a --json run prints. */
function json(run: CliRun): { ok: boolean; value?: unknown; error?: CliError } {
  const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('{'));
  if (line === undefined) throw new Error(`no JSON in stdout: ${run.stdout} / stderr: ${run.stderr}`);
  return JSON.parse(line);
}

/** What a successful --json run printed, typed as the contract operation behind the command. */
function resultOf<N extends OperationName>(run: CliRun, _operation: N): NonNullable<OperationOutput<N>> {
  const printed = json(run);
  if (!printed.ok) throw new Error(`expected success, got ${run.stdout}`);
  return printed.value as NonNullable<OperationOutput<N>>;
}

/** The error a failed --json run printed. */
function errorOf(run: CliRun): CliError {
  const printed = json(run);
  if (printed.ok || printed.error === undefined) throw new Error(`expected an error, got ${run.stdout}`);
  return printed.error;
}

beforeAll(async () => {
  requireBuild();
  folder = mkdtempSync(join(tmpdir(), 'airledger-operator-cli-'));
  dataDir = join(folder, 'ws');
  sandbox = await startOperatorSandbox({
    port: 0,
    wholesaleInitialBalance: 0,
    purchaseDelayMs: 30,
    transferDelayMs: 30,
    topupDelayMs: 30,
  });
  sandboxOpen = true;
  sandbox.addRetailer({ ...retailer, initialBalance: 0 });
  const init = await cli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF']);
  expect(init.status, init.stderr).toBe(0);
});

afterAll(async () => {
  if (sandbox !== undefined && sandboxOpen) await sandbox.close();
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

describe('the operator from the command line', () => {
  it('--help lists the operator commands', async () => {
    const help = await cli(['--help'], {});
    expect(help.status).toBe(0);
    for (const word of ['operator', 'purchase', 'allocate', 'topup', 'sync', 'queue', 'report']) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${word}\\b`, 'm'));
    }
    expect(help.stdout).toContain('4 the operator cannot be reached');
    const operatorHelp = await cli(['operator', '--help'], {});
    expect(operatorHelp.status).toBe(0);
    for (const word of ['connect', 'link-retailer', 'wallets']) expect(operatorHelp.stdout).toContain(word);
  });

  it('operator connect with a wrong client secret exits 1 with a readable reason and saves nothing', async () => {
    const secretFile = join(folder, 'wrong-secret.txt');
    writeFileSync(secretFile, 'not-the-sandbox-secret\n');
    const refused = await inWorkspace(
      'operator',
      'connect',
      '--sandbox',
      sandbox?.url ?? '',
      '--client-secret-file',
      secretFile,
    );
    expect(refused.status).toBe(1);
    expect(json(refused)).toMatchObject({
      ok: false,
      error: { code: 'business_rule', reason: 'connection_test_failed' },
    });
    expect(errorOf(refused).message).toMatch(
      /^The connection was not saved: The operator refused the client id and secret/,
    );
    expect(errorOf(refused).message).not.toContain('not-the-sandbox-secret');

    // Human-readable too: one line on stderr, no stack.
    const human = await cli([
      '--data-dir',
      dataDir,
      'operator',
      'connect',
      '--sandbox',
      sandbox?.url ?? '',
      '--client-secret-file',
      secretFile,
    ]);
    expect(human.status).toBe(1);
    expect(human.stderr.trim().split('\n')).toHaveLength(1);
    expect(human.stderr).toMatch(/^airledger: The connection was not saved: .*client id and secret/);

    // Nothing saved: a purchase still finds no operator.
    const purchase = await inWorkspace('purchase', '--amount', '1000');
    expect(purchase.status).toBe(1);
    expect(errorOf(purchase)).toMatchObject({ code: 'business_rule', reason: 'operator_not_connected' });
  });

  it('operator connect --sandbox tests and saves the connection; link-retailer links the wallet', async () => {
    const connect = await inWorkspace('operator', 'connect', '--sandbox', sandbox?.url ?? '');
    expect(connect.status, connect.stdout + connect.stderr).toBe(0);
    const value = resultOf(connect, 'operator.connect');
    expect(value.connection).toMatchObject({
      id: 'sandbox',
      name: 'Operator sandbox',
      baseUrl: `${sandbox?.url}/tmf-api/prepayBalanceManagement/v4`,
      hasClientSecret: true,
      units: 'XOF',
      scale: 0,
    });
    expect(value.connection.assetCode).toBe('AIRTIME-SANDBOX');
    expect(value.connection).not.toHaveProperty('clientSecret');
    expect(value.test).toMatchObject({ ok: true, wholesaleBalanceMinor: 0 });

    const link = await inWorkspace(
      'operator',
      'link-retailer',
      '--party',
      retailer.partyId,
      '--name',
      retailer.name,
    );
    expect(link.status, link.stdout).toBe(0);
    expect(resultOf(link, 'operator.linkRetailer')).toMatchObject({
      partyId: retailer.partyId,
      name: retailer.name,
      msisdn: retailer.msisdn,
      bucketId: expect.any(String),
      accountId: expect.any(String),
    });
    // Linking onboarded the retailer (prepaid by default); it buys on credit from now on.
    const terms = await inWorkspace(
      'retailer',
      'update',
      retailer.partyId,
      '--postpaid',
      '--credit-limit',
      '5,000,000',
    );
    expect(terms.status, terms.stdout + terms.stderr).toBe(0);
    expect(resultOf(terms, 'retailers.update')).toMatchObject({
      code: retailer.partyId,
      name: retailer.name,
      walletMsisdn: retailer.msisdn,
      terms: 'postpaid',
      creditLimitMinor: 5_000_000,
    });
  });

  it('bad amounts and unknown retailers exit 2 naming what is wrong', async () => {
    const fractional = await inWorkspace('purchase', '--amount', '12.5');
    expect(fractional.status).toBe(2);
    expect(errorOf(fractional)).toMatchObject({ code: 'bad_input' });
    expect(errorOf(fractional).message).toBe('--amount has 1 decimals; this currency takes none.');

    const words = await inWorkspace('allocate', '--retailer', retailer.partyId, '--amount', 'abc');
    expect(words.status).toBe(2);
    expect(errorOf(words).message).toMatch(/^--amount is not an amount such as 150000/);

    const zero = await inWorkspace('topup', '--msisdn', '2250700000009', '--amount', '0');
    expect(zero.status).toBe(2);
    expect(errorOf(zero).message).toContain('--amount');

    const nobody = await inWorkspace('allocate', '--retailer', 'NOPE', '--amount', '1000');
    expect(nobody.status).toBe(2);
    expect(errorOf(nobody).message).toContain('NOPE');

    const missing = await cli(['--data-dir', dataDir, 'allocate', '--amount', '1000']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--retailer');

    // None of these queued anything.
    const queue = await inWorkspace('queue', '--filter', 'all');
    expect(resultOf(queue, 'sync.queue').actions).toEqual([]);
  });

  it('purchase, allocate, top up and sync: the summary counts them and every wallet reconciles exactly', async () => {
    const purchase = await inWorkspace('purchase', '--amount', '1,000,000', '--note', 'Opening stock');
    expect(purchase.status, purchase.stdout).toBe(0);
    const purchased = resultOf(purchase, 'operator.purchase');
    expect(purchased).toMatchObject({ kind: 'purchase', state: 'queued', amountMinor: 1_000_000 });
    expect(purchased.clientReference).toBe(`${purchased.id}.1`);

    // Nothing to allocate until the operator confirms the purchase: a business rule refuses it.
    const early = await inWorkspace('allocate', '--retailer', retailer.partyId, '--amount', '250000');
    expect(early.status, early.stdout).toBe(1);
    expect(errorOf(early)).toMatchObject({ code: 'business_rule', reason: 'insufficient_stock' });
    // A clerk's words: the stock is short, by how much, and the purchase counts once confirmed.
    expect(errorOf(early).message).toMatch(
      /^Not enough wholesale stock: 0 XOF available, 250,000 XOF requested\. .*run a sync, or buy more\.$/,
    );
    const earlyHuman = await cli([
      '--data-dir',
      dataDir,
      'allocate',
      '--retailer',
      retailer.partyId,
      '--amount',
      '250000',
    ]);
    expect(earlyHuman.status).toBe(1);
    expect(earlyHuman.stderr.trim().split('\n')).toHaveLength(1);
    expect(earlyHuman.stderr).toMatch(/^airledger: \S/);
    expect(earlyHuman.stderr).not.toMatch(/\n\s+at /);

    const first = await inWorkspace('sync');
    expect(first.status, first.stdout).toBe(0);
    expect(resultOf(first, 'sync.run')).toMatchObject({
      outcome: 'completed',
      sent: 1,
      confirmed: 1,
      failed: 0,
      conflicts: 0,
      stillOpen: 0,
    });

    const allocate = await inWorkspace('allocate', '--retailer', retailer.partyId, '--amount', '250000');
    expect(allocate.status, allocate.stdout).toBe(0);
    expect(resultOf(allocate, 'allocations.create')).toMatchObject({
      status: 'queued',
      approval: null,
      allocation: {
        status: 'queued',
        partyId: retailer.partyId,
        retailerCode: retailer.partyId,
        amountMinor: 250_000,
      },
    });
    const topup = await inWorkspace('topup', '--msisdn', '2250700000009', '--amount', '1000');
    expect(topup.status, topup.stdout).toBe(0);
    expect(resultOf(topup, 'operator.topup')).toMatchObject({
      kind: 'direct_topup',
      state: 'queued',
      msisdn: '2250700000009',
      amountMinor: 1000,
    });

    const second = await cli(['--data-dir', dataDir, 'sync', '--json']);
    expect(second.status, second.stdout).toBe(0);
    const summary = resultOf(second, 'sync.run');
    expect(summary).toMatchObject({
      outcome: 'completed',
      sent: 2,
      confirmed: 2,
      failed: 0,
      conflicts: 0,
      stillOpen: 0,
      message: null,
    });
    expect(summary.balancesPulled).toBe(2);
    // A third cycle has nothing to send and reads what is left of the feed: across the cycles each of
    // the operator's three actions is pulled exactly once (re-read windows are deduplicated), and none
    // is booked as a sale (they are ours, confirmed through the outbox).
    const third = await inWorkspace('sync');
    expect(third.status, third.stdout).toBe(0);
    const last = resultOf(third, 'sync.run');
    expect(last).toMatchObject({ outcome: 'completed', sent: 0, confirmed: 0, stillOpen: 0 });
    expect(resultOf(first, 'sync.run').pulled + summary.pulled + last.pulled).toBe(3);
    expect(resultOf(first, 'sync.run').booked + summary.booked + last.booked).toBe(0);

    const queue = await inWorkspace('queue', '--filter', 'all');
    expect(queue.status).toBe(0);
    const { actions, counts } = resultOf(queue, 'sync.queue');
    expect(counts).toEqual({ queued: 0, inFlight: 0, needsAttention: 0, confirmed: 3, cancelled: 0 });
    expect(
      actions.map((action: { kind: string; state: string; amountMinor: number }) => [
        action.kind,
        action.state,
        action.amountMinor,
      ]),
    ).toEqual([
      ['direct_topup', 'confirmed', 1000],
      ['allocation', 'confirmed', 250_000],
      ['purchase', 'confirmed', 1_000_000],
    ]);

    const report = await inWorkspace('report', 'reconciliation');
    expect(report.status).toBe(0);
    const reconciliation = resultOf(report, 'reconciliation.report');
    expect(reconciliation.totals).toMatchObject({
      buckets: 2,
      matched: 2,
      explained: 0,
      unexplained: 0,
      notPulled: 0,
    });
    const byParty = new Map(
      reconciliation.buckets.map((bucket: { partyId: string }) => [bucket.partyId, bucket]),
    );
    const wholesale = reconciliation.buckets.find((bucket: { role: string }) => bucket.role === 'wholesale');
    expect(wholesale).toMatchObject({
      status: 'matched',
      ledgerPostedMinor: 749_000,
      operatorTotalMinor: 749_000,
      differenceMinor: 0,
    });
    expect(byParty.get(retailer.partyId)).toMatchObject({
      status: 'matched',
      ledgerPostedMinor: 250_000,
      operatorTotalMinor: 250_000,
      differenceMinor: 0,
    });

    const wallets = await inWorkspace('operator', 'wallets');
    expect(wallets.status).toBe(0);
    const walletRows = resultOf(wallets, 'operator.wallets') as Array<{
      role: string;
      partyId: string;
      operatorRemainingMinor: number;
      operatorReservedMinor: number | null;
    }>;
    expect(
      walletRows.map((wallet) => [
        wallet.role,
        wallet.partyId,
        wallet.operatorRemainingMinor + (wallet.operatorReservedMinor ?? 0),
      ]),
    ).toEqual([
      ['wholesale', expect.any(String), 749_000],
      ['retailer', retailer.partyId, 250_000],
    ]);
    expect(sandbox?.stats()).toMatchObject({
      actions: { TopupBalance: 2, TransferBalance: 1 },
      referencesWithMoreThanOneAction: 0,
      wholesaleAvailableMinor: 749_000,
    });

    // The human report says the same in words.
    const words = await cli(['--data-dir', dataDir, 'report', 'reconciliation']);
    expect(words.stdout).toMatch(/2 matched, 0 explained, 0 unexplained, 0 not pulled/);
    expect(words.stdout).toContain('749,000 XOF');
  });

  it('allocate --file queues every row or none; topup warns of the same line and amount twice', async () => {
    const file = join(folder, 'floats.csv');
    writeFileSync(file, `retailer_code,amount,note\n${retailer.partyId},100000,Week 2\nGHOST,5000,\n`);
    const refused = await inWorkspace('allocate', '--file', file);
    expect(refused.status).toBe(2);
    expect(json(refused)).toMatchObject({ ok: true, value: { invalidCount: 1, validCount: 1 } });
    const refusedText = await cli(['--data-dir', dataDir, 'allocate', '--file', file]);
    expect(refusedText.stdout).toContain('row 3: retailer_code names no retailer (GHOST)');
    expect(refusedText.stdout).toContain('Nothing was allocated.');

    writeFileSync(file, `retailer_code,amount,note\n${retailer.partyId},100000,Week 2\n`);
    const batchId = uuidv7();
    const queued = await inWorkspace('allocate', '--file', file, '--batch-id', batchId);
    expect(queued.status, queued.stdout).toBe(0);
    expect(resultOf(queued, 'allocations.importApply')).toMatchObject({
      queued: 1,
      totalAmountMinor: 100_000,
    });
    const again = await inWorkspace('allocate', '--file', file, '--batch-id', batchId);
    expect(resultOf(again, 'allocations.importApply').actionIds).toEqual(
      resultOf(queued, 'allocations.importApply').actionIds,
    );

    const topup = await inWorkspace('topup', '--msisdn', '2250700000077', '--amount', '500');
    expect(topup.status).toBe(0);
    const twice = await inWorkspace('topup', '--msisdn', '2250700000077', '--amount', '500');
    expect(twice.status).toBe(1);
    expect(errorOf(twice)).toMatchObject({ reason: 'possible_duplicate' });
    const meant = await inWorkspace(
      'topup',
      '--msisdn',
      '2250700000077',
      '--amount',
      '500',
      '--confirm-duplicate',
    );
    expect(meant.status).toBe(0);
    const synced = await inWorkspace('sync');
    expect(resultOf(synced, 'sync.run')).toMatchObject({ sent: 3, confirmed: 3, failed: 0 });
  });

  it('with the operator gone, sync exits 4 and the queued action stays queued', async () => {
    await sandbox?.close();
    sandboxOpen = false;
    const purchase = await inWorkspace('purchase', '--amount', '5000');
    expect(purchase.status).toBe(0);
    const id = resultOf(purchase, 'operator.purchase').id as string;

    const sync = await inWorkspace('sync');
    expect(sync.status, sync.stdout).toBe(4);
    expect(json(sync)).toMatchObject({ ok: true, value: { outcome: 'offline', sent: 0, stillOpen: 1 } });
    expect(resultOf(sync, 'sync.run').message).toMatch(/\S/);
    const human = await cli(['--data-dir', dataDir, 'sync']);
    expect(human.status).toBe(4);
    expect(human.stdout).toMatch(/^Sync offline: sent 0/);

    const queue = await inWorkspace('queue');
    const { actions, counts } = resultOf(queue, 'sync.queue');
    // The three of the first round, and the file's allocation and two top-ups.
    expect(counts).toMatchObject({ queued: 1, inFlight: 0, confirmed: 6 });
    expect(actions).toEqual([
      expect.objectContaining({ id, state: 'queued', attempt: 1, clientReference: `${id}.1` }),
    ]);
  });
});
