import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testClockOffsetVariable } from '../../src/cli/testClockOffset';
import { browserForTests } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { field, navigate, quietScreenshot, textOf, xofMinor } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser, openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };
const dayMs = 86_400_000;
/**
 * A workspace's first period is the one it was made in, so it is never over on the day it is made.
 * Browser mode is started with its clock 32 days ahead (a test-only variable): every month is then over.
 */
const clockAheadMs = 32 * dayMs;

/**
 * Holds the page's next call of `operation` before it leaves the browser, so a test can look at
 * the screen as it waits, until `release` sends it on; every other call goes through.
 */
async function holdNextCall(page: Page, operation: string) {
  let held: Route | undefined;
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const handler = async (route: Route) => {
    const body = route.request().postDataJSON() as { operation?: string } | null;
    if (held === undefined && body?.operation === operation) {
      held = route;
      arrive();
      return;
    }
    await route.continue();
  };
  await page.route('**/api/contract', handler);
  return {
    arrived,
    release: async () => {
      await held?.continue();
      await page.unroute('**/api/contract', handler);
    },
  };
}

describe('the Settlements screen', () => {
  it('closes a period, then a statement is approved by a second person and marked paid', async () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'demo');
    // The demo's activity is booked today, by the real clock, inside the period to close.
    const demo = runCli(
      ['--data-dir', dataDir, 'demo', '--retailers', '14', '--operators', '1', '--history-days', '3'],
      key,
    );
    expect(demo.status, demo.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], {
      ...key,
      [testClockOffsetVariable]: String(clockAheadMs),
    });
    const contract = loopbackContract(serve.url, demoUser('accountant'));
    try {
      const before = await contract.call('settlements.periods', {});
      const next = before.periods[0];
      expect(next).toMatchObject({ state: 'ready', id: null });
      if (next === undefined) throw new Error('no period to close');

      // The accountant sees the cycle in words and the period ready to close.
      const accountant = await newPage();
      const page = accountant.page;
      await openSignedIn(page, serve.url, demoUser('accountant'));
      await navigate(page, 'Settlements', 'Settlements');
      expect(await textOf(page.getByTestId('settlement-cycle'))).toContain(
        'Monthly, from the 1st at 00:00, UTC',
      );
      const card = page.getByTestId('next-period');
      expect(await textOf(card)).toContain(next.label);
      expect(await textOf(card.getByTestId('next-period-state'))).toContain('it can be closed');
      await page.getByTestId('closed-periods-empty').waitFor();
      await quietScreenshot(page, 'settlements-01-ready-to-close');

      // Closing asks first, then shows the period's statements.
      await card.getByRole('button', { name: 'Close period' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText("Closing freezes every reseller's statement").waitFor();
      await confirm.getByRole('button', { name: 'Close period' }).click();
      await page.getByRole('heading', { name: `Statements of ${next.label}`, level: 2 }).waitFor();
      const closed = (await contract.call('settlements.periods', {})).periods.find(
        (period) => period.key === next.key,
      );
      expect(closed).toMatchObject({ state: 'closed', closedBy: 'Fatou Ba' });
      const statements = await contract.call('settlements.statements', { periodId: closed?.id ?? '' });
      expect(statements.length).toBeGreaterThan(0);
      const table = page.getByTestId('period-statements');
      await expect.poll(() => table.locator('tr[data-statement]').count()).toBe(statements.length);
      const totalClosing = statements.reduce((sum, statement) => sum + statement.closingBalanceMinor, 0);
      const totals = page.getByTestId('period-totals');
      expect(await textOf(totals)).toContain(`${statements.length} statement`);
      expect(xofMinor(await textOf(totals.locator('td, th').nth(6)))).toBe(totalClosing);
      await quietScreenshot(page, 'settlements-02-period-statements');

      // The workbook is made in a modal that can cancel it: cancelled, nothing downloads.
      let downloads = 0;
      page.on('download', () => {
        downloads += 1;
      });
      const firstPoll = await holdNextCall(page, 'settlements.exportJob');
      await page.getByRole('button', { name: 'Settlement workbook (Excel)' }).click();
      const exporting = page.getByRole('dialog', { name: 'Making the settlement workbook' });
      await firstPoll.arrived;
      const progress = exporting.getByTestId('settlement-export');
      expect(await textOf(progress.getByTestId('settlement-export-file'))).toBe(
        `Settlement_ALL_${next.key}_${next.key}-v1.xlsx`,
      );
      await exporting.getByRole('progressbar', { name: 'Rows written' }).waitFor();
      await quietScreenshot(page, 'settlements-02b-workbook-being-made');
      await exporting.getByRole('button', { name: 'Cancel' }).click();
      await exporting.locator('[data-testid="settlement-export"][data-state="cancelled"]').waitFor();
      await firstPoll.release();
      expect(await textOf(progress.getByTestId('settlement-export-rows'))).toContain(
        'nothing was downloaded',
      );
      await quietScreenshot(page, 'settlements-02c-workbook-cancelled');
      await exporting.getByRole('button', { name: 'Close' }).click();
      await exporting.waitFor({ state: 'detached' });
      expect(downloads).toBe(0);

      // Made again, it shows every row written, then the download arrives and the modal closes;
      // its Summary closes on the same total.
      const taking = await holdNextCall(page, 'settlements.exportFile');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Settlement workbook (Excel)' }).click();
      await taking.arrived;
      await exporting.locator('[data-testid="settlement-export"][data-state="saving"]').waitFor();
      const rowsText = await textOf(progress.getByTestId('settlement-export-rows'));
      const [written, total] = (rowsText.match(/^([\d,]+) of ([\d,]+) rows \(100%\)/) ?? []).slice(1);
      expect(written).toBeDefined();
      expect(written).toBe(total);
      expect(
        Number(
          await exporting.getByRole('progressbar', { name: 'Rows written' }).getAttribute('aria-valuenow'),
        ),
      ).toBe(100);
      await quietScreenshot(page, 'settlements-02d-workbook-written');
      await taking.release();
      const file = await download;
      await exporting.waitFor({ state: 'detached' });
      await page.getByText(`${file.suggestedFilename()} downloaded`).waitFor();
      expect(downloads).toBe(1);
      expect(file.suggestedFilename()).toBe(`Settlement_ALL_${next.key}_${next.key}-v1.xlsx`);
      const saved = join(newTemporaryFolder(), file.suggestedFilename());
      await file.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const summary = workbook.getWorksheet('Summary');
      let closingTotal: unknown = null;
      summary?.eachRow((summaryRow) => {
        if (String(summaryRow.getCell(1).value ?? '').startsWith('Total')) {
          const cell = summaryRow.getCell(12);
          closingTotal = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        }
      });
      expect(closingTotal).toBe(totalClosing);

      // The reseller with the most commission: paying it posts a payout.
      const chosen = [...statements].sort((a, b) => b.commissionMinor - a.commissionMinor)[0];
      if (chosen === undefined) throw new Error('no statement');
      const row = table.locator(`tr[data-statement="${chosen.id}"]`);
      expect(await textOf(row.getByTestId('statement-state'))).toBe('draft');
      await row.click();
      await page.getByRole('heading', { name: `${chosen.retailerName} · ${next.label}` }).waitFor();
      const figures = page.getByTestId('statement-figures');
      expect(xofMinor(await textOf(figures.getByTestId('figure-closing').locator('td').last()))).toBe(
        chosen.closingBalanceMinor,
      );
      expect(xofMinor(await textOf(figures.getByTestId('figure-allocations').locator('td').last()))).toBe(
        chosen.allocationsMinor,
      );
      expect(await textOf(figures.getByTestId('figure-net'))).toContain(
        chosen.netMinor < 0 ? 'we owe' : 'owes us',
      );
      // Who closed it cannot approve it: the core's refusal shows in the form.
      await page.getByRole('button', { name: 'Approve' }).click();
      const ownApproval = page.getByRole('dialog', { name: /Approve/ });
      await ownApproval.getByRole('button', { name: 'Approve' }).click();
      await ownApproval.getByText('another person approves it').waitFor();
      await quietScreenshot(page, 'settlements-03-same-user-refused');
      await ownApproval.getByRole('button', { name: 'Cancel' }).click();
      await ownApproval.waitFor({ state: 'detached' });
      expect(await page.getByRole('button', { name: 'Mark paid' }).count()).toBe(0);

      // The approver, in another browser, approves it with a note; paying is not theirs to do.
      const approver = await newPage();
      await openSignedIn(
        approver.page,
        `${serve.url}#/settlements/statement/${encodeURIComponent(chosen.id)}`,
        demoUser('approver'),
      );
      await approver.page.getByRole('heading', { name: `${chosen.retailerName} · ${next.label}` }).waitFor();
      await approver.page.getByRole('button', { name: 'Approve' }).click();
      const approval = approver.page.getByRole('dialog', { name: /Approve/ });
      await field(approval, 'Note \\(optional\\)').fill('Checked against the ledger');
      await approval.getByRole('button', { name: 'Approve' }).click();
      await approval.waitFor({ state: 'detached' });
      await expect.poll(() => textOf(approver.page.getByTestId('statement-state').first())).toBe('approved');
      expect(await approver.page.getByRole('button', { name: 'Mark paid' }).count()).toBe(0);
      expect(await approver.page.getByRole('button', { name: 'Correct' }).count()).toBe(0);

      // The accountant records the payment: a reference is required, Enter submits.
      await page.reload();
      await page.getByRole('button', { name: 'Mark paid' }).click();
      const paid = page.getByRole('dialog', { name: /Mark .* paid/ });
      await paid.getByRole('button', { name: 'Mark paid' }).click();
      await paid.getByText('is required').waitFor();
      await field(paid, 'How it was paid').click();
      await page.getByRole('option', { name: 'Bank transfer' }).click();
      await field(paid, 'Payment reference').fill('BT-2026-0042');
      await field(paid, 'Payment reference').press('Enter');
      await paid.waitFor({ state: 'detached' });
      await expect.poll(() => textOf(page.getByTestId('statement-state').first())).toBe('paid');
      const steps = page.getByTestId('statement-steps');
      await steps.locator('[data-step="paid"]').waitFor();
      expect(
        await steps.locator('[data-step]').evaluateAll((items) => items.map((item) => item.dataset.step)),
      ).toEqual(['closed', 'approved', 'paid']);
      const timeline = await textOf(steps);
      expect(timeline).toContain('by Fatou Ba');
      expect(timeline).toContain('by Moussa Sow');
      expect(timeline).toContain('Checked against the ledger');
      expect(timeline).toContain('reference BT-2026-0042');
      await quietScreenshot(page, 'settlements-04-statement-paid');

      const after = await contract.call('settlements.statement', { statementId: chosen.id });
      expect(after.state).toBe('paid');
      expect(after.steps.map((step) => step.step)).toEqual(['closed', 'approved', 'paid']);
      expect(after.steps[2]?.payment).toMatchObject({
        reference: 'BT-2026-0042',
        method: 'bank_transfer',
        amountMinor: Math.max(0, chosen.commissionMinor),
      });

      // Back on the period, the statement reads paid.
      await page.getByRole('link', { name: next.label }).click();
      await page.getByRole('heading', { name: `Statements of ${next.label}`, level: 2 }).waitFor();
      await expect
        .poll(() => textOf(table.locator(`tr[data-statement="${chosen.id}"]`).getByTestId('statement-state')))
        .toBe('paid');

      // The administrator moves to weekly periods cut on Mondays at 06:00 in Dakar, from the end of November.
      const admin = await newPage();
      await openSignedIn(admin.page, serve.url, demoUser('admin'));
      await navigate(admin.page, 'Settings', 'Settings');
      const cycleForm = admin.page.getByRole('form', { name: 'Settlement cycle' });
      await cycleForm.getByText('Weekly', { exact: true }).click();
      await field(cycleForm, 'Starts every').click();
      await admin.page.getByRole('option', { name: 'Monday', exact: true }).click();
      await field(cycleForm, 'At \\(HH:MM\\)').fill('6:00');
      await cycleForm.getByRole('button', { name: 'Save settlement cycle' }).click();
      await cycleForm.getByText('must be a time written HH:MM').waitFor();
      await field(cycleForm, 'At \\(HH:MM\\)').fill('06:00');
      await field(cycleForm, 'Time zone').fill('Africa/Dak');
      await admin.page.getByRole('option', { name: 'Africa/Dakar', exact: true }).click();
      await quietScreenshot(admin.page, 'settlements-05-weekly-cycle');
      await cycleForm.getByRole('button', { name: 'Save settlement cycle' }).click();
      await admin.page.getByText('Settlement cycle saved').waitFor();
      expect((await contract.call('settings.get', {})).settlementCycle).toEqual({
        kind: 'weekly',
        startDay: 1,
        startTime: '06:00',
        timeZone: 'Africa/Dakar',
      });
      await navigate(admin.page, 'Settlements', 'Settlements');
      expect(await textOf(admin.page.getByTestId('settlement-cycle'))).toContain(
        'Weekly, from Monday at 06:00, Africa/Dakar',
      );
      await admin.page.locator(`tr[data-period="${next.key}"]`).waitFor();

      // The refused approval answered 422; nothing else went wrong.
      expect(accountant.errors.filter((error) => !error.includes('422'))).toEqual([]);
      expect(approver.errors).toEqual([]);
      expect(admin.errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
