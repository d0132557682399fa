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

export const stateLabels: Record<StatementSummary['state'], string> = {
  draft: 'Draft',
  approved: 'Approved',
  paid: 'Paid',
  superseded: 'Superseded',
};

const stepLabels: Record<StatementSummary['approvals'][number]['step'], string> = {
  closed: 'Closed',
  approved: 'Approved',
  paid: 'Paid',
};

export const kindLabels: Record<TransactionRow['kind'], string> = {
  allocation: 'Allocation',
  allocation_reversal: 'Allocation reversal',
  payment: 'Payment',
  adjustment: 'Adjustment',
  opening_balance: 'Opening balance',
};

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
  const { input, styles } = context;
  const sheet = keyValueSheet(context, 'Cover', [26, 44, 12, 12, 22, 22, 40]);
  const line = (label: string, value: CellValue, style = styles.plain) =>
    sheet.row([label, value], [styles.bold, style]);
  const single = input.statements.length === 1 ? (input.statements[0] as StatementSummary) : null;

  sheet.row([`Settlement — ${input.period.label}`], [styles.title]);
  sheet.gap();
  line('Distributor', input.distributorName);
  line('Period', input.period.label);
  line('Period id', input.period.id);
  line('From', instant(context, input.period.startsAt), styles.instant);
  line('Until (not included)', instant(context, input.period.endsAt), styles.instant);
  line('Time zone', input.period.timeZone);
  line('Currency', input.currency.code);
  if (single !== null) {
    line('Reseller', `${single.reseller.code} — ${single.reseller.name}`);
    line('Statement', single.statementId);
    line('Version', single.version, styles.count);
    line('State', stateLabels[single.state]);
    line('Correction reason', single.correctionReason ?? '—');
  } else {
    line('Resellers', input.statements.length, styles.count);
    line('Statements', 'All resellers of the period (see Summary)');
    line('Period revision', periodRevision(input.statements), styles.count);
    const states = (Object.keys(stateLabels) as StatementSummary['state'][])
      .map(
        (state) => [state, input.statements.filter((statement) => statement.state === state).length] as const,
      )
      .filter(([, count]) => count > 0)
      .map(([state, count]) => `${count} ${stateLabels[state].toLowerCase()}`);
    line('States', states.length === 0 ? '—' : states.join(', '));
  }
  line('Generated at', instant(context, input.generatedAt), styles.instant);
  sheet.gap();
  line('Amounts', `In ${input.currency.code}. A positive balance is owed to us by the reseller.`);
  line(
    'Roll-forward check',
    'Opening + allocations − reversals − payments + adjustments − closing. It must be 0.',
  );
  if (input.statements.length > statementSheetsMax) {
    line(
      'Statement sheets',
      `Left out for more than ${statementSheetsMax} resellers: export one reseller for its statement.`,
    );
  }
  sheet.gap();
  sheet.row(['Approvals'], [styles.bold]);
  const headers = ['Reseller', 'Statement', 'Version', 'State', 'Step', 'By', 'At', 'Note'];
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
          stateLabels[statement.state],
          stepLabels[approval.step],
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
  const { styles, unit, input } = context;
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
    { header: 'Reseller', width: 12, style: styles.plain, cell: (s) => s.reseller.code },
    { header: 'Name', width: 28, style: styles.plain, cell: (s) => s.reseller.name },
    { header: 'Region', width: 16, style: styles.plain, cell: (s) => s.reseller.region },
    { header: 'Statement', width: 26, style: styles.plain, cell: (s) => s.statementId },
    { header: 'Version', width: 10, style: styles.count, count: (s) => s.version },
    { header: 'State', width: 12, style: styles.plain, cell: (s) => stateLabels[s.state] },
    money('Opening balance', (s) => s.openingBalanceMinor),
    money('Allocations', (s) => s.allocationsMinor),
    money('Allocation reversals', (s) => s.allocationReversalsMinor),
    money('Payments', (s) => s.paymentsMinor),
    money('Adjustments', (s) => s.adjustmentsMinor),
    money('Closing balance', (s) => s.closingBalanceMinor),
    money('Commission', (s) => s.commissionMinor),
    money('Net (owed to us)', (s) => s.netMinor),
    {
      header: 'Roll-forward check',
      width: 18,
      style: styles.money,
      formula: { text: check, minor: rollForwardMinor },
      total: true,
    },
    { header: 'Sales', width: 10, style: styles.count, count: (s) => s.salesCount, total: true },
    money('Sales face value', (s) => s.salesMinor),
    money('Sale reversals', (s) => s.saleReversalsMinor),
    { header: 'Correction reason', width: 36, style: styles.plain, cell: (s) => s.correctionReason },
  ];
  await writeTable(context, 'Summary', columns, input.statements, { totals: true });
}

