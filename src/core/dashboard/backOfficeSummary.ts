import type { DashboardAlert, DashboardSummary } from '../../contract/dashboardSchemas';
import { amountText } from '../money/amountText';
import { startOfLocalDayMs } from '../retailers/allocationTerms';
import type { Workspace } from '../workspace/workspace';

/** A confirmed allocation unpaid after this many days is overdue. */
export const overdueAfterDays = 30;
const dayMs = 24 * 3600 * 1000;
const lowStockAlertsMax = 20;

/**
 * The dashboard's figures, each from the ledger or the operator tables it summarises: wholesale
 * stock per operator, stock held by retailers, receivables and what is overdue, today's sales,
 * operator actions in flight, and alerts a clerk acts on.
 */
export function backOfficeSummary(workspace: Workspace): DashboardSummary {
  const { sqlite, ledger } = workspace;
  const now = workspace.clock();
  const currency = workspace.baseCurrency();
  const moneyScale = ledger.reader.asset(`MONEY-${currency}`)?.scale ?? 0;
  const unitText = (minor: number, assetCode: string) => {
    const asset = ledger.reader.asset(assetCode);
    return asset === undefined ? `${minor} ${assetCode}` : amountText(minor, asset);
  };

  const connections = sqlite
    .prepare('SELECT id, name, asset_code, units, scale FROM operator_connections ORDER BY id')
    .all() as Array<{ id: string; name: string; asset_code: string; units: string; scale: number }>;
  const wholesale = connections.map((connection) => {
    const account = ledger.reader.account(`op:${connection.id}:wholesale`);
    return {
      operatorId: connection.id,
      operatorName: connection.name,
      assetCode: connection.asset_code,
      units: connection.units,
      scale: connection.scale,
      postedMinor: account?.balances.balancePostedMinor ?? 0,
      availableMinor: account?.balances.balanceAvailableMinor ?? 0,
      incomingMinor: account?.balances.debitsPendingMinor ?? 0,
    };
  });

  const stockRows = sqlite
    .prepare(
      `SELECT a.asset_code AS assetCode, r.code, r.name, r.low_stock_threshold_minor AS threshold,
         a.debits_posted_minor - a.credits_posted_minor AS balance
       FROM ledger_accounts a LEFT JOIN retailers r ON r.operator_party_id = a.owner_id
       WHERE a.type = 'retailer_stock'`,
    )
    .all() as Array<{
    assetCode: string;
    code: string | null;
    name: string | null;
    threshold: number | null;
    balance: number;
  }>;
  const stockByAsset = new Map<
    string,
    { totalMinor: number; retailersWithStock: number; lowStock: number }
  >();
  const lowStock: typeof stockRows = [];
  for (const row of stockRows) {
    const entry = stockByAsset.get(row.assetCode) ?? { totalMinor: 0, retailersWithStock: 0, lowStock: 0 };
    entry.totalMinor += row.balance;
    if (row.balance > 0) entry.retailersWithStock += 1;
    if (row.threshold !== null && row.balance <= row.threshold) {
      entry.lowStock += 1;
      lowStock.push(row);
    }
    stockByAsset.set(row.assetCode, entry);
  }

  const receivable = sqlite
    .prepare(
      `SELECT coalesce(sum(CASE WHEN b > 0 THEN b ELSE 0 END), 0) AS owed,
         coalesce(sum(CASE WHEN b < 0 THEN -b ELSE 0 END), 0) AS prepaid,
         coalesce(sum(b > 0), 0) AS owing
       FROM (SELECT debits_posted_minor - credits_posted_minor AS b FROM ledger_accounts WHERE type = 'retailer_receivable')`,
    )
    .get() as { owed: number; prepaid: number; owing: number };
  const overdue = sqlite
    .prepare(
      `SELECT coalesce(sum(t.amount_minor - coalesce((SELECT sum(p.amount_minor) FROM payment_applications p WHERE p.action_id = a.id), 0)), 0)
       FROM operator_actions a
       JOIN ledger_entries e ON e.id = a.resolution_entry_id
       JOIN ledger_transfers t ON t.entry_seq = e.seq AND t.code = 'allocation_charge'
       WHERE a.kind = 'allocation' AND a.state = 'confirmed' AND a.final_at < ?`,
    )
    .pluck()
    .get(now - overdueAfterDays * dayMs) as number;

  // Today's completed sales from the pull's quarter-hour rollup: local midnight is a quarter's start.
  const sales = sqlite
    .prepare(
      `SELECT coalesce(sum(count), 0) AS count, coalesce(sum(face_value_minor), 0) AS face,
         coalesce(sum(CASE WHEN classification = 'retail_sale' THEN face_value_minor ELSE 0 END), 0) AS reseller
       FROM sales_by_quarter_hour WHERE quarter_start_ms >= ?`,
    )
    .get(startOfLocalDayMs(now)) as { count: number; face: number; reseller: number };

  const open = sqlite
    .prepare(
      `SELECT kind, sum(state NOT IN ('confirmed', 'failed', 'cancelled')) AS open, sum(state = 'failed') AS failed
       FROM operator_actions GROUP BY kind`,
    )
    .all() as Array<{ kind: string; open: number; failed: number }>;
  const openOf = (kind: string) => open.find((row) => row.kind === kind)?.open ?? 0;
  const failed = open.reduce((sum, row) => sum + row.failed, 0);
  const approvalsWaiting = sqlite
    .prepare("SELECT count(*) FROM allocation_approvals WHERE state = 'awaiting_approval'")
    .pluck()
    .get() as number;

  const alerts: DashboardAlert[] = [];
  if (approvalsWaiting > 0) {
    alerts.push({
      kind: 'approval_waiting',
      severity: 'warning',
      title: `${approvalsWaiting} allocation(s) wait for approval`,
      detail: 'A second person approves or rejects them on the Allocations screen.',
      link: '/allocations/approvals',
    });
  }
  if (failed > 0) {
    alerts.push({
      kind: 'action_failed',
      severity: 'danger',
      title: `${failed} operator action(s) failed`,
      detail: 'Retry or leave each one on the Sync screen; their reservations are released.',
      link: '/sync',
    });
  }
  for (const refusal of workspace.replenishment.openRefusals().slice(0, lowStockAlertsMax)) {
    alerts.push({
      kind: 'replenishment_refused',
      severity: 'warning',
      title: `Auto-replenishment of ${refusal.retailerCode} was refused`,
      detail: refusal.message,
      link: `/retailers/${refusal.retailerCode}`,
    });
  }
  for (const row of lowStock.sort((a, b) => a.balance - b.balance).slice(0, lowStockAlertsMax)) {
    alerts.push({
      kind: 'low_stock',
      severity: 'warning',
      title: `${row.name ?? row.code} is low on stock`,
      detail: `${unitText(row.balance, row.assetCode)} left, alert at ${unitText(row.threshold ?? 0, row.assetCode)}.`,
      link: `/retailers/${row.code}`,
    });
  }
  const due = sqlite
    .prepare(
      `SELECT po.number, po.cost_minor - coalesce((SELECT sum(p.amount_minor) FROM operator_payment_applications p
           WHERE p.purchase_id = po.id), 0) AS cost, a.final_at + po.due_days * ? AS due_at
       FROM purchase_orders po JOIN operator_actions a ON a.id = po.id
       WHERE po.payment_method = 'credit' AND a.state = 'confirmed' AND a.final_at + po.due_days * ? < ?
         AND po.cost_minor > coalesce((SELECT sum(p.amount_minor) FROM operator_payment_applications p
           WHERE p.purchase_id = po.id), 0)
       ORDER BY due_at LIMIT 10`,
    )
    .all(dayMs, dayMs, now + 7 * dayMs) as Array<{ number: string; cost: number; due_at: number }>;
  for (const order of due) {
    alerts.push({
      kind: 'payable_due',
      severity: order.due_at < now ? 'danger' : 'info',
      title: `${order.number} ${order.due_at < now ? 'is overdue' : 'falls due soon'}`,
      detail: `${amountText(order.cost, { currency, scale: moneyScale })} owed to the operator, due ${new Date(order.due_at).toISOString().slice(0, 10)}.`,
      link: '/operator',
    });
  }

  return {
    wholesale,
    retailerStock: [...stockByAsset.entries()].map(([assetCode, entry]) => ({ assetCode, ...entry })),
    receivables: {
      currency,
      scale: moneyScale,
      owedMinor: receivable.owed,
      prepaidMinor: receivable.prepaid,
      overdueMinor: overdue,
      overdueAfterDays,
      retailersOwing: receivable.owing,
    },
    todaySales: {
      count: sales.count,
      faceValueMinor: sales.face,
      resellerShareBasisPoints: sales.face === 0 ? 0 : Math.round((sales.reseller * 10_000) / sales.face),
    },
    pendingActions: {
      purchases: openOf('purchase'),
      allocations: openOf('allocation'),
      topups: openOf('direct_topup'),
      failed,
    },
    approvalsWaiting,
    alerts,
  };
}
