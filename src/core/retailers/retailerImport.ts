import type Database from 'better-sqlite3';
import {
  AddRetailerInput,
  type RetailerImportPreview,
  type RetailerImportResult,
  retailerLimits,
} from '../../contract/retailerSchemas';
import { AppError } from '../appError';
import { readTabularFile, type TabularFile } from '../imports/tabularFile';
import { parseDecimalAmount } from '../money/decimalAmount';
import type { RetailerLookups } from './retailerChecks';
import { newRetailerIssues } from './retailerChecks';
import { nextGeneratedCodes } from './retailerCodes';
import type { RetailerActor, RetailerRegistry } from './retailerRegistry';

/** The columns an import understands, each with the other names spreadsheets give it. */
const columnAliases: Record<Exclude<keyof AddRetailerInput, 'replenishment'>, readonly string[]> = {
  code: ['code', 'reseller_code', 'retailer_code'],
  name: ['name', 'retailer_name', 'business_name', 'nom'],
  level: ['level', 'type'],
  parentCode: ['parent_code', 'parent'],
  contactName: ['contact_name', 'contact'],
  phone: ['phone', 'telephone'],
  email: ['email', 'e_mail'],
  region: ['region'],
  walletMsisdn: ['wallet_msisdn', 'msisdn', 'wallet'],
  operatorPartyId: ['operator_party_id', 'party_id'],
  terms: ['terms'],
  creditLimitMinor: ['credit_limit'],
  dailyAllocationLimitMinor: ['daily_allocation_limit', 'daily_limit'],
  commissionPlanCode: ['commission_plan_code', 'commission_plan'],
  lowStockThresholdMinor: ['low_stock_threshold', 'low_stock'],
};
// Limits in money take the workspace currency; the low-stock threshold counts airtime, which the
// demo and most operators count in the same currency and scale.
const amountFields = new Set<keyof AddRetailerInput>([
  'creditLimitMinor',
  'dailyAllocationLimitMinor',
  'lowStockThresholdMinor',
]);

interface RowPlan {
  rowNumber: number;
  code: string | null;
  fields: AddRetailerInput | null;
  raw: Record<string, string>;
  issues: Array<{ field: string; message: string }>;
}

function levelText(text: string): string {
  const key = text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (key === 'subdistributor' || key === 'sub_distributor' || key === 'sous_distributeur')
    return 'sub_distributor';
  if (key === 'retailer' || key === 'detaillant') return 'retailer';
  return text;
}

/** The file column a field was read from, for messages that point at the spreadsheet. */
function columnFor(field: string, table: TabularFile): string {
  const aliases = columnAliases[field as keyof typeof columnAliases];
  return aliases?.find((alias) => table.columns.includes(alias)) ?? aliases?.[0] ?? field;
}

/**
 * Checks every row of a retailer file against the workspace and against the rows above it
 * (a parent may be onboarded a few rows earlier), without writing anything.
 */
function planRows(
  table: TabularFile,
  sqlite: Database.Database,
  registry: RetailerRegistry,
  scale: number,
): RowPlan[] {
  const database = registry.lookups();
  const fileRetailers = new Map<string, { code: string; level: string; status: string; ancestry: string }>();
  const fileParties = new Map<string, string>();
  const fileMsisdns = new Map<string, string>();
  const lookups: RetailerLookups = {
    retailer: (code) => fileRetailers.get(code) ?? database.retailer(code),
    partyHolder: (party) => fileParties.get(party) ?? database.partyHolder(party),
    msisdnHolder: (msisdn) => fileMsisdns.get(msisdn) ?? database.msisdnHolder(msisdn),
    planExists: (plan) => database.planExists(plan),
  };
  const typedCodes = new Set(
    table.rows.map((row) => (row.cells[columnFor('code', table)] ?? '').toUpperCase()).filter(Boolean),
  );
  const generated = nextGeneratedCodes(
    sqlite,
    table.rows.filter((row) => (row.cells[columnFor('code', table)] ?? '') === '').length,
    typedCodes,
  );

  return table.rows.map((row): RowPlan => {
    const raw: Record<string, unknown> = {};
    const issues: RowPlan['issues'] = [];
    for (const [field, aliases] of Object.entries(columnAliases)) {
      const column = aliases.find((alias) => alias in row.cells);
      const text = column === undefined ? '' : (row.cells[column] ?? '');
      if (text === '') continue;
      if (amountFields.has(field as keyof AddRetailerInput)) {
        const amount = parseDecimalAmount(text, scale);
        if (amount.ok) raw[field] = amount.minor;
        else issues.push({ field: column ?? field, message: amount.message });
      } else if (field === 'level') raw[field] = levelText(text);
      else if (field === 'terms') raw[field] = text.toLowerCase();
      else raw[field] = text;
    }
    const parsed = AddRetailerInput.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ field: columnFor(String(issue.path[0] ?? 'row'), table), message: issue.message });
      }
    }
    const fields = parsed.success ? parsed.data : null;
    const code = fields?.code ?? (typeof raw.code === 'string' ? null : (generated.shift() ?? null));
    // Rules are checked once the row reads well: a misread amount would only echo as a rule.
    if (fields !== null && code !== null && issues.length === 0) {
      for (const issue of newRetailerIssues(code, fields, lookups)) {
        issues.push({ field: columnFor(issue.field, table), message: issue.message });
      }
      if (issues.length === 0) {
        const parent = fields.parentCode ? lookups.retailer(fields.parentCode) : undefined;
        fileRetailers.set(code, {
          code,
          level: fields.level,
          status: 'active',
          ancestry: parent === undefined ? '/' : `${parent.ancestry}${parent.code}/`,
        });
        fileParties.set(fields.operatorPartyId ?? code, code);
        if (fields.walletMsisdn) fileMsisdns.set(fields.walletMsisdn, code);
      }
    }
    return {
      rowNumber: row.rowNumber,
      code,
      fields,
      raw: Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, String(value)])),
      issues,
    };
  });
}

