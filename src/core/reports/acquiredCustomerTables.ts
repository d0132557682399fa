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
import type { ReportText } from './reportText';

const scaleOf = (rows: Array<{ scale: number }>) => rows[0]?.scale ?? 0;

function figureColumns(text: ReportText, scale: number): ReportColumn[] {
  const h = text.headers;
  return [
    { header: h.units, kind: 'text' },
    { header: h.linesAcquired, kind: 'count' },
    { header: h.topupsSince, kind: 'count' },
    { header: h.toppedUp, kind: 'money', scale },
    { header: h.reversals, kind: 'count' },
    { header: h.reversed, kind: 'money', scale },
    { header: h.lifetimeValue, kind: 'money', scale },
    { header: h.active30, kind: 'count' },
    { header: h.active90, kind: 'count' },
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
export function acquiredCohortsTable(text: ReportText, title: string, rows: AcquiredCohort[]): ReportTable {
  const h = text.headers;
  return {
    title,
    columns: [
      { header: h.resellerCode, kind: 'text' },
      { header: h.name, kind: 'text' },
      { header: h.region, kind: 'text' },
      { header: h.acquiredIn, kind: 'text' },
      ...figureColumns(text, scaleOf(rows)),
    ],
    rows: rows.map((row) => [row.code, row.name, row.region, row.month, ...figureCells(row)]),
  };
}

/** The customers-acquired report's cards, each a table (its key is the card's name). */
export function acquiredCustomersTables(
  report: AcquiredCustomersReport,
  everyCohort: AcquiredCohort[],
  text: ReportText,
): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  const h = text.headers;
  return {
    totals: {
      title: text.titles.customersAcquired,
      columns: [
        ...figureColumns(text, scale),
        { header: h.linesWithoutReseller, kind: 'count' },
        { header: h.newLines, kind: 'count' },
        { header: h.shareByResellers, kind: 'percent' },
      ],
      rows: report.totals.map((total) => [
        ...figureCells(total),
        total.directLines,
        total.newLines,
        total.newLines === 0 ? null : total.lines / total.newLines,
      ]),
    },
    cohorts: {
      title: text.titles.byMonthOfAcquisition,
      columns: [{ header: h.month, kind: 'text' }, ...figureColumns(text, scale)],
      rows: report.cohorts.map((cohort) => [cohort.month, ...figureCells(cohort)]),
    },
    top: acquiredCohortsTable(
      text,
      text.titles.topResellers,
      report.top.map((figure) => ({
        ...figure,
        month: text.periodRange(report.period.from, report.period.to),
      })),
    ),
    resellers: acquiredCohortsTable(text, text.titles.cohortsByReseller, everyCohort),
  };
}

/** Lines, masked: only their last four digits are ever exported. */
export function acquiredLinesTable(text: ReportText, title: string, rows: AcquiredLine[]): ReportTable {
  const scale = scaleOf(rows);
  const h = text.headers;
  return {
    title,
    columns: [
      { header: h.line, kind: 'text' },
      { header: h.operator, kind: 'text' },
      { header: h.acquiredBy, kind: 'text' },
      { header: h.firstTopupAt, kind: 'instant' },
      { header: h.firstTopupReference, kind: 'text' },
      { header: h.journalEntry, kind: 'text' },
      { header: h.units, kind: 'text' },
      { header: h.topupsSince, kind: 'count' },
      { header: h.toppedUp, kind: 'money', scale },
      { header: h.reversed, kind: 'money', scale },
      { header: h.lifetimeValue, kind: 'money', scale },
      { header: h.lastTopupAt, kind: 'instant' },
      { header: h.active30, kind: 'text' },
      { header: h.active90, kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.msisdnMasked,
      row.operatorId,
      row.retailerCode ?? text.noReseller,
      row.acquiredAt,
      row.acquisitionSaleId,
      row.acquisitionEntryId,
      row.units,
      row.topupsCount,
      row.topupsMinor,
      row.reversalsMinor,
      row.lifetimeValueMinor,
      row.lastTopupAt,
      row.active30 ? text.yes : text.no,
      row.active90 ? text.yes : text.no,
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
  text: ReportText,
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
    return acquiredCustomersTables(report, cohorts.rows, text);
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
      text,
      kind === 'direct'
        ? text.titles.linesWithoutReseller
        : text.titles.customersOf(String(request.retailerCode)),
      lines.rows,
    ),
  };
}
