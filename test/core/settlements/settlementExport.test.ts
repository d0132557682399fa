import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeRecalculator } from '../../support/libreOfficeRecalc';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  postedBalance,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});
let recalculator: ReturnType<typeof libreOfficeRecalculator>;
beforeAll(() => {
  recalculator = libreOfficeRecalculator();
});
afterAll(() => recalculator?.close());

/** The column of the first header that starts with `text`, in the sheet's first row. */
function columnOf(sheet: ExcelJS.Worksheet, text: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (found === 0 && String(cell.value).startsWith(text)) found = column;
  });
  if (found === 0) throw new Error(`no column ${text} in ${sheet.name}`);
  return found;
}

const shown = (cell: ExcelJS.Cell) => (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);

describe('the settlement workbook of a closed period', () => {
  it("adds up, once LibreOffice recalculates it, to the ledger's figures to the minor unit", async () => {
    let shiftMs = 0;
    const world = await startOperatorWorld(
      newTemporaryFolder(),
      { seed: 8 },
      {},
      () => new Date(Date.now() + shiftMs),
    );
    worlds.push(world);
    // Periods and the Reconciliation's days follow the cycle's time zone, not UTC.
    await world.call('settings.save', {
      settlementCycle: { kind: 'monthly', startDay: 1, startTime: '00:00', timeZone: 'Asia/Kolkata' },
    });
    await world.call('operator.saveTerms', {
      wholesaleDiscountBasisPoints: 250,
      paymentTerms: 'credit',
      creditLimitMinor: 10_000_000,
      dueDays: 15,
      catalogue: [],
    });
    const [r1, r2, r3] = (await onboardRetailers(world, 3)) as [string, string, string];
    await world.call('operator.purchase', { id: newActionId(), amountMinor: 500_000 });
    await world.call('purchases.create', { id: newActionId(), faceValueMinor: 300_000 });
    await syncNow(world, 5_000);
    await world.call('operatorPayments.record', {
      id: newActionId(),
      method: 'bank_transfer',
      amountMinor: 100_000,
    });
    for (const [partyId, amountMinor] of [
      [r1, 120_000],
      [r2, 45_000],
      [r3, 7_500],
    ] as const) {
      await world.call('operator.allocate', { id: newActionId(), partyId, amountMinor });
    }
    await syncNow(world, 5_000);
    const saleAt = Date.now() + 1_000;
    world.sandbox.scriptSales([
      { partyId: r1, msisdn: '221770000001', amountMinor: 2_000, atMs: saleAt },
      { partyId: r1, msisdn: '221770000002', amountMinor: 500, atMs: saleAt + 1_000 },
    ]);
    await world.call('payments.record', {
      id: newActionId(),
      retailerCode: r1,
      method: 'cash',
      amountMinor: 20_000,
    });
    await world.call('payments.record', {
      id: newActionId(),
      retailerCode: r2,
      method: 'mobile_money',
      amountMinor: 45_000,
    });
    await syncNow(world, 5_000);
    const open = (await world.call('settlements.periods', {})).periods[0];
    const month = open?.key ?? '';
    shiftMs = Date.parse(open?.endsAt ?? '') + 3_600_000 - Date.now();
    const period = await world.call('settlements.close', { key: month });

    const file = await world.call('settlements.export', { periodId: period.id ?? '' });
    expect(file.fileName).toBe(`Settlement_ALL_${month}_${month}-v1.xlsx`);
    const path = join(newTemporaryFolder(), file.fileName);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    const single = await world.call('settlements.export', { periodId: period.id ?? '', retailerCode: r2 });
    expect(single.fileName).toBe(`Settlement_${r2}_${month}_ST-${month}-${r2}-v1.xlsx`);

    const workbook = await recalculator.recalculated(path);
    const summary = workbook.getWorksheet('Summary');
    if (summary === undefined) throw new Error('no Summary sheet');
    const closing = columnOf(summary, 'Closing balance');
    const check = columnOf(summary, 'Roll-forward check');
    const owed = new Map<string, number>();
    summary.eachRow((row, number) => {
      const code = String(row.getCell(1).value ?? '');
      if (number === 1 || ![r1, r2, r3].includes(code)) return;
      expect(shown(row.getCell(check)), `${code}'s check`).toBe(0);
      owed.set(code, Number(shown(row.getCell(closing))));
    });
    for (const code of [r1, r2, r3]) {
      expect(owed.get(code), code).toBe(await postedBalance(world, `retailer:${code}:receivable`));
    }
    expect([...owed.values()]).toEqual([100_000, 0, 7_500]);
    // The totals row (recalculated) is the sum the ledger holds.
    let total: unknown = null;
    summary.eachRow((row) => {
      if (String(row.getCell(1).value ?? '').startsWith('Total')) total = shown(row.getCell(closing));
    });
    expect(total).toBe(107_500);

    // The sales, on the day of the cycle's time zone, equal in the ledger and the operator's records.
    const reconciliation = workbook.getWorksheet('Reconciliation');
    if (reconciliation === undefined) throw new Error('no Reconciliation sheet');
    const kolkataDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(saleAt);
    const dayRows: Array<[string, unknown, unknown, unknown]> = [];
    reconciliation.eachRow((row, number) => {
      const day = row.getCell(1).value;
      if (number === 1 || !(day instanceof Date)) return;
      dayRows.push([
        day.toISOString().slice(0, 10),
        shown(row.getCell(3)),
        shown(row.getCell(4)),
        shown(row.getCell(5)),
      ]);
    });
    expect(dayRows).toEqual([[kolkataDay, 2_500, 2_500, 0]]);

    // The operator side: what we bought and owe, every check 0 and the closing payable the ledger's.
    const operators = workbook.getWorksheet('Operators');
    if (operators === undefined) throw new Error('no Operators sheet');
    const sandbox = operators.getRow(2);
    expect(String(sandbox.getCell(1).value)).toBe('sandbox');
    const cell = (header: string) => shown(sandbox.getCell(columnOf(operators, header)));
    expect(cell('Bought on credit')).toBe(487_500 + 292_500);
    expect(cell('Discount earned')).toBe(7_500 + 12_500);
    expect(cell('Payments')).toBe(100_000);
    expect(cell('Owed at end')).toBe(680_000);
    expect(cell('Owed at end')).toBe(await postedBalance(world, 'op:sandbox:payable'));
    expect(cell('Cost check')).toBe(0);
    expect(cell('Roll-forward check')).toBe(0);
    expect(cell('Ledger difference')).toBe(0);
    const lines = workbook.getWorksheet('Operator lines');
    expect(lines?.rowCount).toBe(1 + 3 + 1);
    // A reseller's own settlement carries no operator sheets.
    const singlePath = join(newTemporaryFolder(), single.fileName);
    writeFileSync(singlePath, Buffer.from(single.contentBase64, 'base64'));
    const singleBook = new ExcelJS.Workbook();
    await singleBook.xlsx.readFile(singlePath);
    expect(singleBook.getWorksheet('Operators')).toBeUndefined();
  }, 240_000);
});
