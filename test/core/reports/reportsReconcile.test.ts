import { describe, expect, it } from 'vitest';
import { coreWorkspaces } from '../../support/coreWorkspaces';

const openWorkspace = coreWorkspaces();

/**
 * The reports must agree with each other and with the ledger to the minor unit. On a demo
 * workspace (its wallets linked, stocked and selling for twelve days, every sale synced and booked),
 * over the whole months the payouts cover:
 * - every reseller's stock in the ledger rolls forward from the reports' own figures:
 *   opening + allocated − taken back − sold + sales reversed = closing;
 * - the wholesale stock rolls forward from the float movement;
 * - the payouts, the reseller sales, the reseller list and the non-reseller sales add up.
 */
describe('the reports reconcile with the ledger', () => {
  it('to the minor unit on the demo workspace', async () => {
    const { call } = await openWorkspace();
    await call('operator.connectSandbox', {});
    await call('demo.grow', { retailers: 24, historyDays: 12, operators: 1, salesPerRetailerPerDay: 8 });
    await call('sync.run', { wait: true, settleWithinMs: 5_000 });
    const today = new Date().toISOString().slice(0, 10);
    const twelveDaysAgo = new Date(Date.now() - 12 * 86_400_000).toISOString().slice(0, 10);

    const payouts = await call('reports.payouts', {
      filters: { from: twelveDaysAgo, to: today },
      limit: 500,
    });
    const filters = { from: payouts.period.from, to: payouts.period.to };
    const [sales, direct, resellers, float, exceptions, accounts] = await Promise.all([
      call('reports.resellerSales', filters),
      call('reports.directSales', filters),
      call('reports.resellers', { filters, limit: 500 }),
      call('reports.floatMovement', filters),
      call('reports.exceptions', filters),
      call('ledger.accounts', {}),
    ]);
    // Nothing left unbooked or open, so the ledger has everything the operator has.
    expect(exceptions.salesWaiting).toBe(0);
    expect(exceptions.byAge.reduce((sum, age) => sum + age.count, 0)).toBe(0);
    const balanceOf = (id: string) =>
      accounts.find((account) => account.id === id)?.balances.balancePostedMinor;

    expect(payouts.total).toBeGreaterThan(10);
    let allocated = 0;
    let reversedAllocations = 0;
    for (const row of payouts.rows) {
      const rollForward =
        row.openingStockMinor +
        row.allocatedMinor -
        row.allocationReversalsMinor -
        row.salesMinor +
        row.reversalsMinor;
      expect(rollForward, `${row.code}'s stock`).toBe(row.closingStockMinor);
      expect(row.closingStockMinor, `${row.code}'s stock in the ledger`).toBe(
        balanceOf(`op:${row.operatorId}:stock:${row.code}`),
      );
      expect(row.netPayableMinor).toBe(row.grossCommissionMinor + row.adjustmentsMinor);
      allocated += row.allocatedMinor;
      reversedAllocations += row.allocationReversalsMinor;
    }

    const [total] = sales.totals;
    const [payoutTotal] = payouts.totals;
    expect(total?.faceValueMinor).toBeGreaterThan(0);
    expect(payoutTotal?.salesMinor).toBe(total?.faceValueMinor);
    expect(payoutTotal?.salesCount).toBe(total?.count);
    expect(resellers.rows.reduce((sum, row) => sum + row.faceValueMinor, 0)).toBe(total?.faceValueMinor);
    expect(resellers.rows.reduce((sum, row) => sum + row.reversalsMinor, 0)).toBe(
      payoutTotal?.reversalsMinor,
    );
    expect(payouts.rows.reduce((sum, row) => sum + row.netPayableMinor, 0)).toBe(
      payoutTotal?.netPayableMinor,
    );
    // Reseller and non-reseller sales make all sales.
    const [directTotal] = direct.totals;
    expect((total?.faceValueMinor ?? 0) + (directTotal?.faceValueMinor ?? 0)).toBe(
      total?.allSalesFaceValueMinor,
    );

    const [movement] = float.byOperator;
    if (movement === undefined) throw new Error('the float movement has the demo operator');
    expect(movement.allocations.amountMinor).toBe(allocated);
    expect(movement.reversals.amountMinor).toBe(reversedAllocations);
    expect(movement.pending.count).toBe(0);
    // The wholesale stock: what the bucket held when it was linked (the ledger's opening balance
    // entry, not an operator action), then the float's movements.
    const wholesale = `op:${movement.operatorId}:wholesale`;
    const statement = await call('ledger.statement', {
      accountId: wholesale,
      from: '2000-01-01T00:00:00.000Z',
      to: new Date().toISOString(),
    });
    const opening = statement.lines
      .filter((line) => line.code === 'opening_balance')
      .reduce((sum, line) => sum + line.amountMinor, 0);
    expect(statement.openingBalanceMinor).toBe(0);
    expect(
      opening +
        movement.purchases.amountMinor -
        movement.allocations.amountMinor +
        movement.reversals.amountMinor -
        movement.directTopups.amountMinor,
    ).toBe(balanceOf(wholesale));
  }, 120_000);
});
