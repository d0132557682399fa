import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const key = { AIRLEDGER_DB_KEY: 'a long and correct passphrase' };

beforeAll(() => requireBuild());

describe('sales reports from the command line', () => {
  it('agree with each other on the demo network, and export CSV and Excel with numbers as numbers', async () => {
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

    const report = json(['reseller-sales']);
    const [total] = report.totals;
    expect(total.count).toBeGreaterThan(100);
    expect(total.units).toBe('XOF');
    const resellers = json(['resellers']);
    expect(resellers.total).toBe(report.resellersWithSales);
    expect(resellers.rows.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(
      total.count,
    );
    expect(
      resellers.rows.reduce((sum: number, row: { faceValueMinor: number }) => sum + row.faceValueMinor, 0),
    ).toBe(total.faceValueMinor);
    expect(report.top[0]).toEqual(resellers.rows[0]);
    const best = report.top[0];
    const sales = json(['sales', '--retailer', best.code]);
    expect(sales.total).toBe(best.count);
    expect(sales.rows.every((row: { entryId: string | null }) => row.entryId !== null)).toBe(true);
    // A sub-distributor's branch sums its retailers.
    const branch = json(['reseller-sales', '--retailer', 'SD-DKR']);
    const branchResellers = json(['resellers', '--retailer', 'SD-DKR']);
    expect(branch.totals[0].faceValueMinor).toBe(
      branchResellers.rows.reduce(
        (sum: number, row: { faceValueMinor: number }) => sum + row.faceValueMinor,
        0,
      ),
    );

    const text = cli(['report', 'reseller-sales', ...period]);
    expect(text.stdout).toContain(`${total.count} sales, `);
    expect(text.stdout).toContain('Top resellers');

    const csv = cli(['report', 'resellers', ...period, '--format', 'csv', '--card', 'resellers']);
    expect(csv.status, csv.stderr).toBe(0);
    const records = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(resellers.total);
    expect(records[0]).toMatchObject({
      'Reseller code': best.code,
      Sales: String(best.count),
      'Face value': String(best.faceValueMinor),
    });
    const noCard = cli(['report', 'reseller-sales', ...period, '--format', 'csv']);
    expect(noCard.status).toBe(2);
    expect(noCard.stderr).toContain(
      'A CSV file holds one table: name a card of totals, series, byOperator, byDenomination, top, bottom.',
    );

    const out = join(folder, 'reseller-sales.xlsx');
    const xlsx = cli(['report', 'reseller-sales', ...period, '--format', 'xlsx', '--out', out]);
    expect(xlsx.status, xlsx.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Totals',
      'Sales by day',
      'By operator',
      'By denomination',
      'Top resellers',
      'Bottom resellers',
    ]);
    const totals = workbook.getWorksheet('Totals');
    expect(totals?.getRow(1).values).toEqual([
      undefined,
      'Units',
      'Sales',
      'Face value',
      'Share of all sales',
      'Previous period sales',
      'Previous period face value',
      'Growth',
    ]);
    expect(totals?.getCell('B2').value).toBe(total.count);
    expect(totals?.getCell('C2').value).toBe(total.faceValueMinor);
    expect(totals?.getCell('C2').numFmt).toBe('#,##0');
    expect(totals?.getCell('D2').numFmt).toBe('0.0%');
    expect(totals?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const series = workbook.getWorksheet('Sales by day');
    expect(series?.getCell('A2').value).toBeInstanceOf(Date);
    let seriesSum = 0;
    series?.eachRow((row, number) => {
      if (number > 1) seriesSum += Number(row.getCell(4).value);
    });
    expect(seriesSum).toBe(total.faceValueMinor);
  }, 180_000);

  it('pay commission over whole months that agree with the sales reports, and export them', async () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'demo');
    const cli = (args: string[]) => runCli(['--data-dir', dataDir, ...args], key);
    const demo = cli(['demo', '--retailers', '12', '--operators', '1', '--history-days', '20']);
    expect(demo.status, demo.stderr).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const json = (args: string[]) => {
      const run = cli(['--json', 'report', ...args]);
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout).value;
    };
    // Payouts widen "today" to this whole month; the sales report over the same days must agree.
    const payouts = json(['payouts', '--from', today, '--to', today]);
    expect(payouts.months).toEqual([today.slice(0, 7)]);
    const month = json(['reseller-sales', '--from', payouts.period.from, '--to', payouts.period.to]);
    const [total] = payouts.totals;
    expect(total.salesMinor).toBe(month.totals[0]?.faceValueMinor ?? 0);
    expect(total.resellers).toBeGreaterThanOrEqual(month.resellersWithSales);
    type Row = {
      code: string;
      netPayableMinor: number;
      grossCommissionMinor: number;
      adjustmentsMinor: number;
    };
    const rows = payouts.rows as Row[];
    expect(rows.reduce((sum, row) => sum + row.netPayableMinor, 0)).toBe(total.netPayableMinor);
    for (const row of rows) expect(row.netPayableMinor).toBe(row.grossCommissionMinor + row.adjustmentsMinor);
    const earner = rows.find((row) => row.netPayableMinor > 0);
    expect(earner, 'the demo plans pay someone commission').toBeDefined();
    const detail = json(['payout', '--retailer', earner?.code ?? '', '--from', today, '--to', today]);
    expect(
      detail.lines.reduce(
        (sum: number, line: { commissionMinor: number; clawbackMinor: number }) =>
          sum + line.commissionMinor + line.clawbackMinor,
        0,
      ),
    ).toBe(earner?.netPayableMinor);

    const text = cli(['report', 'payouts', '--from', today, '--to', today]);
    expect(text.stdout).toContain(`Payouts for ${today.slice(0, 7)}`);
    const csv = cli([
      'report',
      'payouts',
      '--from',
      today,
      '--to',
      today,
      '--format',
      'csv',
      '--card',
      'resellers',
    ]);
    expect(csv.status, csv.stderr).toBe(0);
    const records = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(payouts.total);
    expect(records[0]?.['Net payable']).toBe(String(rows[0]?.netPayableMinor));
    const noReseller = cli(['report', 'payout', '--from', today, '--to', today]);
    expect(noReseller.status).toBe(2);
    expect(noReseller.stderr).toContain('Name the reseller: --retailer CODE.');
  }, 180_000);
});
