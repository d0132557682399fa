import { afterEach, describe, expect, it } from 'vitest';
import { newActionId, type OperatorWorld, startOperatorWorld, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

async function connectedWorld(): Promise<OperatorWorld> {
  const world = await startOperatorWorld(newTemporaryFolder());
  worlds.push(world);
  return world;
}

async function moneyBalances(world: OperatorWorld): Promise<Record<string, number>> {
  const accounts = await world.call('ledger.accounts', { assetCode: 'MONEY-XOF' });
  return Object.fromEntries(accounts.map((account) => [account.code, account.balances.balancePostedMinor]));
}

describe('buying bulk credit with purchase orders', () => {
  it('on credit terms: cost after the discount is owed to the operator, due after the agreed days, within the credit limit', async () => {
    const world = await connectedWorld();
    const terms = await world.call('operator.saveTerms', {
      wholesaleDiscountBasisPoints: 350,
      paymentTerms: 'credit',
      creditLimitMinor: 2_000_000,
      dueDays: 30,
      catalogue: [
        { code: 'AIRTIME', name: 'Airtime', kind: 'airtime', denominationsMinor: [500, 1_000, 5_000] },
      ],
    });
    expect(terms).toMatchObject({
      paymentTerms: 'credit',
      availableCreditMinor: 2_000_000,
      payableMinor: 0,
      saved: true,
    });

    const order = await world.call('purchases.create', { id: newActionId(), faceValueMinor: 1_000_000 });
    expect(order).toMatchObject({
      number: `PO-${new Date().getFullYear()}-000001`,
      status: 'submitted',
      paymentMethod: 'credit',
      discountBasisPoints: 350,
      discountMinor: 35_000,
      costMinor: 965_000,
      dueAt: null,
    });
    const pending = await world.call('ledger.entry', { entryId: order.pendingEntryId ?? '' });
    expect(pending.transfers.map((transfer) => [transfer.code, transfer.amountMinor])).toEqual([
      ['purchase', 1_000_000],
      ['purchase_cost', 965_000],
      ['purchase_discount', 35_000],
    ]);
    expect((await world.call('operator.terms', {})).availableCreditMinor).toBe(1_035_000);

    const tooMuch = await world.refusal('purchases.create', { id: newActionId(), faceValueMinor: 1_200_000 });
    expect(tooMuch).toMatchObject({ code: 'business_rule', reason: 'operator_credit_limit' });
    expect(tooMuch.message).toMatch(
      /^Buying this on credit would take what you owe sandbox over its credit limit of 2,000,000 XOF: 1,035,000 XOF of credit left, 1,158,000 XOF needed/,
    );
    const upFront = await world.call('purchases.create', {
      id: newActionId(),
      faceValueMinor: 1_200_000,
      paymentMethod: 'bank_transfer',
      paymentReference: 'TRF-2026-118',
    });
    expect(upFront).toMatchObject({
      status: 'submitted',
      costMinor: 1_158_000,
      paymentReference: 'TRF-2026-118',
    });

    await syncNow(world, 2_000);
    const confirmed = await world.call('purchases.get', { id: order.id });
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.operatorActionId).not.toBeNull();
    expect(Date.parse(confirmed.dueAt ?? '') - Date.parse(confirmed.confirmedAt ?? '')).toBe(
      30 * 24 * 3600 * 1000,
    );
    expect(await moneyBalances(world)).toEqual({
      'AIRTIME-PURCHASES-XOF': 2_200_000,
      'PAYABLE-SANDBOX': 965_000,
      'BANK-XOF': -1_158_000,
      'DISCOUNT-SANDBOX': 77_000,
    });
    const wholesale = (
      await world.call('ledger.accounts', { ownerKind: 'distributor', assetCode: 'AIRTIME-SANDBOX' })
    )[0];
    expect(wholesale?.balances.balancePostedMinor).toBe(2_200_000);
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });

  it('drafts wait, submit sends, cancel voids; credit is refused on prepaid terms; ids replay', async () => {
    const world = await connectedWorld();
    const credit = await world.refusal('purchases.create', {
      id: newActionId(),
      faceValueMinor: 10_000,
      paymentMethod: 'credit',
    });
    expect(credit).toMatchObject({ reason: 'no_credit_terms' });

    const draftId = newActionId();
    const draft = await world.call('purchases.create', {
      id: draftId,
      faceValueMinor: 500_000,
      paymentMethod: 'cash',
      submit: false,
    });
    expect(draft).toMatchObject({
      status: 'draft',
      costMinor: 500_000,
      pendingEntryId: null,
      clientReference: null,
    });
    expect((await world.call('sync.queue', { filter: 'all' })).actions).toEqual([]);
    const again = await world.call('purchases.create', {
      id: draftId,
      faceValueMinor: 500_000,
      paymentMethod: 'cash',
      submit: false,
    });
    expect(again.number).toBe(draft.number);
    const reused = await world.refusal('purchases.create', { id: draftId, faceValueMinor: 1, submit: false });
    expect(reused).toMatchObject({ reason: 'id_reused' });

    const submitted = await world.call('purchases.submit', { id: draftId });
    expect(submitted.status).toBe('submitted');
    expect(submitted.clientReference).not.toBeNull();
    const cancelled = await world.call('purchases.cancel', { id: draftId, reason: 'Ordered twice' });
    expect(cancelled.status).toBe('cancelled');
    expect(await moneyBalances(world)).toEqual({ 'AIRTIME-PURCHASES-XOF': 0, 'CASH-XOF': 0 });

    const kept = await world.call('purchases.create', {
      id: newActionId(),
      faceValueMinor: 20_000,
      submit: false,
    });
    const dropped = await world.call('purchases.cancel', { id: kept.id, reason: 'Not needed' });
    expect(dropped).toMatchObject({ status: 'cancelled', statusReason: 'Not needed' });
    const resubmit = await world.refusal('purchases.submit', { id: kept.id });
    expect(resubmit).toMatchObject({ reason: 'purchase_cancelled' });

    const viaQueue = await world.call('operator.purchase', { id: newActionId(), amountMinor: 75_000 });
    expect(viaQueue.kind).toBe('purchase');
    await syncNow(world, 2_000);
    const page = await world.call('purchases.list', { statuses: ['confirmed'] });
    expect(page.rows.map((row) => [row.faceValueMinor, row.paymentMethod])).toEqual([
      [75_000, 'bank_transfer'],
    ]);
    const all = await world.call('purchases.list', {});
    expect(all.total).toBe(3);
    expect(all.totals).toEqual({ faceValueMinor: 595_000, costMinor: 595_000 });
    const cancelledOnly = await world.call('purchases.list', { statuses: ['cancelled'] });
    expect(cancelledOnly.rows.map((row) => row.id).sort()).toEqual([draftId, kept.id].sort());
  });
});

