import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { browserForTests } from '../support/browser';
import type { LoopbackContract } from '../support/loopbackContract';
import { field, navigate, quietScreenshot, textOf, xofMinor } from '../support/screenActions';
import { connectSandboxOverContract, serveNewWorkspace, syncOverContract } from '../support/servedWorkspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();

const sandboxes: OperatorSandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

async function retailerStockMinor(contract: LoopbackContract, code: string): Promise<number> {
  return (await contract.call('retailers.get', { code })).stock[0]?.balancePostedMinor ?? 0;
}

describe('reversing an allocation from the Allocations screen', () => {
  it('refuses more than is left in the core’s words, queues part of it, and after a sync the stock is back in the wholesale bucket and the charge refunded', async () => {
    const sandbox = await startOperatorSandbox({
      port: 0,
      stateFile: join(newTemporaryFolder(), 'sandbox.json'),
      wholesaleInitialBalance: 0,
      purchaseDelayMs: 50,
      transferDelayMs: 50,
    });
    sandboxes.push(sandbox);
    const { serve, contract } = await serveNewWorkspace(newTemporaryFolder());
    try {
      // Over the contract: the operator, 1,000,000 of wholesale stock, Awa on credit, 400,000 allocated to her and confirmed.
      await connectSandboxOverContract(contract, sandbox);
      sandbox.addRetailer({
        partyId: 'AWA',
        name: 'Awa Boutique',
        msisdn: '2250700000001',
        initialBalance: 0,
      });
      await contract.call('operator.linkRetailer', {
        partyId: 'AWA',
        name: 'Awa Boutique',
        msisdn: '2250700000001',
      });
      await contract.call('retailers.update', {
        code: 'AWA',
        terms: 'postpaid',
        creditLimitMinor: 1_000_000,
      });
      await contract.call('operator.purchase', { id: uuidv7(), amountMinor: 1_000_000 });
      await syncOverContract(contract);
      const created = await contract.call('allocations.create', {
        id: uuidv7(),
        retailerCode: 'AWA',
        amountMinor: 400_000,
      });
      const allocationId = created.allocation?.id ?? '';
      await syncOverContract(contract);
      expect((await contract.call('allocations.list', {})).rows[0]).toMatchObject({
        id: allocationId,
        status: 'confirmed',
        reversedMinor: 0,
      });
      expect(await retailerStockMinor(contract, 'AWA')).toBe(400_000);
      const owedBefore = (await contract.call('retailers.get', { code: 'AWA' })).receivable
        .balancePostedMinor;
      expect(owedBefore).toBe(400_000);

      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
      await navigate(page, 'Allocations', 'Allocations');
      const row = page.getByTestId('allocations-table').locator(`tr[data-allocation-id="${allocationId}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('confirmed');
      await row.click();
      const detail = page.getByTestId('action-detail');
      await detail.waitFor();
      await detail.getByRole('button', { name: 'Reverse…' }).waitFor();
      await quietScreenshot(page, 'reversal-01-drawer');

      // The modal offers all that is left; more than that is refused by the core, in its words.
      await detail.getByRole('button', { name: 'Reverse…' }).click();
      const form = page.getByRole('form', { name: 'Reverse allocation' });
      await form.waitFor();
      expect(await field(form, 'Amount').inputValue()).toBe('400,000');
      expect(await textOf(form.getByTestId('reverse-confirmation'))).toContain(
        "goes back from Awa Boutique's wallet to the wholesale bucket, and Awa Boutique's charge for it is refunded",
      );
      await field(form, 'Amount').fill('500,000');
      await field(form, 'Reason').fill('Shop closed for a week');
      await form.getByRole('button', { name: 'Reverse' }).click();
      const refusal = form.getByTestId('reverse-refusal');
      await refusal.waitFor();
      expect(await textOf(refusal)).toContain(
        'Only 400,000 XOF of this allocation of 400,000 XOF is left to reverse',
      );
      await quietScreenshot(page, 'reversal-02-refused');
      expect((await contract.call('allocations.list', {})).rows[0]?.reversedMinor).toBe(0);

      // 150,000 comes back: queued, shown on the drawer and the row at once.
      await field(form, 'Amount').fill('150,000');
      await form.getByRole('button', { name: 'Reverse' }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByText('F CFA 150,000 from Awa Boutique is queued to come back').waitFor();
      const reversed = detail.getByTestId('allocation-reversed');
      await reversed.waitFor();
      expect(await textOf(reversed)).toContain('Reversed F CFA 150,000');
      expect(await textOf(reversed)).toContain('F CFA 250,000 left');
      expect(await textOf(row.getByTestId('allocation-row-reversed'))).toBe('Reversed F CFA 150,000');
      const queued = (await contract.call('sync.queue', { filter: 'open' })).actions;
      expect(queued).toEqual([
        expect.objectContaining({
          kind: 'allocation_reversal',
          state: 'queued',
          amountMinor: 150_000,
          partyId: 'AWA',
        }),
      ]);
      await quietScreenshot(page, 'reversal-03-queued');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });

      // The Sync screen's queue names it as a clerk would.
      await navigate(page, 'Sync', 'Sync');
      const queueRow = page.getByTestId('queue-table').locator(`tr[data-action-id="${queued[0]?.id}"]`);
      await queueRow.waitFor();
      expect(await textOf(queueRow.locator('[data-column="kind"]'))).toBe('Allocation reversal');
      await quietScreenshot(page, 'reversal-04-sync-queue');

      // A sync: the operator moves the stock back; the ledger follows.
      await syncOverContract(contract);
      expect((await contract.call('sync.action', { id: queued[0]?.id ?? '' })).state).toBe('confirmed');
      expect((await contract.call('allocations.list', {})).rows[0]).toMatchObject({
        id: allocationId,
        reversedMinor: 150_000,
      });
      expect(await retailerStockMinor(contract, 'AWA')).toBe(250_000);
      expect((await contract.call('retailers.get', { code: 'AWA' })).receivable.balancePostedMinor).toBe(
        250_000,
      );

      await navigate(page, 'Allocations', 'Allocations');
      await row.click();
      await detail.getByTestId('allocation-reversed').waitFor();
      await quietScreenshot(page, 'reversal-05-after-sync');
      expect(xofMinor(await textOf(page.getByTestId('allocations-total')))).toBe(400_000);

      // The one refusal is the core's 422 answer, which the browser logs; nothing else went wrong.
      expect(errors.filter((error) => !error.includes('status of 422'))).toEqual([]);
      expect(errors.filter((error) => error.includes('status of 422'))).toHaveLength(1);
    } finally {
      await serve.stop();
    }
  }, 120_000);
});
