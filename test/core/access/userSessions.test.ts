import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AirledgerCore } from '../../../src/core/app/airledgerCore';
import { openEncryptedDatabase } from '../../../src/core/workspace/openEncryptedDatabase';
import { sessionCalls } from '../../support/sessionCalls';
import { temporaryFolders } from '../../support/temporaryFolder';
import { migrationsFolder, passphraseKeyProvider, testPassphrase } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const cores: AirledgerCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

const minute = 60_000;
const adminPassword = 'baobab-at-dawn-42';

/** A core on a new workspace, with a clock the test moves by hand. */
async function signedInWorld() {
  const folder = newTemporaryFolder();
  const clock = { ms: Date.parse('2026-11-02T09:00:00Z') };
  const core = new AirledgerCore({
    defaultDataDir: join(folder, 'ws'),
    keyProvider: passphraseKeyProvider(),
    migrationsFolder,
    appVersion: '0.0.0-test',
    platform: process.platform,
    now: () => new Date(clock.ms),
  });
  cores.push(core);
  const calls = sessionCalls(core);
  await calls.call(null, 'workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
  return { core, calls, clock, dataDir: join(folder, 'ws') };
}

async function withAdministrator() {
  const world = await signedInWorld();
  const { sessionToken } = await world.calls.call(null, 'auth.setUp', {
    username: 'Ada',
    displayName: 'Ada Diallo',
    password: adminPassword,
  });
  return { ...world, admin: sessionToken };
}

describe('setting up a workspace', () => {
  it('asks for its administrator first, refuses every other call until then, and allows it once', async () => {
    const { calls } = await signedInWorld();
    expect(await calls.call(null, 'auth.status', {})).toEqual({
      setupRequired: true,
      user: null,
      sessionIdleMinutes: 15,
      demoSignIn: null,
    });
    expect(await calls.refusal(null, 'retailers.list', {})).toMatchObject({
      code: 'unauthenticated',
      reason: 'setup_required',
    });

    const { sessionToken, user } = await calls.call(null, 'auth.setUp', {
      username: ' Ada ',
      displayName: 'Ada Diallo',
      password: adminPassword,
    });
    expect(user).toMatchObject({ username: 'ada', roles: ['administrator'], mustChangePassword: false });
    expect(user.permissions).toContain('users.manage');
    expect(await calls.call(sessionToken, 'retailers.list', {})).toMatchObject({ total: 0 });
    expect((await calls.call(sessionToken, 'auth.status', {})).user?.displayName).toBe('Ada Diallo');

    expect(
      await calls.refusal(null, 'auth.setUp', {
        username: 'mallory',
        displayName: 'M',
        password: 'x'.repeat(12),
      }),
    ).toMatchObject({ code: 'business_rule', reason: 'already_set_up' });
    expect(await calls.refusal(null, 'retailers.list', {})).toMatchObject({ reason: 'signed_out' });
  });

  it('refuses a short password, naming the field', async () => {
    const { calls } = await signedInWorld();
    const refused = await calls.refusal(null, 'auth.setUp', {
      username: 'ada',
      displayName: 'Ada',
      password: 'short',
    });
    expect(refused.code).toBe('bad_input');
    expect(refused.issues).toEqual([{ path: 'password', message: 'must be at least 10 characters' }]);
  });

  it('stores a memory-hard hash, never the password, in the encrypted file', async () => {
    const { core, dataDir } = await withAdministrator();
    await core.close();
    const sqlite = openEncryptedDatabase(
      join(dataDir, 'airledger.db'),
      { kind: 'passphrase', passphrase: testPassphrase },
      { create: false, keySource: 'test' },
    );
    const hash = sqlite.prepare('SELECT password_hash FROM users').pluck().get() as string;
    const dump = JSON.stringify(sqlite.prepare('SELECT * FROM users').all());
    sqlite.close();
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(dump).not.toContain(adminPassword);
    expect(readFileSync(join(dataDir, 'airledger.db')).includes(Buffer.from('Ada Diallo'))).toBe(false);
  });
});

describe('signing in', () => {
  it('answers a wrong password and an unknown user alike, then locks the account after five failures', async () => {
    const { calls, clock } = await withAdministrator();
    const wrong = await calls.refusal(null, 'auth.signIn', { username: 'ada', password: 'not-the-password' });
    const unknown = await calls.refusal(null, 'auth.signIn', { username: 'nobody', password: adminPassword });
    expect(wrong).toEqual({
      code: 'unauthenticated',
      reason: 'wrong_credentials',
      message: 'Wrong username or password.',
    });
    expect(unknown).toEqual(wrong);

    for (let attempt = 2; attempt <= 4; attempt += 1) {
      expect(
        await calls.refusal(null, 'auth.signIn', { username: 'ada', password: `guess-${attempt}-xx` }),
      ).toMatchObject({ reason: 'wrong_credentials' });
    }
    expect(
      await calls.refusal(null, 'auth.signIn', { username: 'ada', password: 'guess-5-xxxx' }),
    ).toMatchObject({
      reason: 'locked_out',
      message: 'Wrong username or password. After 5 failed attempts the account is locked for 1 minute.',
    });
    // Even the right password waits out the lock.
    expect(
      await calls.refusal(null, 'auth.signIn', { username: 'ada', password: adminPassword }),
    ).toMatchObject({
      reason: 'locked_out',
      message: expect.stringContaining('try again in 1 minute'),
    });

    clock.ms += minute + 1;
    expect(
      await calls.refusal(null, 'auth.signIn', { username: 'ada', password: 'guess-6-xxxx' }),
    ).toMatchObject({
      message: expect.stringContaining('locked for 2 minutes'),
    });
    clock.ms += 2 * minute + 1;
    const token = await calls.signIn('ada', adminPassword);
    const [ada] = await calls.call(token, 'users.list', {});
    expect(ada).toMatchObject({
      state: 'active',
      lockedUntil: null,
      lastSignInAt: new Date(clock.ms).toISOString(),
    });
    // A success starts the count again: one more failure does not lock.
    expect(
      await calls.refusal(null, 'auth.signIn', { username: 'ada', password: 'guess-7-xxxx' }),
    ).toMatchObject({
      reason: 'wrong_credentials',
    });
  });

  it('locks a session left unused, and screens polling on their own do not keep it alive', async () => {
    const { calls, clock, admin } = await withAdministrator();
    clock.ms += 10 * minute;
    await calls.call(admin, 'sync.status', {}); // polled by the status screens
    clock.ms += 6 * minute;
    expect(await calls.refusal(admin, 'retailers.list', {})).toEqual({
      code: 'unauthenticated',
      reason: 'session_expired',
      message: 'Your session locked after 15 minutes without use: sign in again to go on.',
    });
    // The expired token stays dead.
    expect(await calls.refusal(admin, 'retailers.list', {})).toMatchObject({ reason: 'signed_out' });

    const again = await calls.signIn('ada', adminPassword);
    await calls.call(again, 'settings.save', { sessionIdleMinutes: 60 });
    clock.ms += 10 * minute;
    await calls.call(again, 'retailers.list', {}); // a person's call: the session is used
    clock.ms += 55 * minute;
    await calls.call(again, 'retailers.list', {});
    expect((await calls.call(again, 'settings.get', {})).sessionIdleMinutes).toBe(60);

    await calls.call(again, 'auth.signOut', {});
    expect(await calls.refusal(again, 'retailers.list', {})).toMatchObject({ reason: 'signed_out' });
  });
});

describe('users and roles', () => {
  it('gives a new user a temporary password to change first, and enforces their role from the next call', async () => {
    const { calls, admin } = await withAdministrator();
    const cleo = await calls.call(admin, 'users.create', {
      username: 'cleo',
      displayName: 'Cléo Sarr',
      roles: ['clerk'],
      temporaryPassword: 'temporary-cleo-1',
    });
    expect(cleo).toMatchObject({ state: 'active', mustChangePassword: true, createdBy: 'Ada Diallo' });
    expect(
      await calls.refusal(admin, 'users.create', {
        username: 'CLEO',
        displayName: 'Another',
        roles: ['clerk'],
        temporaryPassword: 'temporary-cleo-2',
      }),
    ).toMatchObject({ reason: 'username_taken', issues: [{ path: 'username', message: 'is taken' }] });

    const signedIn = await calls.call(null, 'auth.signIn', {
      username: 'cleo',
      password: 'temporary-cleo-1',
    });
    expect(signedIn.user.mustChangePassword).toBe(true);
    const session = signedIn.sessionToken;
    expect(await calls.refusal(session, 'retailers.list', {})).toMatchObject({
      reason: 'password_change_required',
    });
    expect(
      await calls.refusal(session, 'auth.changePassword', {
        currentPassword: 'wrong-one-xx',
        newPassword: 'sunrise-over-thies',
      }),
    ).toMatchObject({ code: 'business_rule', reason: 'wrong_password' });
    const changed = await calls.call(session, 'auth.changePassword', {
      currentPassword: 'temporary-cleo-1',
      newPassword: 'sunrise-over-thies',
    });
    expect(changed).toMatchObject({ mustChangePassword: false, roles: ['clerk'] });
    expect(changed.permissions).not.toContain('users.manage');

    await calls.call(session, 'retailers.add', { code: 'AWA', name: 'Awa Shop' });
    expect(await calls.refusal(session, 'users.list', {})).toMatchObject({
      code: 'permission_denied',
      message: 'Cléo Sarr may not users.list (needs the users.manage permission).',
    });

    await calls.call(admin, 'users.update', { userId: cleo.id, roles: ['auditor'] });
    expect(await calls.refusal(session, 'retailers.add', { code: 'BOB', name: 'Bob Shop' })).toMatchObject({
      code: 'permission_denied',
    });
    expect((await calls.call(session, 'retailers.list', {})).total).toBe(1);

    await calls.call(admin, 'users.update', { userId: cleo.id, disabled: true });
    expect(await calls.refusal(session, 'retailers.list', {})).toMatchObject({ reason: 'signed_out' });
    expect(
      await calls.refusal(null, 'auth.signIn', { username: 'cleo', password: 'sunrise-over-thies' }),
    ).toMatchObject({ reason: 'user_disabled', message: expect.stringContaining('disabled by Ada Diallo') });
    const users = await calls.call(admin, 'users.list', {});
    expect(users.map((user) => [user.username, user.state])).toEqual([
      ['ada', 'active'],
      ['cleo', 'disabled'],
    ]);
  });

  it('never leaves the workspace without an active administrator', async () => {
    const { calls, admin } = await withAdministrator();
    const adaId = (await calls.call(admin, 'users.list', {}))[0]?.id ?? '';
    expect(await calls.refusal(admin, 'users.update', { userId: adaId, disabled: true })).toMatchObject({
      reason: 'self_disable',
    });
    expect(await calls.refusal(admin, 'users.update', { userId: adaId, roles: ['clerk'] })).toMatchObject({
      reason: 'last_administrator',
    });
    const bea = await calls.call(admin, 'users.create', {
      username: 'bea',
      displayName: 'Béatrice Faye',
      roles: ['administrator'],
      temporaryPassword: 'temporary-bea-01',
    });
    const afterDemotion = await calls.call(admin, 'users.update', { userId: adaId, roles: ['approver'] });
    expect(afterDemotion.roles).toEqual(['approver']);
    // Ada is no longer an administrator: the next call that needs it is refused.
    expect(
      await calls.refusal(admin, 'users.resetPassword', {
        userId: bea.id,
        temporaryPassword: 'x'.repeat(12),
      }),
    ).toMatchObject({
      code: 'permission_denied',
    });
  });

  it('ends a user’s sessions and lifts their lock-out when an administrator resets the password', async () => {
    const { calls, admin } = await withAdministrator();
    const ousmane = await calls.call(admin, 'users.create', {
      username: 'ousmane',
      displayName: 'Ousmane Kane',
      roles: ['accountant'],
      temporaryPassword: 'temporary-ous-01',
    });
    const session = await calls.signIn('ousmane', 'temporary-ous-01');
    await calls.call(session, 'auth.changePassword', {
      currentPassword: 'temporary-ous-01',
      newPassword: 'ledger-lines-77',
    });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await calls.refusal(null, 'auth.signIn', { username: 'ousmane', password: `bad-guess-${attempt}` });
    }
    expect((await calls.call(admin, 'users.list', {})).find((u) => u.id === ousmane.id)?.state).toBe(
      'locked',
    );

    await calls.call(admin, 'users.resetPassword', {
      userId: ousmane.id,
      temporaryPassword: 'fresh-start-0001',
    });
    expect(await calls.refusal(session, 'retailers.list', {})).toMatchObject({ reason: 'signed_out' });
    const next = await calls.call(null, 'auth.signIn', { username: 'ousmane', password: 'fresh-start-0001' });
    expect(next.user.mustChangePassword).toBe(true);
  });
});
