/**
 * Sync benchmarks (`npm run bench` runs them after the ledger's; alone: `npx tsx bench/syncBench.ts [--quick]`).
 *
 * 1. Draining an outbox of allocations against the local sandbox (bounded requests in flight), in
 *    operations/s, against the sandbox's raw request rate measured in the same run.
 * 2. Pulling the sales feed into the ledger (each sale stored once and booked), in rows/s, against
 *    reading the same feed raw (HTTP + JSON, nothing stored) in the same run.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import {
  distributorPartyAccountId,
  distributorPartyId,
  wholesaleBucketId,
} from '../src/core/operator/tmf654';
import { Workspace } from '../src/core/workspace/workspace';
import {
  formatRate,
  formatRatio,
  formatTable,
  nowMs,
  type ResultRow,
  TemporaryFolders,
} from './benchSupport';

const quick = process.argv.includes('--quick');
const config = {
  allocations: quick ? 2_000 : 10_000,
  sales: quick ? 100_000 : 1_000_000,
  retailers: 50,
  drainTargetPerSecond: 1_000,
  pullTargetPerSecond: 50_000,
};
const passphrase = 'benchmark passphrase';
/** The pulled sales are spread over this long. */
const salesSpanMs = 3_600_000;
const folders = new TemporaryFolders();
const migrationsFolder = join(__dirname, '..', 'migrations');

/** The workspace's clock runs `lagMs` behind: the pull bench links wallets an hour before the sales it pulls. */
function environment(lagMs = 0) {
  return {
    ...(lagMs === 0 ? {} : { now: () => new Date(Date.now() - lagMs) }),
    keyProvider: {
      source: 'the benchmark passphrase',
      keyForNewWorkspace: async () => ({ kind: 'passphrase' as const, passphrase }),
      keyForExistingWorkspace: async () => ({ kind: 'passphrase' as const, passphrase }),
    },
    migrationsFolder,
    appVersion: 'bench',
  };
}

interface SandboxProcess {
  url: string;
  tmfBaseUrl: string;
  tokenUrl: string;
  adminUrl: string;
  clientId: string;
  clientSecret: string;
  units: string;
  scale: number;
  admin(path: string, body: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts the sandbox in a child process and talks to its admin routes over HTTP. */
function startSandboxProcess(options: Record<string, unknown>): Promise<SandboxProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'sandboxProcess.ts'), JSON.stringify(options)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line === undefined) return;
      const addresses = JSON.parse(line) as Omit<SandboxProcess, 'admin' | 'close'>;
      resolve({
        ...addresses,
        admin: async (path, body) => {
          const response = await fetch(`${addresses.adminUrl}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (!response.ok)
            throw new Error(`sandbox admin ${path}: ${response.status} ${await response.text()}`);
          return response.json();
        },
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`the sandbox process exited with ${code}`)));
  });
}

async function connectedWorkspace(sandbox: SandboxProcess, clockLagMs = 0) {
  const workspace = await Workspace.create(environment(clockLagMs), {
    dataDir: join(folders.make('airledger-sync-bench-'), 'ws'),
    distributorName: 'Benchmark Airtime',
    baseCurrency: 'XOF',
  });
  // As the desktop and browser mode run it: WAL checkpoints on a worker thread.
  if (!workspace.checkpointInBackground()) throw new Error('bench: background checkpoints did not start');
  workspace.operators.save(
    {
      id: 'sandbox',
      name: 'Sandbox',
      baseUrl: sandbox.tmfBaseUrl,
      tokenUrl: sandbox.tokenUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      apiKey: null,
      requestTimeoutMs: 30_000,
      distributorPartyId,
      partyAccountId: distributorPartyAccountId,
      wholesaleBucketId,
      units: sandbox.units,
      scale: sandbox.scale,
    },
    { openingMinor: 0, msisdn: null },
  );
  return workspace;
}

async function linkRetailers(
  workspace: Workspace,
  sandbox: SandboxProcess,
  initialBalance: number,
): Promise<string[]> {
  const { linkRetailerWallet } = await import('../src/core/operator/retailerWalletLink');
  const { OperatorGateway } = await import('../src/core/operator/operatorGateway');
  const connection = workspace.operators.require();
  const gateway = new OperatorGateway(connection);
  const partyIds: string[] = [];
  for (let index = 1; index <= config.retailers; index++) {
    const partyId = `R-${String(index).padStart(5, '0')}`;
    const msisdn = `22507${String(index).padStart(8, '0')}`;
    await sandbox.admin('/retailers', { partyId, name: `Retailer ${index}`, msisdn, initialBalance });
    await linkRetailerWallet(workspace.sqlite, workspace.ledger, workspace.retailers, connection, gateway, {
      partyId,
      name: `Retailer ${index}`,
      msisdn,
    });
    // On credit with room to spare: the drain is measured, not the retailers' terms.
    workspace.retailers.update({ code: partyId, terms: 'postpaid', creditLimitMinor: 10 ** 13 });
    partyIds.push(partyId);
  }
  return partyIds;
}

/** Outbox drain: allocations queued beforehand; the cycle sends, polls and confirms them all. */
async function drainBench(sandboxRatePerSecond: number): Promise<ResultRow[]> {
  const sandbox = await startSandboxProcess({
    wholesaleInitialBalance: 1_000_000_000,
    transferDelayMs: 0,
    purchaseDelayMs: 0,
    topupDelayMs: 0,
  });
  const workspace = await connectedWorkspace(sandbox);
  try {
    const partyIds = await linkRetailers(workspace, sandbox, 0);
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
  const workspace = await connectedWorkspace(sandbox, salesSpanMs + 60_000);
  try {
    await linkRetailers(workspace, sandbox, 2_000_000_000);
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

async function bearerToken(sandbox: SandboxProcess): Promise<string> {
  const response = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
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
