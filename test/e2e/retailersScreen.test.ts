import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests, saveScreenshot } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { type LoopbackContract, loopbackContract } from '../support/loopbackContract';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

/** A fresh XOF workspace made by the built CLI, served in browser mode. */
async function serveNewWorkspace() {
  const dataDir = join(newTemporaryFolder(), 'ws');
  const init = runCli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF'], key);
  expect(init.status, init.stderr).toBe(0);
  const serve = await startServe(['--data-dir', dataDir], key);
  return { serve, contract: loopbackContract(serve.url) };
}

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "F CFA 1,500,000" → 1500000 (XOF has no decimals). */
function xofMinor(text: string): number {
  const digits = text.replace(/[^0-9]/g, '');
  if (digits === '') throw new Error(`no amount in "${text}"`);
  return Number(digits);
}

/** A form field by its label, whatever the required-field asterisk after it. */
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

const tableRows = (page: Page) => page.getByTestId('retailers-table').locator('tr[data-code]');
const tableRow = (page: Page, code: string) =>
  page.getByTestId('retailers-table').locator(`tr[data-code="${code}"]`);

/** "12 retailers" → 12, once the count is in. */
async function shownTotal(page: Page): Promise<number> {
  const total = page.getByTestId('retailers-total');
  await expect.poll(() => textOf(total)).toMatch(/^\d[\d,]* retailers?\b/);
  return Number((await textOf(total)).split(' ')[0]?.replaceAll(',', ''));
}

async function chooseFile(dialog: Locator, name: string, text: string): Promise<void> {
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** A screenshot of the screen itself: notifications gone, the pointer parked where it opens no tooltip. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
  await page.mouse.move(1, 1);
  await saveScreenshot(page, name);
}

/** How many retailers the core holds, asked over the contract rather than read off the screen. */
async function retailerCount(contract: LoopbackContract): Promise<number> {
  const page = await contract.call('retailers.list', { sort: 'name', direction: 'asc', offset: 0, limit: 1 });
  return page.total;
}

const csvHeader = 'code,name,level,parent_code,region,wallet_msisdn,terms,credit_limit';

