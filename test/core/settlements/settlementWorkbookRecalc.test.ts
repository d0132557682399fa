import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  settlementWorkbookFileName,
  writeSettlementWorkbook,
} from '../../../src/core/settlements/settlementWorkbook';
import type { SettlementWorkbookInput } from '../../../src/core/settlements/settlementWorkbookInput';
import { libreOfficeRecalculator } from '../../support/libreOfficeRecalc';
import { generatedInput, inputOf, novemberNgn, novemberXof } from './settlementWorkbookFixture';

/**
 * The workbook's totals and checks, recalculated by a real spreadsheet program: LibreOffice keeps
 * cached formula results by default, so it runs with a profile of its own that forces
 * recalculation on load (OOXMLRecalcMode = 0, "always"), converts the workbook to a new xlsx, and
 * the values it computed are compared with the ledger's figures, to the minor unit.
 */

const testTimeoutMs = 240_000;
let recalculator: ReturnType<typeof libreOfficeRecalculator>;
let root = '';

beforeAll(() => {
  recalculator = libreOfficeRecalculator();
  root = recalculator.root;
});

afterAll(() => recalculator?.close());

/** `file` opened, recalculated and saved again by LibreOffice, then read back. */
const recalculated = (file: string) => recalculator.recalculated(file);

async function exported(
  input: SettlementWorkbookInput,
): Promise<{ file: string; workbook: ExcelJS.Workbook }> {
  const file = join(mkdtempSync(join(root, 'in-')), settlementWorkbookFileName(input));
  await writeSettlementWorkbook(input, { file });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, workbook };
}

const toMinor = (value: unknown, scale: number): number => {
  expect(typeof value).toBe('number');
  return Math.round((value as number) * 10 ** scale);
};

/** The number a recalculated cell shows: a formula's fresh result, or a plain value. */
function shown(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const cell = workbook.getWorksheet(sheet)?.getCell(address);
  if (cell === undefined) throw new Error(`no sheet ${sheet}`);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** Every formula of the export, with the result we cached and the one LibreOffice computed. */
function formulasOf(original: ExcelJS.Workbook, fresh: ExcelJS.Workbook, scale: number) {
  const formulas: Array<{ where: string; cachedMinor: number; freshMinor: number }> = [];
  for (const worksheet of original.worksheets) {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas.push({
          where: `${worksheet.name}!${cell.address} ${cell.formula}`,
          cachedMinor: toMinor(cell.result, scale),
          freshMinor: toMinor(shown(fresh, worksheet.name, cell.address), scale),
        });
      }),
    );
  }
  return formulas;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** What the ledger says each total and check must be, in minor units, by sheet and cell. */
function expectedFigures(input: SettlementWorkbookInput): Map<string, number> {
  const expected = new Map<string, number>();
  const statements = input.statements;
  const totalsRow = statements.length + 2;
  const columns: Array<[string, (s: (typeof statements)[number]) => number]> = [
    ['G', (s) => s.openingBalanceMinor],
    ['H', (s) => s.allocationsMinor],
    ['I', (s) => s.allocationReversalsMinor],
    ['J', (s) => s.paymentsMinor],
    ['K', (s) => s.adjustmentsMinor],
    ['L', (s) => s.closingBalanceMinor],
    ['M', (s) => s.commissionMinor],
    ['N', (s) => s.netMinor],
    ['O', () => 0],
    ['Q', (s) => s.salesMinor],
    ['R', (s) => s.saleReversalsMinor],
  ];
  for (const [letter, figure] of columns)
    expected.set(`Summary!${letter}${totalsRow}`, sum(statements.map(figure)));
  for (let index = 0; index < statements.length; index += 1) expected.set(`Summary!O${index + 2}`, 0);
  if (input.adjustments.length > 0) {
    expected.set(
      `Adjustments!G${input.adjustments.length + 2}`,
      sum(input.adjustments.map((a) => a.amountMinor)),
    );
  }
  if (input.commission.length > 0) {
    const row = input.commission.length + 2;
    expected.set(`Commission!H${row}`, sum(input.commission.map((c) => c.salesMinor)));
    expected.set(`Commission!I${row}`, sum(input.commission.map((c) => c.commissionMinor)));
    expected.set(`Commission!J${row}`, sum(input.commission.map((c) => c.clawbackMinor)));
    expected.set(`Commission!K${row}`, sum(input.commission.map((c) => c.commissionMinor + c.clawbackMinor)));
    for (const [index, c] of input.commission.entries()) {
      expected.set(`Commission!K${index + 2}`, c.commissionMinor + c.clawbackMinor);
    }
  }
  if (input.reconciliation.length > 0) {
    const row = input.reconciliation.length + 2;
    expected.set(`Reconciliation!C${row}`, sum(input.reconciliation.map((r) => r.ledgerMinor)));
    expected.set(`Reconciliation!D${row}`, sum(input.reconciliation.map((r) => r.operatorMinor)));
    expected.set(
      `Reconciliation!E${row}`,
      sum(input.reconciliation.map((r) => r.ledgerMinor - r.operatorMinor)),
    );
    for (const [index, r] of input.reconciliation.entries()) {
      expected.set(`Reconciliation!E${index + 2}`, r.ledgerMinor - r.operatorMinor);
    }
  }
  return expected;
}

