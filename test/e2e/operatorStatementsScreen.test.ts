import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testClockOffsetVariable } from '../../src/cli/testClockOffset';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { browserForTests } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { newActionId } from '../support/operatorWorld';
import { quietScreenshot, textOf, xofMinor } from '../support/screenActions';
import { connectSandboxOverContract, syncOverContract } from '../support/servedWorkspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const sandboxes: OperatorSandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});
const key = { AIRLEDGER_DB_KEY: testPassphrase };
const dayMs = 86_400_000;
/** Browser mode restarted with its clock 32 days ahead (a test-only variable): this month is then over. */
const clockAheadMs = 32 * dayMs;

describe("the operators' purchase statements of a closed period", () => {
  it('shows credit bought, discount earned, paid and owed per operator, and the purchases and open orders behind them', async () => {
    const sandbox = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 0, purchaseDelayMs: 20 });
    sandboxes.push(sandbox);
    const dataDir = join(newTemporaryFolder(), 'ws');
    const init = runCli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF'], key);
    expect(init.status, init.stderr).toBe(0);

    // This month, by the real clock: credit terms at 3.5% off, due on confirmation. 1,000,000 bought
    // on credit (cost 965,000), 200,000 paid by bank transfer when bought (cost 193,000), then
    // 400,000 paid to the operator against the credit: 565,000 still owed, and overdue.
    const today = await startServe(['--data-dir', dataDir], key);
    let onCredit: { number: string };
    let upFront: { number: string };
    try {
      const contract = loopbackContract(today.url);
      await connectSandboxOverContract(contract, sandbox);
      await contract.call('operator.saveTerms', {
        wholesaleDiscountBasisPoints: 350,
        paymentTerms: 'credit',
        creditLimitMinor: 5_000_000,
        dueDays: 0,
        catalogue: [],
      });
      onCredit = await contract.call('purchases.create', { id: newActionId(), faceValueMinor: 1_000_000 });
      upFront = await contract.call('purchases.create', {
        id: newActionId(),
        faceValueMinor: 200_000,
        paymentMethod: 'bank_transfer',
        paymentReference: 'TRF-0001',
      });
      await syncOverContract(contract);
      await contract.call('operatorPayments.record', {
        id: newActionId(),
        method: 'bank_transfer',
        amountMinor: 400_000,
        reference: 'TRF-0002',
      });
    } finally {
      expect(await today.stop()).toBe(0);
    }

    const later = await startServe(['--data-dir', dataDir], {
      ...key,
      [testClockOffsetVariable]: String(clockAheadMs),
    });
    try {
      const contract = loopbackContract(later.url);
      const next = (await contract.call('settlements.periods', {})).periods[0];
      expect(next).toMatchObject({ state: 'ready', id: null });
      if (next === undefined) throw new Error('no period to close');

      const { page, errors } = await newPage();
      await openSignedIn(page, `${later.url}#/settlements`);
      const card = page.getByTestId('next-period');
      await card.getByRole('button', { name: 'Close period' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Close period' }).click();
      await page.getByRole('heading', { name: `Statements of ${next.label}`, level: 2 }).waitFor();

      // One row for the operator, its figures as the core froze them, checked against the ledger.
      const section = page.getByTestId('operator-statements-section');
      await section.getByRole('heading', { name: 'Operator purchases', level: 3 }).waitFor();
      const row = section.locator('[data-operator="sandbox"]');
      await row.waitFor();
      expect(await section.locator('[data-operator]').count()).toBe(1);
      const figure = async (name: string) =>
        xofMinor(await textOf(row.locator(`[data-figure="${name}"]`).getByTestId('figure-amount')));
      expect(await row.getByRole('link', { name: 'Sandbox' }).count()).toBe(1);
      expect(await textOf(row)).toContain('2 purchases');
      expect(await textOf(row.locator('[data-figure="faceValueUnits"]').getByTestId('figure-amount'))).toBe(
        'F CFA 1,200,000',
      );
      expect(await figure('discountMinor')).toBe(42_000);
      expect(await figure('costMinor')).toBe(1_158_000);
      expect(await figure('paidUpFrontMinor')).toBe(193_000);
      expect(await figure('onCreditMinor')).toBe(965_000);
      expect(await figure('paymentsMinor')).toBe(400_000);
      expect(await figure('closingPayableMinor')).toBe(565_000);
      expect(await textOf(row.getByTestId('operator-overdue'))).toBe('Overdue F CFA 565,000');
      expect(await textOf(row.getByTestId('operator-ledger-check'))).toBe('Matches the ledger');
      await quietScreenshot(page, 'operator-statements-01-period');

      // The detail: the payable rolled forward, the purchases, the payment, the order still open.
      await row.click();
      await page.getByRole('heading', { name: `Sandbox · ${next.label}`, level: 2 }).waitFor();
      const payable = page.getByTestId('operator-payable');
      const payableLine = async (line: string) =>
        xofMinor(await textOf(payable.getByTestId(`payable-${line}`).locator('td').last()));
      expect(await payableLine('opening')).toBe(0);
      expect(await payableLine('on-credit')).toBe(965_000);
      expect(await payableLine('payments')).toBe(-400_000);
      expect(await payableLine('closing')).toBe(565_000);
      expect(await payable.getByTestId('payable-other').count()).toBe(0);
      expect(xofMinor(await textOf(payable.getByTestId('payable-overdue')))).toBe(565_000);
      expect(xofMinor(await textOf(payable.getByTestId('payable-not-yet-due')))).toBe(0);
      const bought = page.getByTestId('operator-bought');
      expect(xofMinor(await textOf(bought.getByTestId('bought-face-value')))).toBe(1_200_000);
      expect(xofMinor(await textOf(bought.getByTestId('ledger-payable')))).toBe(565_000);
      expect(xofMinor(await textOf(bought.getByTestId('ledger-discount')))).toBe(42_000);

      const purchases = page.getByTestId('operator-purchases');
      const purchaseCells = (number: string) =>
        purchases
          .locator(`tr[data-purchase="${number}"] td`)
          .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
      const creditCells = await purchaseCells(onCredit.number);
      expect([creditCells[0], ...creditCells.slice(2)]).toEqual([
        onCredit.number,
        'F CFA 1,000,000',
        'F CFA 35,000',
        'F CFA 965,000',
        'On credit',
      ]);
      const upFrontCells = await purchaseCells(upFront.number);
      expect([upFrontCells[0], ...upFrontCells.slice(2)]).toEqual([
        upFront.number,
        'F CFA 200,000',
        'F CFA 7,000',
        'F CFA 193,000',
        'Bank transfer',
      ]);
      expect(await purchases.getByTestId('carried-in').count()).toBe(0);

      const movements = page.getByTestId('operator-movements');
      expect(await movements.locator('tbody tr').count()).toBe(1);
      const payment = await textOf(movements.locator('tbody tr').first());
      expect(payment).toContain('Payment');
      expect(payment).toContain('Bank transfer');
      expect(payment).toContain('TRF-0002');
      expect(payment).toContain('-F CFA 400,000');

      const openOrders = page.getByTestId('operator-open-orders');
      expect(await openOrders.locator('tbody tr').count()).toBe(1);
      const open = openOrders.locator(`tr[data-order="${onCredit.number}"]`);
      expect(await textOf(open)).toContain('F CFA 565,000');
      expect(await textOf(open.getByTestId('open-order-state'))).toBe('Overdue');
      await quietScreenshot(page, 'operator-statements-02-detail');

      // The breadcrumb leads back to the period.
      await page.getByRole('link', { name: next.label }).click();
      await page.getByRole('heading', { name: `Statements of ${next.label}`, level: 2 }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      expect(await later.stop()).toBe(0);
    }
  }, 180_000);
});
