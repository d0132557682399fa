import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../src/contract/documentLanguage';
import { catalogKeyPaths } from '../../../src/core/documents/documentText';
import { SettlementExportJobs } from '../../../src/core/settlements/settlementExportJobs';
import {
  settlementWorkbookFileName,
  writeSettlementWorkbook,
} from '../../../src/core/settlements/settlementWorkbook';
import type { SettlementWorkbookInput } from '../../../src/core/settlements/settlementWorkbookInput';
import { settlementWorkbookTexts } from '../../../src/core/settlements/settlementWorkbookText';
import { libreOfficeRecalculator } from '../../support/libreOfficeRecalc';
import { temporaryFolders } from '../../support/temporaryFolder';
import { inputOf, novemberNgnWithOperators, novemberXof } from './settlementWorkbookFixture';

/**
 * The settlement workbook in French: the same cells as the English one — every number, date and
 * formula identical, the same rows and columns — with French sheet names, headers, labels and
 * words, and no English label left. Formulas that name a sheet name one of the French workbook.
 */

const newFolder = temporaryFolders();
const en = settlementWorkbookTexts.en;
const fr = settlementWorkbookTexts.fr;

async function writtenFile(input: SettlementWorkbookInput, language?: DocumentLanguage) {
  const file = join(newFolder(), settlementWorkbookFileName(input));
  await writeSettlementWorkbook(input, { file, ...(language === undefined ? {} : { language }) });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, workbook };
}

async function written(input: SettlementWorkbookInput, language?: DocumentLanguage) {
  return (await writtenFile(input, language)).workbook;
}

/** Every string leaf of a catalog, by its key path. */
function texts(catalog: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') found.set(`${prefix}${key}`, value);
    else if (value !== null && typeof value === 'object') {
      for (const [path, text] of texts(value, `${prefix}${key}.`)) found.set(path, text);
    }
  }
  return found;
}

/** English labels that French says otherwise: none of them may be left in a French workbook. */
const englishOnly = (() => {
  const french = texts(fr);
  const labels = new Set<string>();
  for (const [path, text] of texts(en)) if (french.get(path) !== text) labels.add(text);
  return labels;
})();

/** A cell's value with the currency stripped from a header (`Amount (NGN)` → `Amount`). */
const label = (value: unknown) => (typeof value === 'string' ? value.replace(/ \([A-Z]{3}\)$/, '') : value);

/** The sheet names formulas name: `'Other sheet'!A1` or `Sheet!A1`. */
function sheetsNamedIn(formula: string): string[] {
  return [...formula.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z0-9_.À-ÿ]+))!/g)].map((match) =>
    (match[1] ?? match[2] ?? '').replace(/''/g, "'"),
  );
}

function compare(english: ExcelJS.Workbook, french: ExcelJS.Workbook): { formulas: string[] } {
  expect(french.worksheets.length).toBe(english.worksheets.length);
  const frenchNames = new Set(french.worksheets.map((sheet) => sheet.name));
  const formulas: string[] = [];
  for (const [index, englishSheet] of english.worksheets.entries()) {
    const frenchSheet = french.worksheets[index] as ExcelJS.Worksheet;
    expect(frenchSheet.rowCount, frenchSheet.name).toBe(englishSheet.rowCount);
    expect(frenchSheet.columnCount, frenchSheet.name).toBe(englishSheet.columnCount);
    expect(frenchSheet.headerFooter?.oddFooter).toBe(fr.printFooter);
    expect(frenchSheet.headerFooter?.oddHeader).toContain('Règlement');
    for (let row = 1; row <= englishSheet.rowCount; row += 1) {
      for (let column = 1; column <= englishSheet.columnCount; column += 1) {
        const a = englishSheet.getRow(row).getCell(column);
        const b = frenchSheet.getRow(row).getCell(column);
        const where = `${frenchSheet.name}!${b.address}`;
        expect(b.type, where).toBe(a.type);
        if (a.type === ExcelJS.ValueType.Formula) {
          expect(b.formula, where).toBe(a.formula);
          expect(b.result, where).toEqual(a.result);
          formulas.push(b.formula);
        } else if (typeof a.value === 'number' || a.value instanceof Date || a.value === null) {
          expect(b.value, where).toEqual(a.value);
        } else if (typeof b.value === 'string') {
          expect(englishOnly.has(label(b.value) as string), `${where} is still English: ${b.value}`).toBe(
            false,
          );
        }
        expect(b.numFmt, where).toBe(a.numFmt);
      }
    }
  }
  for (const formula of formulas) {
    for (const sheet of sheetsNamedIn(formula)) {
      expect(frenchNames.has(sheet), `${formula} names sheet ${sheet}`).toBe(true);
    }
  }
  return { formulas };
}

