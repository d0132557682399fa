import type { CellValue } from 'exceljs';
import { basisPointsFraction, dayDate, majorNumber } from './settlementWorkbookFormats';
import type {
  AdjustmentRow,
  CommissionRow,
  ReconciliationRow,
  StatementSummary,
  TransactionRow,
} from './settlementWorkbookInput';
import { addMinor, type SheetContext, type TableColumn, writeTable } from './settlementWorkbookTable';
import { excelRowsMax, type StreamingSheet } from './streamingWorkbook';

/**
 * The sheets of a settlement workbook, in the order they appear: Cover, Summary, one Statement per
 * reseller, Transactions, Adjustments, Commission, Reconciliation.
 */

/** Past this many resellers the per-reseller statement sheets are left out (Summary has them all). */
export const statementSheetsMax = 250;

/** opening + allocations − reversals − payments + adjustments − closing: 0 when it rolls forward. */
export function rollForwardMinor(statement: StatementSummary): number {
  return (
    statement.openingBalanceMinor +
    statement.allocationsMinor -
    statement.allocationReversalsMinor -
    statement.paymentsMinor +
    statement.adjustmentsMinor -
    statement.closingBalanceMinor
  );
}

/**
 * The statement's revision within its period for an export of every reseller: each correction
 * raises one statement's version by one, so this rises by one with every correction too.
 */
export function periodRevision(statements: readonly StatementSummary[]): number {
  return 1 + statements.reduce((sum, statement) => sum + statement.version - 1, 0);
}

function instant(context: SheetContext, iso: string): Date {
  return context.clock.date(Date.parse(iso));
}

function keyValueSheet(context: SheetContext, title: string, widths: number[]): StreamingSheet {
  return context.book.addSheet(context.names.claim(title), {
    columns: widths.map((width) => ({ width })),
    headerRow: false,
    printHeader: context.printHeader,
  });
}

export async function writeCover(context: SheetContext): Promise<void> {
  const { input, styles, text } = context;
  const words = text.cover;
  const sheet = keyValueSheet(context, text.sheets.cover, [26, 44, 12, 12, 22, 22, 40]);
  const line = (label: string, value: CellValue, style = styles.plain) =>
    sheet.row([label, value], [styles.bold, style]);
  const single = input.statements.length === 1 ? (input.statements[0] as StatementSummary) : null;

  sheet.row([words.title(input.period.label)], [styles.title]);
  sheet.gap();
  line(words.distributor, input.distributorName);
  line(words.period, input.period.label);
  line(words.periodId, input.period.id);
  line(words.from, instant(context, input.period.startsAt), styles.instant);
  line(words.until, instant(context, input.period.endsAt), styles.instant);
  line(words.timeZone, input.period.timeZone);
  line(words.currency, input.currency.code);
  if (single !== null) {
    line(words.reseller, `${single.reseller.code} — ${single.reseller.name}`);
    line(words.statement, single.statementId);
    line(words.version, single.version, styles.count);
    line(words.state, text.states[single.state]);
    line(words.correctionReason, single.correctionReason ?? text.none);
  } else {
    line(words.resellers, input.statements.length, styles.count);
    // The Summary sheet is written next, under exactly this name (the cover claims its name first).
    line(words.statements, words.allResellers(text.sheets.summary));
    line(words.periodRevision, periodRevision(input.statements), styles.count);
    const states = (Object.keys(text.states) as StatementSummary['state'][])
      .map(
        (state) => [state, input.statements.filter((statement) => statement.state === state).length] as const,
      )
      .filter(([, count]) => count > 0)
      .map(([state, count]) => text.stateCount(count, text.states[state]));
    line(words.states, states.length === 0 ? text.none : states.join(', '));
  }
  line(words.generatedAt, instant(context, input.generatedAt), styles.instant);
  sheet.gap();
  line(words.amounts, words.amountsNote(input.currency.code));
  line(words.rollForwardCheck, words.rollForwardNote);
  if (input.statements.length > statementSheetsMax) {
    line(words.statementSheets, words.statementSheetsNote(statementSheetsMax));
  }
  sheet.gap();
  sheet.row([words.approvals], [styles.bold]);
  const h = text.headers;
  const headers = [h.reseller, h.statement, h.version, h.state, h.step, h.by, h.at, h.note];
  sheet.row(
    headers,
    headers.map(() => styles.header),
  );
  const approvalStyles = [
    styles.plain,
    styles.plain,
    styles.count,
    styles.plain,
    styles.plain,
    styles.plain,
    styles.instant,
    styles.plain,
  ];
  let approvalRows = 0;
  for (const statement of input.statements) {
    for (const approval of statement.approvals) {
      approvalRows += 1;
      if (approvalRows % 1_024 === 0) await context.book.pace(sheet);
      sheet.row(
        [
          statement.reseller.code,
          statement.statementId,
          statement.version,
          text.states[statement.state],
          text.steps[approval.step],
          approval.by,
          instant(context, approval.at),
          approval.note,
        ],
        approvalStyles,
      );
    }
  }
  sheet.finish();
  await context.book.between();
}

