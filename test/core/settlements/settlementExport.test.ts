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
    const [r1, r2, r3] = (await onboardRetailers(world, 3)) as [string, string, string];
    await world.call('operator.purchase', { id: newActionId(), amountMinor: 500_000 });
    await syncNow(world, 5_000);
    for (const [partyId, amountMinor] of [
      [r1, 120_000],
      [r2, 45_000],
      [r3, 7_500],
    ] as const) {
      await world.call('operator.allocate', { id: newActionId(), partyId, amountMinor });
    }
    await syncNow(world, 5_000);
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
    const month = new Date().toISOString().slice(0, 7);
    const now = new Date();
    shiftMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) + 3_600_000 - Date.now();
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
  }, 240_000);
});
