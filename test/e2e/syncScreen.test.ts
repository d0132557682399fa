import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { browserForTests, saveScreenshot } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { type LoopbackContract, loopbackContract } from '../support/loopbackContract';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { openSignedIn } from '../support/testUsers';
import { drainWholesaleBehindOurBack } from '../support/wholesaleDrain';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

const sandboxes: OperatorSandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

/** A sandbox whose actions complete within 50 ms, its state kept in a file so it survives a restart. */
async function startSandbox(stateFile: string, port = 0): Promise<OperatorSandbox> {
  const sandbox = await startOperatorSandbox({
    port,
    stateFile,
    wholesaleInitialBalance: 0,
    purchaseDelayMs: 50,
    transferDelayMs: 50,
    topupDelayMs: 50,
  });
  sandboxes.push(sandbox);
  return sandbox;
}

/** A fresh workspace made by the built CLI, served in browser mode. */
async function serveNewWorkspace() {
  const dataDir = join(newTemporaryFolder(), 'ws');
  const init = runCli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF'], key);
  expect(init.status, init.stderr).toBe(0);
  const serve = await startServe(['--data-dir', dataDir], key);
  return { serve, contract: loopbackContract(serve.url) };
}

/** "F CFA 1,250,000" → 1250000, "-F CFA 900,000" → -900000 (XOF has no decimals). */
function xofMinor(text: string | null): number {
  const trimmed = (text ?? '').trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits === '') throw new Error(`no amount in "${text}"`);
  return (/^[-−]/.test(trimmed) ? -1 : 1) * Number(digits);
}

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function openSyncScreen(page: Page, url: string): Promise<void> {
  await openSignedIn(page, url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Sync' }).click();
  await page.getByRole('heading', { name: 'Sync', level: 2 }).waitFor();
}

/** A form field by its label, whatever the required-field asterisk after it. */
const field = (form: Locator, label: string) => form.getByLabel(new RegExp(`^${label}( \\*)?$`));

const queueRows = (page: Page) => page.getByTestId('queue-table').locator('tr[data-action-id]');
const queueRow = (page: Page, actionId: string) =>
  page.getByTestId('queue-table').locator(`tr[data-action-id="${actionId}"]`);
const bucketRow = (page: Page, bucketId: string) =>
  page.getByTestId('reconciliation-table').locator(`tr[data-bucket-id="${bucketId}"]`);

async function chooseFilter(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Queue filter' }).getByText(label).click();
}

/** The filter's label, e.g. "Needs attention · 1" → 1. */
async function filterCount(page: Page, label: string): Promise<number> {
  const text = await textOf(
    page.getByRole('radiogroup', { name: 'Queue filter' }).getByText(new RegExp(`^${label} ·`)),
  );
  return Number(text.split('·')[1]?.trim());
}

/** Presses Sync now and waits until the screen shows the cycle it started, finished. */
async function pressSyncNow(page: Page): Promise<Locator> {
  const lastCycle = page.getByTestId('last-cycle');
  const before = (await lastCycle.count()) > 0 ? await lastCycle.getAttribute('data-cycle-id') : null;
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(async () => ((await lastCycle.count()) > 0 ? lastCycle.getAttribute('data-cycle-id') : null), {
      timeout: 30_000,
    })
    .not.toBe(before)
    .catch(async (error: unknown) => {
      await saveScreenshot(page, 'sync-debug');
      throw error;
    });
  await page.getByRole('button', { name: 'Sync now' }).and(page.locator(':enabled')).waitFor();
  return lastCycle;
}

/** The same screen in both colour schemes; the pointer parked where it opens no tooltip. */
async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  // Scrolled to the top, the fixed header and status bar sit where they belong in a full-page shot.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.mouse.move(1, 1);
  await saveScreenshot(page, `${name}-light`);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.mouse.move(1, 1);
  await saveScreenshot(page, `${name}-dark`);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await page.mouse.move(1, 1);
}

