import type Database from 'better-sqlite3';
import type { DocumentLanguage } from '../../contract/documentLanguage';
import type { ReportFile, reportNames } from '../../contract/reportSchemas';
import { AppError } from '../appError';
import type { LedgerReader } from '../ledger/ledgerReader';
import { acquiredCustomerExportTables } from './acquiredCustomerTables';
import { directSalesReport } from './directSales';
import { exceptionsReport } from './exceptions';
import { floatMovementReport } from './floatMovement';
import { type PayoutPlans, payoutDetail, payoutsReport } from './payouts';
import { commissionLinesTable, payoutRowsTable, payoutTables } from './payoutTables';
import type { ReportScope } from './reportScope';
import type { ReportTable } from './reportTable';
import {
  directSalesTables,
  exceptionsTables,
  floatMovementTables,
  resellerSalesTables,
  resellerTable,
  salesRowsTable,
} from './reportTables';
import { type ReportText, reportText } from './reportText';
import { resellerSalesReport } from './resellerSales';
import { resellerBreakdown, salesRows } from './salesDrillDown';
import { tableCsv, tablesWorkbook } from './tableExport';

/** Rows an export of a drill-down writes at most. */
const exportRowsMax = 200_000;

export interface ExportRequest {
  report: (typeof reportNames)[number];
  card?: string | undefined;
  format: 'csv' | 'xlsx';
  kind?: 'reseller' | 'direct' | undefined;
  retailerCode?: string | undefined;
  /** The language of sheet names and headers (English when left out); the figures are the same. */
  language?: DocumentLanguage | undefined;
}

/** What the payouts need beyond the database: the ledger's stock figures and the commission plans. */
export interface ExportSources {
  ledger: LedgerReader;
  plans: PayoutPlans;
}

function tablesOf(
  sqlite: Database.Database,
  scope: ReportScope,
  request: ExportRequest,
  nowMs: number,
  sources: ExportSources,
  text: ReportText,
): Record<string, ReportTable> {
  switch (request.report) {
    case 'payouts':
      return payoutTables(
        payoutsReport(
          sqlite,
          sources.ledger,
          sources.plans,
          scope,
          { sort: 'net_payable', direction: 'desc', offset: 0, limit: exportRowsMax },
          nowMs,
        ),
        text,
      );
    case 'payout': {
      const party = partyOf(sqlite, request.retailerCode);
      const detail = payoutDetail(sqlite, sources.ledger, sources.plans, scope, party, nowMs);
      return {
        payout: payoutRowsTable(text, text.titles.payoutOf(String(request.retailerCode)), detail.rows),
        commission: commissionLinesTable(detail, text),
      };
    }
    case 'acquired-customers':
    case 'acquired-lines':
      return acquiredCustomerExportTables(
        sqlite,
        scope,
        { ...request, report: request.report },
        nowMs,
        exportRowsMax,
        text,
      );
    case 'reseller-sales':
      return resellerSalesTables(resellerSalesReport(sqlite, scope), text);
    case 'direct-sales':
      return directSalesTables(directSalesReport(sqlite, scope), text);
    case 'float-movement':
      return floatMovementTables(floatMovementReport(sqlite, scope), text);
    case 'exceptions':
      return exceptionsTables(exceptionsReport(sqlite, scope, nowMs), text);
    case 'resellers':
      return {
        resellers: resellerTable(
          text,
          text.titles.resellers,
          resellerBreakdown(sqlite, scope, {
            sort: 'value',
            direction: 'desc',
            offset: 0,
            limit: exportRowsMax,
          }).rows,
        ),
      };
    case 'sales': {
      const kind = request.kind ?? 'reseller';
      const { rows } = salesRows(sqlite, scope, {
        kind,
        retailerCode: request.retailerCode,
        offset: 0,
        limit: exportRowsMax,
      });
      return {
        sales: salesRowsTable(
          text,
          kind === 'direct'
            ? text.titles.nonResellerSales
            : text.titles.salesOf(String(request.retailerCode)),
          rows,
        ),
      };
    }
  }
}

/** The party id of a reseller named by code, or a clear refusal. */
export function partyOf(sqlite: Database.Database, retailerCode: string | undefined): string {
  const party =
    retailerCode === undefined
      ? undefined
      : (sqlite.prepare('SELECT operator_party_id FROM retailers WHERE code = ?').pluck().get(retailerCode) as
          | string
          | undefined);
  if (party === undefined) {
    throw new AppError(
      retailerCode === undefined ? 'bad_input' : 'not_found',
      retailerCode === undefined
        ? 'Name the reseller whose payout to export.'
        : `No reseller ${retailerCode} exists in this workspace.`,
      {
        issues: [
          {
            path: 'retailerCode',
            message: retailerCode === undefined ? 'is required' : `names an unknown reseller ${retailerCode}`,
          },
        ],
      },
    );
  }
  return party;
}

/**
 * A report, or one of its cards, as a file: CSV (one table) or a workbook (a sheet per card).
 * The name carries the report and the period, so downloads of other periods do not collide.
 */
export async function exportReport(
  sqlite: Database.Database,
  scope: ReportScope,
  request: ExportRequest,
  nowMs: number,
  sources: ExportSources,
): Promise<ReportFile> {
  const text = reportText(request.language);
  const all = tablesOf(sqlite, scope, request, nowMs, sources, text);
  let tables: ReportTable[];
  if (request.card === undefined) {
    tables = Object.values(all);
  } else {
    const table = all[request.card];
    if (table === undefined) {
      throw new AppError(
        'bad_input',
        `The ${request.report} report has no card ${request.card}; it has ${Object.keys(all).join(', ')}.`,
        {
          issues: [{ path: 'card', message: `must be one of ${Object.keys(all).join(', ')}` }],
        },
      );
    }
    tables = [table];
  }
  if (request.format === 'csv' && tables.length !== 1) {
    throw new AppError(
      'bad_input',
      `A CSV file holds one table: name a card of ${Object.keys(all).join(', ')}.`,
      {
        issues: [{ path: 'card', message: 'is required for CSV' }],
      },
    );
  }
  const name = `${request.report}${request.card === undefined ? '' : `-${request.card}`}_${scope.from}_${scope.to}`;
  const rows = tables.reduce((sum, table) => sum + table.rows.length, 0);
  if (request.format === 'csv') {
    return {
      fileName: `${name}.csv`,
      mediaType: 'text/csv',
      contentBase64: Buffer.from(tableCsv(tables[0] as ReportTable), 'utf8').toString('base64'),
      rows,
    };
  }
  const workbook = await tablesWorkbook(tables, {
    title: text.bookTitle(request.report, scope.from, scope.to),
    createdAt: new Date(nowMs),
  });
  return {
    fileName: `${name}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: workbook.toString('base64'),
    rows,
  };
}
