import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEventRow } from '../../../src/contract/auditSchemas';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/contract/operations';
import {
  applyConnectionSettings,
  openEncryptedDatabase,
} from '../../../src/core/workspace/openEncryptedDatabase';
import { callAs, refusalAs } from '../../support/callAs';
import { editBehindTheAppsBack } from '../../support/editBehindTheAppsBack';
import { newActionId, type OperatorWorld, startOperatorWorld, syncNow } from '../../support/operatorWorld';
import { sessionCalls } from '../../support/sessionCalls';
import { temporaryFolders } from '../../support/temporaryFolder';
import { administrator, auditor, createTestCore, testPassphrase } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

/** The passwords the story types, which must never reach the trail. */
const temporaryPassword = 'mango-tree-temporary-1';
const resetPassword = 'baobab-reset-temporary-2';
const chosenPassword = 'kapok-chosen-password-3';
const wrongPassword = 'not-her-password-at-all';

/** Every event after `afterSeq`, oldest first, as the screen's list returns them (newest first). */
async function eventsAfter(world: OperatorWorld, afterSeq: number): Promise<AuditEventRow[]> {
  const page = await callAs(world, auditor, 'audit.list', { limit: 500 });
  return page.rows.filter((row) => row.seq > afterSeq).reverse();
}

async function lastSeq(world: OperatorWorld): Promise<number> {
  return (await callAs(world, auditor, 'audit.list', { limit: 1 })).rows[0]?.seq ?? 0;
}

