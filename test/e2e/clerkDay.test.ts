import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
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

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

const sandboxes: OperatorSandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "F CFA 1,250,000" → 1250000, "-F CFA 35,000" → -35000 (XOF has no decimals). */
function xofMinor(text: string): number {
  const trimmed = text.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits === '') throw new Error(`no amount in "${text}"`);
  return (/^[-−]/.test(trimmed) ? -1 : 1) * Number(digits);
}

const amountIn = async (locator: Locator) => xofMinor(await textOf(locator));

/** A form field by its label, whatever the required-field asterisk after it. */
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

async function navigate(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
}

/** A screenshot with notifications gone and the pointer where it opens no tooltip. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  // Scrolled to the top, the fixed header and status bar sit where they belong in a full-page shot.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.mouse.move(1, 1);
  await saveScreenshot(page, name);
}

async function chooseFile(dialog: Locator, name: string, text: string): Promise<void> {
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** Presses Sync now on a working screen and waits for the cycle's notice. */
async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByText(/^Sync completed$/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Sync now' }).and(page.locator(':enabled')).waitFor();
}

async function allocationTotal(contract: LoopbackContract): Promise<number> {
  return (await contract.call('allocations.list', { limit: 1 })).total;
}

describe("a clerk's day, end to end", () => {
  it('buys credit, allocates one by one and from a file (a bad row refused whole), syncs, and records a payment with its receipt', async () => {
    const sandbox = await startOperatorSandbox({
      port: 0,
      stateFile: join(newTemporaryFolder(), 'sandbox.json'),
      wholesaleInitialBalance: 0,
      purchaseDelayMs: 50,
      transferDelayMs: 50,
      topupDelayMs: 50,
    });
    sandboxes.push(sandbox);
    const dataDir = join(newTemporaryFolder(), 'ws');
    const init = runCli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF'], key);
    expect(init.status, init.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const contract = loopbackContract(serve.url);
    try {
      // Setup over the contract: the operator, and two retailers with wallets there, both postpaid.
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
      for (const [partyId, name, msisdn] of [
        ['R-0001', 'Awa Diallo', '2250700000001'],
        ['R-0002', 'Boutique Koffi', '2250700000002'],
      ] as const) {
        sandbox.addRetailer({ partyId, name, msisdn, initialBalance: 0 });
        await contract.call('operator.linkRetailer', { partyId, name, msisdn });
        await contract.call('retailers.update', {
          code: partyId,
          terms: 'postpaid',
          creditLimitMinor: 1_000_000,
        });
      }

      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await navigate(page, 'Operator & purchases', 'Operator & purchases');
      await page.getByTestId('operator-card').getByText('Sandbox Telecom').waitFor();
      expect(await amountIn(page.getByTestId('wholesale-available'))).toBe(0);

      // Terms: 3.5% off, typed as a percentage; the core keeps 350 basis points.
      await page.getByRole('button', { name: 'Edit terms' }).click();
      const termsForm = page.getByRole('form', { name: 'Operator terms' });
      await field(termsForm, 'Wholesale discount').fill('3.5');
      await termsForm.getByRole('button', { name: 'Save terms' }).click();
      await termsForm.waitFor({ state: 'detached' });
      await expect.poll(() => textOf(page.getByTestId('terms-discount'))).toContain('3.5% off face value');
      expect((await contract.call('operator.terms', {})).wholesaleDiscountBasisPoints).toBe(350);

      // Buy 2,000,000 of airtime: the cost after discount shows as it is typed.
      const buy = page.getByRole('form', { name: 'Buy credit' });
      await field(buy, 'Face value').fill('2,000,000');
      await field(buy, 'Payment reference').fill('VIR-2026-118');
      await expect.poll(() => amountIn(page.getByTestId('buy-cost'))).toBe(1_930_000);
      expect(await amountIn(page.getByTestId('buy-discount'))).toBe(-70_000);
      await screenshot(page, 'clerk-01-buy-form');
      await buy.getByRole('button', { name: 'Submit to operator' }).click();
      const confirmation = page.getByTestId('buy-confirmation');
      await confirmation.waitFor();
      const confirmText = await textOf(confirmation);
      expect(confirmText).toContain('2,000,000');
      expect(confirmText).toContain('1,930,000');
      expect(confirmText).toContain('bank transfer');
      await page.getByRole('dialog').getByRole('button', { name: 'Submit to operator' }).click();
      const orderRow = page.getByTestId('purchases-table').locator('tr[data-order-id]').first();
      await expect.poll(() => orderRow.getAttribute('data-status'), { timeout: 10_000 }).toBe('submitted');
      const orders = await contract.call('purchases.list', {});
      expect(orders.total).toBe(1);
      expect(orders.rows[0]).toMatchObject({
        faceValueMinor: 2_000_000,
        costMinor: 1_930_000,
        status: 'submitted',
      });
      await screenshot(page, 'clerk-02-operator-submitted');

      // A sync: the operator confirms, the wholesale stock grows.
      await syncNow(page);
      await expect.poll(() => orderRow.getAttribute('data-status'), { timeout: 10_000 }).toBe('confirmed');
      await expect.poll(() => amountIn(page.getByTestId('wholesale-available'))).toBe(2_000_000);
      expect(await amountIn(page.getByTestId('purchases-total-cost'))).toBe(1_930_000);
      await orderRow.click();
      const detail = page.getByTestId('purchase-detail');
      await detail.waitFor();
      expect(await detail.getAttribute('data-status')).toBe('confirmed');
      expect(await textOf(detail.getByTestId('purchase-number'))).toMatch(/^PO-\d{4}-\d{6}$/);
      const confirmedOrder = await contract.call('purchases.get', { id: orders.rows[0]?.id ?? '' });
      expect(confirmedOrder.resolutionEntryId).not.toBeNull();
      await detail.getByText(confirmedOrder.resolutionEntryId ?? '').waitFor();
      await screenshot(page, 'clerk-03-purchase-detail');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      await screenshot(page, 'clerk-04-operator-screen');

      // One allocation through the form, to Awa Diallo (credit limit 1,000,000).
      await navigate(page, 'Allocations', 'Allocations');
      const allocate = page.getByRole('form', { name: 'Allocate' });
      await field(allocate, 'Retailer').fill('Awa');
      await page.getByRole('option', { name: 'Awa Diallo · R-0001' }).click();
      const context = page.getByTestId('allocation-context');
      await context.waitFor();
      expect(await amountIn(context.getByTestId('context-room'))).toBe(1_000_000);
      expect(await amountIn(page.getByTestId('allocate-wholesale'))).toBe(2_000_000);
      await field(allocate, 'Amount').fill('300,000');
      await field(allocate, 'Note').fill('Weekly float');
      await screenshot(page, 'clerk-05-allocation-form');
      await allocate.getByRole('button', { name: 'Allocate' }).click();
      await page.getByTestId('allocate-confirmation').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Allocate' }).click();
      await page.getByTestId('allocate-confirmation').waitFor({ state: 'detached' });
      await expect
        .poll(() => amountIn(context.getByTestId('context-room')), { timeout: 10_000 })
        .toBe(700_000);
      await expect.poll(() => allocationTotal(contract)).toBe(1);
      await expect
        .poll(() => page.getByTestId('allocations-table').locator('tr[data-allocation-id]').count())
        .toBe(1);

      // More than the credit left is refused in the core's words.
      await field(allocate, 'Amount').fill('800,000');
      await allocate.getByRole('button', { name: 'Allocate' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Allocate' }).click();
      const refusal = page.getByTestId('allocate-refusal');
      await refusal.waitFor();
      expect(await textOf(refusal)).toContain('credit limit');
      expect(await allocationTotal(contract)).toBe(1);

      // A file with a bad row: named by row and column, nothing can be allocated.
      await page.getByRole('button', { name: 'Bulk allocation' }).click();
      const bulk = page.getByRole('dialog', { name: 'Bulk allocation' });
      await chooseFile(
        bulk,
        'week-47.csv',
        'retailer_code,amount,note\nR-0001,100000,top-up\nR-0002,12x000,first float\n',
      );
      await bulk.getByTestId('allocation-preview-table').waitFor();
      expect(await textOf(bulk.getByTestId('allocation-import-invalid'))).toBe('1');
      expect(await textOf(bulk.getByTestId('allocation-import-valid'))).toBe('1');
      expect(await amountIn(bulk.getByTestId('allocation-import-wholesale'))).toBe(1_700_000);
      const badRow = bulk.locator('tr[data-row-number="3"]');
      expect(await badRow.getAttribute('data-problems')).toBe('1');
      expect(await textOf(badRow.locator('[data-column="problems"]'))).toMatch(/^amount: /);
      const applyButton = bulk.getByRole('button', { name: /^Allocate/ });
      expect(await applyButton.isDisabled()).toBe(true);
      await screenshot(page, 'clerk-06-bulk-preview-problem');
      expect(await allocationTotal(contract)).toBe(1);

      // The corrected file goes through whole.
      await chooseFile(
        bulk,
        'week-47-fixed.csv',
        'retailer_code,amount,note\nR-0001,100000,top-up\nR-0002,120000,first float\n',
      );
      await expect.poll(() => textOf(bulk.getByTestId('allocation-import-invalid'))).toBe('0');
      expect(await amountIn(bulk.getByTestId('allocation-import-total'))).toBe(220_000);
      await screenshot(page, 'clerk-07-bulk-preview-ready');
      await bulk.getByRole('button', { name: 'Allocate 2 rows' }).click();
      await bulk.waitFor({ state: 'detached' });
      await expect.poll(() => allocationTotal(contract)).toBe(3);
      await expect.poll(() => amountIn(page.getByTestId('allocations-total'))).toBe(520_000);

      await syncNow(page);
      await expect
        .poll(async () => (await contract.call('allocations.list', { statuses: ['confirmed'] })).total, {
          timeout: 15_000,
        })
        .toBe(3);
      await expect
        .poll(() => page.getByTestId('allocations-table').locator('tr[data-status="confirmed"]').count(), {
          timeout: 10_000,
        })
        .toBe(3);

      // Awa's page: stock 400,000 and owes 400,000.
      await page.goto(`${new URL(serve.url).origin}/#/retailers/R-0001`);
      await page.getByRole('heading', { name: 'Awa Diallo' }).waitFor();
      const owed = page.getByTestId('receivable-owed');
      await expect.poll(() => amountIn(owed)).toBe(400_000);
      const stockCard = page.getByTestId('stock-card');
      await expect.poll(async () => textOf(stockCard)).toContain('400,000');
      await expect
        .poll(() => page.getByTestId('recent-allocations-table').locator('tr[data-allocation-id]').count())
        .toBe(2);

      // A cash payment of 250,000: the receipt says what it settled; the owed amount drops.
      await page.getByRole('button', { name: 'Record payment' }).click();
      const paymentForm = page.getByRole('form', { name: 'Record payment' });
      await field(paymentForm, 'Amount').fill('250,000');
      await field(paymentForm, 'Reference').fill('CAISSE-0042');
      await expect
        .poll(() => paymentForm.getByTestId('payment-settles').locator('tr[data-action-id]').count())
        .toBe(2);
      await screenshot(page, 'clerk-08-payment-form');
      await paymentForm.getByRole('button', { name: 'Record payment' }).click();
      const receipt = page.getByTestId('payment-receipt');
      await receipt.waitFor();
      expect(await textOf(receipt.getByTestId('receipt-number'))).not.toBe('');
      expect(await amountIn(receipt.getByTestId('receipt-amount'))).toBe(250_000);
      expect(await amountIn(receipt.getByTestId('receipt-before'))).toBe(400_000);
      expect(await amountIn(receipt.getByTestId('receipt-after'))).toBe(150_000);
      expect(await textOf(receipt.getByTestId('receipt-reference'))).toContain('CAISSE-0042');
      await screenshot(page, 'clerk-09-receipt');
      const payments = await contract.call('payments.list', { retailerCode: 'R-0001' });
      expect(payments.total).toBe(1);
      expect(payments.rows[0]).toMatchObject({
        amountMinor: 250_000,
        method: 'cash',
        reference: 'CAISSE-0042',
      });
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => amountIn(owed)).toBe(150_000);
      expect((await contract.call('retailers.get', { code: 'R-0001' })).receivable.balancePostedMinor).toBe(
        150_000,
      );
      await page.getByTestId('payments-table').locator('tr[data-payment-id]').first().waitFor();
      await screenshot(page, 'clerk-10-retailer-after-payment');

      // Customers top up at the retailers; after a sync, Awa's page lists its sales and the month's total.
      sandbox.generateTraffic(12, Date.now() - 20_000, Date.now());
      await contract.call('sync.run', { wait: true, settleWithinMs: 2_000 });
      const awaSales = await contract.call('retailers.sales', { code: 'R-0001', limit: 10 });
      const salesCard = page.getByTestId('retailer-sales-card');
      await page.reload();
      await salesCard.waitFor();
      if (awaSales.rows.length === 0) {
        await salesCard.getByText(/No sale pulled from the operator yet/).waitFor();
      } else {
        await expect.poll(() => salesCard.locator('tbody tr').count()).toBe(awaSales.rows.length);
        const month = awaSales.month[0];
        expect(await textOf(salesCard.getByTestId('retailer-sales-month'))).toContain(
          `This month: ${month?.count} top-up`,
        );
        await screenshot(page, 'clerk-11-retailer-sales');
      }

      // The one refusal above is the core's 422 answer, which the browser logs; nothing else went wrong.
      expect(errors.filter((error) => !error.includes('status of 422'))).toEqual([]);
      expect(errors.filter((error) => error.includes('status of 422'))).toHaveLength(1);
    } finally {
      await serve.stop();
    }
  }, 180_000);
});
