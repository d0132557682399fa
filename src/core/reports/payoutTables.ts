import type { PayoutDetail, PayoutsReport } from '../../contract/payoutSchemas';
import type { ReportTable } from './reportTable';

const scaleOf = (rows: Array<{ scale: number }>) => rows[0]?.scale ?? 0;

const statusLabels: Record<string, string> = {
  accruing: 'Accruing',
  due: 'Due',
  on_hold: 'On hold',
  paid: 'Paid',
  nothing_earned: 'Nothing earned',
};

/** The payouts report's cards: totals and one row per reseller and operator. */
export function payoutTables(report: PayoutsReport): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  return {
    totals: {
      title: 'Payout totals',
      columns: [
        { header: 'Units', kind: 'text' },
        { header: 'Resellers', kind: 'count' },
        { header: 'Sales', kind: 'count' },
        { header: 'Sales value', kind: 'money', scale },
        { header: 'Reversed value', kind: 'money', scale },
        { header: 'Allocated', kind: 'money', scale },
        { header: 'Gross commission', kind: 'money', scale },
        { header: 'Adjustments', kind: 'money', scale },
        { header: 'Net payable', kind: 'money', scale },
        { header: 'Paid', kind: 'money', scale },
        { header: 'Balance due', kind: 'money', scale },
        { header: 'On hold', kind: 'money', scale },
        { header: 'Sales without a plan', kind: 'money', scale },
      ],
      rows: report.totals.map((total) => [
        total.units,
        total.resellers,
        total.salesCount,
        total.salesMinor,
        total.reversalsMinor,
        total.allocatedMinor,
        total.grossCommissionMinor,
        total.adjustmentsMinor,
        total.netPayableMinor,
        total.paidMinor,
        total.balanceDueMinor,
        total.onHoldMinor,
        total.withoutPlanSalesMinor,
      ]),
    },
    resellers: payoutRowsTable('Payouts', report.rows),
  };
}

export function payoutRowsTable(title: string, rows: PayoutsReport['rows']): ReportTable {
  const scale = scaleOf(rows);
  return {
    title,
    columns: [
      { header: 'Reseller code', kind: 'text' },
      { header: 'Name', kind: 'text' },
      { header: 'Region', kind: 'text' },
      { header: 'Reseller status', kind: 'text' },
      { header: 'Plan', kind: 'text' },
      { header: 'Operator', kind: 'text' },
      { header: 'Units', kind: 'text' },
      { header: 'Opening stock', kind: 'money', scale },
      { header: 'Allocated', kind: 'money', scale },
      { header: 'Allocations reversed', kind: 'money', scale },
      { header: 'Sales', kind: 'count' },
      { header: 'Sales value', kind: 'money', scale },
      { header: 'Reversals', kind: 'count' },
      { header: 'Reversed value', kind: 'money', scale },
      { header: 'Closing stock', kind: 'money', scale },
      { header: 'Gross commission', kind: 'money', scale },
      { header: 'Adjustments', kind: 'money', scale },
      { header: 'Net payable', kind: 'money', scale },
      { header: 'Paid', kind: 'money', scale },
      { header: 'Balance due', kind: 'money', scale },
      { header: 'Status', kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.code,
      row.name,
      row.region,
      row.resellerStatus,
      row.planName ?? row.planCode,
      row.operatorId,
      row.units,
      row.openingStockMinor,
      row.allocatedMinor,
      row.allocationReversalsMinor,
      row.salesCount,
      row.salesMinor,
      row.reversalsCount,
      row.reversalsMinor,
      row.closingStockMinor,
      row.grossCommissionMinor,
      row.adjustmentsMinor,
      row.netPayableMinor,
      row.paidMinor,
      row.balanceDueMinor,
      statusLabels[row.status] ?? row.status,
    ]),
  };
}

/** One reseller's commission lines: the rule, the slab and the rate behind each amount. */
export function commissionLinesTable(detail: PayoutDetail): ReportTable {
  const scale = scaleOf(detail.lines);
  return {
    title: 'Commission',
    columns: [
      { header: 'Month', kind: 'text' },
      { header: 'Operator', kind: 'text' },
      { header: 'Rule', kind: 'text' },
      { header: 'Denominations', kind: 'text' },
      { header: 'Month volume', kind: 'money', scale },
      { header: 'Slab from', kind: 'money', scale },
      { header: 'Rate', kind: 'percent' },
      { header: 'Sales', kind: 'count' },
      { header: 'Sales value', kind: 'money', scale },
      { header: 'Reversed value', kind: 'money', scale },
      { header: 'Commission', kind: 'money', scale },
      { header: 'Taken back', kind: 'money', scale },
    ],
    rows: detail.lines.map((line) => [
      line.month,
      line.operatorId,
      line.rule,
      line.denominationsMinor.join(' '),
      line.monthlyVolumeMinor,
      line.slabFromMinor,
      line.basisPoints / 10_000,
      line.salesCount,
      line.salesMinor,
      line.reversalsMinor,
      line.commissionMinor,
      line.clawbackMinor,
    ]),
  };
}