function withWorkspaceFile<T>(dataDir: string, work: (sqlite: Database.Database) => T): T {
  const sqlite = openEncryptedDatabase(
    join(dataDir, 'airledger.db'),
    { kind: 'passphrase', passphrase: testPassphrase },
    { create: false, keySource: 'test' },
  );
  applyConnectionSettings(sqlite);
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

type AdministratorCall = <N extends OperationName>(
  name: N,
  input: OperationInput<N>,
) => Promise<OperationOutput<N>>;

/**
 * A core on the workspace at `dataDir`, created there or opened, whose calls (as the test's
 * administrator) must go through; closed after `work`.
 */
async function withCore(
  dataDir: string,
  how: 'workspace.create' | 'workspace.open',
  work: (call: AdministratorCall) => Promise<void>,
): Promise<void> {
  const core = createTestCore(dataDir);
  const call: AdministratorCall = (name, input) => callAs({ core }, administrator, name, input);
  try {
    if (how === 'workspace.create')
      await call(how, { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
    else await call(how, {});
    await work(call);
  } finally {
    await core.close();
  }
}

describe('the audit trail', () => {
  it('records who changed what, when, through which transport, with before and after, and what was refused', async () => {
    const folder = newTemporaryFolder();
    const world = await startOperatorWorld(folder);
    worlds.push(world);
    const dataDir = join(folder, 'workspace');

    // Setting the world up was recorded already: the workspace, then the operator (its secret redacted).
    const setUp = await eventsAfter(world, 0);
    expect(setUp.map((event) => event.operation)).toEqual(['workspace.create', 'operator.connect']);
    expect(setUp[0]).toMatchObject({
      seq: 1,
      actor: { userId: 'admin', displayName: 'Ada Admin', roles: ['administrator'] },
      transport: 'test',
      outcome: 'ok',
      summary: 'Created the workspace Sahel Airtime (XOF)',
    });
    const connect = await callAs(world, auditor, 'audit.event', { seq: 2 });
    expect(connect.input).toMatchObject({ clientSecret: '[redacted]', clientId: world.sandbox.clientId });
    expect(connect.before).toBeNull();
    expect(connect.after).toMatchObject({ id: 'sandbox', hasClientSecret: true });

    const start = await lastSeq(world);
    await world.call('retailers.add', {
      code: 'R-0001',
      name: 'Awa Boutique',
      terms: 'postpaid',
      creditLimitMinor: 500_000,
    });
    world.sandbox.addRetailer({
      partyId: 'R-0001',
      name: 'Awa Boutique',
      msisdn: '2250700000001',
      initialBalance: 0,
    });
    await world.call('operator.linkRetailer', {
      partyId: 'R-0001',
      name: 'Awa Boutique',
      msisdn: '2250700000001',
    });
    await world.call('retailers.update', { code: 'R-0001', creditLimitMinor: 750_000 });
    await world.call('operator.purchase', { id: newActionId(), amountMinor: 1_000_000 });
    await syncNow(world, 2_000);
    const allocationId = newActionId();
    await world.call('allocations.create', { id: allocationId, retailerCode: 'R-0001', amountMinor: 50_000 });
    // A retry under the same id (the answer was lost) allocates nothing more, and says so.
    await world.call('allocations.create', { id: allocationId, retailerCode: 'R-0001', amountMinor: 50_000 });
    await world.call('payments.record', {
      id: newActionId(),
      retailerCode: 'R-0001',
      method: 'cash',
      amountMinor: 25_000,
    });
    await world.call('settings.save', { allocationApprovalThresholdMinor: 100_000 });
    const heldId = newActionId();
    const held = await world.call('allocations.create', {
      id: heldId,
      retailerCode: 'R-0001',
      amountMinor: 150_000,
    });
    expect(held.status).toBe('awaiting_approval');
    // Maker-checker: the one who asked cannot approve.
    expect(await world.refusal('allocations.approve', { id: heldId })).toMatchObject({
      code: 'business_rule',
    });
    const awa = await world.call('users.create', {
      username: 'awa',
      displayName: 'Awa Ndiaye',
      roles: ['clerk'],
      temporaryPassword,
    });
    await world.call('users.resetPassword', { userId: awa.id, temporaryPassword: resetPassword });
    // An auditor reads only: the attempt is refused, and changes nothing, the trail included.
    expect(
      await refusalAs(world, auditor, 'retailers.update', { code: 'R-0001', creditLimitMinor: 9_000_000 }),
    ).toMatchObject({ code: 'permission_denied' });
    // Bad input is not an attempt at anything: not recorded.
    expect(await world.refusal('retailers.update', { code: 'R-0001', creditLimitMinor: -5 })).toMatchObject({
      code: 'bad_input',
    });
    // Signing in over the desktop's transport: a wrong password, then hers, then her own password.
    const desk = sessionCalls(world.core, 'ipc');
    expect(
      await desk.refusal(null, 'auth.signIn', { username: 'awa', password: wrongPassword }),
    ).toMatchObject({
      code: 'unauthenticated',
    });
    const session = await desk.signIn('awa', resetPassword);
    await desk.call(session, 'auth.changePassword', {
      currentPassword: resetPassword,
      newPassword: chosenPassword,
    });
    await desk.call(session, 'auth.signOut', {});

    const events = await eventsAfter(world, start);
    expect(
      events.map((event) => [
        event.operation,
        event.outcome,
        event.actor.displayName,
        event.transport,
        event.summary,
      ]),
    ).toEqual([
      ['retailers.add', 'ok', 'Ada Admin', 'test', 'Onboarded retailer R-0001 Awa Boutique'],
      [
        'operator.linkRetailer',
        'ok',
        'Ada Admin',
        'test',
        expect.stringContaining('of Awa Boutique (R-0001)'),
      ],
      [
        'retailers.update',
        'ok',
        'Ada Admin',
        'test',
        'Changed retailer R-0001: creditLimitMinor 500000 → 750000',
      ],
      ['operator.purchase', 'ok', 'Ada Admin', 'test', 'Bought 1,000,000 XOF of airtime from sandbox'],
      ['sync.run', 'ok', 'Ada Admin', 'test', expect.stringMatching(/^Ran a sync with sandbox: completed/)],
      ['allocations.create', 'ok', 'Ada Admin', 'test', 'Allocated 50,000 XOF to R-0001'],
      [
        'allocations.create',
        'ok',
        'Ada Admin',
        'test',
        'Repeated, nothing changed: allocated 50,000 XOF to R-0001',
      ],
      [
        'payments.record',
        'ok',
        'Ada Admin',
        'test',
        expect.stringMatching(/^Recorded a cash payment of 25,000 XOF from R-0001 \(receipt .+\)$/),
      ],
      [
        'settings.save',
        'ok',
        'Ada Admin',
        'test',
        'Changed the settings: allocationApprovalThresholdMinor null → 100000',
      ],
      [
        'allocations.create',
        'ok',
        'Ada Admin',
        'test',
        expect.stringMatching(/^Asked to allocate 150,000 XOF to R-0001: held for approval/),
      ],
      [
        'allocations.approve',
        'refused',
        'Ada Admin',
        'test',
        `allocations.approve on allocation ${heldId} refused: You asked for this allocation; another person must approve it (maker and checker differ).`,
      ],
      ['users.create', 'ok', 'Ada Admin', 'test', 'Added the user awa (Awa Ndiaye) as clerk'],
      [
        'users.resetPassword',
        'ok',
        'Ada Admin',
        'test',
        'Reset the password of awa: a temporary one, to change at the next sign-in',
      ],
      [
        'auth.signIn',
        'refused',
        'Someone not signed in',
        'ipc',
        'Sign-in as awa refused: Wrong username or password.',
      ],
      ['auth.signIn', 'ok', 'Awa Ndiaye', 'ipc', 'Signed in as awa'],
      ['auth.changePassword', 'ok', 'Awa Ndiaye', 'ipc', 'Changed their own password'],
      ['auth.signOut', 'ok', 'Awa Ndiaye', 'ipc', 'Signed out (Awa Ndiaye)'],
    ]);
    const bySummary = (operation: string, outcome = 'ok') => {
      const found = events.find((event) => event.operation === operation && event.outcome === outcome);
      if (found === undefined) throw new Error(`no ${outcome} ${operation} event`);
      return callAs(world, auditor, 'audit.event', { seq: found.seq });
    };

    // Before and after: what the retailer looked like either side of the change.
    const update = await bySummary('retailers.update');
    expect(update.subject).toEqual({ kind: 'retailer', id: 'R-0001' });
    expect(update.before).toMatchObject({ code: 'R-0001', creditLimitMinor: 500_000, terms: 'postpaid' });
    expect(update.after).toMatchObject({ code: 'R-0001', creditLimitMinor: 750_000, terms: 'postpaid' });
    expect(update.input).toEqual({ code: 'R-0001', creditLimitMinor: 750_000 });
    // What a call creates has no before; its after is the thing created.
    const allocation = await bySummary('allocations.create');
    expect(allocation.before).toBeNull();
    expect(allocation.after).toMatchObject({
      allocation: { id: allocationId, amountMinor: 50_000, retailerCode: 'R-0001' },
      approval: null,
    });
    const settings = await bySummary('settings.save');
    expect(settings.before).toMatchObject({ allocationApprovalThresholdMinor: null });
    expect(settings.after).toMatchObject({ allocationApprovalThresholdMinor: 100_000 });
    const reset = await bySummary('users.resetPassword');
    expect(reset.input).toEqual({ userId: awa.id, temporaryPassword: '[redacted]' });
    expect(reset.before).toMatchObject({ username: 'awa', mustChangePassword: true });
    const refusedApproval = await bySummary('allocations.approve', 'refused');
    expect(refusedApproval).toMatchObject({
      refusal: { code: 'business_rule' },
      before: null,
      after: null,
    });
    const signIn = await bySummary('auth.signIn', 'refused');
    expect(signIn.input).toEqual({ username: 'awa', password: '[redacted]' });

    // Reading changes nothing, and is not recorded.
    const before = await lastSeq(world);
    await world.call('retailers.list', {});
    await world.call('retailers.get', { code: 'R-0001' });
    await callAs(world, auditor, 'audit.export', {});
    await world.call('ledger.verify', { mode: 'full' });
    expect(await lastSeq(world)).toBe(before);

    // Filters: by operation group, outcome, who, transport and words of the summary.
    const filtered = async (filters: OperationInput<'audit.list'>['filters']) =>
      (await callAs(world, auditor, 'audit.list', { filters })).rows.map((row) => row.seq);
    expect(await filtered({ operation: 'retailers' })).toEqual(
      events
        .filter((event) => event.operation.startsWith('retailers.'))
        .map((event) => event.seq)
        .reverse(),
    );
    expect((await callAs(world, auditor, 'audit.list', { filters: { outcome: 'refused' } })).total).toBe(2);
    expect(await filtered({ actorUserId: awa.id })).toHaveLength(3);
    expect(await filtered({ transport: 'ipc' })).toHaveLength(4);
    expect(await filtered({ search: 'CREDITLIMIT' })).toEqual([update.seq]);
    expect(await filtered({ search: '100%_off' })).toEqual([]);

    // The export has the same events, with the fields each changed.
    const csv = await callAs(world, auditor, 'audit.export', { filters: { operation: 'retailers.update' } });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(csv.rows).toBe(1);
    expect(text.split('\r\n')[0]).toBe(
      'Event,Time (UTC),User,User id,Roles,Transport,Operation,Outcome,Summary,Refusal,Subject,Changes (before → after),Hash',
    );
    expect(text).toContain('creditLimitMinor: 500000 → 750000');

    // The chain verifies, with the ledger.
    const verified = await world.call('ledger.verify', { mode: 'full' });
    expect(verified).toMatchObject({ ok: true, violations: [] });
    expect(verified.auditEventsChecked).toBe(before);
    await world.close();
    worlds.splice(0);

    // Nothing secret in any row, whatever the column; no call left under way.
    withWorkspaceFile(dataDir, (sqlite) => {
      const everything = JSON.stringify(sqlite.prepare('SELECT * FROM audit_events').all());
      for (const secret of [
        temporaryPassword,
        resetPassword,
        chosenPassword,
        wrongPassword,
        world.sandbox.clientSecret,
        session,
        'scrypt$',
      ]) {
        expect(everything).not.toContain(secret);
      }
      expect(sqlite.prepare('SELECT count(*) FROM audit_calls_under_way').pluck().get()).toBe(0);
      // Append-only: the database itself refuses to change or remove an event.
      expect(() =>
        sqlite.prepare("UPDATE audit_events SET summary = 'nothing happened' WHERE seq = 3").run(),
      ).toThrow(/append-only/);
      expect(() => sqlite.prepare('DELETE FROM audit_events WHERE seq = 3').run()).toThrow(/append-only/);
    });
  });

  it('finds an event edited behind the application’s back, and names it', async () => {
    const dataDir = join(newTemporaryFolder(), 'workspace');
    await withCore(dataDir, 'workspace.create', async (call) => {
      await call('retailers.add', {
        code: 'R-0001',
        name: 'Awa Boutique',
        terms: 'postpaid',
        creditLimitMinor: 500_000,
      });
      await call('retailers.update', { code: 'R-0001', creditLimitMinor: 750_000 });
      await call('retailers.update', { code: 'R-0001', creditLimitMinor: 800_000 });
    });

    // Someone with the key rewrites what the limit was changed to, putting the trigger back after.
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER audit_events_refuse_update;
       UPDATE audit_events SET after_json = replace(after_json, '750000', '7500000') WHERE seq = 3;
       CREATE TRIGGER audit_events_refuse_update BEFORE UPDATE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'audit events are append-only: they are never changed'); END;`,
    );
    await withCore(dataDir, 'workspace.open', async (call) => {
      const report = await call('ledger.verify', { mode: 'full' });
      expect(report.ok).toBe(false);
      expect(report.violations).toEqual([
        expect.objectContaining({
          check: 'audit_chain',
          auditEventSeq: 3,
          message: expect.stringMatching(
            /^audit event #3 \(retailers\.update by Ada Admin at .+\) was changed after it was written/,
          ),
        }),
      ]);
      // The quick check at open found it too.
      expect(await call('ledger.lastVerify', {})).toMatchObject({ ok: false });
    });

    // Removing an event instead breaks the link of the one after it.
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER audit_events_refuse_delete;
       DELETE FROM audit_events WHERE seq = 2;
       CREATE TRIGGER audit_events_refuse_delete BEFORE DELETE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'audit events are append-only: they are never deleted'); END;`,
    );
    await withCore(dataDir, 'workspace.open', async (call) => {
      const report = await call('ledger.verify', { mode: 'full' });
      expect(report.violations.map((violation) => [violation.auditEventSeq, violation.message])).toEqual([
        [3, expect.stringMatching(/^audit events #2 to #2 are missing before audit event #3/)],
        [3, expect.stringContaining('was changed after it was written')],
      ]);
    });
  });

  it('turns a call the app never finished recording into an interrupted event when the workspace opens again', async () => {
    const dataDir = join(newTemporaryFolder(), 'workspace');
    await withCore(dataDir, 'workspace.create', async (call) => {
      await call('retailers.add', {
        code: 'R-0001',
        name: 'Awa Boutique',
        terms: 'prepaid',
        creditLimitMinor: 0,
      });
    });
    // As the note of a call under way stands when the process dies before the call's event is written.
    editBehindTheAppsBack(
      dataDir,
      `INSERT INTO audit_calls_under_way (id, started_at, actor_user_id, actor_name, actor_roles, transport,
         operation, subject_kind, subject_id, input_json, before_json)
       VALUES ('0190aaaa-0000-7000-8000-000000000001', 1700000000000, 'admin', 'Ada Admin', 'administrator', 'ipc',
         'retailers.setStatus', 'retailer', 'R-0001', '{"code":"R-0001","status":"suspended"}', '{"status":"active"}');`,
    );
    await withCore(dataDir, 'workspace.open', async (call) => {
      const [interrupted] = (await call('audit.list', { filters: { outcome: 'interrupted' } })).rows;
      expect(interrupted).toMatchObject({
        operation: 'retailers.setStatus',
        outcome: 'interrupted',
        actor: { displayName: 'Ada Admin' },
        transport: 'ipc',
        subject: { kind: 'retailer', id: 'R-0001' },
        summary: expect.stringContaining('the app stopped before it finished'),
      });
      expect(await call('ledger.verify', { mode: 'full' })).toMatchObject({ ok: true });
    });
  });
});
