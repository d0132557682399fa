import type { OperatorLineRow, OperatorPurchaseRow } from './settlementWorkbookInput';
import { type SheetContext, type TableColumn, writeTable } from './settlementWorkbookTable';

/**
 * The operator side of a period's settlement workbook: what we bought from each operator and owe
 * it (Operators, with its checks), and the purchases and payments behind it (Operator lines).
 */

/** face − discount − paid up front − on credit: 0 when the cost is all accounted for. */
export function operatorCostCheckMinor(row: OperatorPurchaseRow): number {
  return row.faceValueMinor - row.discountMinor - row.paidUpFrontMinor - row.onCreditMinor;
}

/** opening + on credit − payments + other − closing: 0 when what we owe rolls forward. */
export function operatorRollForwardMinor(row: OperatorPurchaseRow): number {
  return (
    row.openingPayableMinor +
    row.onCreditMinor -
    row.paymentsMinor +
    row.otherPayableMinor -
    row.closingPayableMinor
  );
}

export async function writeOperators(context: SheetContext): Promise<void> {
  const { styles, unit, input, text } = context;
  const h = text.headers;
  const rows = input.operators ?? [];
  if (rows.length === 0) return;
  const scale = input.currency.scale;
  const money = (
    header: string,
    minor: (row: OperatorPurchaseRow) => number,
  ): TableColumn<OperatorPurchaseRow> => ({
    header: `${header}${unit}`,
    width: 18,
    style: styles.money,
    minor,
    total: true,
  });
  // The checks read columns E..M (face value to closing payable) and P (the ledger's payable).
  const columns: TableColumn<OperatorPurchaseRow>[] = [
    { header: h.operator, width: 14, style: styles.plain, cell: (o) => o.operatorId },
    { header: h.name, width: 24, style: styles.plain, cell: (o) => o.operatorName },
    { header: h.statement, width: 26, style: styles.plain, cell: (o) => o.statementId },
    { header: h.purchases, width: 11, style: styles.count, count: (o) => o.purchasesCount, total: true },
    money(h.faceValue, (o) => o.faceValueMinor),
    money(h.discountEarned, (o) => o.discountMinor),
    money(h.paidWhenBought, (o) => o.paidUpFrontMinor),
    money(h.boughtOnCredit, (o) => o.onCreditMinor),
    money(h.owedAtStart, (o) => o.openingPayableMinor),
    money(h.payments, (o) => o.paymentsMinor),
    money(h.other, (o) => o.otherPayableMinor),
    money(h.owedAtEnd, (o) => o.closingPayableMinor),
    money(h.overdue, (o) => o.overdueMinor),
    money(h.notYetDue, (o) => o.notYetDueMinor),
    money(h.ledgerPayable, (o) => o.ledgerPayableMinor),
    {
      header: h.costCheck,
      width: 14,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(E${row}-F${row}-G${row}-H${row},${scale})`,
        minor: operatorCostCheckMinor,
      },
      total: true,
    },
    {
      header: h.rollForwardCheck,
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(I${row}+H${row}-J${row}+K${row}-L${row},${scale})`,
        minor: operatorRollForwardMinor,
      },
      total: true,
    },
    {
      header: h.ledgerDifference,
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(L${row}-O${row},${scale})`,
        minor: (o) => o.closingPayableMinor - o.ledgerPayableMinor,
      },
      total: true,
    },
  ];
  await writeTable(context, text.sheets.operators, columns, rows, { totals: true });
}

/** A payment method in the workbook's words; one it has no word for is written as it is stored. */
function methodLabel(context: SheetContext, method: string): string {
  const methods: Readonly<Record<string, string>> = context.text.methods;
  return Object.hasOwn(methods, method) ? (methods[method] as string) : method;
}

export async function writeOperatorLines(context: SheetContext): Promise<void> {
  const { styles, unit, input, text } = context;
  const h = text.headers;
  const rows = input.operatorLines ?? [];
  if ((input.operators ?? []).length === 0) return;
  const columns: TableColumn<OperatorLineRow>[] = [
    { header: h.operator, width: 14, style: styles.plain, cell: (l) => l.operatorId },
    { header: h.kind, width: 12, style: styles.plain, cell: (l) => text.operatorLineKinds[l.kind] },
    { header: h.number, width: 20, style: styles.plain, cell: (l) => l.number },
    { header: h.date, width: 20, style: styles.instant, cell: (l) => context.clock.date(Date.parse(l.at)) },
    {
      header: h.paidBy,
      width: 16,
      style: styles.plain,
      cell: (l) => (l.method === null ? null : methodLabel(context, l.method)),
    },
    { header: h.reference, width: 18, style: styles.plain, cell: (l) => l.reference },
    {
      header: `${h.faceValue}${unit}`,
      width: 16,
      style: styles.money,
      minor: (l) => l.faceValueMinor,
      total: true,
    },
    {
      header: `${h.discount}${unit}`,
      width: 16,
      style: styles.money,
      minor: (l) => l.discountMinor,
      total: true,
    },
    { header: `${h.cost}${unit}`, width: 16, style: styles.money, minor: (l) => l.costMinor, total: true },
    {
      header: `${h.owedToOperator}${unit}`,
      width: 18,
      style: styles.money,
      minor: (l) => l.payableMinor,
      total: true,
    },
    { header: h.carriedInFrom, width: 18, style: styles.plain, cell: (l) => l.carriedInFrom },
    { header: h.entry, width: 38, style: styles.plain, cell: (l) => l.entryId },
  ];
  await writeTable(context, text.sheets.operatorLines, columns, rows, { totals: true });
}