describe('paying the operator', () => {
  it('pays what is owed on credit, never more, settling the purchase due first; the dashboard stops calling it due', async () => {
    const world = await connectedWorld();
    await world.call('operator.saveTerms', {
      wholesaleDiscountBasisPoints: 200,
      paymentTerms: 'credit',
      creditLimitMinor: 5_000_000,
      dueDays: 0,
    });
    const first = await world.call('purchases.create', { id: newActionId(), faceValueMinor: 1_000_000 });
    const second = await world.call('purchases.create', { id: newActionId(), faceValueMinor: 500_000 });
    await syncNow(world, 2_000);
    expect((await world.call('purchases.get', { id: first.id })).outstandingMinor).toBe(980_000);
    // Due the day they were confirmed: both are on the dashboard.
    const due = (await world.call('dashboard.summary', {})).alerts.filter(
      (alert) => alert.kind === 'payable_due',
    );
    expect(due.map((alert) => alert.detail)).toEqual([
      expect.stringMatching(/^980,000 XOF owed to the operator, due /),
      expect.stringMatching(/^490,000 XOF owed to the operator, due /),
    ]);

    const tooMuch = await world.refusal('operatorPayments.record', {
      id: newActionId(),
      method: 'bank_transfer',
      amountMinor: 1_500_000,
    });
    expect(tooMuch).toMatchObject({ code: 'business_rule', reason: 'overpayment' });
    expect(tooMuch.message).toBe(
      'You owe Sandbox Telecom 1,470,000 XOF; a payment of 1,500,000 XOF would pay more than that.',
    );
    const paid = await world.call('operatorPayments.record', {
      id: newActionId(),
      method: 'bank_transfer',
      amountMinor: 1_200_000,
      reference: 'VIR-7781',
    });
    expect(paid).toMatchObject({
      number: `OP-${new Date().getFullYear()}-000001`,
      owedAfterMinor: 270_000,
      applications: [
        { purchaseId: first.id, number: first.number, amountMinor: 980_000 },
        { purchaseId: second.id, number: second.number, amountMinor: 220_000 },
      ],
    });
    expect((await world.call('purchases.get', { id: first.id })).outstandingMinor).toBe(0);
    expect((await world.call('purchases.get', { id: second.id })).outstandingMinor).toBe(270_000);
    expect((await world.call('operator.terms', {})).payableMinor).toBe(270_000);
    const stillDue = (await world.call('dashboard.summary', {})).alerts.filter(
      (alert) => alert.kind === 'payable_due',
    );
    expect(stillDue.map((alert) => alert.title)).toEqual([`${second.number} is overdue`]);
    expect((await world.call('operatorPayments.list', {})).map((payment) => payment.reference)).toEqual([
      'VIR-7781',
    ]);
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });
});
