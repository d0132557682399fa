import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const key = { AIRLEDGER_DB_KEY: 'a long and correct passphrase' };
/** A line as the reports show it: every digit hidden but the last four. */
const masked = /^•{4,}\d{4}$/;

beforeAll(() => requireBuild());

describe('customers acquired via resellers from the command line', () => {
  it('count the lines resellers acquired, list them masked down to the journal entry, and export them', async () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'demo');
    const cli = (args: string[]) => runCli(['--data-dir', dataDir, ...args], key);
    const demo = cli(['demo', '--retailers', '12', '--operators', '1', '--history-days', '20']);
    expect(demo.status, demo.stderr).toBe(0);
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 25 * 86_400_000).toISOString().slice(0, 10);
    const period = ['--from', from, '--to', to];
    const json = (args: string[]) => {
      const run = cli(['--json', 'report', ...args, ...period]);
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout).value;
    };

    const report = json(['acquired-customers']);
    expect(report.salesPending).toBe(0);
    expect(report.activeAsOf).toBe(to);
    const [total] = report.totals;
    expect(total.units).toBe('XOF');
    expect(total.lines).toBeGreaterThan(100);
    // Every sale of the period was a top-up of some line: a line's top-ups are at least one, and
    // the resellers' lines are no more than their sales.
    const sales = json(['reseller-sales']);
    expect(total.topupsCount).toBeGreaterThanOrEqual(total.lines);
    expect(total.lines).toBeLessThanOrEqual(sales.totals[0].count);
    expect(total.lifetimeValueMinor).toBe(total.topupsMinor - total.reversalsMinor);
    // Every line acquired in the last 25 days was topped up in the last 90; cohorts add up to the total.
    expect(total.active90).toBe(total.lines);
    type Cohort = { month: string; lines: number; lifetimeValueMinor: number };
    const cohorts = report.cohorts as Cohort[];
    expect(cohorts.reduce((sum, cohort) => sum + cohort.lines, 0)).toBe(total.lines);
    expect(cohorts.reduce((sum, cohort) => sum + cohort.lifetimeValueMinor, 0)).toBe(
      total.lifetimeValueMinor,
    );
    expect(report.resellersWithCustomers).toBeGreaterThan(0);
    expect(report.resellersWithCustomers).toBeLessThanOrEqual(sales.resellersWithSales);
    const best = report.top[0];
    expect(best.lines).toBeGreaterThan(0);

    // A reseller's lines, masked, each with the journal entry of its first top-up; they add up.
    const lines = json(['acquired-customers', '--lines', '--retailer', best.code]);
    expect(lines.total).toBe(best.lines);
    type Line = { msisdnMasked: string; acquisitionEntryId: string | null; lifetimeValueMinor: number };
    const rows = lines.rows as Line[];
    expect(rows).toHaveLength(best.lines);
    expect(rows.every((row) => masked.test(row.msisdnMasked))).toBe(true);
    expect(rows.every((row) => row.acquisitionEntryId !== null)).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.lifetimeValueMinor, 0)).toBe(best.lifetimeValueMinor);
    // The reseller's own sales list full numbers; none of them leaks through this report.
    const bestSales = json(['sales', '--retailer', best.code]);
    const full = new Set((bestSales.rows as Array<{ msisdn: string }>).map((row) => row.msisdn));
    expect(full.size).toBeGreaterThan(0);
    const linesText = cli(['report', 'acquired-customers', '--lines', '--retailer', best.code, ...period]);
    for (const msisdn of full) expect(linesText.stdout).not.toContain(msisdn);
    expect(linesText.stdout).toContain('Lines show their last four digits only.');

    const text = cli(['report', 'acquired-customers', ...period]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Customers acquired via resellers from ${from} to ${to}`);
    expect(text.stdout).toContain(`${total.lines} lines acquired by resellers`);
    expect(text.stdout).toContain(`${total.topupsCount} top-ups since`);
    expect(text.stdout).toContain(`${best.code}`);

    // CSV: every reseller's cohorts; the best reseller's rows add up to its figure.
    const csv = cli(['report', 'acquired-customers', ...period, '--format', 'csv', '--card', 'resellers']);
    expect(csv.status, csv.stderr).toBe(0);
    const records = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(records.reduce((sum, record) => sum + Number(record['Lines acquired']), 0)).toBe(total.lines);
    expect(
      records
        .filter((record) => record['Reseller code'] === best.code)
        .reduce((sum, record) => sum + Number(record['Lifetime value']), 0),
    ).toBe(best.lifetimeValueMinor);
    const linesCsv = cli([
      'report',
      'acquired-customers',
      ...period,
      '--lines',
      '--retailer',
      best.code,
      '--format',
      'csv',
    ]);
    expect(linesCsv.status, linesCsv.stderr).toBe(0);
    const lineRecords = parse(linesCsv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(lineRecords).toHaveLength(best.lines);
    expect(lineRecords.every((record) => masked.test(record.Line ?? ''))).toBe(true);
    for (const msisdn of full) expect(linesCsv.stdout).not.toContain(msisdn);

    // Excel: a sheet per card, numbers as numbers.
    const out = join(folder, 'acquired-customers.xlsx');
    const xlsx = cli(['report', 'acquired-customers', ...period, '--format', 'xlsx', '--out', out]);
    expect(xlsx.status, xlsx.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Customers acquired',
      'By month of acquisition',
      'Top resellers',
      'Cohorts by reseller',
    ]);
    const totals = workbook.getWorksheet('Customers acquired');
    expect(totals?.getCell('B2').value).toBe(total.lines);
    expect(totals?.getCell('G2').value).toBe(total.lifetimeValueMinor);
    expect(totals?.getCell('G2').numFmt).toBe('#,##0');

    const noRetailer = cli(['report', 'acquired-customers', '--lines', ...period]);
    expect(noRetailer.status).toBe(2);
    expect(noRetailer.stderr).toContain('--retailer CODE');
  }, 180_000);
});