describe('the Retailers screens, end to end', () => {
  it('onboards a sub-distributor and a postpaid retailer under it, raises its credit limit, suspends it, refuses a file with a bad row whole and imports it once fixed', async () => {
    const { serve, contract } = await serveNewWorkspace();
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Retailers' })
        .click();
      await page.getByRole('heading', { name: 'Retailers', level: 2 }).waitFor();

      // Nothing yet: the screen says so, rather than showing an empty table.
      await page.getByTestId('retailers-empty').getByText('No retailers yet').waitFor();
      expect(await shownTotal(page)).toBe(0);

      // A sub-distributor, typed in and submitted with Enter.
      await page.getByRole('button', { name: 'Add retailer' }).first().click();
      const addDialog = page.getByRole('dialog', { name: 'Add a retailer' });
      const form = addDialog.getByRole('form', { name: 'Retailer' });
      // The name field has the focus: the clerk types straight away.
      await expect
        .poll(() => field(form, 'Name').evaluate((input) => input === input.ownerDocument.activeElement))
        .toBe(true);
      await field(form, 'Name').fill('Dakar Centre Distribution');
      await field(form, 'Reseller code').fill('sd-dakar');
      await form.getByText('Sub-distributor', { exact: true }).click();
      await field(form, 'Contact name').fill('Moussa Diop');
      await field(form, 'Region').fill('Dakar');
      await field(form, 'Phone').fill('+221 77 000 00 01');
      await field(form, 'Name').press('Enter');
      await addDialog.waitFor({ state: 'detached' });
      await tableRow(page, 'SD-DAKAR').waitFor();
      expect(await shownTotal(page)).toBe(1);

      // A postpaid retailer under it; the client catches what it can before the core is asked.
      await page.getByRole('button', { name: 'Add retailer' }).first().click();
      await addDialog.waitFor();
      await field(form, 'Name').fill('Boutique Awa');
      await form.getByText('Postpaid', { exact: true }).click();
      await field(form, 'Credit limit').fill('1,500,000.50');
      await field(form, 'Wallet MSISDN').fill('22107');
      await form.getByRole('button', { name: 'Add retailer' }).click();
      await form.getByText('takes no decimals in this currency').waitFor();
      await form.getByText('must be 8 to 15 digits', { exact: false }).waitFor();

      await field(form, 'Credit limit').fill('1,500,000');
      await field(form, 'Daily allocation limit').fill('250 000');
      await field(form, 'Wallet MSISDN').fill('221770000101');
      await field(form, 'Region').fill('Dakar');
      await field(form, 'Parent').fill('Dakar');
      await page.getByRole('option', { name: 'Dakar Centre Distribution · SD-DAKAR' }).click();
      await screenshot(page, 'retailers-02-form');
      await field(form, 'Name').press('Enter');
      await addDialog.waitFor({ state: 'detached' });
      await expect.poll(() => shownTotal(page)).toBe(2);

      // The core has exactly what was typed, the amounts in minor units (XOF has none).
      const listed = await contract.call('retailers.list', {
        search: 'Boutique Awa',
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: 10,
      });
      expect(listed.total).toBe(1);
      const awaCode = listed.rows[0]?.code ?? '';
      expect(awaCode).toMatch(/^RS-\d{6}$/);
      const awa = await contract.call('retailers.get', { code: awaCode });
      expect(awa.retailer).toMatchObject({
        name: 'Boutique Awa',
        level: 'retailer',
        parentCode: 'SD-DAKAR',
        ancestry: ['SD-DAKAR'],
        terms: 'postpaid',
        creditLimitMinor: 1_500_000,
        dailyAllocationLimitMinor: 250_000,
        walletMsisdn: '221770000101',
        region: 'Dakar',
        status: 'active',
      });
      expect(awa.receivable.availableCreditMinor).toBe(1_500_000);

      // The table shows both, with the credit limit written in the currency and the parent named.
      const awaRow = tableRow(page, awaCode);
      expect(await textOf(awaRow.locator('[data-column="name"]'))).toBe('Boutique Awa');
      expect(await textOf(awaRow.locator('[data-column="parent"]'))).toBe(
        'Dakar Centre DistributionSD-DAKAR',
      );
      expect(xofMinor(await textOf(awaRow.locator('[data-column="creditLimit"]')))).toBe(1_500_000);
      expect(await textOf(awaRow.locator('[data-column="terms"]'))).toBe('Postpaid');
      expect(await textOf(tableRow(page, 'SD-DAKAR').locator('[data-column="creditLimit"]'))).toBe('—');

      // Sorting by code puts the generated RS- code after SD-; descending puts it first.
      await page.getByRole('button', { name: 'Sort by Code' }).click();
      await expect
        .poll(async () =>
          tableRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code'))),
        )
        .toEqual([awaCode, 'SD-DAKAR']);
      await page.getByRole('button', { name: 'Sort by Code' }).click();
      await expect
        .poll(async () =>
          tableRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code'))),
        )
        .toEqual(['SD-DAKAR', awaCode]);

      // The search narrows on the server; a search matching nothing says so.
      await page.getByRole('textbox', { name: 'Search' }).fill('zzz-nobody');
      await page.getByTestId('retailers-empty').getByText('No retailer matches these filters').waitFor();
      await page.getByRole('textbox', { name: 'Search' }).fill('awa');
      await expect.poll(() => shownTotal(page)).toBe(1);
      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await expect.poll(() => shownTotal(page)).toBe(2);
      await screenshot(page, 'retailers-01-list');

      // The retailer's page: where it sits, its credit limit written in the currency.
      await awaRow.click();
      await page.getByRole('heading', { name: 'Boutique Awa', level: 2 }).waitFor();
      expect(await textOf(page.getByTestId('retailer-code'))).toBe(awaCode);
      expect(await textOf(page.getByTestId('retailer-status'))).toBe('Active');
      await page
        .getByRole('navigation', { name: 'Where the retailer sits' })
        .getByRole('link', { name: 'SD-DAKAR' })
        .waitFor();
      const creditLimit = await textOf(page.getByTestId('receivable-credit-limit'));
      expect(creditLimit).toMatch(/1,500,000/);
      expect(xofMinor(creditLimit)).toBe(1_500_000);
      expect(xofMinor(await textOf(page.getByTestId('receivable-available')))).toBe(1_500_000);
      expect(xofMinor(await textOf(page.getByTestId('receivable-owed')))).toBe(0);
      await expect(textOf(page.locator('[data-detail="Daily allocation limit"]'))).resolves.toMatch(
        /250,000/,
      );
      await expect(textOf(page.locator('[data-detail="Wallet MSISDN"]'))).resolves.toContain('221770000101');
      await screenshot(page, 'retailers-03-retailer-page');

      // Editing starts from what is saved (the limit in major units) and changes only what is typed.
      await page.getByRole('button', { name: 'Edit' }).click();
      const editDialog = page.getByRole('dialog', { name: 'Edit Boutique Awa' });
      const editForm = editDialog.getByRole('form', { name: 'Retailer' });
      expect(await field(editForm, 'Credit limit').inputValue()).toBe('1500000');
      expect(await field(editForm, 'Parent').inputValue()).toBe('Dakar Centre Distribution · SD-DAKAR');
      await field(editForm, 'Credit limit').fill('2,000,000');
      await field(editForm, 'Credit limit').press('Enter');
      await editDialog.waitFor({ state: 'detached' });
      await expect
        .poll(async () => xofMinor(await textOf(page.getByTestId('receivable-credit-limit'))))
        .toBe(2_000_000);
      const edited = await contract.call('retailers.get', { code: awaCode });
      expect(edited.retailer).toMatchObject({
        creditLimitMinor: 2_000_000,
        parentCode: 'SD-DAKAR',
        walletMsisdn: '221770000101',
        dailyAllocationLimitMinor: 250_000,
      });
      expect(edited.receivable.availableCreditMinor).toBe(2_000_000);

      // Suspending asks for a reason; the badge and the core both say suspended.
      await page.getByRole('button', { name: 'Suspend' }).click();
      const suspendDialog = page.getByRole('dialog', { name: 'Suspend Boutique Awa?' });
      await suspendDialog.getByRole('button', { name: 'Suspend' }).click();
      await suspendDialog.getByText('Say why, in at least 3 characters').waitFor();
      await field(suspendDialog, 'Reason').fill('Unpaid invoices for March');
      await field(suspendDialog, 'Reason').press('Enter');
      await suspendDialog.waitFor({ state: 'detached' });
      await expect.poll(() => textOf(page.getByTestId('retailer-status'))).toBe('Suspended');
      await expect(textOf(page.getByTestId('retailer-status-reason'))).resolves.toContain(
        'Unpaid invoices for March',
      );
      await page.getByRole('button', { name: 'Reactivate' }).waitFor();
      await screenshot(page, 'retailers-03-retailer-suspended');
      const suspended = await contract.call('retailers.get', { code: awaCode });
      expect(suspended.retailer.status).toBe('suspended');
      expect(suspended.retailer.statusReason).toBe('Unpaid invoices for March');

      // The sub-distributor's page counts its branch and links to it.
      await page
        .getByRole('navigation', { name: 'Where the retailer sits' })
        .getByRole('link', { name: 'SD-DAKAR' })
        .click();
      await page.getByRole('heading', { name: 'Dakar Centre Distribution', level: 2 }).waitFor();
      await expect(textOf(page.getByTestId('branch-card'))).resolves.toContain('Retailers under it1');
      await page.getByTestId('branch-card').getByRole('link').click();
      await page.getByRole('heading', { name: 'Retailers', level: 2 }).waitFor();
      await expect.poll(() => shownTotal(page)).toBe(1);
      await tableRow(page, awaCode).waitFor();
      await page.getByRole('button', { name: 'Show every retailer' }).click();
      await expect.poll(() => shownTotal(page)).toBe(2);

      // A file whose third row names a parent that does not exist: the preview says which row and
      // column, the import cannot be pressed, and nothing is written.
      const badFile = [
        csvHeader,
        'SD-THIES,Thiès Distribution,sub_distributor,,Thiès,,prepaid,',
        'RS-TH-001,Kiosque Fatou,retailer,SD-NOWHERE,Thiès,221770000201,postpaid,750000',
        'RS-TH-002,Alimentation Ndiaye,retailer,SD-THIES,Thiès,221770000202,postpaid,500000',
      ].join('\n');
      await page.getByRole('button', { name: 'Import' }).click();
      const importDialog = page.getByRole('dialog', { name: 'Import retailers' });
      await chooseFile(importDialog, 'retailers.csv', badFile);
      await importDialog.getByTestId('import-preview-table').waitFor();
      expect(await textOf(importDialog.getByTestId('import-rows'))).toBe('3');
      expect(await textOf(importDialog.getByTestId('import-valid'))).toBe('2');
      expect(await textOf(importDialog.getByTestId('import-invalid'))).toBe('1');
      const badRow = importDialog.locator('tr[data-row-number="3"]');
      const problems = await textOf(badRow.locator('[data-column="problems"]'));
      expect(problems).toContain('parent_code');
      expect(problems).toContain('SD-NOWHERE');
      expect(await importDialog.locator('tr[data-row-number]').count()).toBe(1);
      const importButton = importDialog.getByRole('button', { name: /^Import \d+ retailers?$/ });
      expect(await importButton.isDisabled()).toBe(true);
      await expect(textOf(importDialog.getByTestId('import-explanation'))).resolves.toContain(
        'All or nothing',
      );
      await page.mouse.move(1, 1);
      await screenshot(page, 'retailers-04-import-preview');
      expect(await retailerCount(contract)).toBe(2);

      // The same file with the parent fixed: every row is ready and all three come in at once.
      await chooseFile(importDialog, 'retailers-fixed.csv', badFile.replace('SD-NOWHERE', 'SD-THIES'));
      await expect.poll(() => textOf(importDialog.getByTestId('import-invalid'))).toBe('0');
      expect(await textOf(importDialog.getByTestId('import-valid'))).toBe('3');
      expect(xofMinor(await textOf(importDialog.getByTestId('import-credit')))).toBe(1_250_000);
      await screenshot(page, 'retailers-05-import-ready');
      await importDialog.getByRole('button', { name: 'Import 3 retailers' }).click();
      await importDialog.waitFor({ state: 'detached' });
      await expect.poll(() => shownTotal(page)).toBe(5);
      await tableRow(page, 'RS-TH-001').waitFor();
      expect(await retailerCount(contract)).toBe(5);
      const fatou = await contract.call('retailers.get', { code: 'RS-TH-001' });
      expect(fatou.retailer).toMatchObject({
        parentCode: 'SD-THIES',
        terms: 'postpaid',
        creditLimitMinor: 750_000,
      });

      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});

describe('a long retailer list', () => {
  it('scrolls 5,000 retailers by fetching pages of 200 as they come into view, drawing only the rows in view', async () => {
    const { serve, contract } = await serveNewWorkspace();
    try {
      const retailerTotal = 5_000;
      const lines = [csvHeader];
      for (let index = 1; index <= retailerTotal; index += 1) {
        const number = String(index).padStart(5, '0');
        lines.push(`LT-${number},Kiosque ${number},retailer,,Kaolack,,postpaid,${index * 1_000}`);
      }
      const imported = await contract.call('retailers.importApply', {
        fileName: 'long.csv',
        contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
      });
      expect(imported.imported).toBe(retailerTotal);

      const { page, errors } = await newPage();
      const pageRequests: Array<{ offset: number; limit: number }> = [];
      page.on('request', (request) => {
        const body = request.postDataJSON() as {
          operation?: string;
          input?: { offset: number; limit: number };
        };
        if (body?.operation === 'retailers.list' && body.input?.limit === 200) pageRequests.push(body.input);
      });
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Retailers' })
        .click();
      expect(await shownTotal(page)).toBe(retailerTotal);
      await tableRow(page, 'LT-00001').waitFor();
      expect(pageRequests.map((request) => request.offset)).toEqual([0]);

      // To the end: only the last page is fetched, and the last retailer shows with its limit.
      const table = page.getByTestId('retailers-table');
      await table.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      const lastRow = tableRow(page, 'LT-05000');
      await lastRow.waitFor();
      expect(xofMinor(await textOf(lastRow.locator('[data-column="creditLimit"]')))).toBe(5_000_000);
      expect(pageRequests.map((request) => request.offset)).toEqual([0, 4_800]);
      expect(await table.locator('tr').count()).toBeLessThan(60);

      // Back to the middle: the page holding it is fetched, and nothing is left as a placeholder.
      await table.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
      await tableRow(page, 'LT-02500').waitFor();
      expect(pageRequests.map((request) => request.offset)).toContain(2_400);
      expect(pageRequests.length).toBeLessThanOrEqual(4);
      expect(await table.locator('tr[data-loading]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});