/** Sheet title of a reseller's statement: its code and name, or "Statement" when it is alone. */
function statementTitle(context: SheetContext, statement: StatementSummary): string {
  if (context.input.statements.length === 1) return 'Statement';
  return `${statement.reseller.code} ${statement.reseller.name}`;
}

export async function writeStatement(context: SheetContext, statement: StatementSummary): Promise<void> {
  const { input, styles, unit } = context;
  const scale = input.currency.scale;
  const sheet = keyValueSheet(context, statementTitle(context, statement), [34, 22, 28, 36]);
  const line = (label: string, value: CellValue, style = styles.plain) =>
    sheet.row([label, value], [styles.bold, style]);
  const amount = (label: string, minor: number) =>
    sheet.row([label, majorNumber(minor, scale)], [styles.plain, styles.money]);

  sheet.row([`Settlement statement — ${input.period.label}`], [styles.title]);
  line('Distributor', input.distributorName);
  line('Reseller', `${statement.reseller.code} — ${statement.reseller.name}`);
  line('Region', statement.reseller.region ?? '—');
  line('From', instant(context, input.period.startsAt), styles.instant);
  line('Until (not included)', instant(context, input.period.endsAt), styles.instant);
  line('Statement', statement.statementId);
  line('Version', statement.version, styles.count);
  line('State', stateLabels[statement.state]);
  line('Correction reason', statement.correctionReason ?? '—');
  sheet.gap();
  sheet.row(['Line', `Amount${unit}`], [styles.header, styles.header]);
  const first = amount('Opening balance', statement.openingBalanceMinor);
  amount('Allocations (+)', statement.allocationsMinor);
  amount('Allocation reversals (−)', statement.allocationReversalsMinor);
  amount('Payments received (−)', statement.paymentsMinor);
  amount('Adjustments carried in (±)', statement.adjustmentsMinor);
  const closing = amount('Closing balance', statement.closingBalanceMinor);
  const b = (row: number) => `B${row}`;
  sheet.row(
    [
      'Roll-forward check (must be 0)',
      {
        formula: `ROUND(${b(first)}+${b(first + 1)}-${b(first + 2)}-${b(first + 3)}+${b(first + 4)}-${b(closing)},${scale})`,
        result: majorNumber(rollForwardMinor(statement), scale),
      },
    ],
    [styles.bold, styles.moneyBold],
  );
  amount('Commission earned', statement.commissionMinor);
  sheet.row(
    ['Net: owed to us (+) or to the reseller (−)', majorNumber(statement.netMinor, scale)],
    [styles.bold, styles.moneyBold],
  );
  sheet.gap();
  line('Sales in the period', statement.salesCount, styles.count);
  amount('Sales face value', statement.salesMinor);
  amount('Sale reversals', statement.saleReversalsMinor);
  sheet.gap();
  sheet.row(['Approvals'], [styles.bold]);
  sheet.row(['Step', 'By', 'At', 'Note'], [styles.header, styles.header, styles.header, styles.header]);
  for (const approval of statement.approvals) {
    sheet.row(
      [stepLabels[approval.step], approval.by, instant(context, approval.at), approval.note],
      [styles.plain, styles.plain, styles.instant, styles.plain],
    );
  }
  sheet.finish();
  await context.book.between();
}

const transactionHeaders = [
  'Reseller',
  'Statement',
  'Date',
  'Kind',
  'Our reference',
  'Operator reference',
  'MSISDN',
  'Amount',
  'Balance after',
];
const transactionWidths = [12, 26, 20, 20, 38, 38, 16, 16, 16];

/**
 * Every movement, one row each, with the balance of its statement after it (from the statement's
 * opening; an "opening balance" row states that opening and does not move it). Read once from the
 * input's iterator; past Excel's last row it continues on "Transactions 2". Checks at the end that
 * each statement's movements lead to its closing balance.
 */
