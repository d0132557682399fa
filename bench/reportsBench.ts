/**
 * Report benchmarks (`npm run bench` runs them last; alone: `npx tsx bench/reportsBench.ts [--quick]`).
 *
 * A workspace with 10,000 resellers in six regions pulls 5,000,000 sales
 * over 70 days from the sandbox, through the real pull (which books them and keeps the report
 * rollups). Then, on the last 30 days:
 * 1. the whole dashboard (reseller sales and non-reseller sales, every card), unfiltered and for one
 *    region; target under 500 ms;
 * 2. each drill-down page (every reseller behind a figure; one reseller's sales; the non-reseller
 *    sales); target under 200 ms;
 * each against a plain full-scan GROUP BY of the same period over the sales register in the same run.
 */
import type { ReportFilters } from '../src/contract/reportSchemas';
import { UpdateRetailerInput } from '../src/contract/retailerSchemas';
import { directSalesReport } from '../src/core/reports/directSales';
import { resolveScope } from '../src/core/reports/reportScope';
import { resellerSalesReport } from '../src/core/reports/resellerSales';
import { resellerBreakdown, salesRows } from '../src/core/reports/salesDrillDown';
import type { Workspace } from '../src/core/workspace/workspace';
import {
  formatMs,
  formatRatio,
  formatTable,
  nowMs,
  quantile,
  type ResultRow,
  TemporaryFolders,
} from './benchSupport';
import { connectedWorkspace, linkRetailers, startSandboxProcess } from './benchWorld';

const quick = process.argv.includes('--quick');
/** `--sales N`: another number of sales (the figures are then not comparable to the targets). */
const salesArgument = process.argv.indexOf('--sales');
const config = {
  retailers: quick ? 1_000 : 10_000,
  sales: salesArgument > 0 ? Number(process.argv[salesArgument + 1]) : quick ? 200_000 : 5_000_000,
  days: quick ? 35 : 70,
  dashboardTargetMs: 500,
  drillDownTargetMs: 200,
  repeats: 7,
};
const dayMs = 86_400_000;
const regions = ['Dakar', 'Thiès', 'Saint-Louis', 'Kaolack', 'Ziguinchor', 'Tambacounda'];
const folders = new TemporaryFolders();

/** The median of `repeats` runs after one warm-up, and the warm-up (cold caches) itself. */
function measure(fn: () => unknown): { medianMs: number; coldMs: number } {
  const coldStart = nowMs();
  fn();
  const coldMs = nowMs() - coldStart;
  const runs: number[] = [];
  for (let run = 0; run < config.repeats; run++) {
    const start = nowMs();
    fn();
    runs.push(nowMs() - start);
  }
  return { medianMs: quantile(runs, 0.5), coldMs };
}

