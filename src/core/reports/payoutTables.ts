import type { PayoutDetail, PayoutsReport } from '../../contract/payoutSchemas';
import type { ReportTable } from './reportTable';
import { codeWord, type ReportText } from './reportText';

const scaleOf = (rows: Array<{ scale: number }>) => rows[0]?.scale ?? 0;

/** The payouts report's cards: totals and one row per reseller and operator. */
export function payoutTables(report: PayoutsReport, text: ReportText): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  const h = text.headers;
  return {
    totals: {
      title: text.titles.payoutTotals,
      columns: [
        { header: h.units, kind: 'text' },
        { header: h.resellers, kind: 'count' },
        { header: h.sales, kind: 'count' },
        { header: h.salesValue, kind: 'money', scale },
        { header: h.reversedValue, kind: 'money', scale },
        { header: h.allocated, kind: 'money', scale },
        { header: h.grossCommission, kind: 'money', scale },
        { header: h.adjustments, kind: 'money', scale },
        { header: h.netPayable, kind: 'money', scale },
        { header: h.paid, kind: 'money', scale },
        { header: h.balanceDue, kind: 'money', scale },
        { header: h.onHold, kind: 'money', scale },
        { header: h.salesWithoutPlan, kind: 'money', scale },
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
    resellers: payoutRowsTable(text, text.titles.payouts, report.rows),
  };
}

export function payoutRowsTable(text: ReportText, title: string, rows: PayoutsReport['rows']): ReportTable {
  const scale = scaleOf(rows);
  const h = text.headers;
  return {
    title,
    columns: [
      { header: h.resellerCode, kind: 'text' },
      { header: h.name, kind: 'text' },
      { header: h.region, kind: 'text' },
      { header: h.resellerStatus, kind: 'text' },
      { header: h.plan, kind: 'text' },
      { header: h.operator, kind: 'text' },
      { header: h.units, kind: 'text' },
      { header: h.openingStock, kind: 'money', scale },
      { header: h.allocated, kind: 'money', scale },
      { header: h.allocationsReversed, kind: 'money', scale },
      { header: h.sales, kind: 'count' },
      { header: h.salesValue, kind: 'money', scale },
      { header: h.reversals, kind: 'count' },
      { header: h.reversedValue, kind: 'money', scale },
      { header: h.closingStock, kind: 'money', scale },
      { header: h.grossCommission, kind: 'money', scale },
      { header: h.adjustments, kind: 'money', scale },
      { header: h.netPayable, kind: 'money', scale },
      { header: h.paid, kind: 'money', scale },
      { header: h.balanceDue, kind: 'money', scale },
      { header: h.status, kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.code,
      row.name,
      row.region,
      codeWord(text.resellerStatuses, row.resellerStatus),
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
      codeWord(text.payoutStatuses, row.status),
    ]),
  };
}

/** One reseller's commission lines: the rule, the slab and the rate behind each amount. */
export function commissionLinesTable(detail: PayoutDetail, text: ReportText): ReportTable {
  const scale = scaleOf(detail.lines);
  const h = text.headers;
  return {
    title: text.titles.commission,
    columns: [
      { header: h.month, kind: 'text' },
      { header: h.operator, kind: 'text' },
      { header: h.rule, kind: 'text' },
      { header: h.denominations, kind: 'text' },
      { header: h.monthVolume, kind: 'money', scale },
      { header: h.slabFrom, kind: 'money', scale },
      { header: h.rate, kind: 'percent' },
      { header: h.sales, kind: 'count' },
      { header: h.salesValue, kind: 'money', scale },
      { header: h.reversedValue, kind: 'money', scale },
      { header: h.commission, kind: 'money', scale },
      { header: h.takenBack, kind: 'money', scale },
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
