import type { Page } from 'playwright-core';
import { field } from './screenActions';

export interface Credentials {
  username: string;
  displayName: string;
  password: string;
}

/** Who end-to-end tests sign in as on a workspace they set up. */
export const testAdministrator: Credentials = {
  username: 'admin',
  displayName: 'Ada Diallo',
  password: 'baobab-at-dawn-42',
};

/** A demo workspace's sample users (one per role) and their published password. */
export function demoUser(username: 'admin' | 'clerk' | 'approver' | 'accountant' | 'auditor'): Credentials {
  const names = {
    admin: 'Ada Diallo',
    clerk: 'Awa Ndiaye',
    approver: 'Moussa Sow',
    accountant: 'Fatou Ba',
    auditor: 'Ibrahima Fall',
  };
  return { username, displayName: names[username], password: 'airledger-demo' };
}

/**
 * Opens browser mode at `url` and signs in as a person would: through the administrator set-up
 * form on a workspace without users, the sign-in form otherwise. Resolves once the app shows.
 */
export async function openSignedIn(
  page: Page,
  url: string,
  credentials: Credentials = testAdministrator,
): Promise<void> {
  await page.goto(url);
  await passSignIn(page, credentials);
}

/** Gets past the set-up or sign-in form now on screen, as `credentials`. */
export async function passSignIn(page: Page, credentials: Credentials = testAdministrator): Promise<void> {
  const setUp = page.getByRole('heading', { name: 'Create the administrator account' });
  const signIn = page.getByRole('heading', { name: 'Sign in' });
  await setUp.or(signIn).first().waitFor();
  if (await setUp.isVisible()) {
    const form = page.locator('form');
    await field(form, 'Username').fill(credentials.username);
    await field(form, 'Full name').fill(credentials.displayName);
    await field(form, 'Password').fill(credentials.password);
    await field(form, 'Repeat password').fill(credentials.password);
    await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
  } else {
    await signInWith(page, credentials);
  }
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}

/** Fills the sign-in form already on screen. */
export async function signInWith(page: Page, credentials: Credentials): Promise<void> {
  const form = page.locator('form');
  await field(form, 'Username').fill(credentials.username);
  await field(form, 'Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
