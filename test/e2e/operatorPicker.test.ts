import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { browserForTests, saveScreenshot } from '../support/browser';
import { sandboxConnectionSettings } from '../support/operatorWorld';
import { connectSandboxOverContract, serveNewWorkspace, syncOverContract } from '../support/servedWorkspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const sandboxes: OperatorSandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

describe('a workspace that buys from two operators', () => {
  it('picks the operator on the Operator screen; each shows its own terms and orders', async () => {
    const first = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 0, purchaseDelayMs: 20 });
    const second = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 0, purchaseDelayMs: 20 });
    sandboxes.push(first, second);
    const { serve, contract } = await serveNewWorkspace(newTemporaryFolder());
    try {
      await connectSandboxOverContract(contract, first);
      const { apiKey: _noApiKey, ...settings } = sandboxConnectionSettings(second);
      await contract.call('operator.connect', { ...settings, id: 'orange-sn', name: 'Orange SN' });
      await contract.call('operator.saveTerms', {
        operatorId: 'orange-sn',
        wholesaleDiscountBasisPoints: 400,
        paymentTerms: 'prepaid',
      });
      await contract.call('purchases.create', {
        id: '01930000-0000-7000-8000-00000000b001',
        faceValueMinor: 100_000,
      });
      await contract.call('purchases.create', {
        id: '01930000-0000-7000-8000-00000000b002',
        operatorId: 'orange-sn',
        faceValueMinor: 250_000,
      });
      await syncOverContract(contract);

      const { page } = await newPage();
      await openSignedIn(page, serve.url);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Operator & purchases' })
        .click();
      const picker = page.getByRole('radiogroup', { name: 'Operator' });
      await picker.waitFor();
      await page.getByRole('heading', { name: 'Sandbox', level: 3 }).waitFor();
      await page.getByTestId('purchases-card').getByText('PO-', { exact: false }).first().waitFor();
      expect(await page.getByTestId('purchases-card').locator('tbody tr').count()).toBe(1);

      await picker.getByText('Orange SN').click();
      await page.getByRole('heading', { name: 'Orange SN', level: 3 }).waitFor();
      await page.getByText('4% off face value').waitFor();
      await page.getByTestId('purchases-card').getByText('F CFA 250,000').first().waitFor();
      expect(await page.getByTestId('purchases-card').locator('tbody tr').count()).toBe(1);
      await saveScreenshot(page, 'operator-picker');
      expect((await contract.call('purchases.list', { operatorId: 'orange-sn' })).rows[0]?.status).toBe(
        'confirmed',
      );
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 120_000);
});