export async function writeSummary(context: SheetContext): Promise<void> {
  const { styles, unit, input, text } = context;
  const h = text.headers;
  const scale = input.currency.scale;
  const money = (
    header: string,
    minor: (row: StatementSummary) => number,
  ): TableColumn<StatementSummary> => ({
    header: `${header}${unit}`,
    width: 18,
    style: styles.money,
    minor,
    total: true,
  });
  // Columns G..L carry the roll-forward; the check column reads them.
  const check = (row: number) => `ROUND(G${row}+H${row}-I${row}-J${row}+K${row}-L${row},${scale})`;
  const columns: TableColumn<StatementSummary>[] = [
    { header: h.reseller, width: 12, style: styles.plain, cell: (s) => s.reseller.code },
    { header: h.name, width: 28, style: styles.plain, cell: (s) => s.reseller.name },
    { header: h.region, width: 16, style: styles.plain, cell: (s) => s.reseller.region },
    { header: h.statement, width: 26, style: styles.plain, cell: (s) => s.statementId },
    { header: h.version, width: 10, style: styles.count, count: (s) => s.version },
    { header: h.state, width: 12, style: styles.plain, cell: (s) => text.states[s.state] },
    money(h.openingBalance, (s) => s.openingBalanceMinor),
    money(h.allocations, (s) => s.allocationsMinor),
    money(h.allocationReversals, (s) => s.allocationReversalsMinor),
    money(h.payments, (s) => s.paymentsMinor),
    money(h.adjustments, (s) => s.adjustmentsMinor),
    money(h.closingBalance, (s) => s.closingBalanceMinor),
    money(h.commission, (s) => s.commissionMinor),
    money(h.net, (s) => s.netMinor),
    {
      header: h.rollForwardCheck,
      width: 18,
      style: styles.money,
      formula: { text: check, minor: rollForwardMinor },
      total: true,
    },
    { header: h.sales, width: 10, style: styles.count, count: (s) => s.salesCount, total: true },
    money(h.salesValue, (s) => s.salesMinor),
    money(h.saleReversals, (s) => s.saleReversalsMinor),
    { header: h.correctionReason, width: 36, style: styles.plain, cell: (s) => s.correctionReason },
  ];
  await writeTable(context, text.sheets.summary, columns, input.statements, { totals: true });
}

/** Sheet title of a reseller's statement: its code and name, or "Statement" when it is alone. */
function statementTitle(context: SheetContext, statement: StatementSummary): string {
  if (context.input.statements.length === 1) return context.text.sheets.statement;
  return `${statement.reseller.code} ${statement.reseller.name}`;
}

export async function writeStatement(context: SheetContext, statement: StatementSummary): Promise<void> {
  const { input, styles, unit, text } = context;
  const words = text.statement;
  const cover = text.cover;
  const h = text.headers;
  const scale = input.currency.scale;
  const sheet = keyValueSheet(context, statementTitle(context, statement), [34, 22, 28, 36]);
  const line = (label: string, value: CellValue, style = styles.plain) =>
    sheet.row([label, value], [styles.bold, style]);
  const amount = (label: string, minor: number) =>
    sheet.row([label, majorNumber(minor, scale)], [styles.plain, styles.money]);

  sheet.row([words.title(input.period.label)], [styles.title]);
  line(cover.distributor, input.distributorName);
  line(cover.reseller, `${statement.reseller.code} — ${statement.reseller.name}`);
  line(h.region, statement.reseller.region ?? text.none);
  line(cover.from, instant(context, input.period.startsAt), styles.instant);
  line(cover.until, instant(context, input.period.endsAt), styles.instant);
  line(cover.statement, statement.statementId);
  line(cover.version, statement.version, styles.count);
  line(cover.state, text.states[statement.state]);
  line(cover.correctionReason, statement.correctionReason ?? text.none);
  sheet.gap();
  sheet.row([words.line, `${words.amount}${unit}`], [styles.header, styles.header]);
  const first = amount(words.openingBalance, statement.openingBalanceMinor);
  amount(words.allocations, statement.allocationsMinor);
  amount(words.allocationReversals, statement.allocationReversalsMinor);
  amount(words.payments, statement.paymentsMinor);
  amount(words.adjustments, statement.adjustmentsMinor);
  const closing = amount(words.closingBalance, statement.closingBalanceMinor);
  const b = (row: number) => `B${row}`;
  sheet.row(
    [
      words.rollForwardCheck,
      {
        formula: `ROUND(${b(first)}+${b(first + 1)}-${b(first + 2)}-${b(first + 3)}+${b(first + 4)}-${b(closing)},${scale})`,
        result: majorNumber(rollForwardMinor(statement), scale),
      },
    ],
    [styles.bold, styles.moneyBold],
  );
  amount(words.commission, statement.commissionMinor);
  sheet.row([words.net, majorNumber(statement.netMinor, scale)], [styles.bold, styles.moneyBold]);
  sheet.gap();
  line(words.salesCount, statement.salesCount, styles.count);
  amount(words.salesValue, statement.salesMinor);
  amount(words.saleReversals, statement.saleReversalsMinor);
  sheet.gap();
  sheet.row([cover.approvals], [styles.bold]);
  sheet.row([h.step, h.by, h.at, h.note], [styles.header, styles.header, styles.header, styles.header]);
  for (const approval of statement.approvals) {
    sheet.row(
      [text.steps[approval.step], approval.by, instant(context, approval.at), approval.note],
      [styles.plain, styles.plain, styles.instant, styles.plain],
    );
  }
  sheet.finish();
  await context.book.between();
}

