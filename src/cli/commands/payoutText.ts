import type { PayoutDetail, PayoutsReport } from '../../contract/payoutSchemas';
import { formatMinor } from '../formatMinor';

const statusWords: Record<string, string> = {
  accruing: 'accruing',
  due: 'due',
  on_hold: 'on hold',
  paid: 'paid',
  nothing_earned: 'nothing earned',
};

/** The payouts report as the terminal shows it: totals, then one line per reseller. */
export function payoutsText(report: PayoutsReport): string {
  const lines = [`Payouts for ${report.months.join(', ')} (${report.period.from} to ${report.period.to}):`];
  for (const total of report.totals) {
    const money = (minor: number) => formatMinor(minor, total.scale, total.units);
    lines.push(
      `  ${total.resellers} resellers sold ${money(total.salesMinor)}: commission ${money(total.grossCommissionMinor)}, adjustments ${money(total.adjustmentsMinor)}, net payable ${money(total.netPayableMinor)}, balance due ${money(total.balanceDueMinor)} (on hold ${money(total.onHoldMinor)})`,
    );
  }
  for (const ignored of report.ignoredFilters) lines.push(`  (${ignored.filter} ignored: ${ignored.reason})`);
  for (const row of report.rows) {
    const money = (minor: number) => formatMinor(minor, row.scale, row.units);
    lines.push(
      `  ${row.code.padEnd(12)} ${row.name} [${row.planName ?? 'no plan'}]: sales ${money(row.salesMinor)}, net payable ${money(row.netPayableMinor)}, due ${money(row.balanceDueMinor)}, ${statusWords[row.status] ?? row.status}`,
    );
  }
  if (report.total > report.rows.length)
    lines.push(`  … ${report.total - report.rows.length} more (use --format csv)`);
  return lines.join('\n');
}

/** One reseller's commission lines. */
export function payoutDetailText(detail: PayoutDetail): string {
  const lines = [`Commission from ${detail.period.from} to ${detail.period.to}:`];
  for (const line of detail.lines) {
    const money = (minor: number) => formatMinor(minor, line.scale, line.units);
    const slab = line.slabFromMinor === null ? '' : ` (slab from ${money(line.slabFromMinor)})`;
    lines.push(
      `  ${line.month} ${line.operatorId} ${line.rule}: ${(line.basisPoints / 100).toFixed(2)}%${slab} of ${money(line.salesMinor)} = ${money(line.commissionMinor)}, taken back ${money(line.clawbackMinor)}`,
    );
  }
  for (const row of detail.rows) {
    lines.push(
      `  Net payable at ${row.operatorId}: ${formatMinor(row.netPayableMinor, row.scale, row.units)} (${statusWords[row.status] ?? row.status})`,
    );
  }
  return lines.join('\n');
}
