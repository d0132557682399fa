import { describe, expect, it } from 'vitest';
import { browserForTests, saveScreenshot } from '../support/browser';
import { field } from '../support/screenActions';
import { serveNewWorkspace } from '../support/servedWorkspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { testAdministrator } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();

describe('Airledger in French', () => {
  it('is chosen before signing in, kept across a reload, formats for the locale, and the Updates panel speaks it too', async () => {
    const { serve } = await serveNewWorkspace(newTemporaryFolder());
    try {
      const { page, errors } = await newPage();
      await page.goto(serve.url);
      await page.getByRole('heading', { name: 'Create the administrator account' }).waitFor();
      await page.getByRole('button', { name: 'Language' }).click();
      await page.getByRole('menuitem', { name: 'Français' }).click();
      await page.getByRole('heading', { name: 'Créer le compte administrateur' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');

      const form = page.locator('form');
      await page.getByRole('button', { name: 'Créer l’administrateur et se connecter' }).click();
      // The contract's own checks, said in French under each field.
      await form
        .getByText(/^(doit|ne doit|est obligatoire)/)
        .first()
        .waitFor();
      expect(await form.getByText(/^(must|is required)/).count()).toBe(0);
      await field(form, 'Nom d’utilisateur').fill(testAdministrator.username);
      await field(form, 'Nom complet').fill(testAdministrator.displayName);
      await field(form, 'Mot de passe').fill(testAdministrator.password);
      await field(form, 'Confirmer le mot de passe').fill(testAdministrator.password);
      await page.getByRole('button', { name: 'Créer l’administrateur et se connecter' }).click();

      const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
      await navigation.waitFor();
      for (const label of [
        'Tableau de bord',
        'Revendeurs',
        'Allocations',
        'Règlements',
        'Grand livre',
        'Paramètres',
      ]) {
        await navigation.getByRole('link', { name: label }).waitFor();
      }
      // Amounts in the French way: groups by narrow spaces, the currency after.
      await saveScreenshot(page, 'french-dashboard');

      await navigation.getByRole('link', { name: 'Paramètres' }).click();
      const updates = page.getByTestId('updates-card');
      await updates.getByText('Mises à jour', { exact: true }).waitFor();
      await updates.getByText(/ne se met pas à jour elle-même/).waitFor();
      await field(updates, 'Version fixée').fill('dernière');
      await updates.getByRole('button', { name: 'Enregistrer les réglages' }).click();
      await updates.getByText('doit être une version comme 1.4.0 ou 1.5.0-beta.2').waitFor();
      await field(updates, 'Version fixée').fill('1.4.0');
      await updates.getByText('Bêta', { exact: true }).click();
      await updates.getByRole('button', { name: 'Enregistrer les réglages' }).click();
      await page.getByText('Réglages de mise à jour enregistrés').waitFor();
      await updates.getByText('Fixée à 1.4.0').waitFor();
      await expect.poll(() => updates.getByTestId('update-channel').textContent()).toBe('Bêta');
      await updates.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'french-settings-updates');

      // The choice is this computer's: a reload keeps it.
      await page.reload();
      await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
      await page.getByRole('button', { name: 'Langue' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Settings' })
        .waitFor();
      await page.getByTestId('updates-card').getByText('Pinned to 1.4.0').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  });
});
