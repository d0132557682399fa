import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/appError';
import type { Ledger } from '../../../src/core/ledger/ledger';
import type { Workspace } from '../../../src/core/workspace/workspace';
import {
  accountIds,
  allocate,
  openChartedWorkspace,
  purchase,
  reserveAllocation,
} from '../../support/ledgerFixture';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const open: Workspace[] = [];
afterEach(() => {
  for (const workspace of open.splice(0)) workspace.close();
});

async function setUp(options: { receivableLimitMinor?: number } = {}) {
  const charted = await openChartedWorkspace(newTemporaryFolder(), options);
  open.push(charted.workspace);
  return charted;
}

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

const balances = (ledger: Ledger, id: string) => ledger.reader.account(id)?.balances;

describe('balance rules', () => {
  it('a prepaid retailer cannot receive more than the wholesale stock', async () => {
    const { ledger } = await setUp();
    purchase(ledger, 1_000_000);
    const refused = refusal(() => allocate(ledger, accountIds.retailerAwa, 1_000_001));
    expect(refused.reason).toBe('balance_rule');
    expect(refused.message).toContain('WHOLESALE-MTN would go below zero');
    expect(refused.message).toContain('by 1 minor units');
    expect(balances(ledger, accountIds.wholesale)?.balancePostedMinor).toBe(1_000_000);
    expect(balances(ledger, accountIds.retailerAwa)?.balancePostedMinor).toBe(0);
    allocate(ledger, accountIds.retailerAwa, 1_000_000);
    expect(balances(ledger, accountIds.wholesale)?.balancePostedMinor).toBe(0);
  });

  it('a receivable never goes above the credit limit, pending included', async () => {
    const { ledger } = await setUp({ receivableLimitMinor: 500_000 });
    const onCredit = (amountMinor: number, kind: 'posting' | 'pending' = 'posting') =>
      ledger.writer.record({
        id: crypto.randomUUID(),
        kind,
        code: 'postpaid_allocation',
        ...(kind === 'pending' ? { timeoutMs: 60_000 } : {}),
        transfers: [
          {
            debitAccountId: accountIds.receivableAwa,
            creditAccountId: accountIds.sales,
            amountMinor,
            code: 'receivable',
          },
        ],
      } as Parameters<Ledger['writer']['record']>[0]);
    onCredit(300_000);
    onCredit(150_000, 'pending');
    const refused = refusal(() => onCredit(50_001));
    expect(refused.message).toContain('AR-R001 would exceed its limit of 500000');
    onCredit(50_000);
    expect(balances(ledger, accountIds.receivableAwa)).toMatchObject({
      balancePostedMinor: 350_000,
      debitsPendingMinor: 150_000,
    });
  });

  it('a payment on a receivable goes through even when it stays above a limit', async () => {
    const { ledger } = await setUp({ receivableLimitMinor: 0 });
    // With a zero limit nothing can be owed; moving money the other way lowers exposure and is allowed.
    ledger.writer.record({
      id: crypto.randomUUID(),
      kind: 'posting',
      code: 'payment',
      transfers: [
        {
          debitAccountId: accountIds.bank,
          creditAccountId: accountIds.receivableAwa,
          amountMinor: 20_000,
          code: 'payment',
        },
      ],
    });
    expect(balances(ledger, accountIds.receivableAwa)?.balancePostedMinor).toBe(-20_000);
  });

  it('debits must not exceed credits: an account with that flag cannot be drawn past what it received', async () => {
    const { ledger } = await setUp();
    const payable = accountIds.operatorPayable; // credit-normal, flagged below through a fresh account
    ledger.accounts.createAccount({
      id: 'acc-deposit',
      code: 'DEPOSIT-R001',
      name: 'Awa prepayment',
      assetCode: 'XOF',
      type: 'suspense',
      ownerKind: 'retailer',
      ownerId: 'R-001',
      debitsMustNotExceedCredits: true,
    });
    const move = (debit: string, credit: string, amountMinor: number) =>
      ledger.writer.record({
        id: crypto.randomUUID(),
        kind: 'posting',
        code: 'deposit',
        transfers: [{ debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'deposit' }],
      });
    move(accountIds.bank, 'acc-deposit', 10_000);
    expect(refusal(() => move('acc-deposit', payable, 10_001)).message).toContain(
      'DEPOSIT-R001 would owe more than it holds',
    );
    move('acc-deposit', payable, 10_000);
    expect(balances(ledger, 'acc-deposit')).toMatchObject({
      debitsPostedMinor: 10_000,
      creditsPostedMinor: 10_000,
    });
  });

  it('a closed account takes no new movements', async () => {
    const { ledger } = await setUp();
    purchase(ledger, 5_000);
    ledger.accounts.setClosed(accountIds.retailerAwa, true);
    expect(refusal(() => allocate(ledger, accountIds.retailerAwa, 100)).reason).toBe('account_closed');
    ledger.accounts.setClosed(accountIds.retailerAwa, false);
    allocate(ledger, accountIds.retailerAwa, 100);
  });

  it('refuses transfers between assets, to unknown accounts, and impossible amounts, naming the field', async () => {
    const { ledger } = await setUp();
    const attempt = (transfer: object) =>
      refusal(() =>
        ledger.writer.record({
          id: crypto.randomUUID(),
          kind: 'posting',
          code: 'test',
          transfers: [
            {
              debitAccountId: accountIds.retailerAwa,
              creditAccountId: accountIds.wholesale,
              amountMinor: 1,
              code: 't',
              ...transfer,
            },
          ],
        }),
      );
    expect(attempt({ creditAccountId: accountIds.bank }).message).toContain('moves between different assets');
    expect(attempt({ debitAccountId: 'nope' }).issues).toEqual([
      { path: 'transfers.0.debitAccountId', message: 'names no account (nope)' },
    ]);
    for (const amountMinor of [0, -5, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect(attempt({ amountMinor }).issues?.[0]?.path).toBe('transfers.0.amountMinor');
    }
    expect(attempt({ creditAccountId: accountIds.retailerAwa }).message).toContain(
      'debits and credits the same account',
    );
  });
});

describe('idempotency', () => {
  it('recording the same id twice returns the first result and writes nothing new', async () => {
    const { ledger } = await setUp();
    const first = purchase(ledger, 7_000, '01900000-0000-7000-8000-0000000000aa');
    const again = purchase(ledger, 7_000, '01900000-0000-7000-8000-0000000000aa');
    expect(again).toEqual({ ...first, replayed: true });
    expect(first.replayed).toBe(false);
    expect(balances(ledger, accountIds.wholesale)?.balancePostedMinor).toBe(7_000);
  });

  it('the same id with different content is refused clearly', async () => {
    const { ledger } = await setUp();
    purchase(ledger, 7_000, '01900000-0000-7000-8000-0000000000bb');
    const refused = refusal(() => purchase(ledger, 7_001, '01900000-0000-7000-8000-0000000000bb'));
    expect(refused.reason).toBe('id_reused');
    expect(refused.message).toContain('already recorded with different content');
    expect(balances(ledger, accountIds.wholesale)?.balancePostedMinor).toBe(7_000);
  });

  it('a refused entry leaves no trace, so its id can be used once the cause is fixed', async () => {
    const { ledger } = await setUp();
    const id = '01900000-0000-7000-8000-0000000000cc';
    refusal(() => allocate(ledger, accountIds.retailerAwa, 500, id));
    purchase(ledger, 500);
    expect(allocate(ledger, accountIds.retailerAwa, 500, id).replayed).toBe(false);
  });

  it('in a batch, each entry stands alone: a refused one does not stop the others', async () => {
    const { ledger } = await setUp();
    purchase(ledger, 1_000);
    const results = ledger.writer.recordBatch(
      [600, 600, 400].map((amountMinor) => ({
        id: crypto.randomUUID(),
        kind: 'posting' as const,
        code: 'allocation',
        transfers: [
          {
            debitAccountId: accountIds.retailerAwa,
            creditAccountId: accountIds.wholesale,
            amountMinor,
            code: 'allocation',
          },
        ],
      })),
    );
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(balances(ledger, accountIds.retailerAwa)?.balancePostedMinor).toBe(1_000);
    expect(ledger.verifier.verify('full').ok).toBe(true);
  });
});

describe('two-phase entries', () => {
  async function withPending(amountMinor = 400_000, timeoutMs = 60_000) {
    const charted = await setUp();
    purchase(charted.ledger, 1_000_000);
    const pending = reserveAllocation(charted.ledger, accountIds.retailerAwa, amountMinor, timeoutMs);
    return { ...charted, pending };
  }

  it('a pending entry reserves its amount: available falls, posted does not', async () => {
    const { ledger } = await withPending();
    expect(balances(ledger, accountIds.wholesale)).toMatchObject({
      balancePostedMinor: 1_000_000,
      balanceAvailableMinor: 600_000,
      creditsPendingMinor: 400_000,
    });
    expect(balances(ledger, accountIds.retailerAwa)).toMatchObject({
      balancePostedMinor: 0,
      debitsPendingMinor: 400_000,
    });
    expect(refusal(() => allocate(ledger, accountIds.retailerBoubacar, 600_001)).reason).toBe('balance_rule');
  });

  it('posts in full, once', async () => {
    const { ledger, pending } = await withPending();
    ledger.writer.record({ id: crypto.randomUUID(), kind: 'post_pending', pendingEntryId: pending.id });
    expect(balances(ledger, accountIds.wholesale)).toMatchObject({
      balancePostedMinor: 600_000,
      balanceAvailableMinor: 600_000,
      creditsPendingMinor: 0,
    });
    expect(balances(ledger, accountIds.retailerAwa)?.balancePostedMinor).toBe(400_000);
    const again = refusal(() =>
      ledger.writer.record({ id: crypto.randomUUID(), kind: 'void_pending', pendingEntryId: pending.id }),
    );
    expect(again.reason).toBe('already_resolved');
    expect(again.message).toContain('was already posted');
  });

  it('posts for less, releasing the rest', async () => {
    const { ledger, pending } = await withPending();
    ledger.writer.record({
      id: crypto.randomUUID(),
      kind: 'post_pending',
      pendingEntryId: pending.id,
      amountsMinor: [250_000],
    });
    expect(balances(ledger, accountIds.wholesale)).toMatchObject({
      balancePostedMinor: 750_000,
      balanceAvailableMinor: 750_000,
    });
    expect(balances(ledger, accountIds.retailerAwa)?.balancePostedMinor).toBe(250_000);
  });

  it('refuses to post more than was reserved, or nothing', async () => {
    const { ledger, pending } = await withPending();
    for (const amount of [400_001, 0]) {
      const refused = refusal(() =>
        ledger.writer.record({
          id: crypto.randomUUID(),
          kind: 'post_pending',
          pendingEntryId: pending.id,
          amountsMinor: [amount],
        }),
      );
      expect(refused.issues?.[0]?.path).toBe('amountsMinor.0');
    }
  });

  it('voids, releasing the reservation', async () => {
    const { ledger, pending } = await withPending();
    ledger.writer.record({
      id: crypto.randomUUID(),
      kind: 'void_pending',
      pendingEntryId: pending.id,
      description: 'operator refused',
    });
    expect(balances(ledger, accountIds.wholesale)).toMatchObject({
      balancePostedMinor: 1_000_000,
      balanceAvailableMinor: 1_000_000,
    });
    expect(ledger.reader.entry(pending.id)?.resolvedBy?.kind).toBe('void_pending');
  });

  it('expires after its timeout, and then cannot be posted', async () => {
    const { ledger, pending, clock } = await withPending(400_000, 60_000);
    clock.advance(59_999);
    expect(ledger.writer.expirePending()).toBe(0);
    clock.advance(1);
    const refused = refusal(() =>
      ledger.writer.record({ id: crypto.randomUUID(), kind: 'post_pending', pendingEntryId: pending.id }),
    );
    expect(refused.reason).toBe('already_resolved');
    expect(refused.message).toContain('was already expired');
    expect(ledger.reader.entry(pending.id)?.resolvedBy?.kind).toBe('expire_pending');
    expect(balances(ledger, accountIds.wholesale)?.balanceAvailableMinor).toBe(1_000_000);
    expect(ledger.verifier.verify('full')).toMatchObject({ ok: true, violations: [] });
  });

  it('only pending entries can be posted or voided', async () => {
    const { ledger } = await setUp();
    const posted = purchase(ledger, 10);
    expect(
      refusal(() =>
        ledger.writer.record({ id: crypto.randomUUID(), kind: 'void_pending', pendingEntryId: posted.id }),
      ).reason,
    ).toBe('not_pending');
  });
});

describe('reversals', () => {
  it('a reversal mirrors the entry, points to it, and restores the balances', async () => {
    const { ledger } = await setUp();
    purchase(ledger, 1_000);
    const allocation = allocate(ledger, accountIds.retailerAwa, 300);
    const reversal = ledger.writer.record({
      id: crypto.randomUUID(),
      kind: 'reversal',
      reversesEntryId: allocation.id,
      description: 'wrong retailer',
    });
    expect(balances(ledger, accountIds.retailerAwa)?.balancePostedMinor).toBe(0);
    expect(balances(ledger, accountIds.wholesale)?.balancePostedMinor).toBe(1_000);
    const view = ledger.reader.entry(reversal.id);
    expect(view).toMatchObject({
      kind: 'reversal',
      reversesEntryId: allocation.id,
      description: 'wrong retailer',
    });
    expect(view?.transfers[0]).toMatchObject({
      debitAccountId: accountIds.wholesale,
      creditAccountId: accountIds.retailerAwa,
      amountMinor: 300,
    });
    expect(ledger.reader.entry(allocation.id)?.reversedByEntryId).toBe(reversal.id);
  });

  it('refuses a second reversal, a reversal of a reversal, and a reversal the balances cannot bear', async () => {
    const { ledger } = await setUp();
    purchase(ledger, 1_000);
    const allocation = allocate(ledger, accountIds.retailerAwa, 300);
    const reversal = ledger.writer.record({
      id: crypto.randomUUID(),
      kind: 'reversal',
      reversesEntryId: allocation.id,
    });
    expect(
      refusal(() =>
        ledger.writer.record({ id: crypto.randomUUID(), kind: 'reversal', reversesEntryId: allocation.id }),
      ).reason,
    ).toBe('already_reversed');
    expect(
      refusal(() =>
        ledger.writer.record({ id: crypto.randomUUID(), kind: 'reversal', reversesEntryId: reversal.id }),
      ).reason,
    ).toBe('reversal_of_reversal');
    // The retailer sold what it received: taking the allocation back would make its stock negative.
    const second = allocate(ledger, accountIds.retailerAwa, 200);
    ledger.writer.record({
      id: crypto.randomUUID(),
      kind: 'posting',
      code: 'sale',
      transfers: [
        {
          debitAccountId: accountIds.issuance,
          creditAccountId: accountIds.retailerAwa,
          amountMinor: 150,
          code: 'sale',
        },
      ],
    });
    const refused = refusal(() =>
      ledger.writer.record({ id: crypto.randomUUID(), kind: 'reversal', reversesEntryId: second.id }),
    );
    expect(refused.message).toContain('STOCK-R001 would go below zero');
  });

  it('posted rows cannot be changed or deleted: the database refuses', async () => {
    const { ledger, workspace } = await setUp();
    const entry = purchase(ledger, 1_000);
    expect(() => workspace.sqlite.prepare('UPDATE ledger_transfers SET amount_minor = 1').run()).toThrow(
      /immutable/,
    );
    expect(() => workspace.sqlite.prepare('DELETE FROM ledger_entries WHERE id = ?').run(entry.id)).toThrow(
      /immutable/,
    );
    expect(() =>
      workspace.sqlite
        .prepare("UPDATE ledger_accounts SET asset_code = 'XOF' WHERE id = ?")
        .run(accountIds.wholesale),
    ).toThrow(/keeps its identity/);
    expect(() =>
      workspace.sqlite.prepare("UPDATE ledger_assets SET scale = 2 WHERE code = 'XOF'").run(),
    ).toThrow(/immutable/);
  });
});

describe('balance history', () => {
  it('answers the posted balance as at any instant, and statements with running balances', async () => {
    const { ledger, clock } = await setUp();
    const t0 = clock.nowMs;
    purchase(ledger, 1_000);
    const t1 = clock.advance(60_000);
    allocate(ledger, accountIds.retailerAwa, 300);
    const t2 = clock.advance(60_000);
    allocate(ledger, accountIds.retailerAwa, 200);
    const t3 = clock.advance(60_000);
    const wholesale = ledger.reader.account(accountIds.wholesale);
    if (wholesale === undefined) throw new Error('no wholesale account');
    expect(
      [t0 - 1, t0, t1 - 1, t1, t2, t3].map((instant) => ledger.reader.balanceAsAt(wholesale, instant)),
    ).toEqual([0, 1_000, 1_000, 700, 500, 500]);

    const statement = ledger.reader.statement(accountIds.wholesale, t1, t3);
    expect(statement).toMatchObject({
      openingBalanceMinor: 1_000,
      closingBalanceMinor: 500,
      truncated: false,
    });
    expect(
      statement?.lines.map((line) => [line.amountMinor, line.balanceAfterMinor, line.counterpartyAccountId]),
    ).toEqual([
      [-300, 700, accountIds.retailerAwa],
      [-200, 500, accountIds.retailerAwa],
    ]);
  });

  it('keeps pending movements off statements until they are posted', async () => {
    const { ledger, clock } = await setUp();
    const start = clock.nowMs;
    purchase(ledger, 1_000);
    const pending = reserveAllocation(ledger, accountIds.retailerAwa, 400, 600_000);
    clock.advance(1_000);
    expect(ledger.reader.statement(accountIds.retailerAwa, start, clock.nowMs)?.lines).toEqual([]);
    ledger.writer.record({ id: crypto.randomUUID(), kind: 'post_pending', pendingEntryId: pending.id });
    const lines = ledger.reader.statement(accountIds.retailerAwa, start, clock.nowMs)?.lines;
    expect(lines?.map((line) => [line.entryKind, line.amountMinor, line.balanceAfterMinor])).toEqual([
      ['post_pending', 400, 400],
    ]);
  });
});