const knownColumns = new Set(Object.values(columnAliases).flat());

async function readRetailerFile(fileName: string, contentBase64: string) {
  return readTabularFile(fileName, Buffer.from(contentBase64, 'base64'), {
    bytesMax: retailerLimits.importFileBytesMax,
    rowsMax: retailerLimits.importRowsMax,
  });
}

/** What importing the file would do, row by row; nothing is written. */
export async function previewRetailerImport(
  sqlite: Database.Database,
  registry: RetailerRegistry,
  scale: number,
  input: { fileName: string; contentBase64: string },
): Promise<RetailerImportPreview> {
  const read = await readRetailerFile(input.fileName, input.contentBase64);
  const empty = {
    fileName: input.fileName,
    columns: [],
    unknownColumns: [],
    rows: [],
    rowCount: 0,
    validCount: 0,
    invalidCount: 0,
    totalCreditLimitMinor: 0,
  };
  if (!read.ok) return { ...empty, fileError: read.message };
  const { table } = read;
  if (!table.columns.some((column) => columnAliases.name.includes(column))) {
    return {
      ...empty,
      columns: table.columns,
      fileError: 'The file has no name column (the header must name at least: name).',
    };
  }
  const plans = planRows(table, sqlite, registry, scale);
  const valid = plans.filter((plan) => plan.issues.length === 0);
  return {
    fileName: input.fileName,
    columns: table.columns,
    unknownColumns: table.columns.filter((column) => !knownColumns.has(column)),
    rows: plans.map((plan) => ({
      rowNumber: plan.rowNumber,
      code: plan.code,
      name: plan.fields?.name ?? plan.raw.name ?? null,
      parentCode: plan.fields?.parentCode ?? null,
      level: plan.fields?.level ?? plan.raw.level ?? null,
      terms: plan.fields?.terms ?? plan.raw.terms ?? null,
      creditLimitMinor: plan.fields?.creditLimitMinor ?? null,
      issues: plan.issues,
    })),
    rowCount: plans.length,
    validCount: valid.length,
    invalidCount: plans.length - valid.length,
    totalCreditLimitMinor: valid.reduce((sum, plan) => sum + (plan.fields?.creditLimitMinor ?? 0), 0),
    fileError: plans.length === 0 ? 'The file has a header but no rows.' : null,
  };
}

/**
 * Imports the file: every row or none. Any row with a problem refuses the whole file with each
 * problem named by row and column, and nothing is written.
 */
export async function applyRetailerImport(
  sqlite: Database.Database,
  registry: RetailerRegistry,
  scale: number,
  input: { fileName: string; contentBase64: string },
  actor: RetailerActor,
): Promise<RetailerImportResult> {
  const read = await readRetailerFile(input.fileName, input.contentBase64);
  if (!read.ok) throw new AppError('bad_input', read.message, { reason: 'unreadable_file' });
  const plans = planRows(read.table, sqlite, registry, scale);
  if (plans.length === 0)
    throw new AppError('bad_input', 'The file has no rows to import.', { reason: 'empty_file' });
  const invalid = plans.filter((plan) => plan.issues.length > 0);
  if (invalid.length > 0) {
    const issues = invalid.flatMap((plan) =>
      plan.issues.map((issue) => ({ path: `row ${plan.rowNumber} ${issue.field}`, message: issue.message })),
    );
    const first = issues[0];
    throw new AppError(
      'bad_input',
      `Nothing was imported: ${invalid.length} of ${plans.length} rows have problems. First: ${first?.path} ${first?.message}.`,
      { reason: 'invalid_rows', issues },
    );
  }
  const codes = registry.addChecked(
    plans.map((plan) => ({ code: plan.code as string, fields: plan.fields as AddRetailerInput })),
    actor,
  );
  return { imported: codes.length, codes };
}
