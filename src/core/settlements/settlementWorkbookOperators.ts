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
  const { styles, unit, input } = context;
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
    { header: 'Operator', width: 14, style: styles.plain, cell: (o) => o.operatorId },
    { header: 'Name', width: 24, style: styles.plain, cell: (o) => o.operatorName },
    { header: 'Statement', width: 26, style: styles.plain, cell: (o) => o.statementId },
    { header: 'Purchases', width: 11, style: styles.count, count: (o) => o.purchasesCount, total: true },
    money('Face value', (o) => o.faceValueMinor),
    money('Discount earned', (o) => o.discountMinor),
    money('Paid when bought', (o) => o.paidUpFrontMinor),
    money('Bought on credit', (o) => o.onCreditMinor),
    money('Owed at start', (o) => o.openingPayableMinor),
    money('Payments', (o) => o.paymentsMinor),
    money('Other', (o) => o.otherPayableMinor),
    money('Owed at end', (o) => o.closingPayableMinor),
    money('Overdue', (o) => o.overdueMinor),
    money('Not yet due', (o) => o.notYetDueMinor),
    money('Ledger payable', (o) => o.ledgerPayableMinor),
    {
      header: 'Cost check',
      width: 14,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(E${row}-F${row}-G${row}-H${row},${scale})`,
        minor: operatorCostCheckMinor,
      },
      total: true,
    },
    {
      header: 'Roll-forward check',
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(I${row}+H${row}-J${row}+K${row}-L${row},${scale})`,
        minor: operatorRollForwardMinor,
      },
      total: true,
    },
    {
      header: 'Ledger difference',
      width: 18,
      style: styles.money,
      formula: {
        text: (row) => `ROUND(L${row}-O${row},${scale})`,
        minor: (o) => o.closingPayableMinor - o.ledgerPayableMinor,
      },
      total: true,
    },
  ];
  await writeTable(context, 'Operators', columns, rows, { totals: true });
}

const lineKinds: Record<OperatorLineRow['kind'], string> = {
  purchase: 'Purchase',
  payment: 'Payment',
  other: 'Other',
};

const methodLabels: Record<string, string> = {
  credit: 'On credit',
  cash: 'Cash',
  bank_transfer: 'Bank transfer',
  mobile_money: 'Mobile money',
};

export async function writeOperatorLines(context: SheetContext): Promise<void> {
  const { styles, unit, input } = context;
  const rows = input.operatorLines ?? [];
  if ((input.operators ?? []).length === 0) return;
  const columns: TableColumn<OperatorLineRow>[] = [
    { header: 'Operator', width: 14, style: styles.plain, cell: (l) => l.operatorId },
    { header: 'Kind', width: 12, style: styles.plain, cell: (l) => lineKinds[l.kind] },
    { header: 'Number', width: 20, style: styles.plain, cell: (l) => l.number },
    { header: 'Date', width: 20, style: styles.instant, cell: (l) => context.clock.date(Date.parse(l.at)) },
    {
      header: 'Paid by',
      width: 16,
      style: styles.plain,
      cell: (l) => (l.method === null ? null : (methodLabels[l.method] ?? l.method)),
    },
    { header: 'Reference', width: 18, style: styles.plain, cell: (l) => l.reference },
    {
      header: `Face value${unit}`,
      width: 16,
      style: styles.money,
      minor: (l) => l.faceValueMinor,
      total: true,
    },
    { header: `Discount${unit}`, width: 16, style: styles.money, minor: (l) => l.discountMinor, total: true },
    { header: `Cost${unit}`, width: 16, style: styles.money, minor: (l) => l.costMinor, total: true },
    {
      header: `Owed to operator${unit}`,
      width: 18,
      style: styles.money,
      minor: (l) => l.payableMinor,
      total: true,
    },
    { header: 'Carried in from', width: 18, style: styles.plain, cell: (l) => l.carriedInFrom },
    { header: 'Entry', width: 38, style: styles.plain, cell: (l) => l.entryId },
  ];
  await writeTable(context, 'Operator lines', columns, rows, { totals: true });
}
