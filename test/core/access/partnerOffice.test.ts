import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { operationScopes } from '../../../src/contract/operationScopes';
import type { OperationName } from '../../../src/contract/operations';
import { branchRules } from '../../../src/core/access/branchRules';
import type { CallContext } from '../../../src/core/access/callContext';
import { newActionId, type OperatorWorld, startOperatorWorld, syncNow } from '../../support/operatorWorld';
import { signedInTeam } from '../../support/sessionCalls';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

/** A partner office of the north: clerk, approver and accountant, on SD-NORTH's branch only. */
const north: CallContext = {
  transport: 'test',
  actor: { userId: 'north', displayName: 'Nora North', roles: ['clerk', 'approver', 'accountant'] },
  branchCode: 'SD-NORTH',
};

/**
 * SD-NORTH with N-1 under it, SD-SOUTH with S-1, and T-1 at the top; each wallet allocated 10,000
 * and sold from, and each retailer has paid something.
 */
async function network() {
  let shiftMs = 0;
  const world = await startOperatorWorld(
    newTemporaryFolder(),
    { seed: 21 },
    {},
    () => new Date(Date.now() + shiftMs),
  );
  worlds.push(world);
  await world.call('retailers.add', { code: 'SD-NORTH', name: 'North office', level: 'sub_distributor' });
  await world.call('retailers.add', { code: 'SD-SOUTH', name: 'South office', level: 'sub_distributor' });
  const sales: Array<{ partyId: string; msisdn: string; amountMinor: number; atMs: number }> = [];
  const start = Date.now() + 1_000;
  for (const [index, [code, parentCode]] of (
    [
      ['N-1', 'SD-NORTH'],
      ['S-1', 'SD-SOUTH'],
      ['T-1', null],
    ] as const
  ).entries()) {
    const msisdn = `2250700001${index}`;
    world.sandbox.addRetailer({ partyId: code, name: `Shop ${code}`, msisdn, initialBalance: 0 });
    await world.call('operator.linkRetailer', { partyId: code, name: `Shop ${code}`, msisdn });
    await world.call('retailers.update', {
      code,
      parentCode,
      terms: 'postpaid',
      creditLimitMinor: 1_000_000,
    });
    sales.push({
      partyId: code,
      msisdn: `22177000${index}01`,
      amountMinor: 1_000 * (index + 1),
      atMs: start + index,
    });
  }
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 100_000 });
  await syncNow(world, 5_000);
  for (const code of ['N-1', 'S-1', 'T-1']) {
    await world.call('operator.allocate', { id: newActionId(), partyId: code, amountMinor: 10_000 });
  }
  await syncNow(world, 5_000);
  world.sandbox.scriptSales(sales);
  await syncNow(world, 5_000);
  for (const code of ['N-1', 'S-1', 'T-1']) {
    await world.call('payments.record', {
      id: newActionId(),
      retailerCode: code,
      method: 'cash',
      amountMinor: 2_000,
    });
  }
  const as = async <T>(name: OperationName, input: unknown): Promise<T> => {
    const result = await world.core.call(name, input, north);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result.value as T;
  };
  const refusedAs = async (name: OperationName, input: unknown) => {
    const result = await world.core.call(name, input, north);
    if (result.ok) throw new Error(`${name} was accepted for the north office`);
    return result.error;
  };
  return { world, as, refusedAs, jumpTo: (ms: number) => (shiftMs = ms - Date.now()) };
}

const today = () => new Date().toISOString().slice(0, 10);

