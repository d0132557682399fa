import { describe, expect, it } from 'vitest';
import { browserForTests } from '../support/browser';
import { quietScreenshot, textOf } from '../support/screenActions';
import { serveNewWorkspace } from '../support/servedWorkspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();

/** The demo operator starts with three retailers of its own. */
const demoStartRetailers = 3;

describe('a demo network built from the dashboard', () => {
  it('connects the demo operator from the first steps, builds about 200 retailers with a visible progress, says what it made, and offers it no more', async () => {
    const { serve, contract } = await serveNewWorkspace(newTemporaryFolder());
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
      await page.getByTestId('first-steps').waitFor();
      await quietScreenshot(page, 'demo-network-01-first-steps');

      await page.getByTestId('connect-demo-operator').click();
      const card = page.getByTestId('demo-network-card');
      await card.waitFor({ timeout: 30_000 });
      expect(await textOf(card)).toContain('six regional sub-distributors and about 200 retailers');
      expect((await contract.call('retailers.list', { limit: 1 })).total).toBe(demoStartRetailers);
      await quietScreenshot(page, 'demo-network-02-offered');

      // Several seconds of work: the button shows it is busy and the card says what is going on.
      const build = card.getByTestId('build-demo-network');
      await build.click();
      await card.getByTestId('demo-network-progress').waitFor();
      expect(await build.getAttribute('data-loading')).toBe('true');
      await quietScreenshot(page, 'demo-network-03-building');

      const notice = page.locator('.mantine-Notification-root', { hasText: 'The demo network is ready' });
      await notice.waitFor({ timeout: 120_000 });
      expect(await textOf(notice)).toMatch(
        /2 demo operators: 6 sub-distributors and \d+ retailers, 2 purchases of wholesale stock, .* retail sales? over the past weeks/,
      );
      await card.waitFor({ state: 'detached' });
      const retailers = (await contract.call('retailers.list', { limit: 1 })).total;
      expect(retailers).toBeGreaterThanOrEqual(200);
      await quietScreenshot(page, 'demo-network-04-dashboard');

      // Built once: neither the dashboard nor the Sync screen offers it again, and the core refuses it.
      await page.reload();
      await page.getByTestId('wholesale-card-headline').waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Sync' })
        .click();
      await page.getByTestId('connection-card').waitFor();
      expect(await page.getByTestId('demo-network-card').count()).toBe(0);
      expect(await contract.refusal('demo.grow', {})).toMatchObject({ reason: 'already_grown' });
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  }, 180_000);
});