export async function writeTransactions(context: SheetContext): Promise<void> {
  const { input, styles, book, unit } = context;
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
  const headers = transactionHeaders.map((header, index) => (index >= 7 ? `${header}${unit}` : header));
  let part = 1;
  let sheet: StreamingSheet | null = null;
  let lastRow = 1;
  const openSheet = () => {
    const opened = book.addSheet(context.names.claim(part === 1 ? 'Transactions' : `Transactions ${part}`), {
      columns: transactionWidths.map((width) => ({ width })),
      headerRow: true,
      printHeader: context.printHeader,
    });
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
        kindLabels[row.kind],
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
  const { styles, unit } = context;
  const columns: TableColumn<AdjustmentRow>[] = [
    { header: 'Reseller', width: 12, style: styles.plain, cell: (a) => a.resellerCode },
    { header: 'Statement', width: 26, style: styles.plain, cell: (a) => a.statementId },
    { header: 'Origin period', width: 18, style: styles.plain, cell: (a) => a.originPeriod },
    { header: 'Entry', width: 38, style: styles.plain, cell: (a) => a.entryId },
    { header: 'Date', width: 20, style: styles.instant, cell: (a) => instant(context, a.at) },
    { header: 'Description', width: 44, style: styles.plain, cell: (a) => a.description },
    { header: `Amount${unit}`, width: 16, style: styles.money, minor: (a) => a.amountMinor, total: true },
  ];
  await writeTable(context, 'Adjustments', columns, context.input.adjustments, { totals: true });
}

export async function writeCommission(context: SheetContext): Promise<void> {
  const { styles, unit, input } = context;
  const scale = input.currency.scale;
  const columns: TableColumn<CommissionRow>[] = [
    { header: 'Reseller', width: 12, style: styles.plain, cell: (c) => c.resellerCode },
    { header: 'Statement', width: 26, style: styles.plain, cell: (c) => c.statementId },
    { header: 'Month', width: 10, style: styles.plain, cell: (c) => c.month },
    { header: 'Operator', width: 14, style: styles.plain, cell: (c) => c.operatorId },
    { header: 'Rule', width: 24, style: styles.plain, cell: (c) => c.rule },
    {
      header: `Slab from${unit}`,
      width: 16,
      style: styles.money,
      cell: (c) => (c.slabFromMinor === null ? 'flat' : majorNumber(c.slabFromMinor, scale)),
    },
    { header: 'Rate', width: 10, style: styles.percent, cell: (c) => basisPointsFraction(c.basisPoints) },
    { header: `Sales${unit}`, width: 16, style: styles.money, minor: (c) => c.salesMinor, total: true },
    {
      header: `Commission${unit}`,
      width: 16,
      style: styles.money,
      minor: (c) => c.commissionMinor,
      total: true,
    },
    { header: `Clawback${unit}`, width: 16, style: styles.money, minor: (c) => c.clawbackMinor, total: true },
    {
      header: `Net commission${unit}`,
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(I${row}+J${row},${scale})`,
        minor: (c) => c.commissionMinor + c.clawbackMinor,
      },
      total: true,
    },
  ];
  await writeTable(context, 'Commission', columns, input.commission, { totals: true });
}

export async function writeReconciliation(context: SheetContext): Promise<void> {
  const { styles, unit, input } = context;
  const scale = input.currency.scale;
  const columns: TableColumn<ReconciliationRow>[] = [
    { header: 'Day', width: 12, style: styles.day, cell: (r) => dayDate(r.day) },
    { header: 'Operator', width: 14, style: styles.plain, cell: (r) => r.operatorId },
    { header: `Ledger${unit}`, width: 18, style: styles.money, minor: (r) => r.ledgerMinor, total: true },
    {
      header: `Operator records${unit}`,
      width: 18,
      style: styles.money,
      minor: (r) => r.operatorMinor,
      total: true,
    },
    {
      header: `Difference${unit}`,
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(C${row}-D${row},${scale})`,
        minor: (r) => r.ledgerMinor - r.operatorMinor,
      },
      total: true,
    },
  ];
  await writeTable(context, 'Reconciliation', columns, input.reconciliation, { totals: true });
}
