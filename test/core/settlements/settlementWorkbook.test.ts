import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { majorText } from '../../../src/core/reports/reportTable';
import {
  settlementWorkbookFileName,
  writeSettlementWorkbook,
} from '../../../src/core/settlements/settlementWorkbook';
import {
  majorNumber,
  SheetNames,
  safeFileNamePart,
  WallClock,
} from '../../../src/core/settlements/settlementWorkbookFormats';
import type {
  SettlementWorkbookInput,
  TransactionRow,
} from '../../../src/core/settlements/settlementWorkbookInput';
import { temporaryFolders } from '../../support/temporaryFolder';
import {
  generatedInput,
  inputOf,
  novemberNgn,
  novemberNgnWithOperators,
  novemberXof,
  statementOf,
} from './settlementWorkbookFixture';

const newFolder = temporaryFolders();

async function written(input: SettlementWorkbookInput, folder = newFolder()) {
  const file = join(folder, settlementWorkbookFileName(input));
  const result = await writeSettlementWorkbook(input, { file });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, result, workbook };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((w) => w.name)}`);
  return found;
}

/** A formula cell: its formula and the result cached with it (undefined when none was written). */
function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } {
  expect(cell.type, `${cell.address} holds a formula`).toBe(ExcelJS.ValueType.Formula);
  return { formula: cell.formula, result: cell.result };
}

/** A header row as plain text, column A first. */
function headersOf(worksheet: ExcelJS.Worksheet): string[] {
  return (worksheet.getRow(1).values as unknown[]).slice(1).map(String);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('the settlement workbook of every reseller of an XOF period', () => {
  const input = inputOf(novemberXof);
  const statements = input.statements;

  it('is named for ALL and the period, with the period revision (one statement corrected: v2)', () => {
    expect(settlementWorkbookFileName(input)).toBe('Settlement_ALL_2026-11_2026-11-v2.xlsx');
  });

  it('has its sheets in order, statement sheets named safely, no merged cells and print setup everywhere', async () => {
    const { workbook, result } = await written(input);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Cover',
      'Summary',
      'R-0001 Awa Boutique',
      'R-0002 Moussa Telecom',
      'R-0003 Chez Fatou’s Kiosk Médin',
      'Transactions',
      'Adjustments',
      'Commission',
      'Reconciliation',
    ]);
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.name.length).toBeLessThanOrEqual(31);
      expect(worksheet.model.merges, worksheet.name).toEqual([]);
      expect(worksheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(worksheet.pageSetup.fitToPage).toBe(true);
    }
    for (const name of ['Summary', 'Transactions', 'Adjustments', 'Commission', 'Reconciliation']) {
      const table = sheet(workbook, name);
      expect(table.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      expect(table.pageSetup.printTitlesRow, name).toBe('1:1');
      for (let column = 1; column <= headersOf(table).length; column += 1) {
        expect(table.getColumn(column).width, `${name} column ${column} width`).toBeGreaterThanOrEqual(9);
      }
    }
    // Summary 3, Transactions 13, Adjustments 2, Commission 2, Reconciliation 3.
    expect(result.rows).toBe(23);
    expect(result.bytes).toBeGreaterThan(10_000);
    expect(workbook.created.toISOString()).toBe(input.generatedAt);
  });

  it('summarises each reseller with numbers, a roll-forward check of 0 and live SUM totals with exact cached results', async () => {
    const { workbook } = await written(input);
    const summary = sheet(workbook, 'Summary');
    expect(headersOf(summary)).toEqual([
      'Reseller',
      'Name',
      'Region',
      'Statement',
      'Version',
      'State',
      'Opening balance (XOF)',
      'Allocations (XOF)',
      'Allocation reversals (XOF)',
      'Payments (XOF)',
      'Adjustments (XOF)',
      'Closing balance (XOF)',
      'Commission (XOF)',
      'Net (owed to us) (XOF)',
      'Roll-forward check',
      'Sales',
      'Sales face value (XOF)',
      'Sale reversals (XOF)',
      'Correction reason',
    ]);
    expect(summary.autoFilter).toBe('A1:S4');
    expect((summary.getRow(2).values as unknown[]).slice(1, 15)).toEqual([
      'R-0001',
      'Awa Boutique',
      'Dakar',
      'ST-2026-11-R-0001',
      1,
      'Approved',
      150_000,
      500_000,
      50_000,
      400_000,
      -10_000,
      190_000,
      12_500,
      177_500,
    ]);
    expect(summary.getCell('F3').value).toBe('Paid');
    expect(summary.getCell('S3').value).toBe('A payment of 3 Nov was missing');
    expect(summary.getCell('C4').value).toBeNull();
    for (const row of [2, 3, 4]) {
      expect(formulaOf(summary.getCell(`O${row}`))).toEqual({
        formula: `ROUND(G${row}+H${row}-I${row}-J${row}+K${row}-L${row},0)`,
        result: 0,
      });
      expect(summary.getCell(`G${row}`).numFmt).toBe('#,##0');
      expect(summary.getCell(`O${row}`).numFmt).toBe('#,##0');
    }
    const expectedTotals: Record<string, number> = {
      G: sum(statements.map((s) => s.openingBalanceMinor)),
      H: sum(statements.map((s) => s.allocationsMinor)),
      I: sum(statements.map((s) => s.allocationReversalsMinor)),
      J: sum(statements.map((s) => s.paymentsMinor)),
      K: sum(statements.map((s) => s.adjustmentsMinor)),
      L: sum(statements.map((s) => s.closingBalanceMinor)),
      M: sum(statements.map((s) => s.commissionMinor)),
      N: sum(statements.map((s) => s.netMinor)),
      O: 0,
      P: 430,
      Q: sum(statements.map((s) => s.salesMinor)),
      R: sum(statements.map((s) => s.saleReversalsMinor)),
    };
    expect(expectedTotals).toMatchObject({ G: 225_500, L: 215_000, N: 172_500 });
    expect(summary.getCell('A5').value).toBe('Total');
    for (const [letter, total] of Object.entries(expectedTotals)) {
      expect(formulaOf(summary.getCell(`${letter}5`))).toEqual({
        formula: `SUM(${letter}2:${letter}4)`,
        result: total,
      });
      expect(summary.getCell(`${letter}5`).font?.bold).toBe(true);
    }
    expect(summary.getCell('P5').numFmt).toBe('#,##0');
  });

  it('gives each reseller a statement sheet that rolls forward to its closing balance', async () => {
    const { workbook } = await written(input);
    const statement = sheet(workbook, 'R-0001 Awa Boutique');
    const labels = (statement.getColumn(1).values as unknown[]).map(
      (value) => (value ?? null) as string | null,
    );
    const rowOf = (label: string) => {
      const row = labels.indexOf(label);
      expect(row, label).toBeGreaterThan(0);
      return row;
    };
    expect(statement.getCell(`B${rowOf('Opening balance')}`).value).toBe(150_000);
    expect(statement.getCell(`B${rowOf('Closing balance')}`).value).toBe(190_000);
    expect(statement.getCell(`B${rowOf('Closing balance')}`).numFmt).toBe('#,##0');
    const check = formulaOf(statement.getCell(`B${rowOf('Roll-forward check (must be 0)')}`));
    expect(check.result).toBe(0);
    expect(check.formula).toMatch(/^ROUND\(B\d+\+B\d+-B\d+-B\d+\+B\d+-B\d+,0\)$/);
    expect(statement.getCell(`B${rowOf('Net: owed to us (+) or to the reseller (−)')}`).value).toBe(177_500);
    expect(statement.getCell(`B${rowOf('Statement')}`).value).toBe('ST-2026-11-R-0001');
    expect(statement.getCell(`B${rowOf('Version')}`).value).toBe(1);
    const approvals = rowOf('Step');
    expect((statement.getRow(approvals + 1).values as unknown[]).slice(1, 4)).toEqual([
      'Closed',
      'awa.ndiaye',
      new Date('2026-12-01T10:15:00.000Z'),
    ]);
    expect(statement.getCell(`C${approvals + 1}`).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    const corrected = sheet(workbook, 'R-0002 Moussa Telecom');
    expect(corrected.getCell('B10').value).toBe('A payment of 3 Nov was missing');
    expect(corrected.getCell('B8').value).toBe(2);
  });

  it('lists every movement with dates as dates, masked lines and each statement’s running balance', async () => {
    const { workbook } = await written(input);
    const transactions = sheet(workbook, 'Transactions');
    expect(headersOf(transactions)).toEqual([
      'Reseller',
      'Statement',
      'Date',
      'Kind',
      'Our reference',
      'Operator reference',
      'MSISDN',
      'Amount (XOF)',
      'Balance after (XOF)',
    ]);
    expect(transactions.actualRowCount).toBe(14);
    expect(transactions.autoFilter).toBe('A1:I14');
    expect((transactions.getRow(4).values as unknown[]).slice(1)).toEqual([
      'R-0001',
      'ST-2026-11-R-0001',
      new Date('2026-11-02T09:30:00.000Z'),
      'Allocation',
      '01JER00010001',
      'TX-1001',
      undefined,
      300_000,
      450_000,
    ]);
    expect(transactions.getCell('C4').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(transactions.getCell('H4').numFmt).toBe('#,##0');
    expect(transactions.getCell('G10').value).toBe('•••••••1234');
    // The last balance of each statement is its closing balance.
    const last = new Map<string, number>();
    transactions.eachRow((row, number) => {
      if (number > 1) last.set(String(row.getCell(2).value), row.getCell(9).value as number);
    });
    for (const statement of statements)
      expect(last.get(statement.statementId)).toBe(statement.closingBalanceMinor);
  });

  it('lists adjustments, the commission slabs and the reconciliation difference with live formulas', async () => {
    const { workbook } = await written(input);
    const adjustments = sheet(workbook, 'Adjustments');
    expect(adjustments.autoFilter).toBe('A1:G3');
    expect((adjustments.getRow(2).values as unknown[]).slice(1)).toEqual([
      'R-0001',
      'ST-2026-11-R-0001',
      'October 2026',
      '01JER00010005',
      new Date('2026-11-12T12:00:00.000Z'),
      'Sale reversal after the close',
      -10_000,
    ]);
    expect(formulaOf(adjustments.getCell('G4'))).toEqual({ formula: 'SUM(G2:G3)', result: 15_000 });

    const commission = sheet(workbook, 'Commission');
    expect(commission.getCell(`G2`).value).toBe(0.025);
    expect(commission.getCell('G2').numFmt).toBe('0.00%');
    expect(commission.getCell('F2').value).toBe(250_000);
    expect(commission.getCell('F3').value).toBe('flat');
    expect(formulaOf(commission.getCell('K2'))).toEqual({ formula: 'ROUND(I2+J2,0)', result: 12_500 });
    expect(formulaOf(commission.getCell('K4'))).toEqual({ formula: 'SUM(K2:K3)', result: 42_500 });
    expect(formulaOf(commission.getCell('J4'))).toEqual({ formula: 'SUM(J2:J3)', result: -125 });

    const reconciliation = sheet(workbook, 'Reconciliation');
    expect(reconciliation.autoFilter).toBe('A1:E4');
    expect(reconciliation.getCell('A3').value).toEqual(new Date('2026-11-09T00:00:00.000Z'));
    expect(reconciliation.getCell('A3').numFmt).toBe('yyyy-mm-dd');
    const differences = [2, 3, 4].map((row) => formulaOf(reconciliation.getCell(`E${row}`)));
    expect(differences).toEqual([
      { formula: 'ROUND(C2-D2,0)', result: 0 },
      { formula: 'ROUND(C3-D3,0)', result: 10_000 },
      { formula: 'ROUND(C4-D4,0)', result: 0 },
    ]);
    expect(formulaOf(reconciliation.getCell('E5'))).toEqual({ formula: 'SUM(E2:E4)', result: 10_000 });
    expect(formulaOf(reconciliation.getCell('C5'))).toEqual({ formula: 'SUM(C2:C4)', result: 1_050_000 });
  });

  it('opens with a cover naming the distributor, the period, the currency and every approval', async () => {
    const { workbook } = await written(input);
    const cover = sheet(workbook, 'Cover');
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('Distributor')).toBe('Sahel Airtime & Co');
    expect(pairs.get('Period')).toBe('November 2026');
    expect(pairs.get('Currency')).toBe('XOF');
    expect(pairs.get('From')).toEqual(new Date('2026-11-01T00:00:00.000Z'));
    expect(pairs.get('Generated at')).toEqual(new Date('2026-12-02T08:30:00.000Z'));
    expect(pairs.get('Period revision')).toBe(2);
    expect(pairs.get('States')).toBe('1 draft, 1 approved, 1 paid');
    const approvals: unknown[][] = [];
    cover.eachRow((row) => {
      if (String(row.getCell(2).value).startsWith('ST-')) approvals.push((row.values as unknown[]).slice(1));
    });
    expect(approvals).toHaveLength(6);
    expect(approvals[4]).toEqual([
      'R-0002',
      'ST-2026-11-R-0002',
      2,
      'Paid',
      'Paid',
      'fatou.sall',
      new Date('2026-12-03T10:15:00.000Z'),
      'Bank transfer BT-88213',
    ]);
  });
});

describe('the settlement workbook of an NGN period (two decimals, Lagos time)', () => {
  const input = inputOf(novemberNgn);

  it('writes major units with two decimals, no float residue, and exact totals', async () => {
    const { workbook } = await written(input);
    const summary = sheet(workbook, 'Summary');
    expect(summary.getCell('G2').value).toBe(0.1);
    expect(summary.getCell('G3').value).toBe(0.2);
    expect(summary.getCell('G2').numFmt).toBe('#,##0.00');
    // 0.1 + 0.2 is 0.30000000000000004 in a double: the cached total comes from the minor units.
    expect(formulaOf(summary.getCell('G4'))).toEqual({ formula: 'SUM(G2:G3)', result: 0.3 });
    expect(formulaOf(summary.getCell('H4'))).toEqual({ formula: 'SUM(H2:H3)', result: 11_234.75 });
    expect(formulaOf(summary.getCell('O2'))).toEqual({ formula: 'ROUND(G2+H2-I2-J2+K2-L2,2)', result: 0 });
    expect(summary.getCell('L2').value).toBe(201.52);
    expect(summary.getCell('L3').value).toBe(4_999.68);
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
          if (typeof value !== 'number' || !String(cell.numFmt).startsWith('#,##0.')) return;
          expect(Number(value.toFixed(2)), `${worksheet.name}!${cell.address}`).toBe(value);
        }),
      );
    }
    const reconciliation = sheet(workbook, 'Reconciliation');
    expect(formulaOf(reconciliation.getCell('E2'))).toEqual({ formula: 'ROUND(C2-D2,2)', result: 0.2 });
    expect(sheet(workbook, 'Commission').getCell('G2').value).toBe(0.0175);
  });

  it('shows instants on the period’s wall clock (UTC+1)', async () => {
    const { workbook } = await written(input);
    const transactions = sheet(workbook, 'Transactions');
    const dates: Date[] = [];
    transactions.eachRow((row, number) => {
      if (number > 1) dates.push(row.getCell(3).value as Date);
    });
    // 23:30 UTC on 2 November is 00:30 on 3 November in Lagos.
    expect(dates.map((date) => date.toISOString())).toContain('2026-11-03T00:30:00.000Z');
    const cover = sheet(workbook, 'Cover');
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('From')).toEqual(new Date('2026-11-01T00:00:00.000Z'));
    expect(pairs.get('Until (not included)')).toEqual(new Date('2026-12-01T00:00:00.000Z'));
  });
});

describe('one reseller’s settlement workbook', () => {
  it('has a single Statement sheet and is named for the reseller, the statement and its version', async () => {
    const input = inputOf(novemberXof, 'R-0002');
    expect(settlementWorkbookFileName(input)).toBe('Settlement_R-0002_2026-11_ST-2026-11-R-0002-v2.xlsx');
    const { workbook, file } = await written(input);
    expect(file.endsWith('Settlement_R-0002_2026-11_ST-2026-11-R-0002-v2.xlsx')).toBe(true);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Cover',
      'Summary',
      'Statement',
      'Transactions',
      'Adjustments',
      'Commission',
      'Reconciliation',
    ]);
    const pairs = new Map<string, unknown>();
    sheet(workbook, 'Cover').eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('Statement')).toBe('ST-2026-11-R-0002');
    expect(pairs.get('Version')).toBe(2);
    expect(pairs.get('Correction reason')).toBe('A payment of 3 Nov was missing');
    // An empty table keeps its header and filter, without a totals row.
    const reconciliation = sheet(workbook, 'Reconciliation');
    expect(reconciliation.actualRowCount).toBe(1);
    expect(reconciliation.autoFilter).toBe('A1:E1');
  });

  it('keeps file names to letters, digits, dots and dashes', () => {
    const input = inputOf(novemberXof, 'R-0001');
    const awkward = {
      ...input,
      period: { ...input.period, id: 'Nov 2026 / week: 3' },
      statements: input.statements.map((statement) => ({
        ...statement,
        statementId: 'ST 7/<x>',
        reseller: { ...statement.reseller, code: 'Rés*01' },
      })),
    };
    expect(settlementWorkbookFileName(awkward)).toBe('Settlement_Res-01_Nov-2026-week-3_ST-7-x-v1.xlsx');
    expect(safeFileNamePart('...')).toBe('x');
  });
});

describe('the workbook writer', () => {
  it('writes the same cells for the same input', async () => {
    const dump = async () => {
      const { workbook } = await written(inputOf(novemberNgn));
      return workbook.worksheets.map((worksheet) => {
        const cells: unknown[] = [worksheet.name, worksheet.autoFilter, worksheet.views];
        worksheet.eachRow((row) =>
          row.eachCell((cell) =>
            cells.push([cell.address, cell.value, cell.result ?? null, cell.numFmt ?? null]),
          ),
        );
        return cells;
      });
    };
    const first = await dump();
    expect(await dump()).toEqual(first);
    expect(JSON.stringify(first)).toContain('ROUND(G2+H2-I2-J2+K2-L2,2)');
  });

  it('reports progress as rows are written, up to the total, and reads the transactions once', async () => {
    const input = generatedInput(20_000, 40);
    let reads = 0;
    const source = input.transactions;
    const calls: Array<[number, number]> = [];
    const file = join(newFolder(), 'progress.xlsx');
    const result = await writeSettlementWorkbook(
      {
        ...input,
        transactions: () => {
          reads += 1;
          return source();
        },
      },
      { file, onProgress: (rows, total) => calls.push([rows, total]) },
    );
    expect(reads).toBe(1);
    expect(result.rows).toBe(20_040);
    expect(calls.length).toBeGreaterThan(2);
    // The total is known before the first row.
    expect(calls[0]).toEqual([0, 20_040]);
    expect(calls.at(-1)).toEqual([20_040, 20_040]);
    for (let index = 1; index < calls.length; index += 1) {
      expect((calls[index] as [number, number])[0]).toBeGreaterThan(
        (calls[index - 1] as [number, number])[0],
      );
    }
    expect(calls.every(([, total]) => total === 20_040)).toBe(true);
  });

  it('accepts the transactions as an async iterable', async () => {
    const input = inputOf(novemberXof);
    const rows = [...(input.transactions() as Iterable<TransactionRow>)];
    async function* slowly() {
      for (const row of rows) {
        await new Promise((resolve) => setImmediate(resolve));
        yield row;
      }
    }
    const { workbook } = await written({ ...input, transactions: slowly });
    expect(sheet(workbook, 'Transactions').actualRowCount).toBe(rows.length + 1);
  });

  it('stops when cancelled, removes the partial file and says so', async () => {
    const folder = newFolder();
    const file = join(folder, 'cancelled.xlsx');
    const controller = new AbortController();
    let rowsAtCancel = 0;
    const export_ = writeSettlementWorkbook(generatedInput(400_000), {
      file,
      signal: controller.signal,
      onProgress: (rows) => {
        if (rows >= 20_000 && !controller.signal.aborted) {
          rowsAtCancel = rows;
          controller.abort(new Error('clerk pressed Cancel'));
        }
      },
    });
    await expect(export_).rejects.toMatchObject({
      code: 'business_rule',
      reason: 'cancelled',
      message: `The export to ${file} was cancelled; the partial file was removed.`,
    });
    expect(rowsAtCancel).toBeGreaterThanOrEqual(20_000);
    expect(rowsAtCancel).toBeLessThan(100_000);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('does not start when already cancelled', async () => {
    const folder = newFolder();
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeSettlementWorkbook(inputOf(novemberXof), {
        file: join(folder, 'x.xlsx'),
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ reason: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('removes its partial file when the transactions break off, and keeps an earlier file', async () => {
    const folder = newFolder();
    const file = join(folder, 'broken.xlsx');
    writeFileSync(file, 'the export of yesterday');
    const input = generatedInput(30_000);
    const source = input.transactions;
    function* breaking() {
      let count = 0;
      for (const row of source() as Iterable<TransactionRow>) {
        count += 1;
        if (count === 10_000) throw new Error('database cursor closed');
        yield row;
      }
    }
    await expect(writeSettlementWorkbook({ ...input, transactions: breaking }, { file })).rejects.toThrow(
      'database cursor closed',
    );
    expect(readdirSync(folder)).toEqual(['broken.xlsx']);
  });

  it('refuses a statement that does not roll forward, before making any file', async () => {
    const folder = newFolder();
    const input = inputOf(novemberXof);
    const [first, ...rest] = input.statements;
    if (first === undefined) throw new Error('the fixture has statements');
    const broken = {
      ...input,
      statements: [{ ...first, closingBalanceMinor: 190_001, netMinor: 177_501 }, ...rest],
    };
    await expect(writeSettlementWorkbook(broken, { file: join(folder, 'x.xlsx') })).rejects.toThrow(
      'statement ST-2026-11-R-0001 does not roll forward',
    );
    const fractional = { ...input, statements: [{ ...first, paymentsMinor: 400_000.5 }, ...rest] };
    await expect(writeSettlementWorkbook(fractional, { file: join(folder, 'x.xlsx') })).rejects.toThrow(
      'paymentsMinor must be a whole number of minor units',
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses movements that do not lead to the closing balance, and removes the file', async () => {
    const folder = newFolder();
    const input = inputOf(novemberXof);
    const rows = [...(input.transactions() as Iterable<TransactionRow>)].slice(0, -1);
    await expect(
      writeSettlementWorkbook({ ...input, transactions: () => rows }, { file: join(folder, 'x.xlsx') }),
    ).rejects.toThrow(
      'the movements of statement ST-2026-11-R-0003 end at 75500, not at its closing balance 0',
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder it cannot write to with a message naming the file', async () => {
    const file = join(newFolder(), 'missing', 'x.xlsx');
    await expect(writeSettlementWorkbook(inputOf(novemberXof), { file })).rejects.toMatchObject({
      code: 'bad_input',
      message: expect.stringContaining(`Cannot write the workbook to ${file}`),
    });
    expect(existsSync(file)).toBe(false);
  });
});

describe('cell formats', () => {
  it('major units are exactly the decimal of the minor units', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let scale = 0; scale <= 6; scale += 1) {
      for (let index = 0; index < 5_000; index += 1) {
        const minor = (next() * 4_194_304 + next()) * (index % 2 === 0 ? 1 : -1);
        expect(majorNumber(minor, scale)).toBe(Number(majorText(minor, scale)));
      }
    }
    expect(majorNumber(Number.MAX_SAFE_INTEGER, 2)).toBe(Number(majorText(Number.MAX_SAFE_INTEGER, 2)));
  });

  it('sheet names are at most 31 characters, without forbidden characters, unique ignoring case', () => {
    const names = new SheetNames();
    expect(names.claim('Summary')).toBe('Summary');
    expect(names.claim('summary')).toBe('summary (2)');
    expect(names.claim("R-9 O'Neil [Main]: a/b*c?")).toBe('R-9 O’Neil Main a b c');
    expect(names.claim('History')).toBe('History sheet');
    const long = names.claim('R-0042 Établissements Diallo et Frères Réunis');
    expect(long).toBe('R-0042 Établissements Diallo et');
    expect(names.claim('R-0042 Établissements Diallo et Frères, Thiès')).toBe(
      'R-0042 Établissements Diall (2)',
    );
    expect(names.claim('😀'.repeat(20)).length).toBeLessThanOrEqual(31);
  });

  it('instants move to the wall clock of the zone, across a daylight-saving change', () => {
    const paris = new WallClock('Europe/Paris');
    // Summer time ended at 01:00 UTC on 25 October 2026.
    expect(paris.date(Date.parse('2026-10-25T00:30:00Z')).toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(paris.date(Date.parse('2026-10-25T01:30:00Z')).toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(paris.date(Date.parse('2026-10-25T00:59:59Z')).toISOString()).toBe('2026-10-25T02:59:59.000Z');
    const kathmandu = new WallClock('Asia/Kathmandu');
    expect(kathmandu.date(Date.parse('2026-11-01T00:00:00.250Z')).toISOString()).toBe(
      '2026-11-01T05:45:00.250Z',
    );
  });

  it('statement figures from the fixture roll forward (the fixture itself is sound)', () => {
    for (const reseller of novemberXof.resellers) {
      const statement = statementOf(novemberXof, reseller);
      expect(statement.netMinor).toBe(statement.closingBalanceMinor - statement.commissionMinor);
    }
  });
});

describe('the operator sheets of a period workbook', () => {
  const input = novemberNgnWithOperators;

  it('lists what was bought from each operator and owed to it, with checks of 0 and exact totals', async () => {
    const { workbook } = await written(input);
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names.slice(-3)).toEqual(['Reconciliation', 'Operators', 'Operator lines']);
    const operators = sheet(workbook, 'Operators');
    expect(headersOf(operators).slice(0, 5)).toEqual([
      'Operator',
      'Name',
      'Statement',
      'Purchases',
      'Face value (NGN)',
    ]);
    expect(operators.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(operators.autoFilter).toBe('A1:R2');
    expect(operators.getCell('E2').value).toBe(1_234_567.89);
    expect(operators.getCell('E2').numFmt).toBe(sheet(workbook, 'Summary').getCell('G2').numFmt);
    expect(formulaOf(operators.getCell('P2'))).toEqual({ formula: 'ROUND(E2-F2-G2-H2,2)', result: 0 });
    expect(formulaOf(operators.getCell('Q2'))).toEqual({ formula: 'ROUND(I2+H2-J2+K2-L2,2)', result: 0 });
    expect(formulaOf(operators.getCell('R2'))).toEqual({ formula: 'ROUND(L2-O2,2)', result: 0 });
    expect(formulaOf(operators.getCell('L3'))).toEqual({ formula: 'SUM(L2:L2)', result: 450_000.01 });

    const lines = sheet(workbook, 'Operator lines');
    expect((lines.getRow(3).values as unknown[]).slice(1)).toEqual([
      'mtn',
      'Payment',
      'OP-2026-000002',
      expect.any(Date),
      'Bank transfer',
      'BT-1',
      0,
      0,
      0,
      -600_000,
      'October 2026',
      'E2',
    ]);
    expect(formulaOf(lines.getCell('J4'))).toEqual({ formula: 'SUM(J2:J3)', result: 400_000 });
  });

  it('refuses operator figures that do not roll forward, before making any file', async () => {
    const [row] = input.operators ?? [];
    if (row === undefined) throw new Error('no operator row');
    const broken = { ...input, operators: [{ ...row, closingPayableMinor: row.closingPayableMinor + 1 }] };
    await expect(written(broken)).rejects.toThrow(/OS-2026-11-mtn does not roll forward/);
  });
});
