/**
 * Sync benchmarks (`npm run bench` runs them after the ledger's; alone: `npx tsx bench/syncBench.ts [--quick]`).
 *
 * 1. Draining an outbox of allocations against the local sandbox (bounded requests in flight), in
 *    operations/s, against the sandbox's raw request rate measured in the same run.
 * 2. Pulling the sales feed into the ledger (each sale stored once and booked), in rows/s, against
 *    reading the same feed raw (HTTP + JSON, nothing stored) in the same run.
 */
import { uuidv7 } from 'uuidv7';
import { wholesaleBucketId } from '../src/core/operator/tmf654';
import {
  formatRate,
  formatRatio,
  formatTable,
  nowMs,
  type ResultRow,
  TemporaryFolders,
} from './benchSupport';
import {
  bearerToken,
  connectedWorkspace,
  linkRetailers,
  type SandboxProcess,
  startSandboxProcess,
} from './benchWorld';

const quick = process.argv.includes('--quick');
const config = {
  allocations: quick ? 2_000 : 10_000,
  sales: quick ? 100_000 : 1_000_000,
  retailers: 50,
  drainTargetPerSecond: 1_000,
  pullTargetPerSecond: 50_000,
};
/** The pulled sales are spread over this long. */
const salesSpanMs = 3_600_000;
const folders = new TemporaryFolders();

/** Outbox drain: allocations queued beforehand; the cycle sends, polls and confirms them all. */
async function drainBench(sandboxRatePerSecond: number): Promise<ResultRow[]> {
  const sandbox = await startSandboxProcess({
    wholesaleInitialBalance: 1_000_000_000,
    transferDelayMs: 0,
    purchaseDelayMs: 0,
    topupDelayMs: 0,
  });
  const workspace = await connectedWorkspace(folders, sandbox);
  try {
    const partyIds = await linkRetailers(workspace, sandbox, config.retailers, 0);
    const { bookOpeningBalance, operatorAccountIds } = await import(
      '../src/core/operator/operatorLedgerAccounts'
    );
    bookOpeningBalance(
      workspace.ledger,
      'sandbox',
      { bucketId: wholesaleBucketId, accountId: operatorAccountIds.wholesale('sandbox') },
      1_000_000_000,
    );
    for (let index = 0; index < config.allocations; index++) {
      workspace.outbox.enqueue({
        id: uuidv7(),
        operatorId: 'sandbox',
        kind: 'allocation',
        partyId: partyIds[index % partyIds.length] as string,
        amountMinor: 1_000 + (index % 10) * 100,
        requestedBy: 'bench',
      });
    }
    const started = nowMs();
    const summary = await workspace.sync.start('manual', { settleWithinMs: 120_000 });
    const seconds = (nowMs() - started) / 1000;
    if (summary.confirmed !== config.allocations || summary.stillOpen !== 0) {
      throw new Error(`drain left work: ${JSON.stringify(summary)}`);
    }
    const rate = config.allocations / seconds;
    return [
      {
        name: `1. drain ${config.allocations.toLocaleString('en-US')} allocations (send+confirm)`,
        figure: formatRate(rate),
        baseline: `sandbox raw ${formatRate(sandboxRatePerSecond)}`,
        ratio: formatRatio(rate / sandboxRatePerSecond),
        target: `>= ${formatRate(config.drainTargetPerSecond)}`,
        pass: rate >= config.drainTargetPerSecond,
      },
    ];
  } finally {
    await workspace.closeGracefully();
    await sandbox.close();
  }
}

/** Reads the whole feed over HTTP and parses it, storing nothing: what the pull could do at best. */
async function rawFeedRead(sandbox: SandboxProcess): Promise<number> {
  const token = await bearerToken(sandbox);
  let rows = 0;
  for (let offset = 0; ; offset += 5000) {
    const response = await fetch(
      `${sandbox.tmfBaseUrl}/balanceActionHistory?confirmationDate.gte=1970-01-01T00:00:00.000Z&offset=${offset}&limit=5000`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const page = (await response.json()) as unknown[];
    rows += page.length;
    if (page.length < 5000) return rows;
  }
}

async function pullBench(): Promise<ResultRow[]> {
  const sandbox = await startSandboxProcess({ wholesaleInitialBalance: 0, seed: 11 });
  // Connected and linked an hour ago (the workspace clock lags), so the hour of sales comes after the links.
  const workspace = await connectedWorkspace(folders, sandbox, salesSpanMs + 60_000);
  try {
    await linkRetailers(workspace, sandbox, config.retailers, 2_000_000_000);
    const endMs = Date.now();
    const traffic = (await sandbox.admin('/traffic', {
      sales: config.sales,
      from: new Date(endMs - salesSpanMs).toISOString(),
      to: new Date(endMs).toISOString(),
    })) as { sales: number };

    const rawStarted = nowMs();
    const rawRows = await rawFeedRead(sandbox);
    const rawRate = rawRows / ((nowMs() - rawStarted) / 1000);

    const started = nowMs();
    const summary = await workspace.sync.start('manual');
    const seconds = (nowMs() - started) / 1000;
    const rate = summary.pulled / seconds;
    if (summary.pulled < traffic.sales) throw new Error(`pulled ${summary.pulled} of ${traffic.sales} sales`);
    if (summary.booked < traffic.sales * 0.9)
      throw new Error(`booked ${summary.booked} of ${traffic.sales} sales`);
    return [
      {
        name: `2. pull ${summary.pulled.toLocaleString('en-US')} feed rows into the ledger (${summary.booked.toLocaleString('en-US')} booked)`,
        figure: formatRate(rate),
        baseline: `raw feed read ${formatRate(rawRate)}`,
        ratio: formatRatio(rate / rawRate),
        target: `>= ${formatRate(config.pullTargetPerSecond)}`,
        pass: rate >= config.pullTargetPerSecond,
      },
    ];
  } finally {
    await workspace.closeGracefully();
    await sandbox.close();
  }
}

/** The sandbox's raw request rate: GET /bucket/{id} with a token, as many in flight as the drain uses. */
async function rawRequestRate(durationMs: number, inFlight: number): Promise<number> {
  const sandbox = await startSandboxProcess({});
  try {
    const token = await bearerToken(sandbox);
    const url = `${sandbox.tmfBaseUrl}/bucket/BKT-WHOLESALE`;
    const run = async (untilMs: number): Promise<number> => {
      let completed = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (nowMs() < untilMs) {
            const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
            await response.arrayBuffer();
            completed++;
          }
        }),
      );
      return completed;
    };
    await run(nowMs() + 300);
    const started = nowMs();
    const completed = await run(started + durationMs);
    return completed / ((nowMs() - started) / 1000);
  } finally {
    await sandbox.close();
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `Sync benchmarks${quick ? ' (QUICK: reduced sizes, figures not comparable to the targets)' : ''}: ${config.allocations} allocations, ${config.sales} sales, ${config.retailers} retailers.\n`,
  );
  const sandboxRate = await rawRequestRate(quick ? 1_000 : 3_000, 16);
  const rows: ResultRow[] = [
    {
      name: '0. sandbox raw request rate (GET /bucket, 16 in flight, own process)',
      figure: formatRate(sandboxRate),
      baseline: '-',
      ratio: '-',
      target: '-',
      pass: null,
    },
    ...(await drainBench(sandboxRate)),
    ...(await pullBench()),
  ];
  process.stdout.write(`\n${formatTable(rows)}\n`);
  folders.removeAll();
}

main().catch((error: unknown) => {
  process.stderr.write(`sync benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
  folders.removeAll();
  process.exitCode = 1;
});
