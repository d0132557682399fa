import type Database from 'better-sqlite3';
import type {
  AcquiredCohort,
  AcquiredCustomersReport,
  AcquiredLine,
  CustomerFigures,
} from '../../contract/customerReportSchemas';
import { acquiredCustomersReport, prepareCustomerLines } from './acquiredCustomers';
import { acquiredCohorts, acquiredLines } from './acquiredCustomersDrillDown';
import type { ReportScope } from './reportScope';
import type { ReportColumn, ReportTable } from './reportTable';

const scaleOf = (rows: Array<{ scale: number }>) => rows[0]?.scale ?? 0;

function figureColumns(scale: number): ReportColumn[] {
  return [
    { header: 'Units', kind: 'text' },
    { header: 'Lines acquired', kind: 'count' },
    { header: 'Top-ups since', kind: 'count' },
    { header: 'Topped up', kind: 'money', scale },
    { header: 'Reversals', kind: 'count' },
    { header: 'Reversed', kind: 'money', scale },
    { header: 'Lifetime value', kind: 'money', scale },
    { header: 'Active last 30 days', kind: 'count' },
    { header: 'Active last 90 days', kind: 'count' },
  ];
}

function figureCells(figure: CustomerFigures): Array<string | number> {
  return [
    figure.units,
    figure.lines,
    figure.topupsCount,
    figure.topupsMinor,
    figure.reversalsCount,
    figure.reversalsMinor,
    figure.lifetimeValueMinor,
    figure.active30,
    figure.active90,
  ];
}

/** Every reseller's cohort (reseller × month of acquisition) as one table. */
export function acquiredCohortsTable(title: string, rows: AcquiredCohort[]): ReportTable {
  return {
    title,
    columns: [
      { header: 'Reseller code', kind: 'text' },
      { header: 'Name', kind: 'text' },
      { header: 'Region', kind: 'text' },
      { header: 'Acquired in', kind: 'text' },
      ...figureColumns(scaleOf(rows)),
    ],
    rows: rows.map((row) => [row.code, row.name, row.region, row.month, ...figureCells(row)]),
  };
}

/** The customers-acquired report's cards, each a table (its key is the card's name). */
export function acquiredCustomersTables(
  report: AcquiredCustomersReport,
  everyCohort: AcquiredCohort[],
): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  return {
    totals: {
      title: 'Customers acquired',
      columns: [
        ...figureColumns(scale),
        { header: 'Lines acquired without a reseller', kind: 'count' },
        { header: 'New lines', kind: 'count' },
        { header: 'Share acquired by resellers', kind: 'percent' },
      ],
      rows: report.totals.map((total) => [
        ...figureCells(total),
        total.directLines,
        total.newLines,
        total.newLines === 0 ? null : total.lines / total.newLines,
      ]),
    },
    cohorts: {
      title: 'By month of acquisition',
      columns: [{ header: 'Month', kind: 'text' }, ...figureColumns(scale)],
      rows: report.cohorts.map((cohort) => [cohort.month, ...figureCells(cohort)]),
    },
    top: acquiredCohortsTable(
      'Top resellers',
      report.top.map((figure) => ({ ...figure, month: `${report.period.from} to ${report.period.to}` })),
    ),
    resellers: acquiredCohortsTable('Cohorts by reseller', everyCohort),
  };
}

/** Lines, masked: only their last four digits are ever exported. */
export function acquiredLinesTable(title: string, rows: AcquiredLine[]): ReportTable {
  const scale = scaleOf(rows);
  return {
    title,
    columns: [
      { header: 'Line', kind: 'text' },
      { header: 'Operator', kind: 'text' },
      { header: 'Acquired by', kind: 'text' },
      { header: 'First top-up at', kind: 'instant' },
      { header: 'First top-up (operator reference)', kind: 'text' },
      { header: 'Journal entry', kind: 'text' },
      { header: 'Units', kind: 'text' },
      { header: 'Top-ups since', kind: 'count' },
      { header: 'Topped up', kind: 'money', scale },
      { header: 'Reversed', kind: 'money', scale },
      { header: 'Lifetime value', kind: 'money', scale },
      { header: 'Last top-up at', kind: 'instant' },
      { header: 'Active last 30 days', kind: 'text' },
      { header: 'Active last 90 days', kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.msisdnMasked,
      row.operatorId,
      row.retailerCode ?? 'no reseller',
      row.acquiredAt,
      row.acquisitionSaleId,
      row.acquisitionEntryId,
      row.units,
      row.topupsCount,
      row.topupsMinor,
      row.reversalsMinor,
      row.lifetimeValueMinor,
      row.lastTopupAt,
      row.active30 ? 'yes' : 'no',
      row.active90 ? 'yes' : 'no',
    ]),
  };
}

/** The tables of `acquired-customers` (the card and every cohort) or `acquired-lines` (one drill-down). */
export function acquiredCustomerExportTables(
  sqlite: Database.Database,
  scope: ReportScope,
  request: {
    report: 'acquired-customers' | 'acquired-lines';
    kind?: 'reseller' | 'direct' | undefined;
    retailerCode?: string | undefined;
  },
  nowMs: number,
  rowsMax: number,
): Record<string, ReportTable> {
  const clock = () => nowMs;
  if (request.report === 'acquired-customers') {
    const report = acquiredCustomersReport(sqlite, scope, clock);
    const cohorts = acquiredCohorts(sqlite, scope, prepareCustomerLines(sqlite, clock), {
      sort: 'lines',
      direction: 'desc',
      offset: 0,
      limit: rowsMax,
    });
    return acquiredCustomersTables(report, cohorts.rows);
  }
  const kind = request.kind ?? 'reseller';
  const lines = acquiredLines(sqlite, scope, prepareCustomerLines(sqlite, clock), {
    kind,
    retailerCode: request.retailerCode,
    sort: 'acquired',
    direction: 'desc',
    offset: 0,
    limit: rowsMax,
  });
  return {
    lines: acquiredLinesTable(
      kind === 'direct' ? 'Lines acquired without reseller' : `Customers of ${request.retailerCode}`,
      lines.rows,
    ),
  };
}
