import type { DocumentLanguage } from '../../contract/documentLanguage';
import {
  currencyScaleMax,
  headerFooterText,
  isKnownTimeZone,
  SheetNames,
  safeFileNamePart,
  WallClock,
  workbookStyles,
} from './settlementWorkbookFormats';
import type { SettlementWorkbookInput, StatementSummary } from './settlementWorkbookInput';
import {
  operatorCostCheckMinor,
  operatorRollForwardMinor,
  writeOperatorLines,
  writeOperators,
} from './settlementWorkbookOperators';
import {
  periodRevision,
  rollForwardMinor,
  statementSheetsMax,
  writeAdjustments,
  writeCommission,
  writeCover,
  writeReconciliation,
  writeStatement,
  writeSummary,
  writeTransactions,
} from './settlementWorkbookSheets';
import type { SheetContext } from './settlementWorkbookTable';
import { settlementWorkbookText } from './settlementWorkbookText';
import { StreamingWorkbook } from './streamingWorkbook';

/**
 * The settlement workbook an accountant hands to a reseller (or keeps for every reseller of a
 * period): Cover, Summary, a Statement per reseller, Transactions, Adjustments, Commission,
 * Reconciliation, and (for the whole period) Operators and Operator lines. Amounts are numbers
 * in major units with the currency's decimals, dates are dates on the period's wall clock, totals and checks are live formulas with their exact results
 * cached, and the same input gives the same cells (the only clock is `input.generatedAt`).
 * Written with exceljs's streaming writer, so a million transactions need a few rows of memory.
 */

export interface SettlementWorkbookOptions {
  /** Where the workbook goes; written beside it first and moved in place when complete. */
  file: string;
  /** Data rows written so far (Summary, Transactions, Adjustments, Commission, Reconciliation). */
  onProgress?: (rowsWritten: number, total: number) => void;
  /** Cancels the export: the partial file is removed and the promise rejects (reason `cancelled`). */
  signal?: AbortSignal;
  /** The language of sheet names, headers and labels (English when left out); figures are the same. */
  language?: DocumentLanguage | undefined;
}

export interface SettlementWorkbookResult {
  /** Data rows written (as counted by `onProgress`). */
  rows: number;
  /** Size of the file. */
  bytes: number;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`settlement workbook: ${message}`);
}

function checkMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value))
    check(false, `${what} must be a whole number of minor units, got ${value}.`);
}

function checkInstant(iso: string, what: string): void {
  check(!Number.isNaN(Date.parse(iso)), `${what} is not an instant: ${JSON.stringify(iso)}.`);
}

function checkStatement(statement: StatementSummary): void {
  const name = `statement ${statement.statementId}`;
  check(
    Number.isSafeInteger(statement.version) && statement.version >= 1,
    `${name} has version ${statement.version}.`,
  );
  check(
    Number.isSafeInteger(statement.salesCount) && statement.salesCount >= 0,
    `${name} has a bad sales count.`,
  );
  for (const key of [
    'openingBalanceMinor',
    'allocationsMinor',
    'allocationReversalsMinor',
    'paymentsMinor',
    'adjustmentsMinor',
    'closingBalanceMinor',
    'salesMinor',
    'saleReversalsMinor',
    'commissionMinor',
    'netMinor',
  ] as const) {
    checkMinor(statement[key], `${name} ${key}`);
  }
  check(
    rollForwardMinor(statement) === 0,
    `${name} does not roll forward: opening + allocations − reversals − payments + adjustments − closing = ${rollForwardMinor(statement)}.`,
  );
  check(
    statement.netMinor === statement.closingBalanceMinor - statement.commissionMinor,
    `${name} has net ${statement.netMinor}, not closing − commission.`,
  );
  for (const approval of statement.approvals) checkInstant(approval.at, `an approval of ${name}`);
}

/**
 * Refuses an input the workbook would show wrongly, before any file is made. These are the
 * settlement core's promises (a failure is a bug there), so the messages name the broken fact.
 */
