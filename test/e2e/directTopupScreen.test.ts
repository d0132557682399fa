import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { browserForTests, saveScreenshot } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
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

describe('a direct top-up from the desk', () => {
  it("checks the line against the operator's numbering, asks before the same line and amount twice, and queues it", async () => {
    const sandbox = await startOperatorSandbox({
      port: 0,
      stateFile: join(newTemporaryFolder(), 'sandbox.json'),
      wholesaleInitialBalance: 0,
      purchaseDelayMs: 50,
      topupDelayMs: 50,
    });
    sandboxes.push(sandbox);
    const dataDir = join(newTemporaryFolder(), 'ws');
    expect(
      runCli(['--data-dir', dataDir, 'init', '--name', 'Sahel Airtime', '--currency', 'XOF'], key).status,
    ).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const contract = loopbackContract(serve.url);
    try {
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
      await contract.call('operator.saveTerms', {
        wholesaleDiscountBasisPoints: 0,
        paymentTerms: 'prepaid',
        numbering: { countryCode: '225', subscriberDigits: 10, prefixes: ['07', '05'] },
        catalogue: [
          { code: 'AIRTIME', name: 'Airtime', kind: 'airtime', denominationsMinor: [500, 1_000, 5_000] },
        ],
      });
      await contract.call('purchases.create', {
        id: '01930000-0000-7000-8000-00000000a001',
        faceValueMinor: 100_000,
      });
      await contract.call('sync.run', { wait: true, settleWithinMs: 5_000 });

      const { page } = await newPage();
      await openSignedIn(page, serve.url);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Operator & purchases' })
        .click();
      const card = page.getByTestId('topup-card');
      await card.waitFor();
      await expect(card.getByText('225 + 10 digits, starting 07 or 05')).toBeTruthy();

      const line = card.getByLabel(/^Customer line \(MSISDN\)/);
      await line.fill('221771234567');
      await card.getByText('F CFA 1,000', { exact: true }).click();
      await card.getByRole('button', { name: 'Top up' }).click();
      await card.getByText(/is not a line of this operator/).waitFor();
      expect((await contract.call('sync.queue', { filter: 'all' })).actions).toHaveLength(1);

      await line.fill('2250700000042');
      await card.getByRole('button', { name: 'Top up' }).click();
      await page.getByText('Top-up of 2250700000042 queued').waitFor();
      await line.fill('2250700000042');
      await card.getByText('F CFA 1,000', { exact: true }).click();
      await card.getByRole('button', { name: 'Top up' }).click();
      const ask = page.getByRole('dialog', { name: 'Top up this line again?' });
      await ask.waitFor();
      expect(await ask.textContent()).toContain('2250700000042 was topped up with the same amount');
      await saveScreenshot(page, 'topup-duplicate-warning');
      await ask.getByRole('button', { name: 'Yes, top up again' }).click();
      await page.getByText('Top-up of 2250700000042 queued').first().waitFor();

      const topups = (await contract.call('sync.queue', { filter: 'all' })).actions.filter(
        (action) => action.kind === 'direct_topup',
      );
      expect(topups.map((action) => [action.msisdn, action.amountMinor, action.state])).toEqual([
        ['2250700000042', 1_000, 'queued'],
        ['2250700000042', 1_000, 'queued'],
      ]);
      await saveScreenshot(page, 'topup-card');
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 120_000);
});