async function salesWorkspace(): Promise<Workspace> {
  const sandbox = await startSandboxProcess({ wholesaleInitialBalance: 0, seed: 5 });
  const spanMs = config.days * dayMs;
  // Connected and linked before the first sale (the workspace clock lags), as a real history would be.
  const workspace = await connectedWorkspace(folders, sandbox, spanMs + 60_000);
  try {
    const started = nowMs();
    const partyIds = await linkRetailers(workspace, sandbox, config.retailers, 2_000_000_000);
    const linkedAt = nowMs();
    // Regions only: moving 10,000 retailers under sub-distributors one by one costs minutes
    // (each move re-derives its branch), and the benchmark filters by region, not by branch.
    for (const [index, partyId] of partyIds.entries()) {
      workspace.retailers.update(
        UpdateRetailerInput.parse({ code: partyId, region: regions[index % regions.length] }),
      );
    }
    process.stdout.write(
      `Linked in ${formatMs(linkedAt - started)}, regions set in ${formatMs(nowMs() - linkedAt)}.\n`,
    );
    const linkedMs = nowMs() - started;
    const endMs = Date.now();
    // In slices of the period: one request for millions of sales would outlast HTTP's patience.
    const slices = Math.ceil(config.sales / 250_000);
    const traffic = { sales: 0 };
    for (let slice = 0; slice < slices; slice++) {
      const sliceFrom = endMs - spanMs + Math.floor((slice * spanMs) / slices);
      const sliceTo = endMs - spanMs + Math.floor(((slice + 1) * spanMs) / slices);
      const made = (await sandbox.admin('/traffic', {
        sales: Math.ceil(config.sales / slices),
        from: new Date(sliceFrom).toISOString(),
        to: new Date(sliceTo).toISOString(),
      })) as { sales: number };
      traffic.sales += made.sales;
    }
    const pullStarted = nowMs();
    const summary = await workspace.sync.start('manual');
    process.stdout.write(
      `Built: ${config.retailers} resellers linked in ${formatMs(linkedMs)}, ${traffic.sales.toLocaleString('en-US')} sales pulled (${summary.pulled.toLocaleString('en-US')} feed rows) in ${formatMs(nowMs() - pullStarted)}.\n`,
    );
    return workspace;
  } catch (error) {
    await workspace.closeGracefully();
    throw error;
  } finally {
    await sandbox.close();
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `Report benchmarks${quick ? ' (QUICK: reduced sizes, figures not comparable to the targets)' : ''}: ${config.retailers} resellers, ${config.sales} sales over ${config.days} days.\n`,
  );
  const workspace = await salesWorkspace();
  try {
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * dayMs).toISOString().slice(0, 10);
    const filters: ReportFilters = { from, to };
    const scopeOf = (extra: Partial<ReportFilters> = {}) =>
      resolveScope(workspace.sqlite, workspace.operators, { ...filters, ...extra });
    const sqlite = workspace.sqlite;
    const fromMs = Date.parse(`${from}T00:00:00Z`);
    const endMs = Date.parse(`${to}T00:00:00Z`) + dayMs;
    const registerRows = sqlite
      .prepare("SELECT count(*) FROM operator_history NOT INDEXED WHERE classification = 'retail_sale'")
      .pluck()
      .get() as number;
    // The plain way: every sale of the period read from the register and grouped by reseller.
    const fullScan = measure(() =>
      sqlite
        .prepare(
          `SELECT requestor_party_id, count(*), sum(amount_minor) FROM operator_history NOT INDEXED
           WHERE classification = 'retail_sale' AND status = 'completed' AND confirmed_at >= ? AND confirmed_at < ?
           GROUP BY 1`,
        )
        .all(fromMs, endMs),
    );
    const dashboard =
      (extra: Partial<ReportFilters> = {}) =>
      () => {
        const scope = scopeOf(extra);
        resellerSalesReport(sqlite, scope);
        directSalesReport(sqlite, scope);
      };
    const unfiltered = measure(dashboard());
    const oneRegion = measure(dashboard({ regions: ['Kaolack'] }));
    const fewResellers = measure(dashboard({ retailerCodes: ['R-00001', 'R-00002', 'R-00003'] }));
    const top = resellerSalesReport(sqlite, scopeOf()).top[0]?.code ?? 'R-00001';
    const breakdown = measure(() =>
      resellerBreakdown(sqlite, scopeOf(), { sort: 'value', direction: 'desc', offset: 0, limit: 100 }),
    );
    const breakdownByName = measure(() =>
      resellerBreakdown(sqlite, scopeOf(), { sort: 'name', direction: 'asc', offset: 5_000, limit: 100 }),
    );
    const resellerSales = measure(() =>
      salesRows(sqlite, scopeOf(), { kind: 'reseller', retailerCode: top, offset: 0, limit: 100 }),
    );
    const directRows = measure(() => salesRows(sqlite, scopeOf(), { kind: 'direct', offset: 0, limit: 100 }));
    const baseline = `full-scan GROUP BY ${formatMs(fullScan.medianMs)}`;
    const row = (
      name: string,
      figure: { medianMs: number; coldMs: number },
      targetMs: number,
    ): ResultRow => ({
      name: `${name} (cold ${formatMs(figure.coldMs)})`,
      figure: formatMs(figure.medianMs),
      baseline,
      ratio: formatRatio(figure.medianMs / fullScan.medianMs),
      target: `< ${formatMs(targetMs)}`,
      pass: figure.medianMs < targetMs,
    });
    const rows: ResultRow[] = [
      {
        name: `0. plain GROUP BY by reseller over 30 days of ${registerRows.toLocaleString('en-US')} register sales`,
        figure: formatMs(fullScan.medianMs),
        baseline: '-',
        ratio: '-',
        target: '-',
        pass: null,
      },
      row('1a. whole dashboard, every card', unfiltered, config.dashboardTargetMs),
      row('1b. whole dashboard, one region', oneRegion, config.dashboardTargetMs),
      row('1c. whole dashboard, three resellers', fewResellers, config.dashboardTargetMs),
      row('2a. drill-down: resellers by value, page 1', breakdown, config.drillDownTargetMs),
      row('2b. drill-down: resellers by name, page 51', breakdownByName, config.drillDownTargetMs),
      row(`2c. drill-down: sales of ${top}, page 1`, resellerSales, config.drillDownTargetMs),
      row('2d. drill-down: non-reseller sales, page 1', directRows, config.drillDownTargetMs),
    ];
    process.stdout.write(`\n${formatTable(rows)}\n`);
  } finally {
    await workspace.closeGracefully();
    folders.removeAll();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