function checkInput(input: SettlementWorkbookInput): void {
  const { scale } = input.currency;
  check(
    Number.isInteger(scale) && scale >= 0 && scale <= currencyScaleMax,
    `currency scale ${scale} is not between 0 and ${currencyScaleMax}.`,
  );
  check(
    /^[A-Z0-9]{2,10}$/i.test(input.currency.code),
    `currency code ${JSON.stringify(input.currency.code)}.`,
  );
  check(
    isKnownTimeZone(input.period.timeZone),
    `unknown time zone ${JSON.stringify(input.period.timeZone)}.`,
  );
  checkInstant(input.period.startsAt, 'the period start');
  checkInstant(input.period.endsAt, 'the period end');
  checkInstant(input.generatedAt, 'generatedAt');
  check(
    Number.isSafeInteger(input.transactionCount) && input.transactionCount >= 0,
    `transactionCount ${input.transactionCount}.`,
  );
  const ids = new Set<string>();
  for (const statement of input.statements) {
    check(!ids.has(statement.statementId), `statement ${statement.statementId} appears twice.`);
    ids.add(statement.statementId);
    checkStatement(statement);
  }
  for (const [index, row] of input.adjustments.entries()) {
    checkMinor(row.amountMinor, `adjustment ${index + 1}`);
    checkInstant(row.at, `adjustment ${index + 1}`);
  }
  for (const [index, row] of input.commission.entries()) {
    for (const key of ['salesMinor', 'commissionMinor', 'clawbackMinor'] as const) {
      checkMinor(row[key], `commission row ${index + 1} ${key}`);
    }
    if (row.slabFromMinor !== null)
      checkMinor(row.slabFromMinor, `commission row ${index + 1} slabFromMinor`);
    check(Number.isSafeInteger(row.basisPoints), `commission row ${index + 1} basisPoints.`);
  }
  for (const row of input.operators ?? []) {
    const name = `operator statement ${row.statementId}`;
    for (const [key, value] of Object.entries(row)) {
      if (key.endsWith('Minor')) checkMinor(value as number, `${name} ${key}`);
    }
    check(operatorCostCheckMinor(row) === 0, `${name}: face − discount − paid − on credit is not 0.`);
    check(operatorRollForwardMinor(row) === 0, `${name} does not roll forward.`);
  }
  for (const [index, row] of (input.operatorLines ?? []).entries()) {
    for (const key of ['faceValueMinor', 'discountMinor', 'costMinor', 'payableMinor'] as const) {
      checkMinor(row[key], `operator line ${index + 1} ${key}`);
    }
    checkInstant(row.at, `operator line ${index + 1}`);
  }
  for (const [index, row] of input.reconciliation.entries()) {
    checkMinor(row.ledgerMinor, `reconciliation row ${index + 1} ledgerMinor`);
    checkMinor(row.operatorMinor, `reconciliation row ${index + 1} operatorMinor`);
    check(
      /^\d{4}-\d{2}-\d{2}$/.test(row.day),
      `reconciliation row ${index + 1} day ${JSON.stringify(row.day)}.`,
    );
  }
}

/**
 * `Settlement_<reseller>_<period>_<statement>-v<version>.xlsx` for one reseller's statement;
 * `Settlement_ALL_<period>_<period>-v<revision>.xlsx` for every reseller of the period, where the
 * revision rises by one with each corrected statement. Only letters, digits, `.` and `-` inside
 * the parts, so the name is safe on every system.
 */
export function settlementWorkbookFileName(
  input: Pick<SettlementWorkbookInput, 'period' | 'statements' | 'branch'>,
): string {
  const period = safeFileNamePart(input.period.id);
  // A branch's workbook is named for the branch, however many statements it holds.
  const single =
    input.statements.length === 1 && input.branch === undefined ? input.statements[0] : undefined;
  if (single !== undefined) {
    return `Settlement_${safeFileNamePart(single.reseller.code)}_${period}_${safeFileNamePart(single.statementId)}-v${single.version}.xlsx`;
  }
  const scope = input.branch === undefined ? 'ALL' : safeFileNamePart(input.branch);
  return `Settlement_${scope}_${period}_${period}-v${periodRevision(input.statements)}.xlsx`;
}

/** Writes the settlement workbook of `input` to `options.file`. */
export async function writeSettlementWorkbook(
  input: SettlementWorkbookInput,
  options: SettlementWorkbookOptions,
): Promise<SettlementWorkbookResult> {
  checkInput(input);
  const rowsExpected =
    input.statements.length +
    input.transactionCount +
    input.adjustments.length +
    input.commission.length +
    input.reconciliation.length +
    (input.operators?.length ?? 0) +
    (input.operatorLines?.length ?? 0);
  const text = settlementWorkbookText(options.language);
  const book = await StreamingWorkbook.create({
    file: options.file,
    title: text.bookTitle(input.period.label),
    printFooter: text.printFooter,
    createdAt: new Date(Date.parse(input.generatedAt)),
    rowsExpected,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  // The total is known before the first row: say so, so a progress bar can show it at once.
  book.report(true);
  try {
    const context: SheetContext = {
      input,
      book,
      names: new SheetNames(),
      styles: workbookStyles(input.currency.scale),
      clock: new WallClock(input.period.timeZone),
      printHeader: headerFooterText(text.printHeader(input.distributorName, input.period.label)),
      unit: ` (${input.currency.code})`,
      text,
    };
    await writeCover(context);
    await writeSummary(context);
    if (input.statements.length <= statementSheetsMax) {
      for (const statement of input.statements) await writeStatement(context, statement);
    }
    await writeTransactions(context);
    await writeAdjustments(context);
    await writeCommission(context);
    await writeReconciliation(context);
    await writeOperators(context);
    await writeOperatorLines(context);
    const { bytes } = await book.finish();
    return { rows: book.rowsWritten, bytes };
  } catch (error) {
    await book.discard();
    throw error;
  }
}
