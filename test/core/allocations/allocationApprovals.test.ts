import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../src/core/access/callContext';
import { callAs, refusalAs } from '../../support/callAs';
import { newActionId, type OperatorWorld, stockedWorldWithAwa, syncNow } from '../../support/operatorWorld';
import { signedInTeam } from '../../support/sessionCalls';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const clerk: CallContext = {
  transport: 'test',
  actor: { userId: 'cleo', displayName: 'Cléo Clerk', roles: ['clerk'] },
};
const approver: CallContext = {
  transport: 'test',
  actor: { userId: 'paul', displayName: 'Paul Approver', roles: ['approver'] },
};

async function deskWorld(): Promise<OperatorWorld> {
  const world = await stockedWorldWithAwa(newTemporaryFolder(), {
    wholesaleMinor: 5_000_000,
    creditLimitMinor: 10_000_000,
  });
  worlds.push(world);
  return world;
}

describe('maker-checker on allocations', () => {
  it('holds an allocation above the threshold until another person approves it, then queues it with both names kept', async () => {
    const world = await deskWorld();
    await world.call('settings.save', { allocationApprovalThresholdMinor: 500_000, velocityMultiple: null });

    const small = await callAs(world, clerk, 'allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 200_000,
    });
    expect(small).toMatchObject({
      status: 'queued',
      approval: null,
      allocation: { amountMinor: 200_000, status: 'queued' },
    });

    const bigId = newActionId();
    const big = await callAs(world, clerk, 'allocations.create', {
      id: bigId,
      retailerCode: 'AWA',
      amountMinor: 800_000,
      note: 'Tabaski',
    });
    expect(big).toMatchObject({
      status: 'awaiting_approval',
      allocation: null,
      approval: {
        reason: 'above_threshold',
        explanation: '800,000 XOF is above the approval threshold of 500,000 XOF.',
        requestedByName: 'Cléo Clerk',
        state: 'awaiting_approval',
      },
    });
    // Nothing is reserved or sent while it waits.
    expect((await world.call('allocations.list', {})).total).toBe(1);
    expect((await world.call('retailers.get', { code: 'AWA' })).receivable.exposureMinor).toBe(200_000);

    // The operator-level call and a bulk file cannot go around the desk.
    const direct = await refusalAs(world, clerk, 'operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 800_000,
    });
    expect(direct).toMatchObject({ reason: 'approval_required' });
    const bulk = await callAs(world, clerk, 'allocations.importPreview', {
      fileName: 'big.csv',
      contentBase64: Buffer.from('retailer_code,amount\nAWA,900000\n').toString('base64'),
    });
    expect(bulk.rows[0]?.issues[0]?.message).toMatch(/^needs a second person's approval/);

    const own = await refusalAs(world, clerk, 'allocations.approve', { id: bigId });
    expect(own.code).toBe('permission_denied');
    const ownAsAdmin = await world.call('allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 600_000,
    });
    const self = await world.refusal('allocations.approve', { id: ownAsAdmin.approval?.id ?? '' });
    expect(self).toMatchObject({ reason: 'same_user' });

    const approved = await callAs(world, approver, 'allocations.approve', {
      id: bigId,
      note: 'Festival week',
    });
    expect(approved).toMatchObject({
      status: 'queued',
      allocation: { id: bigId, amountMinor: 800_000, requestedBy: 'cleo' },
      approval: {
        state: 'approved',
        decidedByName: 'Paul Approver',
        decisionNote: 'Festival week',
        requestedByName: 'Cléo Clerk',
      },
    });
    const replay = await callAs(world, clerk, 'allocations.create', {
      id: bigId,
      retailerCode: 'AWA',
      amountMinor: 800_000,
    });
    expect(replay.approval?.state).toBe('approved');

    const rejected = await callAs(world, approver, 'allocations.reject', {
      id: ownAsAdmin.approval?.id ?? '',
      note: 'Too much at once',
    });
    expect(rejected).toMatchObject({ state: 'rejected', decisionNote: 'Too much at once' });
    const late = await refusalAs(world, approver, 'allocations.approve', {
      id: ownAsAdmin.approval?.id ?? '',
    });
    expect(late).toMatchObject({ reason: 'rejected' });

    await syncNow(world, 2_000);
    const confirmed = await world.call('allocations.list', { statuses: ['confirmed'] });
    expect(confirmed.totals.amountMinor).toBe(1_000_000);
    expect((await world.call('allocations.approvals', { state: 'awaiting_approval' })).length).toBe(0);
  });

  it('lets signed-in people check each other: a maker never approves their own request, whatever their roles', async () => {
    const world = await deskWorld();
    await world.call('settings.save', { allocationApprovalThresholdMinor: 500_000 });
    const { calls, admin, addUser } = await signedInTeam(world.core);
    const awa = await addUser('awa', 'Awa Ndiaye', ['clerk', 'approver']);
    const moussa = await addUser('moussa', 'Moussa Sow', ['approver']);

    const held = await calls.call(awa, 'allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 700_000,
    });
    const heldId = held.approval?.id ?? '';
    expect(held.approval).toMatchObject({ state: 'awaiting_approval', requestedByName: 'Awa Ndiaye' });
    expect(await calls.refusal(awa, 'allocations.approve', { id: heldId })).toMatchObject({
      code: 'business_rule',
      reason: 'same_user',
    });
    const approved = await calls.call(moussa, 'allocations.approve', {
      id: heldId,
      note: 'Checked the order slip',
    });
    expect(approved.approval).toMatchObject({
      state: 'approved',
      requestedByName: 'Awa Ndiaye',
      decidedByName: 'Moussa Sow',
      decisionNote: 'Checked the order slip',
    });
    // Both people stay on record, with their user ids.
    const [record] = await calls.call(admin, 'allocations.approvals', { state: 'approved' });
    expect(record).toMatchObject({ requestedByName: 'Awa Ndiaye', decidedByName: 'Moussa Sow' });
    const users = await calls.call(admin, 'users.list', {});
    expect(record?.requestedBy).toBe(users.find((user) => user.username === 'awa')?.id);
    expect(record?.decidedBy).toBe(users.find((user) => user.username === 'moussa')?.id);
  });

  it('holds an amount far above what the retailer usually gets, and explains why', async () => {
    const world = await deskWorld();
    await world.call('settings.save', { allocationApprovalThresholdMinor: null, velocityMultiple: 4 });
    for (const amountMinor of [40_000, 50_000, 60_000]) {
      await world.call('allocations.create', { id: newActionId(), retailerCode: 'AWA', amountMinor });
    }
    // Until three allocations are confirmed, there is no usual amount to compare with.
    expect(
      (await world.call('allocations.create', { id: newActionId(), retailerCode: 'AWA', amountMinor: 1_000 }))
        .status,
    ).toBe('queued');
    await syncNow(world, 2_000);
    const usual = await world.call('allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 150_000,
    });
    expect(usual.status).toBe('queued');
    const unusual = await world.call('allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 200_000,
    });
    expect(unusual).toMatchObject({
      status: 'awaiting_approval',
      approval: {
        reason: 'unusual_amount',
        explanation:
          "200,000 XOF is more than 4 times Awa Boutique's average allocation of 37,750 XOF over the last 30 days (4 allocations).",
      },
    });
  });
});
