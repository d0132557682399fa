import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { writeSettlementWorkbook } from '../../../src/core/settlements/settlementWorkbook';
import { temporaryFolders } from '../../support/temporaryFolder';
import { generatedInput } from './settlementWorkbookFixture';

// Excel's 1,048,576 rows made small, so a table longer than a sheet is cheap to write.
vi.mock('../../../src/core/settlements/streamingWorkbook', async (original) => ({
  ...(await original<typeof import('../../../src/core/settlements/streamingWorkbook')>()),
  excelRowsMax: 10,
}));

const newFolder = temporaryFolders();

describe('more movements than a sheet holds', () => {
  it('continue on "Transactions 2", "Transactions 3", each with its header, filter and running balances', async () => {
    const file = join(newFolder(), 'long.xlsx');
    const input = generatedInput(25, 3);
    const result = await writeSettlementWorkbook(input, { file });
    expect(result.rows).toBe(28);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const parts = ['Transactions', 'Transactions 2', 'Transactions 3'].map((name) => {
      const sheet = workbook.getWorksheet(name);
      if (sheet === undefined) throw new Error(`no sheet ${name}`);
      return sheet;
    });
    expect(parts.map((sheet) => sheet.actualRowCount)).toEqual([10, 10, 8]);
    expect(parts.map((sheet) => sheet.autoFilter)).toEqual(['A1:I10', 'A1:I10', 'A1:I8']);
    for (const sheet of parts) {
      expect(sheet.getCell('A1').value).toBe('Reseller');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const references: string[] = [];
    const last = new Map<string, number>();
    for (const sheet of parts) {
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        references.push(String(row.getCell(5).value));
        last.set(String(row.getCell(2).value), row.getCell(9).value as number);
      });
    }
    expect(references).toHaveLength(25);
    expect(new Set(references).size).toBe(25);
    for (const statement of input.statements) {
      expect(last.get(statement.statementId)).toBe(statement.closingBalanceMinor);
    }
  });
});
