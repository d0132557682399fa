import { describe, expect, it } from 'vitest';
import { coreWorkspaces } from '../../support/coreWorkspaces';

const openWorkspace = coreWorkspaces();

async function demoCore() {
  const { call } = await openWorkspace();
  await call('operator.connectSandbox', {});
  return call;
}

describe('the demo network', () => {
  it('spans two demo operators, sells at the asked rate, and reconciles at both', async () => {
    const call = await demoCore();
    const network = await call('demo.grow', {
      retailers: 12,
      historyDays: 3,
      operators: 2,
      salesPerRetailerPerDay: 10,
    });
    expect(network).toMatchObject({ subDistributors: 6, retailers: 6, operators: 2, purchases: 2 });
    // The six retailers at the first operator, three of them at the second, ten top-ups
    // a day each for three days: the floats cover them, so nearly all are made.
    const asked = (6 + 3) * 10 * 3;
    expect(network.salesSimulated).toBeGreaterThan(asked * 0.6);
    expect(network.salesSimulated).toBeLessThanOrEqual(asked);

    const summary = await call('sync.run', { wait: true, settleWithinMs: 5_000 });
    expect(summary?.operatorId).toBe('sandbox,sandbox-2');
    for (const operatorId of ['sandbox', 'sandbox-2']) {
      const report = await call('reconciliation.report', { operatorId });
      expect(report.totals, operatorId).toMatchObject({ unexplained: 0, explained: 0 });
      expect(report.totals.matched, operatorId).toBe(report.totals.buckets);
    }
    const second = await call('reconciliation.report', { operatorId: 'sandbox-2' });
    // Its wholesale bucket, its three first-run wallets and every other network retailer.
    expect(second.totals.buckets).toBe(1 + 3 + 3);
    const connections = await call('operator.connections', {});
    expect(connections.map((connection) => connection.name)).toEqual([
      'Demo operator (sandbox)',
      'Second demo operator (sandbox)',
    ]);
  });
});
