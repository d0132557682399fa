import type Database from 'better-sqlite3';
import type {
  CommissionLine,
  PayoutDetail,
  PayoutRow,
  PayoutStatus,
  PayoutsReport,
} from '../../contract/payoutSchemas';
import type { CommissionPlanRules } from '../../contract/retailerSchemas';
import type { LedgerReader } from '../ledger/ledgerReader';
import { operatorAccountIds } from '../operator/operatorLedgerAccounts';
import { basisPointsOf, commissionOf, rateFor } from './commissionRates';
import { dayOf, inJson, type ReportOperator, type ReportScope } from './reportScope';

/** Allocations listed in a payout's detail at most (the retailer's statement has them all). */
const detailAllocationsMax = 200;

/** The whole calendar months a period touches: commission slabs count a month's volume. */
export interface PayoutMonths {
  months: string[];
  fromMs: number;
  /** The first instant after the last month. */
  endMs: number;
}

export function payoutMonthsOf(scope: { from: string; to: string }): PayoutMonths {
  const first = scope.from.slice(0, 7);
  const last = scope.to.slice(0, 7);
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    months.push(name);
    if (name === last) break;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  const fromMs = Date.parse(`${first}-01T00:00:00Z`);
  const lastStart = new Date(`${last}-01T00:00:00Z`);
  const endMs = Date.UTC(lastStart.getUTCFullYear(), lastStart.getUTCMonth() + 1, 1);
  return { months, fromMs, endMs };
}

export interface MonthRow {
  month: string;
  operator_id: string;
  party_id: string;
  denomination_minor: number;
  sales_count: number;
  sales_minor: number;
  reversals_count: number;
  reversals_minor: number;
}

interface Reseller {
  party: string;
  code: string;
  name: string;
  region: string | null;
  status: string;
  planCode: string | null;
}

interface Plan {
  name: string;
  rules: CommissionPlanRules;
}

/** Commission plans by code. */
export type PayoutPlans = Map<string, Plan>;

type Working = Omit<PayoutRow, 'status' | 'openingStockMinor' | 'closingStockMinor'> & { party: string };

/** Everything the payouts of a scope are computed from, read once. */
interface PayoutInputs {
  window: PayoutMonths;
  operators: Map<string, ReportOperator>;
  monthRows: MonthRow[];
  allocations: Array<{ operator_id: string; party_id: string; kind: string; count: number; amount: number }>;
  resellers: Map<string, Reseller>;
  plans: Map<string, Plan>;
  /** Commission paid through settlements of periods that start in the window, by reseller code. */
  paidByCode: Map<string, number>;
}

function readInputs(sqlite: Database.Database, scope: ReportScope, plans: Map<string, Plan>): PayoutInputs {
  const window = payoutMonthsOf(scope);
  const operatorIds = JSON.stringify(scope.operators.map((operator) => operator.id));
  const partyFilter = scope.parties === null ? '' : `AND ${inJson('party_id')}`;
  const partyParameters = scope.parties === null ? [] : [JSON.stringify(scope.parties)];
  const monthRows = sqlite
    .prepare(
      `SELECT month, operator_id, party_id, denomination_minor, sales_count, sales_minor, reversals_count, reversals_minor
       FROM report_retailer_monthly
       WHERE month BETWEEN ? AND ? AND ${inJson('operator_id')} ${partyFilter}`,
    )
    .all(window.months[0], window.months.at(-1), operatorIds, ...partyParameters) as MonthRow[];
  const allocations = sqlite
    .prepare(
      `SELECT operator_id, party_id, kind, count(*) AS count, sum(amount_minor) AS amount
       FROM operator_actions
       WHERE kind IN ('allocation', 'allocation_reversal') AND state = 'confirmed'
         AND final_at >= ? AND final_at < ? AND ${inJson('operator_id')} ${partyFilter}
       GROUP BY 1, 2, 3`,
    )
    .all(window.fromMs, window.endMs, operatorIds, ...partyParameters) as PayoutInputs['allocations'];
  const parties = new Set<string>();
  for (const row of monthRows) parties.add(row.party_id);
  for (const row of allocations) parties.add(row.party_id);
  const resellers = new Map<string, Reseller>();
  for (const row of sqlite
    .prepare(
      `SELECT operator_party_id AS party, code, name, region, status, commission_plan_code AS planCode
       FROM retailers WHERE ${inJson('operator_party_id')}`,
    )
    .all(JSON.stringify([...parties])) as Reseller[]) {
    resellers.set(row.party, row);
  }
  return {
    window,
    operators: new Map(scope.operators.map((operator) => [operator.id, operator])),
    monthRows,
    allocations,
    resellers,
    plans,
    paidByCode: paidThroughSettlements(sqlite, window),
  };
}