describe('the settlement workbook in French', () => {
  it('has every key of the English catalog', () => {
    expect(catalogKeyPaths(fr)).toEqual(catalogKeyPaths(en));
  });

  it('has French sheet names, headers and labels and the very same figures, dates and formulas (every reseller, operator sheets)', async () => {
    const english = await written(novemberNgnWithOperators);
    const french = await written(novemberNgnWithOperators, 'fr');
    const { formulas } = compare(english, french);
    expect(formulas.length).toBeGreaterThan(20);

    const englishNames = english.worksheets.map((sheet) => sheet.name);
    const frenchNames = french.worksheets.map((sheet) => sheet.name);
    const translated = new Map(
      (Object.keys(en.sheets) as Array<keyof typeof en.sheets>)
        .filter((key) => key !== 'transactionsPart')
        .map((key) => [en.sheets[key] as string, fr.sheets[key] as string]),
    );
    // Statement sheets are named for their reseller, in either language.
    expect(frenchNames).toEqual(englishNames.map((name) => translated.get(name) ?? name));
    expect(frenchNames).toEqual(
      expect.arrayContaining([
        'Couverture',
        'Synthèse',
        'Mouvements',
        'Ajustements',
        'Rapprochement',
        'Opérateurs',
        'Lignes opérateurs',
      ]),
    );

    const summary = french.getWorksheet('Synthèse') as ExcelJS.Worksheet;
    expect((summary.getRow(1).values as unknown[]).slice(1, 8)).toEqual([
      'Revendeur',
      'Nom',
      'Région',
      'Relevé',
      'Version',
      'État',
      'Solde d’ouverture (NGN)',
    ]);
    const totalsRow = summary.getRow(novemberNgnWithOperators.statements.length + 2);
    expect(totalsRow.getCell(1).value).toBe('Total');

    // The cover points at the summary sheet under its French name.
    const cover = french.getWorksheet('Couverture') as ExcelJS.Worksheet;
    const coverTexts: string[] = [];
    cover.eachRow((row) => row.eachCell((cell) => coverTexts.push(String(cell.value))));
    expect(coverTexts).toContain('Tous les revendeurs de la période (voir Synthèse)');
    expect(coverTexts).toContain('Approbations');

    const lines = french.getWorksheet('Lignes opérateurs') as ExcelJS.Worksheet;
    expect(lines.getRow(2).getCell(2).value).toBe('Achat');
    expect(lines.getRow(2).getCell(5).value).toBe('À crédit');
    expect(lines.getRow(3).getCell(5).value).toBe('Virement bancaire');
    expect(french.title).toBe(`Règlement ${novemberNgnWithOperators.period.label}`);
  });

  it("has a French statement sheet for one reseller's workbook, with its check formula unchanged", async () => {
    const input = inputOf(novemberXof, novemberXof.resellers[0]?.code);
    const english = await written(input);
    const french = await written(input, 'fr');
    compare(english, french);
    const statement = french.getWorksheet('Relevé') as ExcelJS.Worksheet;
    const labels: string[] = [];
    statement.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).toEqual(
      expect.arrayContaining(['Contrôle de report (doit valoir 0)', 'Solde de clôture', 'Commission gagnée']),
    );
  });

  it('is English, exactly as before, when no language or English is asked for', async () => {
    const input = inputOf(novemberXof);
    const unasked = await written(input);
    const english = await written(input, 'en');
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual(
      unasked.worksheets.map((sheet) => sheet.name),
    );
    expect(unasked.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining([
        'Cover',
        'Summary',
        'Transactions',
        'Adjustments',
        'Commission',
        'Reconciliation',
      ]),
    );
    for (const [index, sheet] of unasked.worksheets.entries()) {
      const other = english.worksheets[index] as ExcelJS.Worksheet;
      sheet.eachRow((row, rowNumber) =>
        row.eachCell((cell) => {
          const twin = other.getRow(rowNumber).getCell(cell.col);
          expect(twin.type === ExcelJS.ValueType.Formula ? twin.formula : twin.value).toEqual(
            cell.type === ExcelJS.ValueType.Formula ? cell.formula : cell.value,
          );
        }),
      );
      expect(sheet.headerFooter?.oddFooter).toBe('&L&A&RPage &P of &N');
    }
  });

  it('is written in the language an export job was started with; the same job id in another language is refused', async () => {
    const input = inputOf(novemberXof);
    const jobs = new SettlementExportJobs(
      () => input,
      () => Date.parse('2026-12-02T08:00:00Z'),
    );
    const jobId = '0b7e4f0e-6a65-4a43-9c61-1f3c1c1f2a10';
    try {
      jobs.start(jobId, { periodId: 'P-2026-11', language: 'fr' }, 'u-1');
      await jobs.whenSettled(jobId, 'u-1');
      expect(() => jobs.start(jobId, { periodId: 'P-2026-11' }, 'u-1')).toThrow(/another workbook/);
      const destination = join(newFolder(), 'fr.xlsx');
      await jobs.moveFileTo(jobId, 'u-1', destination);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(destination);
      expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual(['Couverture', 'Synthèse']);
    } finally {
      await jobs.dispose();
    }
  });
});

describe('the French settlement workbook recalculated by LibreOffice', () => {
  let recalculator: ReturnType<typeof libreOfficeRecalculator> | undefined;
  afterAll(() => recalculator?.close());

  it('computes every total and check to the result cached with it, under the French sheet names', {
    timeout: 240_000,
  }, async () => {
    recalculator = libreOfficeRecalculator();
    const { file, workbook } = await writtenFile(novemberNgnWithOperators, 'fr');
    const fresh = await recalculator.recalculated(file);
    expect(fresh.worksheets.map((sheet) => sheet.name)).toEqual(
      workbook.worksheets.map((sheet) => sheet.name),
    );
    const scale = novemberNgnWithOperators.currency.scale;
    const minor = (value: unknown) => Math.round((value as number) * 10 ** scale);
    let formulas = 0;
    for (const sheet of workbook.worksheets) {
      const recalculated = fresh.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          formulas += 1;
          const again = recalculated.getCell(cell.address);
          const value = again.type === ExcelJS.ValueType.Formula ? again.result : again.value;
          expect(typeof value, `${sheet.name}!${cell.address}`).toBe('number');
          expect(minor(value), `${sheet.name}!${cell.address} ${cell.formula}`).toBe(minor(cell.result));
        }),
      );
    }
    expect(formulas).toBeGreaterThan(20);
  });
});