const transactionHeaders = [
  'reseller',
  'statement',
  'date',
  'kind',
  'ourReference',
  'operatorReference',
  'msisdn',
  'amount',
  'balanceAfter',
] as const;
const transactionWidths = [12, 26, 20, 20, 38, 38, 16, 16, 16];

/**
 * Every movement, one row each, with the balance of its statement after it (from the statement's
 * opening; an "opening balance" row states that opening and does not move it). Read once from the
 * input's iterator; past Excel's last row it continues on "Transactions 2". Checks at the end that
 * each statement's movements lead to its closing balance.
 */
export async function writeTransactions(context: SheetContext): Promise<void> {
  const { input, styles, book, unit, text } = context;
  const scale = input.currency.scale;
  const statements = new Map(input.statements.map((statement) => [statement.statementId, statement]));
  const balances = new Map<string, number>();
  const rowStyles = [
    styles.plain,
    styles.plain,
    styles.instant,
    styles.plain,
    styles.plain,
    styles.plain,
    styles.plain,
    styles.money,
    styles.money,
  ];
  const headers = transactionHeaders.map((key, index) =>
    index >= 7 ? `${text.headers[key]}${unit}` : text.headers[key],
  );
  let part = 1;
  let sheet: StreamingSheet | null = null;
  let lastRow = 1;
  const openSheet = () => {
    const opened = book.addSheet(
      context.names.claim(part === 1 ? text.sheets.transactions : text.sheets.transactionsPart(part)),
      {
        columns: transactionWidths.map((width) => ({ width })),
        headerRow: true,
        printHeader: context.printHeader,
      },
    );
    opened.row(
      headers,
      headers.map(() => styles.header),
    );
    lastRow = 1;
    return opened;
  };
  const closeSheet = async (closing: StreamingSheet) => {
    closing.finish({ lastRow, lastColumn: transactionHeaders.length });
    await book.between();
  };
  sheet = openSheet();
  let index = 0;
  /** Writes one movement; returns a promise only when the writer wants a pause. */
  const place = (row: TransactionRow, into: StreamingSheet): Promise<void> | undefined => {
    index += 1;
    const statement = statements.get(row.statementId);
    if (statement === undefined) {
      throw new Error(
        `settlement workbook: transaction ${index} names unknown statement ${row.statementId}.`,
      );
    }
    const atMs = Date.parse(row.at);
    if (Number.isNaN(atMs) || !Number.isSafeInteger(row.amountMinor)) {
      throw new Error(
        `settlement workbook: transaction ${index} (${row.ourReference}) has a bad date or amount.`,
      );
    }
    let balance = balances.get(row.statementId) ?? statement.openingBalanceMinor;
    if (row.kind === 'opening_balance') {
      if (row.amountMinor !== statement.openingBalanceMinor) {
        throw new Error(
          `settlement workbook: the opening balance row of ${row.statementId} (${row.amountMinor}) differs from the statement's opening (${statement.openingBalanceMinor}).`,
        );
      }
    } else {
      balance = addMinor(balance, row.amountMinor, `the balance of ${row.statementId}`);
    }
    balances.set(row.statementId, balance);
    lastRow = into.row(
      [
        row.resellerCode,
        row.statementId,
        context.clock.date(atMs),
        text.transactionKinds[row.kind],
        row.ourReference,
        row.operatorReference,
        row.msisdnMasked,
        majorNumber(row.amountMinor, scale),
        majorNumber(balance, scale),
      ],
      rowStyles,
    );
    return book.counted(into);
  };
  const rollOver = async (): Promise<void> => {
    await closeSheet(sheet as StreamingSheet);
    part += 1;
    sheet = openSheet();
  };
  const source = input.transactions();
  // A plain iterable is read without a promise per row; an async one (a database cursor) awaited.
  if (Symbol.asyncIterator in source) {
    for await (const row of source) {
      if (lastRow >= excelRowsMax) await rollOver();
      const due = place(row, sheet);
      if (due !== undefined) await due;
    }
  } else {
    for (const row of source) {
      if (lastRow >= excelRowsMax) await rollOver();
      const due = place(row, sheet);
      if (due !== undefined) await due;
    }
  }
  await closeSheet(sheet);
  for (const statement of input.statements) {
    const balance = balances.get(statement.statementId) ?? statement.openingBalanceMinor;
    if (balance !== statement.closingBalanceMinor) {
      throw new Error(
        `settlement workbook: the movements of statement ${statement.statementId} end at ${balance}, not at its closing balance ${statement.closingBalanceMinor}.`,
      );
    }
  }
}