async function expectRecalculationAgrees(input: SettlementWorkbookInput): Promise<number> {
  const scale = input.currency.scale;
  const { file, workbook } = await exported(input);
  const fresh = await recalculated(file);
  expect(fresh.worksheets.map((sheet) => sheet.name)).toEqual(workbook.worksheets.map((sheet) => sheet.name));

  for (const [where, figure] of expectedFigures(input)) {
    const [sheet, address] = where.split('!') as [string, string];
    expect(toMinor(shown(fresh, sheet, address), scale), `${where} recalculated`).toBe(figure);
  }
  // Every statement sheet's roll-forward check is 0 once recalculated.
  let statementChecks = 0;
  for (const worksheet of fresh.worksheets) {
    worksheet.eachRow((row) => {
      if (row.getCell(1).value !== 'Roll-forward check (must be 0)') return;
      statementChecks += 1;
      expect(toMinor(shown(fresh, worksheet.name, `B${row.number}`), scale), worksheet.name).toBe(0);
    });
  }
  expect(statementChecks).toBe(input.statements.length);
  // And every formula's cached result is what LibreOffice computes.
  const formulas = formulasOf(workbook, fresh, scale);
  expect(formulas.length).toBeGreaterThan(input.statements.length);
  for (const formula of formulas) expect(formula.freshMinor, formula.where).toBe(formula.cachedMinor);
  return formulas.length;
}

describe('settlement workbooks recalculated by LibreOffice', () => {
  it(
    'LibreOffice, as run here, recalculates: a stale cached result is replaced',
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Canary');
      sheet.getCell('A1').value = 1;
      sheet.getCell('A2').value = { formula: 'A1+1', result: 5 };
      const file = join(mkdtempSync(join(root, 'canary-')), 'canary.xlsx');
      await workbook.xlsx.writeFile(file);
      const fresh = await recalculated(file);
      expect(shown(fresh, 'Canary', 'A2')).toBe(2);
    },
    testTimeoutMs,
  );

  it(
    'XOF, every reseller: totals, checks and differences equal the ledger’s figures to the franc',
    async () => {
      const formulas = await expectRecalculationAgrees(inputOf(novemberXof));
      // 3 checks and 12 totals on Summary, 3 statement checks, 1 adjustments total, 2 + 4 on
      // Commission, 3 + 3 on Reconciliation.
      expect(formulas).toBe(31);
    },
    testTimeoutMs,
  );

  it(
    'NGN with kobo: totals, checks and differences equal the ledger’s figures to the kobo',
    async () => {
      await expectRecalculationAgrees(inputOf(novemberNgn));
    },
    testTimeoutMs,
  );

  it(
    'one reseller’s workbook recalculates to its statement',
    async () => {
      await expectRecalculationAgrees(inputOf(novemberXof, 'R-0001'));
    },
    testTimeoutMs,
  );

  it(
    'a period of 60 resellers and 6,000 movements: the summary totals hold',
    async () => {
      await expectRecalculationAgrees(generatedInput(6_000, 60));
    },
    testTimeoutMs,
  );
});
