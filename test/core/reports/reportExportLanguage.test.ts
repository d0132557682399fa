import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../src/contract/documentLanguage';
import type { ResellerSalesReport } from '../../../src/contract/reportSchemas';
import { catalogKeyPaths } from '../../../src/core/documents/documentText';
import type { ReportTable } from '../../../src/core/reports/reportTable';
import { resellerSalesTables } from '../../../src/core/reports/reportTables';
import { reportText, reportTexts } from '../../../src/core/reports/reportText';
import { tableCsv, tablesWorkbook } from '../../../src/core/reports/tableExport';
import { coreWorkspaces } from '../../support/coreWorkspaces';
import { temporaryFolders } from '../../support/temporaryFolder';

/**
 * Report exports in French: the same cells as the English export — numbers, dates and codes
 * identical — under French sheet names and headers, with the words the core writes translated.
 * English stays what it always was when no language is asked for.
 */

const newFolder = temporaryFolders();
const openWorkspace = coreWorkspaces();

const figure = { units: 'XOF', scale: 0 };
const report: ResellerSalesReport = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  previousPeriod: { from: '2026-10-02', to: '2026-10-31' },
  source: 'register',
  unavailable: [],
  totals: [
    {
      ...figure,
      count: 1_204,
      faceValueMinor: 3_612_500,
      previousCount: 1_000,
      previousFaceValueMinor: 3_000_000,
      allSalesCount: 1_500,
      allSalesFaceValueMinor: 4_500_000,
    },
  ],
  granularity: 'week',
  series: [
    { ...figure, period: '2026-11-02', count: 600, faceValueMinor: 1_800_000 },
    { ...figure, period: '2026-11-09', count: 604, faceValueMinor: 1_812_500 },
  ],
  byOperator: [
    { ...figure, operatorId: 'orange-sn', operatorName: 'Orange', count: 1_204, faceValueMinor: 3_612_500 },
  ],
  byDenomination: [
    { ...figure, operatorId: 'orange-sn', denominationMinor: 1_000, count: 1_204, faceValueMinor: 3_612_500 },
  ],
  top: [
    {
      ...figure,
      code: 'R-0001',
      name: 'Boutique Awa',
      region: 'Dakar',
      status: 'active',
      count: 800,
      faceValueMinor: 2_400_000,
      reversalsCount: 2,
      reversalsMinor: 6_000,
    },
    {
      ...figure,
      code: 'R-0004',
      name: '=Kiosque Thiès',
      region: null,
      status: 'suspended',
      count: 404,
      faceValueMinor: 1_212_500,
      reversalsCount: 0,
      reversalsMinor: 0,
    },
  ],
  bottom: [],
  resellersWithSales: 2,
};

const tablesIn = (language: DocumentLanguage) => resellerSalesTables(report, reportText(language));