export async function writeAdjustments(context: SheetContext): Promise<void> {
  const { styles, unit, text } = context;
  const h = text.headers;
  const columns: TableColumn<AdjustmentRow>[] = [
    { header: h.reseller, width: 12, style: styles.plain, cell: (a) => a.resellerCode },
    { header: h.statement, width: 26, style: styles.plain, cell: (a) => a.statementId },
    { header: h.originPeriod, width: 18, style: styles.plain, cell: (a) => a.originPeriod },
    { header: h.entry, width: 38, style: styles.plain, cell: (a) => a.entryId },
    { header: h.date, width: 20, style: styles.instant, cell: (a) => instant(context, a.at) },
    { header: h.description, width: 44, style: styles.plain, cell: (a) => a.description },
    {
      header: `${h.amount}${unit}`,
      width: 16,
      style: styles.money,
      minor: (a) => a.amountMinor,
      total: true,
    },
  ];
  await writeTable(context, text.sheets.adjustments, columns, context.input.adjustments, { totals: true });
}

export async function writeCommission(context: SheetContext): Promise<void> {
  const { styles, unit, input, text } = context;
  const h = text.headers;
  const scale = input.currency.scale;
  const columns: TableColumn<CommissionRow>[] = [
    { header: h.reseller, width: 12, style: styles.plain, cell: (c) => c.resellerCode },
    { header: h.statement, width: 26, style: styles.plain, cell: (c) => c.statementId },
    { header: h.month, width: 10, style: styles.plain, cell: (c) => c.month },
    { header: h.operator, width: 14, style: styles.plain, cell: (c) => c.operatorId },
    { header: h.rule, width: 24, style: styles.plain, cell: (c) => c.rule },
    {
      header: `${h.slabFrom}${unit}`,
      width: 16,
      style: styles.money,
      cell: (c) => (c.slabFromMinor === null ? text.flatRate : majorNumber(c.slabFromMinor, scale)),
    },
    { header: h.rate, width: 10, style: styles.percent, cell: (c) => basisPointsFraction(c.basisPoints) },
    { header: `${h.sales}${unit}`, width: 16, style: styles.money, minor: (c) => c.salesMinor, total: true },
    {
      header: `${h.commission}${unit}`,
      width: 16,
      style: styles.money,
      minor: (c) => c.commissionMinor,
      total: true,
    },
    {
      header: `${h.clawback}${unit}`,
      width: 16,
      style: styles.money,
      minor: (c) => c.clawbackMinor,
      total: true,
    },
    {
      header: `${h.netCommission}${unit}`,
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(I${row}+J${row},${scale})`,
        minor: (c) => c.commissionMinor + c.clawbackMinor,
      },
      total: true,
    },
  ];
  await writeTable(context, text.sheets.commission, columns, input.commission, { totals: true });
}

export async function writeReconciliation(context: SheetContext): Promise<void> {
  const { styles, unit, input, text } = context;
  const h = text.headers;
  const scale = input.currency.scale;
  const columns: TableColumn<ReconciliationRow>[] = [
    { header: h.day, width: 12, style: styles.day, cell: (r) => dayDate(r.day) },
    { header: h.operator, width: 14, style: styles.plain, cell: (r) => r.operatorId },
    {
      header: `${h.ledger}${unit}`,
      width: 18,
      style: styles.money,
      minor: (r) => r.ledgerMinor,
      total: true,
    },
    {
      header: `${h.operatorRecords}${unit}`,
      width: 18,
      style: styles.money,
      minor: (r) => r.operatorMinor,
      total: true,
    },
    {
      header: `${h.difference}${unit}`,
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(C${row}-D${row},${scale})`,
        minor: (r) => r.ledgerMinor - r.operatorMinor,
      },
      total: true,
    },
  ];
  await writeTable(context, text.sheets.reconciliation, columns, input.reconciliation, { totals: true });
}