/** What settlements paid resellers in commission, for the periods that start in the window's months. */
function paidThroughSettlements(sqlite: Database.Database, window: PayoutMonths): Map<string, number> {
  const paid = new Map<string, number>();
  for (const row of sqlite
    .prepare(
      `SELECT s.retailer_code AS code, step.payment_json AS payment FROM settlement_statement_steps step
       JOIN settlement_statements s ON s.id = step.statement_id AND s.version = step.version
       JOIN settlement_periods p ON p.id = s.period_id
       WHERE step.step = 'paid' AND p.starts_at >= ? AND p.starts_at < ?`,
    )
    .all(window.fromMs, window.endMs) as Array<{ code: string; payment: string | null }>) {
    const amount =
      row.payment === null ? 0 : ((JSON.parse(row.payment) as { amountMinor?: number }).amountMinor ?? 0);
    paid.set(row.code, (paid.get(row.code) ?? 0) + amount);
  }
  return paid;
}

export function plansByCode(list: ReadonlyArray<{ code: string; name: string; rules: CommissionPlanRules }>) {
  return new Map(list.map((plan) => [plan.code, { name: plan.name, rules: plan.rules }]));
}

/**
 * Commission lines of one reseller's month at one operator. The slab is chosen by the month's net
 * volume over every denomination (what the reseller sold, less what was reversed), whatever the
 * denominations shown; then sales are grouped by the rate they earn and rounded once per group.
 */
export function monthLines(
  rows: MonthRow[],
  operator: ReportOperator,
  rules: CommissionPlanRules,
  denominations: ReadonlySet<number> | null,
  /** The month's net volume when `rows` hold only part of the month (a settlement period's sales). */
  knownVolumeMinor?: number,
): CommissionLine[] {
  const first = rows[0];
  if (first === undefined) return [];
  let volume = 0;
  for (const row of rows) volume += row.sales_minor - row.reversals_minor;
  const monthlyVolumeMinor = Math.max(0, knownVolumeMinor ?? volume);
  const groups = new Map<string, CommissionLine>();
  for (const row of rows) {
    if (denominations !== null && !denominations.has(row.denomination_minor)) continue;
    const chosen = rateFor(rules, operator.id, row.denomination_minor);
    const { basisPoints, slabFromMinor } = basisPointsOf(chosen.rate, monthlyVolumeMinor);
    const key = `${chosen.rule}|${basisPoints}`;
    let line = groups.get(key);
    if (line === undefined) {
      line = {
        month: first.month,
        operatorId: operator.id,
        units: operator.units,
        scale: operator.scale,
        rule: chosen.rule,
        slabFromMinor,
        monthlyVolumeMinor,
        basisPoints,
        denominationsMinor: [],
        salesCount: 0,
        salesMinor: 0,
        reversalsMinor: 0,
        commissionMinor: 0,
        clawbackMinor: 0,
      };
      groups.set(key, line);
    }
    line.denominationsMinor.push(row.denomination_minor);
    line.salesCount += row.sales_count;
    line.salesMinor += row.sales_minor;
    line.reversalsMinor += row.reversals_minor;
  }
  return [...groups.values()].map((line) => ({
    ...line,
    denominationsMinor: line.denominationsMinor.sort((a, b) => a - b),
    commissionMinor: commissionOf(line.salesMinor, line.basisPoints),
    clawbackMinor: 0 - commissionOf(line.reversalsMinor, line.basisPoints),
  }));
}