async function workbookOf(tables: ReportTable[], language: DocumentLanguage): Promise<ExcelJS.Workbook> {
  const file = join(newFolder(), `reseller-sales-${language}.xlsx`);
  writeFileSync(
    file,
    await tablesWorkbook(tables, { title: 'test', createdAt: new Date('2026-12-01T00:00:00Z') }),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function csvOf(table: ReportTable, language: DocumentLanguage): string[][] {
  const file = join(newFolder(), `top-${language}.csv`);
  writeFileSync(file, tableCsv(table), 'utf8');
  return parse(readFileSync(file), { relax_column_count: false }) as string[][];
}

describe('a report export in French', () => {
  it('has every key of the English catalog', () => {
    expect(catalogKeyPaths(reportTexts.fr)).toEqual(catalogKeyPaths(reportTexts.en));
  });

  it('as a workbook: French sheet names and headers, the same numbers and dates as the English one', async () => {
    const english = await workbookOf(Object.values(tablesIn('en')), 'en');
    const french = await workbookOf(Object.values(tablesIn('fr')), 'fr');
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual([
      'Totals',
      'Sales by week',
      'By operator',
      'By denomination',
      'Top resellers',
      'Bottom resellers',
    ]);
    expect(french.worksheets.map((sheet) => sheet.name)).toEqual([
      'Totaux',
      'Ventes par semaine',
      'Par opérateur',
      'Par valeur faciale',
      'Meilleurs revendeurs',
      'Revendeurs les plus faibles',
    ]);
    const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers(french.getWorksheet('Totaux') as ExcelJS.Worksheet)).toEqual([
      'Unités',
      'Ventes',
      'Valeur faciale',
      'Part de toutes les ventes',
      'Ventes de la période précédente',
      'Valeur faciale de la période précédente',
      'Croissance',
    ]);
    expect(headers(french.getWorksheet('Ventes par semaine') as ExcelJS.Worksheet)[0]).toBe('Semaine du');
    for (const [index, englishSheet] of english.worksheets.entries()) {
      const frenchSheet = french.worksheets[index] as ExcelJS.Worksheet;
      expect(frenchSheet.rowCount).toBe(englishSheet.rowCount);
      for (let row = 2; row <= englishSheet.rowCount; row += 1) {
        const a = englishSheet.getRow(row).values as unknown[];
        const b = frenchSheet.getRow(row).values as unknown[];
        a.forEach((value, column) => {
          const where = `${frenchSheet.name} row ${row} column ${column}`;
          if (typeof value === 'number' || value instanceof Date) expect(b[column], where).toEqual(value);
          expect(frenchSheet.getRow(row).getCell(column).numFmt, where).toBe(
            englishSheet.getRow(row).getCell(column).numFmt,
          );
        });
      }
    }
    // The reseller status is a word of the language; codes and names are as stored.
    const top = french.getWorksheet('Meilleurs revendeurs') as ExcelJS.Worksheet;
    expect((top.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
      'R-0001',
      'Boutique Awa',
      'Dakar',
      'actif',
    ]);
    expect(top.getRow(3).getCell(4).value).toBe('suspendu');
    const englishTop = english.getWorksheet('Top resellers') as ExcelJS.Worksheet;
    expect(englishTop.getRow(2).getCell(4).value).toBe('active');
  });

  it('as CSV: a French header row, and every data cell the same as in English', () => {
    const english = csvOf(tablesIn('en').top as ReportTable, 'en');
    const french = csvOf(tablesIn('fr').top as ReportTable, 'fr');
    expect(english[0]).toEqual([
      'Reseller code',
      'Name',
      'Region',
      'Status',
      'Units',
      'Sales',
      'Face value',
      'Reversals',
      'Reversed value',
    ]);
    expect(french[0]).toEqual([
      'Code revendeur',
      'Nom',
      'Région',
      'Statut',
      'Unités',
      'Ventes',
      'Valeur faciale',
      'Annulations',
      'Valeur annulée',
    ]);
    expect(french).toHaveLength(english.length);
    const statusColumn = 3;
    for (const [index, row] of english.slice(1).entries()) {
      const frenchRow = french[index + 1] as string[];
      expect(frenchRow.filter((_, column) => column !== statusColumn)).toEqual(
        row.filter((_, column) => column !== statusColumn),
      );
    }
    // A name a spreadsheet would run as a formula is still defused.
    expect(french[2]?.[1]).toBe("'=Kiosque Thiès");
    expect(french.map((row) => row[statusColumn])).toEqual(['Statut', 'actif', 'suspendu']);
  });

  it('through the contract: reports.export and audit.export take the language; none means English', async () => {
    const { call } = await openWorkspace();
    const filters = { from: '2026-11-01', to: '2026-11-30' };
    const header = (file: { contentBase64: string }) =>
      (parse(Buffer.from(file.contentBase64, 'base64'), { bom: true }) as string[][])[0];
    const request = { report: 'resellers', filters, format: 'csv' } as const;
    const unasked = await call('reports.export', request);
    expect(await call('reports.export', { ...request, language: 'en' })).toEqual(unasked);
    expect(header(unasked)?.[0]).toBe('Reseller code');
    const french = await call('reports.export', { ...request, language: 'fr' });
    expect(header(french)?.slice(0, 3)).toEqual(['Code revendeur', 'Nom', 'Région']);
    expect(french.fileName).toBe(unasked.fileName);

    const xlsx = await call('reports.export', {
      report: 'float-movement',
      filters,
      format: 'xlsx',
      language: 'fr',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Float par opérateur', 'Float par jour']);

    const audit = await call('audit.export', { filters: {} });
    expect(header(audit)?.slice(0, 3)).toEqual(['Event', 'Time (UTC)', 'User']);
    const auditFrench = await call('audit.export', { filters: {}, language: 'fr' });
    expect(header(auditFrench)).toEqual([
      'Événement',
      'Heure (UTC)',
      'Utilisateur',
      'Identifiant utilisateur',
      'Rôles',
      'Transport',
      'Opération',
      'Résultat',
      'Résumé',
      'Refus',
      'Objet',
      'Modifications (avant → après)',
      'Empreinte',
    ]);
    const rows = parse(Buffer.from(auditFrench.contentBase64, 'base64')) as string[][];
    const englishRows = parse(Buffer.from(audit.contentBase64, 'base64')) as string[][];
    expect(rows.length).toBe(englishRows.length);
    expect(rows.slice(1).map((row) => row[7])).toEqual(
      englishRows.slice(1).map((row) => ({ ok: 'réussi', refused: 'refusé' })[row[7] as 'ok'] ?? row[7]),
    );
  });
});