/** Someone else moves stock out of our wholesale bucket at the operator: our ledger does not know. */
async function connectThroughContract(contract: LoopbackContract, sandbox: OperatorSandbox): Promise<void> {
  await contract.call('operator.connect', {
    id: 'sandbox',
    name: 'Sandbox Telecom',
    baseUrl: sandbox.tmfBaseUrl,
    tokenUrl: sandbox.tokenUrl,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    requestTimeoutMs: 2_000,
    distributorPartyId: 'DIST-001',
    partyAccountId: 'PA-DIST-001',
    wholesaleBucketId: 'BKT-WHOLESALE',
    units: 'XOF',
    scale: 0,
  });
}

describe('the Sync screen, end to end', () => {
  it('connects the operator through its form, drains the queue to a matched reconciliation, retries a failed allocation and cancels a queued purchase', async () => {
    const sandbox = await startSandbox(join(newTemporaryFolder(), 'sandbox.json'));
    const { serve, contract } = await serveNewWorkspace();
    try {
      const { page, errors } = await newPage();
      await openSyncScreen(page, serve.url);

      // No operator yet: the screen says why nothing shows, and offers the form.
      await page.getByTestId('sync-not-configured').getByText('No operator connected').waitFor();
      await page.getByRole('button', { name: 'Test and connect' }).click();
      await page.getByText('must be 2 to 32 lower-case letters, digits or - (e.g. mtn-ci)').waitFor();
      await page.getByText('must be the three-letter currency the operator counts airtime in').waitFor();
      await saveScreenshot(page, 'sync-01-connect-form-validation');

      const form = page.getByRole('form', { name: 'Connect the operator' });
      await field(form, 'Operator id').fill('sandbox');
      await field(form, 'Operator name').fill('Sandbox Telecom');
      await field(form, 'TMF654 base URL').fill(sandbox.tmfBaseUrl);
      await field(form, 'Token URL').fill(sandbox.tokenUrl);
      await field(form, 'Client id').fill(sandbox.clientId);
      await field(form, 'Client secret').fill(sandbox.clientSecret);
      await field(form, 'Distributor party id').fill('DIST-001');
      await field(form, 'Party account id').fill('PA-DIST-001');
      await field(form, 'Wholesale bucket id').fill('BKT-WHOLESALE');
      await field(form, 'Decimals').fill('0');
      await field(form, 'Units').fill('XOF');
      // Enter in a field submits, as in any form.
      await field(form, 'Units').press('Enter');

      const state = page.getByTestId('connection-state');
      await state.waitFor({ timeout: 15_000 });
      expect(await textOf(state)).toBe('Connected');
      await expect(textOf(page.getByTestId('connection-card'))).resolves.toContain('Sandbox Telecom');
      await page.getByTestId('never-synced').waitFor();
      await page.getByTestId('queue-empty').getByText('The queue is empty').waitFor();
      await page.getByTestId('feeds-empty').waitFor();

      await page.getByRole('button', { name: 'Test connection' }).click();
      const test = page.locator('[data-testid="connection-test"][data-ok="true"]');
      await test.waitFor();
      await expect(textOf(test)).resolves.toContain('Connected to Sandbox Telecom');
      await expect(textOf(test)).resolves.toContain('wholesale bucket at the operator: F CFA 0');

      // Two purchases queue at once; Sync now sends them and the operator confirms both.
      const firstPurchase = await contract.call('operator.purchase', {
        id: uuidv7(),
        amountMinor: 1_000_000,
      });
      const secondPurchase = await contract.call('operator.purchase', { id: uuidv7(), amountMinor: 250_000 });
      await expect.poll(() => queueRows(page).count(), { timeout: 10_000 }).toBe(2);
      const firstRow = queueRow(page, firstPurchase.id);
      expect(xofMinor(await firstRow.locator('[data-column="amount"]').textContent())).toBe(1_000_000);
      expect(await textOf(firstRow.locator('[data-column="kind"]'))).toBe('Purchase');
      expect(await textOf(firstRow.locator('[data-column="state"]'))).toBe('Queued');
      expect(await textOf(firstRow.locator('[data-column="target"]'))).toBe('Wholesale stock');
      expect(await textOf(firstRow.locator('[data-column="reference"]'))).toMatch(/^\S+…\S+\.1$/);
      expect(await filterCount(page, 'Open')).toBe(2);

      let lastCycle = await pressSyncNow(page);
      expect(await lastCycle.getAttribute('data-outcome')).toBe('completed');
      expect(await textOf(page.getByTestId('last-cycle-sent'))).toBe('2');
      expect(await textOf(page.getByTestId('last-cycle-confirmed'))).toBe('2');
      await page.getByTestId('queue-empty').waitFor();
      expect(await filterCount(page, 'Final')).toBe(2);
      const wholesaleLine = bucketRow(page, 'BKT-WHOLESALE');
      await expect.poll(() => wholesaleLine.getAttribute('data-status'), { timeout: 10_000 }).toBe('matched');
      expect(xofMinor(await wholesaleLine.locator('[data-column="ledger"]').textContent())).toBe(1_250_000);
      expect(xofMinor(await wholesaleLine.locator('[data-column="operator"]').textContent())).toBe(1_250_000);
      expect(xofMinor(await wholesaleLine.locator('[data-column="difference"]').textContent())).toBe(0);
      expect((await contract.call('sync.action', { id: secondPurchase.id })).state).toBe('confirmed');

      // A retailer's wallet, an allocation to it and a direct top-up.
      sandbox.addRetailer({
        partyId: 'R-0001',
        name: 'Awa Diallo',
        msisdn: '2250700000001',
        initialBalance: 0,
      });
      await contract.call('operator.linkRetailer', {
        partyId: 'R-0001',
        name: 'Awa Diallo',
        msisdn: '2250700000001',
      });
      await contract.call('retailers.update', {
        code: 'R-0001',
        terms: 'postpaid',
        creditLimitMinor: 10_000_000,
      });
      const allocation = await contract.call('operator.allocate', {
        id: uuidv7(),
        partyId: 'R-0001',
        amountMinor: 300_000,
        note: 'Weekly float',
      });
      const topup = await contract.call('operator.topup', {
        id: uuidv7(),
        msisdn: '2250799000001',
        amountMinor: 2_000,
      });
      await chooseFilter(page, /^Open/);
      await expect.poll(() => queueRows(page).count(), { timeout: 10_000 }).toBe(2);
      const allocationTarget = queueRow(page, allocation.id).locator('[data-column="target"] p');
      expect(await allocationTarget.allTextContents()).toEqual(['Awa Diallo', 'R-0001']);
      expect(await textOf(queueRow(page, topup.id).locator('[data-column="target"]'))).toBe('2250799000001');
      expect(
        xofMinor(await queueRow(page, allocation.id).locator('[data-column="amount"]').textContent()),
      ).toBe(300_000);
      await screenshotBothSchemes(page, 'sync-02-connected-queue');

      // More than the ledger holds is refused at once, before anything is queued.
      const refused = await contract.refusal('operator.allocate', {
        id: uuidv7(),
        partyId: 'R-0001',
        amountMinor: 5_000_000,
      });
      expect(refused.code).toBe('business_rule');

      lastCycle = await pressSyncNow(page);
      expect(await lastCycle.getAttribute('data-outcome')).toBe('completed');
      expect(await textOf(page.getByTestId('last-cycle-confirmed'))).toBe('2');
      await page.getByTestId('queue-empty').waitFor();
      await expect
        .poll(() => bucketRow(page, 'BKT-R-0001').getAttribute('data-status'), { timeout: 10_000 })
        .toBe('matched');
      expect(
        xofMinor(await bucketRow(page, 'BKT-R-0001').locator('[data-column="ledger"]').textContent()),
      ).toBe(300_000);
      expect(xofMinor(await wholesaleLine.locator('[data-column="ledger"]').textContent())).toBe(948_000);
      expect(xofMinor(await wholesaleLine.locator('[data-column="operator"]').textContent())).toBe(948_000);
      await expect(textOf(page.getByTestId('reconciliation-totals'))).resolves.toContain('2 matched');
      const salesFeed = page.getByTestId('feeds-table').locator('tr[data-feed="balanceActionHistory"]');
      await salesFeed.waitFor();
      await expect(
        textOf(page.getByTestId('feeds-table').locator('tr[data-feed="balances"]')),
      ).resolves.toContain('2 of 2');
      await screenshotBothSchemes(page, 'sync-03-reconciliation-matched');

      // The operator is short (someone took 900,000 elsewhere): our allocation of 500,000 fails there.
      await drainWholesaleBehindOurBack(sandbox, 900_000);
      const doomed = await contract.call('operator.allocate', {
        id: uuidv7(),
        partyId: 'R-0001',
        amountMinor: 500_000,
      });
      lastCycle = await pressSyncNow(page);
      expect(await textOf(page.getByTestId('last-cycle-failed'))).toBe('1');
      expect(await filterCount(page, 'Needs attention')).toBe(1);
      await chooseFilter(page, /^Needs attention/);
      const doomedRow = queueRow(page, doomed.id);
      await doomedRow.waitFor();
      expect(await queueRows(page).count()).toBe(1);
      expect(await doomedRow.getAttribute('data-state')).toBe('failed');
      expect(await textOf(doomedRow.locator('[data-column="state"]'))).toBe('Needs attention');
      const failed = await contract.call('sync.action', { id: doomed.id });
      expect(failed.statusReason).toMatch(/BKT-WHOLESALE/);
      expect(await textOf(doomedRow.locator('[data-column="reason"]'))).toBe(failed.statusReason);

      // The reconciliation explains the wholesale difference: a transfer this workspace did not make.
      await expect
        .poll(() => wholesaleLine.getAttribute('data-status'), { timeout: 10_000 })
        .toBe('explained');
      expect(xofMinor(await wholesaleLine.locator('[data-column="difference"]').textContent())).toBe(
        -900_000,
      );
      await wholesaleLine.getByRole('button', { name: 'Show the differences' }).click();
      const differenceLine = page.locator('tr[data-difference-of="BKT-WHOLESALE"]');
      await expect(textOf(differenceLine)).resolves.toContain('Unknown to us');
      expect(xofMinor(await differenceLine.locator('[data-column="line-amount"]').textContent())).toBe(
        -900_000,
      );
      await screenshotBothSchemes(page, 'sync-04-needs-attention');

      // The CSV carries plain minor units and the written amount, quoted where it must be.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^reconciliation-sandbox-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      // Intl writes the CFA franc with no-break spaces; compare them as plain ones.
      const lines = csv
        .slice(1)
        .replace(/[\u00a0\u202f]/g, ' ')
        .split('\r\n');
      expect(lines[0]).toBe(
        'record,operator_id,bucket_id,role,party_id,party_name,account_id,units,ledger_posted_minor,ledger_posted,operator_total_minor,operator_total,difference_minor,difference,explained_minor,unexplained_minor,status,pulled_at,cause,detail,reference,amount_minor,amount',
      );
      const wholesaleCsv = lines.find((line) => line.startsWith('bucket,sandbox,BKT-WHOLESALE,'));
      expect(wholesaleCsv).toContain(
        ',948000,"F CFA 948,000",48000,"F CFA 48,000",-900000,"(F CFA 900,000)",',
      );
      expect(wholesaleCsv).toContain(',explained,');
      expect(
        lines.some(
          (line) => line.startsWith('difference,sandbox,BKT-WHOLESALE,') && line.includes(',unknown_to_us,'),
        ),
      ).toBe(true);
      expect(lines.find((line) => line.startsWith('bucket,sandbox,BKT-R-0001,'))).toContain(',Awa Diallo,');

      // More stock at the operator, then the failed allocation again, confirmed in a modal.
      await contract.call('operator.purchase', { id: uuidv7(), amountMinor: 1_000_000 });
      await pressSyncNow(page);
      await doomedRow.getByRole('button', { name: 'Retry' }).click();
      const retryModal = page.getByRole('dialog', { name: 'Retry this allocation?' });
      await retryModal.waitFor();
      await expect(textOf(retryModal)).resolves.toContain(`new client reference ${doomed.id}.2`);
      await expect(textOf(retryModal)).resolves.toContain('F CFA 500,000');
      await expect(textOf(retryModal)).resolves.toContain('to Awa Diallo (R-0001)');
      await saveScreenshot(page, 'sync-06-retry-confirmation');
      await retryModal.getByRole('button', { name: 'Retry under a new reference' }).click();
      await retryModal.waitFor({ state: 'hidden' });
      await expect.poll(() => filterCount(page, 'Needs attention'), { timeout: 10_000 }).toBe(0);
      expect(await contract.call('sync.action', { id: doomed.id })).toMatchObject({
        state: 'queued',
        attempt: 2,
        clientReference: `${doomed.id}.2`,
      });
      await pressSyncNow(page);
      expect(await contract.call('sync.action', { id: doomed.id })).toMatchObject({
        state: 'confirmed',
        attempt: 2,
      });
      await expect
        .poll(async () =>
          xofMinor(await bucketRow(page, 'BKT-R-0001').locator('[data-column="ledger"]').textContent()),
        )
        .toBe(800_000);
      expect(await bucketRow(page, 'BKT-R-0001').getAttribute('data-status')).toBe('matched');

      // A purchase queued by mistake is cancelled before it is sent; the modal says it is for good.
      const mistaken = await contract.call('operator.purchase', { id: uuidv7(), amountMinor: 70_000 });
      await chooseFilter(page, /^Open/);
      await queueRow(page, mistaken.id).waitFor({ timeout: 10_000 });
      await queueRow(page, mistaken.id).getByRole('button', { name: 'Cancel' }).click();
      const cancelModal = page.getByRole('dialog', { name: 'Cancel this purchase?' });
      await cancelModal.waitFor();
      await expect(textOf(cancelModal)).resolves.toContain('has not been sent to the operator');
      await expect(textOf(cancelModal)).resolves.toContain('F CFA 70,000');
      await expect(textOf(cancelModal)).resolves.toContain('cannot be undone');
      await saveScreenshot(page, 'sync-07-cancel-confirmation');
      await cancelModal.getByRole('button', { name: 'Cancel the purchase' }).click();
      await cancelModal.waitFor({ state: 'hidden' });
      await page.getByTestId('queue-empty').waitFor({ timeout: 10_000 });
      expect((await contract.call('sync.action', { id: mistaken.id })).state).toBe('cancelled');

      // Cancelling it again is refused, in the core's words.
      await chooseFilter(page, /^Final/);
      await queueRow(page, mistaken.id).click();
      const drawer = page.getByTestId('action-detail');
      await drawer.waitFor();
      await expect(textOf(drawer)).resolves.toContain('Cancelled');
      await expect(textOf(drawer)).resolves.toContain(`${mistaken.id}.1`);
      expect(await drawer.getByRole('button', { name: 'Cancel…' }).count()).toBe(0);
      await saveScreenshot(page, 'sync-08-action-drawer');
      // Its pending entry opens in the ledger's entry drawer, resolved by a void.
      await drawer.getByRole('button', { name: 'Open entry' }).first().click();
      const entry = page.getByTestId('entry-detail');
      await entry.waitFor();
      await expect(textOf(entry)).resolves.toContain('Pending (reserved)');
      await entry.getByText(/Resolved by entry .* \(voided\)/).waitFor();
      await page.keyboard.press('Escape');
      await entry.waitFor({ state: 'hidden' });

      const statusBar = page.getByTestId('status-bar');
      await expect
        .poll(() => textOf(statusBar.getByTestId('status-operator')), { timeout: 10_000 })
        .toBe('sandbox connected');
      await expect
        .poll(() => textOf(statusBar.getByTestId('status-sync')), { timeout: 10_000 })
        .toBe('Queue empty');
      expect(sandbox.stats().referencesWithMoreThanOneAction).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it('keeps the queue while the operator is offline, says so, and drains it when the operator is back', async () => {
    const stateFile = join(newTemporaryFolder(), 'sandbox.json');
    let sandbox = await startSandbox(stateFile);
    const port = sandbox.port;
    const { serve, contract } = await serveNewWorkspace();
    try {
      await connectThroughContract(contract, sandbox);
      const { page, errors } = await newPage();
      await openSyncScreen(page, serve.url);
      await contract.call('operator.purchase', { id: uuidv7(), amountMinor: 100_000 });
      await expect.poll(() => queueRows(page).count(), { timeout: 10_000 }).toBe(1);
      await pressSyncNow(page);
      await page.getByTestId('queue-empty').waitFor();

      // The operator goes away; the clerk keeps working.
      await sandbox.close();
      const waiting = await contract.call('operator.purchase', { id: uuidv7(), amountMinor: 40_000 });
      await queueRow(page, waiting.id).waitFor({ timeout: 10_000 });
      const lastCycle = await pressSyncNow(page);
      expect(await lastCycle.getAttribute('data-outcome')).toBe('offline');
      await expect.poll(() => textOf(page.getByTestId('connection-state'))).toBe('Offline');
      await page.getByTestId('connection-message').waitFor();
      const row = queueRow(page, waiting.id);
      expect(await row.getAttribute('data-state')).toBe('queued');
      expect(await textOf(row.locator('[data-column="age"]'))).toMatch(/^\d+ s$/);
      expect(xofMinor(await row.locator('[data-column="amount"]').textContent())).toBe(40_000);
      expect(await filterCount(page, 'Open')).toBe(1);
      const statusBar = page.getByTestId('status-bar');
      await expect
        .poll(() => statusBar.getByTestId('status-operator').getAttribute('data-state'), {
          timeout: 10_000,
        })
        .toBe('offline');
      await expect
        .poll(() => textOf(statusBar.getByTestId('status-sync')), { timeout: 10_000 })
        .toBe('1 action waiting to sync');
      await screenshotBothSchemes(page, 'sync-05-offline');

      // Back on the same port with the state it had: the queue drains and the books match again.
      sandbox = await startSandbox(stateFile, port);
      const drained = await pressSyncNow(page);
      expect(await drained.getAttribute('data-outcome')).toBe('completed');
      expect(await textOf(page.getByTestId('last-cycle-confirmed'))).toBe('1');
      await expect.poll(() => textOf(page.getByTestId('connection-state'))).toBe('Connected');
      await page.getByTestId('queue-empty').waitFor({ timeout: 10_000 });
      expect((await contract.call('sync.action', { id: waiting.id })).state).toBe('confirmed');
      const wholesaleLine = bucketRow(page, 'BKT-WHOLESALE');
      await expect.poll(() => wholesaleLine.getAttribute('data-status'), { timeout: 10_000 }).toBe('matched');
      expect(xofMinor(await wholesaleLine.locator('[data-column="ledger"]').textContent())).toBe(140_000);
      expect(xofMinor(await wholesaleLine.locator('[data-column="operator"]').textContent())).toBe(140_000);
      expect(sandbox.stats().referencesWithMoreThanOneAction).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});

describe('a first run with the demo operator', () => {
  it('one click connects the sandbox inside the app, stocked, and the first sync reconciles the wholesale stock', async () => {
    const { serve } = await serveNewWorkspace();
    try {
      const { page, errors } = await newPage();
      await openSyncScreen(page, serve.url);
      await page.getByTestId('connect-demo-operator').click();
      const card = page.getByTestId('connection-card');
      await card.waitFor({ timeout: 30_000 });
      expect(await textOf(card)).toContain('Demo operator (sandbox)');
      await pressSyncNow(page);
      const wholesale = bucketRow(page, 'BKT-WHOLESALE');
      await expect.poll(() => wholesale.getAttribute('data-status'), { timeout: 30_000 }).toBe('matched');
      expect(xofMinor(await wholesale.locator('td').nth(2).textContent())).toBe(5_000_000);
      expect(
        await page.getByTestId('reconciliation-table').locator('tr[data-bucket-id^="BKT-R-"]').count(),
      ).toBe(3);
      await screenshotBothSchemes(page, 'sync-09-demo-operator');
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  });
});
