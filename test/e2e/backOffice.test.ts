import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests, saveScreenshot } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser, openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "F CFA 1,250,000" → 1250000: the demo's XOF has no decimals. */
function xofMinor(text: string): number {
  const digits = text.replace(/[^0-9]/g, '');
  if (digits === '') throw new Error(`no amount in "${text}"`);
  return Number(digits);
}

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
  await page.mouse.move(1, 1);
  await saveScreenshot(page, name);
}

describe('the back office: dashboard, maker-checker, rules, commission plans and spend control', () => {
  it('shows the demo network’s figures, holds an allocation above the threshold (the maker cannot approve it, rejects it), saves a tiered plan and raises a low-stock alert', async () => {
    const dataDir = join(newTemporaryFolder(), 'demo');
    const demo = runCli(['--data-dir', dataDir, 'demo', '--retailers', '30'], key);
    expect(demo.status, demo.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const contract = loopbackContract(serve.url, demoUser('admin'));
    try {
      const connection = await contract.call('operator.connection', {});
      if (connection === null) throw new Error('the demo workspace has no operator');
      const scale = connection.scale;
      // XOF has no decimals: an amount typed in major units is its minor units.
      expect(scale).toBe(0);
      const summary = await contract.call('dashboard.summary', {});
      const wholesale = summary.wholesale[0];
      if (wholesale === undefined) throw new Error('the demo has no wholesale stock');
      expect(wholesale.availableMinor).toBeGreaterThan(0);
      expect(summary.receivables.owedMinor).toBeGreaterThan(0);

      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url, demoUser('admin'));
      await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();

      // The dashboard's figures are the core's, written in their currency.
      const wholesaleHeadline = page.getByTestId('wholesale-card-headline');
      await wholesaleHeadline.waitFor();
      expect(await textOf(wholesaleHeadline)).toMatch(/F\s?CFA/);
      expect(xofMinor(await textOf(wholesaleHeadline))).toBe(wholesale.availableMinor);
      const owed = page.getByTestId('receivables-card-headline');
      expect(xofMinor(await textOf(owed))).toBe(summary.receivables.owedMinor);
      expect(await textOf(page.getByTestId('receivables-card'))).toContain(
        `Owed by ${summary.receivables.retailersOwing} retailer`,
      );
      await page.getByTestId('stock-chart').locator('svg').first().waitFor();
      await screenshot(page, 'back-office-01-dashboard');

      // Rules: allocations above 100,000 of airtime wait for a second person.
      await navigate(page, 'Settings', 'Settings');
      const rules = page.getByRole('form', { name: 'Approval rules' });
      await field(rules, 'Approval threshold').fill('100,000');
      await rules.getByRole('button', { name: 'Save rules' }).click();
      await page.getByText('Approval rules saved').waitFor();
      expect((await contract.call('settings.get', {})).allocationApprovalThresholdMinor).toBe(100_000);

      // A tiered commission plan, typed as percentages and major units, summarised in words.
      await page.getByRole('button', { name: 'New plan' }).click();
      const planForm = page.getByRole('form', { name: 'Commission plan' });
      await field(planForm, 'Code').fill('tier-e2e');
      await field(planForm, 'Name').fill('Volume slabs, generous');
      await planForm.getByText('Volume slabs', { exact: true }).first().click();
      await planForm.getByLabel('Slab 1 commission').fill('2');
      await planForm.getByRole('button', { name: 'Add slab' }).click();
      await planForm.getByLabel('Slab 2 from monthly sales of').fill('2,000,000');
      await planForm.getByLabel('Slab 2 commission').fill('3');
      await planForm.getByRole('button', { name: 'Add slab' }).click();
      await planForm.getByLabel('Slab 3 from monthly sales of').fill('10,000,000');
      await planForm.getByLabel('Slab 3 commission').fill('4.5');
      await planForm.getByRole('button', { name: 'Add override' }).click();
      await field(planForm, 'Denomination').fill('5,000');
      await planForm.getByLabel('Commission', { exact: true }).last().fill('5.25');
      await expect
        .poll(() => textOf(page.getByTestId('plan-rate-preview')))
        .toBe('Reads: 2% → 3% from 2,000,000 → 4.5% from 10,000,000');
      await saveScreenshot(page, 'back-office-04-plan-editor');
      await planForm.getByRole('button', { name: 'Create plan' }).click();
      await planForm.waitFor({ state: 'detached' });
      const planRow = page.getByTestId('commission-plans').locator('tr[data-plan="TIER-E2E"]');
      await expect
        .poll(() => textOf(planRow.getByTestId('plan-rate')))
        .toContain('2% → 3% from 2,000,000 → 4.5% from 10,000,000');
      expect(await textOf(planRow.getByTestId('plan-rate'))).toContain('5,000 top-ups: Flat 5.25%');
      const saved = (await contract.call('commissionPlans.list', {})).find(
        (plan) => plan.code === 'TIER-E2E',
      );
      expect(saved?.rules).toEqual({
        defaultRate: {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 200 },
            { fromMonthlyVolumeMinor: 2_000_000, basisPoints: 300 },
            { fromMonthlyVolumeMinor: 10_000_000, basisPoints: 450 },
          ],
        },
        overrides: [{ denominationMinor: 5_000, rate: { kind: 'flat', basisPoints: 525 } }],
      });
      await screenshot(page, 'back-office-03-settings');

      // The clerk allocates 250,000 to a retailer: held, with the core's explanation.
      const retailers = await contract.call('retailers.list', {
        statuses: ['active'],
        level: 'retailer',
        sort: 'code',
        direction: 'asc',
        offset: 0,
        limit: 100,
      });
      const target = retailers.rows[0];
      if (target === undefined) throw new Error('the demo has no active retailer');
      await navigate(page, 'Allocations', 'Allocations');
      const allocate = page.getByRole('form', { name: 'Allocate' });
      await field(allocate, 'Retailer').fill(target.code);
      await page.getByRole('option', { name: `${target.name} · ${target.code}` }).click();
      await field(allocate, 'Amount').fill('250,000');
      await allocate.getByRole('button', { name: 'Allocate' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Allocate' }).click();
      const held = page.getByTestId('allocate-held');
      await held.waitFor();
      const [approval] = await contract.call('allocations.approvals', { state: 'awaiting_approval' });
      if (approval === undefined) throw new Error('nothing is awaiting approval');
      expect(approval).toMatchObject({
        retailerCode: target.code,
        amountMinor: 250_000,
        reason: 'above_threshold',
      });
      expect(await textOf(held)).toContain(approval.explanation);
      await page.getByTestId('approvals-waiting-badge').getByText('1 awaiting approval').waitFor();

      // The maker cannot approve their own request: the refusal is shown, the request still waits.
      await page.getByRole('tab', { name: /Approvals/ }).click();
      const request = page.getByTestId('approvals-waiting').locator(`[data-approval="${approval.id}"]`);
      expect(await textOf(request.getByTestId('approval-explanation'))).toBe(approval.explanation);
      await screenshot(page, 'back-office-02-approvals');
      await request.getByRole('button', { name: 'Approve' }).click();
      const approveForm = page.getByRole('form', { name: 'Approve' });
      await field(approveForm, 'Note').fill('Looks right');
      await approveForm.getByRole('button', { name: 'Approve' }).click();
      const refusal = page.getByTestId('approval-refusal');
      await refusal.waitFor();
      expect(await textOf(refusal)).toContain('another person must approve it');
      await approveForm.getByRole('button', { name: 'Cancel' }).click();
      expect((await contract.call('allocations.approvals', { state: 'awaiting_approval' })).length).toBe(1);

      // The maker may reject it, with the reason; it moves to the decided list.
      await request.getByRole('button', { name: 'Reject' }).click();
      const rejectForm = page.getByRole('form', { name: 'Reject' });
      await rejectForm.getByRole('button', { name: 'Reject' }).click();
      await rejectForm.getByText(/is required to reject/).waitFor();
      await field(rejectForm, 'Reason').fill('Too large for this shop');
      await rejectForm.getByRole('button', { name: 'Reject' }).click();
      const decided = page.getByTestId('approvals-decided').locator(`tr[data-approval="${approval.id}"]`);
      await decided.waitFor();
      expect(await decided.getAttribute('data-state')).toBe('rejected');
      expect(await textOf(decided.getByTestId('approval-decision-note'))).toBe('Too large for this shop');
      await request.waitFor({ state: 'detached' });
      await page.getByTestId('approvals-waiting-badge').waitFor({ state: 'detached' });

      // Spend control: a low-stock alert above what the retailer holds shows on the dashboard.
      const stocked = [];
      for (const row of retailers.rows.slice(0, 12)) {
        const detail = await contract.call('retailers.get', { code: row.code });
        const stock = detail.stock[0]?.balancePostedMinor ?? 0;
        if (stock > 0) stocked.push({ row, stock });
      }
      stocked.sort((a, b) => a.stock - b.stock);
      const low = stocked[0];
      if (low === undefined) throw new Error('no demo retailer holds stock');
      const thresholdMinor = low.stock + 1_000_000;
      await page.goto(`${serve.url.split('#')[0]}#/retailers/${low.row.code}`);
      await page.getByRole('heading', { name: low.row.name, level: 2 }).waitFor();
      await page.getByRole('button', { name: 'Edit' }).click();
      const retailerForm = page.getByRole('form', { name: 'Retailer' });
      await field(retailerForm, 'Low-stock alert at').fill(String(thresholdMinor));
      await field(retailerForm, 'Auto-replenish below').fill('1,000');
      await retailerForm.getByTestId('spend-control').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'back-office-05-retailer-spend-control');
      // Half a rule is refused on the field that is missing.
      await retailerForm.getByRole('button', { name: 'Save changes' }).click();
      await retailerForm.getByText(/auto-replenishment tops up below one level up to another/).waitFor();
      await field(retailerForm, 'Auto-replenish below').fill('');
      await retailerForm.getByRole('button', { name: 'Save changes' }).click();
      await retailerForm.waitFor({ state: 'detached' });
      const lowDetail = page.getByTestId('details-card').locator('[data-detail="Low-stock alert"]');
      await expect.poll(() => textOf(lowDetail)).toContain(String(thresholdMinor).slice(-3));
      expect(xofMinor(await textOf(lowDetail))).toBe(thresholdMinor);
      expect(
        (await contract.call('retailers.get', { code: low.row.code })).retailer.lowStockThresholdMinor,
      ).toBe(thresholdMinor);

      await navigate(page, 'Dashboard', 'Dashboard');
      // A retailer that sells for both demo operators has one alert per stock it holds: take the first.
      const alert = page
        .getByTestId('alerts-panel')
        .locator(`[data-kind="low_stock"][data-link="/retailers/${low.row.code}"]`)
        .first();
      await alert.waitFor();
      expect(await textOf(alert)).toContain(`${low.row.name} is low on stock`);
      expect(
        Number(await textOf(page.getByTestId('retailer-low-stock').locator('p, span').last())),
      ).toBeGreaterThanOrEqual(1);
      await screenshot(page, 'back-office-06-dashboard-alert');
      await alert.click();
      await page.getByRole('heading', { name: low.row.name, level: 2 }).waitFor();

      // The demo bought on credit: the clerk pays the operator part of what is owed.
      const owedBefore = (await contract.call('operator.terms', {})).payableMinor;
      await navigate(page, 'Operator & purchases', 'Operator & purchases');
      await page.getByRole('button', { name: 'Pay the operator' }).click();
      const payForm = page.getByRole('form', { name: 'Pay the operator' });
      await field(payForm, 'Amount').fill('1,000,000');
      await field(payForm, 'Reference').fill('VIR-2026-11');
      await screenshot(page, 'back-office-07-pay-operator');
      await payForm.getByRole('button', { name: 'Record payment' }).click();
      await page.getByText(/^OP-\d{4}-000001: .*1,000,000 paid to Demo operator/).waitFor();
      expect((await contract.call('operator.terms', {})).payableMinor).toBe(owedBefore - 1_000_000);
      const [payment] = await contract.call('operatorPayments.list', {});
      expect(payment).toMatchObject({
        amountMinor: 1_000_000,
        method: 'bank_transfer',
        reference: 'VIR-2026-11',
      });
      expect(payment?.applications[0]?.amountMinor).toBe(1_000_000);
      // The one refusal (approving one's own request) is the core's 422 answer, which the browser logs.
      expect(errors.filter((error) => !error.includes('status of 422'))).toEqual([]);
      expect(errors.filter((error) => error.includes('status of 422'))).toHaveLength(1);
    } finally {
      await serve.stop();
    }
  }, 180_000);
});