/** Every reseller's (and operator's) payout figures and commission lines, before stock and status. */
function compute(
  inputs: PayoutInputs,
  denominations: ReadonlySet<number> | null,
): { rows: Map<string, Working>; lines: Map<string, CommissionLine[]> } {
  const rows = new Map<string, Working>();
  const lines = new Map<string, CommissionLine[]>();
  const rowOf = (party: string, operator: ReportOperator): Working => {
    const key = `${party}|${operator.id}`;
    let row = rows.get(key);
    if (row === undefined) {
      const reseller = inputs.resellers.get(party);
      const plan = reseller?.planCode == null ? undefined : inputs.plans.get(reseller.planCode);
      row = {
        party,
        code: reseller?.code ?? party,
        name: reseller?.name ?? party,
        region: reseller?.region ?? null,
        resellerStatus: reseller?.status ?? 'unknown',
        planCode: reseller?.planCode ?? null,
        planName: plan?.name ?? null,
        operatorId: operator.id,
        units: operator.units,
        scale: operator.scale,
        allocatedCount: 0,
        allocatedMinor: 0,
        allocationReversalsMinor: 0,
        salesCount: 0,
        salesMinor: 0,
        reversalsCount: 0,
        reversalsMinor: 0,
        grossCommissionMinor: 0,
        adjustmentsMinor: 0,
        netPayableMinor: 0,
        paidMinor: 0,
        balanceDueMinor: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  // One reseller's month at one operator is the unit a slab is chosen for.
  const months = new Map<string, MonthRow[]>();
  for (const row of inputs.monthRows) {
    const key = `${row.party_id}|${row.operator_id}|${row.month}`;
    const list = months.get(key);
    if (list === undefined) months.set(key, [row]);
    else list.push(row);
  }
  for (const monthRows of months.values()) {
    const first = monthRows[0];
    const operator = first === undefined ? undefined : inputs.operators.get(first.operator_id);
    if (first === undefined || operator === undefined) continue;
    const row = rowOf(first.party_id, operator);
    for (const month of monthRows) {
      if (denominations !== null && !denominations.has(month.denomination_minor)) continue;
      row.salesCount += month.sales_count;
      row.salesMinor += month.sales_minor;
      row.reversalsCount += month.reversals_count;
      row.reversalsMinor += month.reversals_minor;
    }
    const plan = row.planCode === null ? undefined : inputs.plans.get(row.planCode);
    if (plan === undefined) continue;
    const computed = monthLines(monthRows, operator, plan.rules, denominations);
    for (const line of computed) {
      row.grossCommissionMinor += line.commissionMinor;
      row.adjustmentsMinor += line.clawbackMinor;
    }
    const key = `${row.party}|${operator.id}`;
    lines.set(key, [...(lines.get(key) ?? []), ...computed]);
  }
  for (const allocation of inputs.allocations) {
    const operator = inputs.operators.get(allocation.operator_id);
    if (operator === undefined) continue;
    const row = rowOf(allocation.party_id, operator);
    if (allocation.kind === 'allocation') {
      row.allocatedCount += allocation.count;
      row.allocatedMinor += allocation.amount;
    } else {
      row.allocationReversalsMinor += allocation.amount;
    }
  }
  // A settlement pays a reseller's commission as one amount: it is counted on the row (operator)
  // that earned the most, so each payment shows once.
  const earner = new Map<string, Working>();
  for (const row of rows.values()) {
    row.netPayableMinor = row.grossCommissionMinor + row.adjustmentsMinor;
    const best = earner.get(row.code);
    if (
      best === undefined ||
      row.netPayableMinor > best.netPayableMinor ||
      (row.netPayableMinor === best.netPayableMinor && row.operatorId < best.operatorId)
    ) {
      earner.set(row.code, row);
    }
  }
  for (const [code, row] of earner) row.paidMinor = inputs.paidByCode.get(code) ?? 0;
  for (const row of rows.values()) row.balanceDueMinor = row.netPayableMinor - row.paidMinor;
  return { rows, lines };
}

function statusOf(row: Working, periodOver: boolean): PayoutStatus {
  if (row.netPayableMinor <= 0) return 'nothing_earned';
  if (row.balanceDueMinor <= 0) return 'paid';
  if (row.resellerStatus === 'suspended' || row.resellerStatus === 'closed') return 'on_hold';
  return periodOver ? 'due' : 'accruing';
}

/** Opening and closing stock of the rows shown, as the ledger stood at the window's bounds. */
function withStock(
  ledger: LedgerReader,
  rows: Working[],
  window: PayoutMonths,
  nowMs: number,
): Array<PayoutRow & { party: string }> {
  const accounts = rows.map((row) => ({
    id: operatorAccountIds.retailerStock(row.operatorId, row.party),
    normalSide: 'debit' as const,
  }));
  const opening = ledger.balancesAsAt(accounts, window.fromMs - 1);
  const closing = ledger.balancesAsAt(accounts, Math.min(window.endMs, nowMs) - 1);
  const periodOver = window.endMs <= nowMs;
  return rows.map((row, index) => {
    const account = accounts[index]?.id ?? '';
    return {
      ...row,
      openingStockMinor: opening.get(account) ?? 0,
      closingStockMinor: closing.get(account) ?? 0,
      status: statusOf(row, periodOver),
    };
  });
}

/** Names sort as people read them; one collator, since `localeCompare` builds one per call. */
const names = new Intl.Collator(undefined, { sensitivity: 'base' });
/** Codes and ids sort by their characters: fast, and the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sorters: Record<string, (a: Working, b: Working) => number> = {
  net_payable: (a, b) => a.netPayableMinor - b.netPayableMinor,
  balance_due: (a, b) => a.balanceDueMinor - b.balanceDueMinor,
  sales: (a, b) => a.salesMinor - b.salesMinor,
  code: (a, b) => byCodePoint(a.code, b.code),
  name: (a, b) => names.compare(a.name, b.name),
};

function ignoredFilters(scope: ReportScope): PayoutsReport['ignoredFilters'] {
  if (scope.channels === null) return [];
  return [
    {
      filter: 'channels',
      reason: "commission is earned on all of a reseller's sales, whatever the channel",
    },
  ];
}

export interface PayoutsPage {
  sort: 'net_payable' | 'sales' | 'code' | 'name' | 'balance_due';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/**
 * Reseller payouts over the whole months the filters' period touches: per reseller and operator,
 * stock at the start, allocated, sales and reversals, commission by the reseller's plan, what was
 * taken back on reversals, net payable, paid, balance due and status. Totals count every row; the
 * page asked for carries the ledger's stock figures.
 */
export function payoutsReport(
  sqlite: Database.Database,
  ledger: LedgerReader,
  plans: PayoutPlans,
  scope: ReportScope,
  page: PayoutsPage,
  nowMs: number,
): PayoutsReport {
  const inputs = readInputs(sqlite, scope, plans);
  const denominations = scope.denominations === null ? null : new Set(scope.denominations);
  const { rows } = compute(inputs, denominations);
  const all = [...rows.values()];
  const periodOver = inputs.window.endMs <= nowMs;
  const totals = new Map<string, PayoutsReport['totals'][number]>();
  const byStatus = new Map<string, PayoutsReport['byStatus'][number]>();
  for (const row of all) {
    let total = totals.get(row.units);
    if (total === undefined) {
      total = {
        units: row.units,
        scale: row.scale,
        resellers: 0,
        salesCount: 0,
        salesMinor: 0,
        reversalsMinor: 0,
        allocatedMinor: 0,
        grossCommissionMinor: 0,
        adjustmentsMinor: 0,
        netPayableMinor: 0,
        paidMinor: 0,
        balanceDueMinor: 0,
        onHoldMinor: 0,
        withoutPlanSalesMinor: 0,
      };
      totals.set(row.units, total);
    }
    const status = statusOf(row, periodOver);
    total.resellers += 1;
    total.salesCount += row.salesCount;
    total.salesMinor += row.salesMinor;
    total.reversalsMinor += row.reversalsMinor;
    total.allocatedMinor += row.allocatedMinor;
    total.grossCommissionMinor += row.grossCommissionMinor;
    total.adjustmentsMinor += row.adjustmentsMinor;
    total.netPayableMinor += row.netPayableMinor;
    total.paidMinor += row.paidMinor;
    total.balanceDueMinor += row.balanceDueMinor;
    if (status === 'on_hold') total.onHoldMinor += row.balanceDueMinor;
    if (row.planName === null) total.withoutPlanSalesMinor += row.salesMinor;
    const statusKey = `${status}|${row.units}`;
    const bucket = byStatus.get(statusKey) ?? { status, units: row.units, count: 0, netPayableMinor: 0 };
    bucket.count += 1;
    bucket.netPayableMinor += row.netPayableMinor;
    byStatus.set(statusKey, bucket);
  }
  const sorter = sorters[page.sort] ?? sorters.net_payable;
  const sign = page.direction === 'asc' ? 1 : -1;
  all.sort(
    (a, b) =>
      sign * (sorter?.(a, b) ?? 0) || byCodePoint(a.code, b.code) || byCodePoint(a.operatorId, b.operatorId),
  );
  const shown = all.slice(page.offset, page.offset + page.limit);
  return {
    period: { from: dayOf(inputs.window.fromMs), to: dayOf(inputs.window.endMs - 1) },
    months: inputs.window.months,
    ignoredFilters: ignoredFilters(scope),
    totals: [...totals.values()],
    byStatus: [...byStatus.values()],
    total: all.length,
    rows: withStock(ledger, shown, inputs.window, nowMs).map(({ party: _party, ...row }) => row),
  };
}

/** One reseller's payout: its rows, every commission line (rate, slab, base) and the allocations behind them. */
export function payoutDetail(
  sqlite: Database.Database,
  ledger: LedgerReader,
  plans: PayoutPlans,
  scope: ReportScope,
  party: string,
  nowMs: number,
): PayoutDetail {
  const narrowed: ReportScope = { ...scope, parties: [party] };
  const inputs = readInputs(sqlite, narrowed, plans);
  const denominations = scope.denominations === null ? null : new Set(scope.denominations);
  const { rows, lines } = compute(inputs, denominations);
  const allocations = sqlite
    .prepare(
      `SELECT id, operator_id, kind, amount_minor, final_at, resolution_entry_id FROM operator_actions
       WHERE party_id = ? AND kind IN ('allocation', 'allocation_reversal') AND state = 'confirmed'
         AND final_at >= ? AND final_at < ? AND ${inJson('operator_id')}
       ORDER BY final_at DESC, id LIMIT ?`,
    )
    .all(
      party,
      inputs.window.fromMs,
      inputs.window.endMs,
      JSON.stringify(scope.operators.map((operator) => operator.id)),
      detailAllocationsMax + 1,
    ) as Array<{
    id: string;
    operator_id: string;
    kind: 'allocation' | 'allocation_reversal';
    amount_minor: number;
    final_at: number;
    resolution_entry_id: string | null;
  }>;
  return {
    period: { from: dayOf(inputs.window.fromMs), to: dayOf(inputs.window.endMs - 1) },
    rows: withStock(ledger, [...rows.values()], inputs.window, nowMs).map(({ party: _party, ...row }) => row),
    lines: [...lines.values()]
      .flat()
      .sort(
        (a, b) =>
          a.month.localeCompare(b.month) ||
          a.operatorId.localeCompare(b.operatorId) ||
          a.basisPoints - b.basisPoints,
      ),
    allocations: allocations.slice(0, detailAllocationsMax).map((row) => {
      const operator = inputs.operators.get(row.operator_id);
      return {
        actionId: row.id,
        operatorId: row.operator_id,
        kind: row.kind,
        amountMinor: row.amount_minor,
        units: operator?.units ?? '',
        scale: operator?.scale ?? 0,
        confirmedAt: new Date(row.final_at).toISOString(),
        entryId: row.resolution_entry_id,
      };
    }),
    allocationsTruncated: allocations.length > detailAllocationsMax,
  };
}
