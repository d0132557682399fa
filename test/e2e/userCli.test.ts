import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const key = { AIRLEDGER_DB_KEY: 'a long and correct passphrase' };

beforeAll(() => requireBuild());

describe('users from the command line', () => {
  it('adds users, lists them, and acts as one with --user, whose role the core enforces', () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const cli = (args: string[], env: Record<string, string> = {}) =>
      runCli(['--data-dir', dataDir, ...args], { ...key, ...env });
    expect(cli(['init', '--name', 'Sahel Airtime', '--currency', 'XOF']).status).toBe(0);
    expect(cli(['user', 'list']).stdout.trim()).toBe('No users yet.');

    // The key holder adds the first administrator and a clerk; a generated password is printed once.
    const admin = cli(
      ['user', 'add', '--username', 'Ada', '--name', 'Ada Diallo', '--role', 'administrator'],
      { AIRLEDGER_NEW_PASSWORD: 'first-admin-password' },
    );
    expect(admin.status, admin.stderr).toBe(0);
    expect(admin.stdout).toBe('Added ada  Ada Diallo (administrator, must change password)\n');
    const clerk = cli([
      '--json',
      'user',
      'add',
      '--username',
      'cleo',
      '--name',
      'Cléo Sarr',
      '--role',
      'clerk',
      '--role',
      'approver',
    ]);
    expect(clerk.status, clerk.stderr).toBe(0);
    const added = JSON.parse(clerk.stdout).value;
    expect(added).toMatchObject({ username: 'cleo', roles: ['clerk', 'approver'], mustChangePassword: true });
    expect(added.temporaryPassword).toMatch(/^[\w-]{16}$/);

    const badRole = cli(['user', 'add', '--username', 'x1', '--name', 'X', '--role', 'boss']);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain(
      '--role boss: must be one of administrator, clerk, approver, accountant, auditor.',
    );
    const taken = cli(['user', 'add', '--username', 'CLEO', '--name', 'Again', '--role', 'clerk']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('The username cleo is taken (by Cléo Sarr).');

    // Acting as a user needs their password in the environment, and a changed temporary one.
    const noPassword = cli(['--user', 'cleo', 'retailer', 'list']);
    expect(noPassword.status).toBe(2);
    expect(noPassword.stderr).toContain('--user cleo needs that user');
    const wrong = cli(['--user', 'cleo', 'retailer', 'list'], { AIRLEDGER_PASSWORD: 'not-her-password' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Wrong username or password.');
    const mustChange = cli(['--user', 'cleo', 'retailer', 'list'], {
      AIRLEDGER_PASSWORD: added.temporaryPassword,
    });
    expect(mustChange.stderr).toContain('Your password was reset: choose a new one before anything else.');

    const asAda = { AIRLEDGER_PASSWORD: 'first-admin-password' };
    expect(cli(['--user', 'ada', 'retailer', 'list'], asAda).stderr).toContain('choose a new one');
    // An administrator resets Cléo to a known password: still to be changed, so still refused.
    const reset = cli(['user', 'reset-password', '--username', 'cleo'], {
      AIRLEDGER_NEW_PASSWORD: 'known-temporary-1',
    });
    expect(reset.status, reset.stderr).toBe(0);
    expect(cli(['user', 'disable', '--username', 'cleo']).stdout).toBe(
      'cleo  Cléo Sarr (clerk, approver, disabled, must change password)\n',
    );
    const disabled = cli(['--user', 'cleo', 'retailer', 'list'], { AIRLEDGER_PASSWORD: 'known-temporary-1' });
    expect(disabled.stderr).toContain('This account was disabled by Database key holder');
    expect(cli(['user', 'enable', '--username', 'cleo']).status).toBe(0);
    const listed = cli(['user', 'list']).stdout;
    expect(listed).toBe(
      'ada  Ada Diallo (administrator, must change password)\ncleo  Cléo Sarr (clerk, approver, must change password)\n',
    );
    expect(cli(['user', 'disable', '--username', 'nobody']).stderr).toContain('No user is called nobody');

    // Cléo chooses her own password, then acts within her role only.
    const cleo = { AIRLEDGER_PASSWORD: 'known-temporary-1', AIRLEDGER_NEW_PASSWORD: 'sunrise-over-thies' };
    const changed = cli(['--user', 'cleo', 'user', 'change-password'], cleo);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toBe('Changed the password of cleo.\n');
    const asCleo = { AIRLEDGER_PASSWORD: 'sunrise-over-thies' };
    expect(
      cli(['--user', 'cleo', 'retailer', 'add', '--code', 'AWA', '--name', 'Awa Shop'], asCleo).status,
    ).toBe(0);
    const refused = cli(['--user', 'cleo', 'user', 'list'], asCleo);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Cléo Sarr may not users.list (needs the users.manage permission).');
  });
});