describe('a partner-office user', () => {
  it('sees and acts on its branch only, by every kind of operation, and is refused the rest', async () => {
    const { world, as, refusedAs, jumpTo } = await network();
    const entries = async () => (await world.call('ledger.verify', { mode: 'full' })).entriesChecked;
    const entriesBefore = await entries();

    // Retailers: the branch's head and what is under it.
    const list = await as<{ rows: Array<{ code: string }>; total: number }>('retailers.list', {});
    expect(list.rows.map((row) => row.code).sort()).toEqual(['N-1', 'SD-NORTH']);
    expect(list.total).toBe(2);
    expect(await as<{ retailer: { code: string } }>('retailers.get', { code: 'N-1' })).toMatchObject({
      retailer: { code: 'N-1' },
    });
    for (const code of ['S-1', 'T-1', 'SD-SOUTH']) {
      expect(await refusedAs('retailers.get', { code })).toMatchObject({
        code: 'permission_denied',
        reason: 'outside_branch',
        message: `Your account works on the branch of SD-NORTH only; retailer ${code} is outside it.`,
      });
    }
    expect(await refusedAs('retailers.list', { within: 'SD-SOUTH' })).toMatchObject({
      reason: 'outside_branch',
    });
    expect(await refusedAs('retailers.update', { code: 'S-1', region: 'Nowhere' })).toMatchObject({
      reason: 'outside_branch',
    });
    // Nor may it move one of its own out of the branch.
    for (const parentCode of [null, 'SD-SOUTH']) {
      expect(await refusedAs('retailers.update', { code: 'N-1', parentCode })).toMatchObject({
        reason: 'outside_branch',
      });
    }
    // A retailer it adds goes under its head.
    const added = await as<{ parentCode: string }>('retailers.add', { code: 'N-2', name: 'New north shop' });
    expect(added.parentCode).toBe('SD-NORTH');
    expect(
      await refusedAs('retailers.add', { code: 'X-9', name: 'Elsewhere', parentCode: 'SD-SOUTH' }),
    ).toMatchObject({ reason: 'outside_branch' });

    // Allocations and payments: its own, and none elsewhere.
    const allocations = await as<{ rows: Array<{ retailerCode: string }>; total: number }>(
      'allocations.list',
      {},
    );
    expect(allocations.rows.map((row) => row.retailerCode)).toEqual(['N-1']);
    expect(
      await refusedAs('allocations.create', { id: newActionId(), retailerCode: 'S-1', amountMinor: 100 }),
    ).toMatchObject({ reason: 'outside_branch' });
    expect(
      await refusedAs('operator.allocate', { id: newActionId(), partyId: 'T-1', amountMinor: 100 }),
    ).toMatchObject({
      reason: 'outside_branch',
    });
    const payments = await as<{ rows: Array<{ retailerCode: string }>; total: number }>('payments.list', {});
    expect(payments.rows.map((row) => row.retailerCode)).toEqual(['N-1']);
    expect(
      await refusedAs('payments.record', {
        id: newActionId(),
        retailerCode: 'S-1',
        method: 'cash',
        amountMinor: 1,
      }),
    ).toMatchObject({ reason: 'outside_branch' });
    const southPayment = (await world.call('payments.list', { retailerCode: 'S-1' })).rows[0];
    expect(await refusedAs('payments.get', { id: southPayment?.id ?? '' })).toMatchObject({
      reason: 'outside_branch',
    });
    // The journal: an entry of its branch opens, another's does not.
    const southAllocation = (await world.call('allocations.list', { retailerCode: 'S-1' })).rows[0];
    const northAllocation = (await world.call('allocations.list', { retailerCode: 'N-1' })).rows[0];
    expect(await as('ledger.entry', { entryId: northAllocation?.resolutionEntryId ?? '' })).toMatchObject({
      id: northAllocation?.resolutionEntryId,
    });
    expect(
      await refusedAs('ledger.entry', { entryId: southAllocation?.resolutionEntryId ?? '' }),
    ).toMatchObject({
      code: 'not_found',
    });

    // Reports: the branch's sales only, whatever the filters; the head office's reports refused.
    const filters = { from: today(), to: today() };
    const report = await as<{
      totals: Array<{ count: number; faceValueMinor: number; allSalesFaceValueMinor: number }>;
    }>('reports.resellerSales', filters);
    const branchReport = await world.call('reports.resellerSales', {
      ...filters,
      retailerCodes: ['SD-NORTH'],
    });
    const figures = (totals: Array<{ count: number; faceValueMinor: number }>) =>
      totals.map((total) => [total.count, total.faceValueMinor]);
    expect(figures(report.totals)).toEqual(figures(branchReport.totals));
    expect(report.totals.map((total) => total.faceValueMinor)).toEqual([1_000]);
    // The whole network's sales are not shown to it: its own stand for them.
    expect(report.totals.map((total) => total.allSalesFaceValueMinor)).toEqual([1_000]);
    expect(await refusedAs('reports.resellerSales', { ...filters, retailerCodes: ['S-1'] })).toMatchObject({
      reason: 'outside_branch',
    });
    for (const name of ['reports.directSales', 'reports.floatMovement', 'reports.exceptions'] as const) {
      expect(await refusedAs(name, filters)).toMatchObject({
        code: 'permission_denied',
        reason: 'outside_branch',
      });
    }
    expect(await refusedAs('reports.sales', { filters, kind: 'direct' })).toMatchObject({
      reason: 'outside_branch',
    });
    expect(
      await refusedAs('reports.export', { report: 'float-movement', filters, format: 'csv' }),
    ).toMatchObject({
      reason: 'outside_branch',
    });

    // The head office's books, stock, operator, settings and users: refused, even to an administrator.
    const northAdministrator: CallContext = {
      ...north,
      actor: { userId: 'north-admin', displayName: 'Nora North', roles: ['administrator'] },
    };
    for (const [name, input] of [
      ['ledger.accounts', {}],
      ['purchases.list', {}],
      ['sync.queue', {}],
      ['dashboard.summary', {}],
      ['settings.save', { velocityMultiple: null }],
      ['users.list', {}],
      ['operator.purchase', { id: newActionId(), amountMinor: 100 }],
    ] as const) {
      const result = await world.core.call(name, input, northAdministrator);
      expect(result.ok ? null : result.error, name).toMatchObject({
        code: 'permission_denied',
        reason: 'outside_branch',
        message: `Nora North works on the branch of SD-NORTH only; ${name} concerns the whole network.`,
      });
    }
    // Refusals wrote nothing (the added retailer is no journal entry).
    expect(await entries()).toBe(entriesBefore);

    // Settlements: the branch's statements and workbook, never the operator side.
    const now = new Date();
    jumpTo(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) + 3_600_000);
    const key = (await world.call('settlements.periods', {})).periods[0]?.key ?? '';
    const period = await world.call('settlements.close', { key });
    expect(await refusedAs('settlements.close', { key })).toMatchObject({ reason: 'outside_branch' });
    const statements = await as<Array<{ id: string; retailerCode: string }>>('settlements.statements', {
      periodId: period.id,
    });
    expect(statements.map((statement) => statement.retailerCode)).toEqual(['N-1']);
    const all = await world.call('settlements.statements', { periodId: period.id ?? '' });
    const south = all.find((statement) => statement.retailerCode === 'S-1');
    expect(await refusedAs('settlements.statement', { statementId: south?.id })).toMatchObject({
      code: 'not_found',
    });
    expect(await refusedAs('settlements.approve', { statementId: south?.id, version: 1 })).toMatchObject({
      code: 'not_found',
    });
    expect(await refusedAs('settlements.operatorStatements', { periodId: period.id })).toMatchObject({
      reason: 'outside_branch',
    });
    const file = await as<{ fileName: string; contentBase64: string }>('settlements.export', {
      periodId: period.id,
    });
    expect(file.fileName).toBe(`Settlement_SD-NORTH_${key}_${key}-v1.xlsx`);
    const workbook = new ExcelJS.Workbook();
    const path = join(newTemporaryFolder(), file.fileName);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    await workbook.xlsx.readFile(path);
    const summary = workbook.getWorksheet('Summary');
    const codes: string[] = [];
    summary?.eachRow((row, number) => {
      const code = String(row.getCell(1).value ?? '');
      if (number > 1 && code !== 'Total') codes.push(code);
    });
    expect(codes).toEqual(['N-1']);
    expect(workbook.getWorksheet('Operators')).toBeUndefined();
    expect(await refusedAs('settlements.export', { periodId: period.id, retailerCode: 'T-1' })).toMatchObject(
      {
        reason: 'outside_branch',
      },
    );
  }, 60_000);

  it("is set by an administrator on a user (a sub-distributor only) and follows the user's session", async () => {
    const world = await startOperatorWorld(newTemporaryFolder());
    worlds.push(world);
    await world.call('retailers.add', { code: 'SD-NORTH', name: 'North office', level: 'sub_distributor' });
    await world.call('retailers.add', { code: 'N-1', name: 'North shop', parentCode: 'SD-NORTH' });
    await world.call('retailers.add', { code: 'T-1', name: 'Top shop' });
    const { calls, admin, addUser } = await signedInTeam(world.core);
    expect(
      await calls.refusal(admin, 'users.create', {
        username: 'wrong',
        displayName: 'Wrong Branch',
        roles: ['clerk'],
        temporaryPassword: 'temporary-wrong',
        branchCode: 'N-1',
      }),
    ).toMatchObject({
      code: 'bad_input',
      issues: [{ path: 'branchCode', message: 'must name a sub-distributor' }],
    });
    const clerk = await addUser('nora', 'Nora North', ['clerk']);
    const nora = (await calls.call(admin, 'users.list', {})).find((user) => user.username === 'nora');
    expect(nora?.branchCode).toBeNull();
    await calls.call(admin, 'users.update', { userId: nora?.id ?? '', branchCode: 'SD-NORTH' });
    // The next click already works on the branch.
    expect((await calls.call(clerk, 'auth.status', {})).user?.branchCode).toBe('SD-NORTH');
    const rows = (await calls.call(clerk, 'retailers.list', {})).rows.map((row) => row.code);
    expect(rows.sort()).toEqual(['N-1', 'SD-NORTH']);
    expect(await calls.refusal(clerk, 'retailers.get', { code: 'T-1' })).toMatchObject({
      reason: 'outside_branch',
    });
    // The last administrator of the whole network cannot be put on a branch.
    const ada = (await calls.call(admin, 'users.list', {})).find((user) => user.username === 'ada');
    expect(
      await calls.refusal(admin, 'users.update', { userId: ada?.id ?? '', branchCode: 'SD-NORTH' }),
    ).toMatchObject({
      reason: 'last_administrator',
    });
  });
});

describe('the branch scope of every operation', () => {
  it('has a branch rule for each operation that reaches retailers, and none for the others', () => {
    const branchScoped = (Object.keys(operationScopes) as OperationName[]).filter(
      (name) => operationScopes[name] === 'branch',
    );
    expect(branchScoped.filter((name) => branchRules[name] === undefined)).toEqual([]);
    expect(
      Object.keys(branchRules).filter((name) => operationScopes[name as OperationName] !== 'branch'),
    ).toEqual([]);
  });
});
