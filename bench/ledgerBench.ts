/**
 * Ledger benchmarks (`npm run bench`, or `npx tsx bench/ledgerBench.ts [--quick]`).
 *
 * 1. Posting single-transfer entries in batches through `ledger.writer.recordBatch` into an encrypted
 *    workspace, against raw prepared INSERTs of equivalent rows into the same file (clones of the ledger
 *    tables with the same columns, constraints and indexes, no ledger logic).
 * 2. The same posting into an unencrypted file: the encryption overhead.
 * 3. Current balance and as-at balance of an account on every one of 1,000,000 transfers.
 * 4. Full verify of 1,000,000 entries, against a plain scan of the transfers.
 *
 * Every figure comes with a baseline measured in the same process (interleaved where it can be), so the
 * ratios hold on a noisy machine. It is a report: it exits 0 when a target is missed, and 1 only when
 * the benchmark itself breaks (a refused entry, a wrong balance, a verify violation).
 */
import { loadavg } from 'node:os';
import {
  formatMs,
  formatRate,
  formatRatio,
  formatTable,
  nowMs,
  quantile,
  type ResultRow,
  seededRandom,
  TemporaryFolders,
  timed,
} from './benchSupport';
import {
  createBenchChart,
  hub,
  joinedEntriesSql,
  LedgerLoad,
  openEncrypted,
  openPlain,
  RawInserts,
} from './ledgerLoad';

const quick = process.argv.includes('--quick');
const config = {
  /** Entries per `recordBatch` call (one transaction), and per raw-insert transaction. */
  batchSize: 1000,
  /** Entries posted by each contender in the encrypted / unencrypted / raw comparison. */
  comparedEntries: quick ? 20_000 : 100_000,
  /** Entries in the encrypted workspace once filled (the comparison's included), hub on every one. */
  totalEntries: quick ? 200_000 : 1_000_000,
  querySamples: quick ? 500 : 2_000,
  queryWarmup: 100,
  /** Untimed batches each contender posts before the comparison. */
  warmupBatches: 5,
  /** The fill stops here even if short of totalEntries (the query and verify figures then say so). */
  fillBudgetMs: 240_000,
};

const targets = {
  postingPerSecond: 50_000,
  ledgerToRawMin: 0.5,
  encryptionOverheadMax: 1.3,
  queryMedianMs: 1,
  verifyMs: 10_000,
};

const log = (message: string) => console.log(`[bench] ${message}`);

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = nowMs();
  const rows: ResultRow[] = [];
  const folders = new TemporaryFolders();
  log(
    `${quick ? 'QUICK run (reduced sizes). ' : ''}batches of ${config.batchSize}; ` +
      `${config.comparedEntries.toLocaleString('en-US')} entries compared, ` +
      `${config.totalEntries.toLocaleString('en-US')} in the encrypted ledger; temp folders under the OS temp dir`,
  );

  const encrypted = await openEncrypted(folders.make('airledger-bench-enc-'));
  const plain = openPlain(folders.make('airledger-bench-plain-'));
  const encryptedSqlite = encrypted.workspace.sqlite;
  createBenchChart(encrypted.workspace.ledger);
  createBenchChart(plain.ledger);
  const loadEncrypted = new LedgerLoad('encrypted ledger', encrypted.workspace.ledger, encrypted.clock);
  const loadPlain = new LedgerLoad('unencrypted ledger', plain.ledger, plain.clock);
  const rawEncrypted = new RawInserts(encryptedSqlite);
  const rawPlain = new RawInserts(plain.sqlite);

  // 1 and 2: the four contenders take turns, one batch each per round, the order rotating, so that
  // a burst of noise on the machine lands on all of them alike.
  const contenders = [
    () => loadEncrypted.postBatch(config.batchSize),
    () => rawEncrypted.postBatch(config.batchSize),
    () => loadPlain.postBatch(config.batchSize),
    () => rawPlain.postBatch(config.batchSize),
  ];
  // Warm-up (untimed, the same for all): JIT-compiles the writer before the first timed batch.
  for (let batch = 0; batch < config.warmupBatches; batch += 1) {
    for (const load of [loadEncrypted, loadPlain]) load.postBatch(config.batchSize);
    for (const raw of [rawEncrypted, rawPlain]) raw.postBatch(config.batchSize);
  }
  for (const contender of [loadEncrypted, loadPlain, rawEncrypted, rawPlain]) contender.resetTimer();
  const rounds = Math.ceil(config.comparedEntries / config.batchSize);
  log(`posting: ${rounds} rounds of one ${config.batchSize}-entry batch per contender`);
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < contenders.length; turn += 1)
      contenders[(round + turn) % contenders.length]?.();
  }
  const rate = (entries: number, ms: number) => (entries * 1000) / ms;
  const ledgerEncryptedRate = rate(loadEncrypted.timedEntries, loadEncrypted.timedMs);
  const ledgerPlainRate = rate(loadPlain.timedEntries, loadPlain.timedMs);
  const rawEncryptedRate = rate(rawEncrypted.timedEntries, rawEncrypted.timedMs);
  const rawPlainRate = rate(rawPlain.timedEntries, rawPlain.timedMs);
  const compared = loadEncrypted.timedEntries.toLocaleString('en-US');
  rows.push(
    {
      name: `1. post ${compared} entries, encrypted`,
      figure: formatRate(ledgerEncryptedRate),
      baseline: `raw inserts ${formatRate(rawEncryptedRate)}`,
      ratio: formatRatio(ledgerEncryptedRate / rawEncryptedRate),
      target: `>= ${formatRate(targets.postingPerSecond)}`,
      pass: ledgerEncryptedRate >= targets.postingPerSecond,
    },
    {
      name: '1. ledger rate / raw insert rate',
      figure: formatRatio(ledgerEncryptedRate / rawEncryptedRate),
      baseline: `raw inserts ${formatRate(rawEncryptedRate)}`,
      ratio: formatRatio(ledgerEncryptedRate / rawEncryptedRate),
      target: `>= ${formatRatio(targets.ledgerToRawMin)}`,
      pass: ledgerEncryptedRate / rawEncryptedRate >= targets.ledgerToRawMin,
    },
    {
      name: `2. post ${compared} entries, unencrypted`,
      figure: formatRate(ledgerPlainRate),
      baseline: `encrypted ${formatRate(ledgerEncryptedRate)}`,
      ratio: formatRatio(ledgerPlainRate / ledgerEncryptedRate),
      target: `<= ${formatRatio(targets.encryptionOverheadMax)}`,
      pass: ledgerPlainRate / ledgerEncryptedRate <= targets.encryptionOverheadMax,
    },
    {
      name: '   raw inserts, unencrypted',
      figure: formatRate(rawPlainRate),
      baseline: `encrypted ${formatRate(rawEncryptedRate)}`,
      ratio: formatRatio(rawPlainRate / rawEncryptedRate),
      target: '-',
      pass: null,
    },
  );
  log(
    `ledger encrypted ${formatRate(ledgerEncryptedRate)}, raw encrypted ${formatRate(rawEncryptedRate)}, ` +
      `ledger unencrypted ${formatRate(ledgerPlainRate)}, raw unencrypted ${formatRate(rawPlainRate)}`,
  );
  plain.checkpoints.stop();
  plain.sqlite.close();

  // Fill the encrypted ledger to totalEntries: sustained throughput as the tables grow.
  const fillStarted = nowMs();
  const fillFrom = loadEncrypted.next;
  loadEncrypted.resetTimer();
  const segment = 100_000;
  let segmentStart = nowMs();
  let segmentMs = 0;
  let segmentFrom = loadEncrypted.next;
  const segmentRates: string[] = [];
  while (loadEncrypted.next < config.totalEntries && nowMs() - fillStarted < config.fillBudgetMs) {
    segmentMs += loadEncrypted.postBatch(
      Math.min(config.batchSize, config.totalEntries - loadEncrypted.next),
    );
    if (loadEncrypted.next % segment === 0 || loadEncrypted.next === config.totalEntries) {
      const segmentRate = rate(loadEncrypted.next - segmentFrom, segmentMs);
      segmentRates.push(`${Math.round(segmentRate / 1000)}k`);
      log(
        `filled ${loadEncrypted.next.toLocaleString('en-US')} entries: last segment ${formatRate(segmentRate)} ` +
          `(${formatMs(nowMs() - segmentStart)} wall)`,
      );
      segmentStart = nowMs();
      segmentMs = 0;
      segmentFrom = loadEncrypted.next;
    }
  }
  const filled = loadEncrypted.next;
  const fullSize = filled >= config.totalEntries;
  const fillEntries = filled - fillFrom;
  const fillPostingMs = loadEncrypted.timedMs;
  rows.push({
    name: `   sustained: ${fillFrom.toLocaleString('en-US')} -> ${filled.toLocaleString('en-US')} entries`,
    figure: formatRate(rate(fillEntries, fillPostingMs)),
    baseline: `per 100k: ${segmentRates.join(' ')}`,
    ratio: '-',
    target: '-',
    pass: null,
  });
  if (!fullSize) log(`FILL STOPPED at ${filled} entries: over its ${config.fillBudgetMs / 1000} s budget`);
  const hubTransfers = filled + 1; // and the initial purchase
  const sizeNote = `${hubTransfers.toLocaleString('en-US')} transfers`;

  // 3. Balances: current and as at random instants, each call timed, interleaved with the baseline.
  const { ledger } = encrypted.workspace;
  const hubView = ledger.reader.account(hub);
  if (hubView === undefined) throw new Error('the hub account is missing');
  const pkLookup = encryptedSqlite.prepare('SELECT * FROM ledger_accounts WHERE id = ?');
  const random = seededRandom(20260101);
  const firstAt = loadEncrypted.hubHistory[0]?.recordedAt ?? 0;
  const span = encrypted.clock.nowMs - firstAt;
  const times = { baseline: [] as number[], current: [] as number[], asAt: [] as number[] };
  let wrong = 0;
  for (let sample = 0; sample < config.queryWarmup + config.querySamples; sample += 1) {
    const keep = sample >= config.queryWarmup;
    const instant = firstAt + Math.floor(random() * span);
    const baseline = timed(() => pkLookup.get(hub));
    const current = timed(() => ledger.reader.account(hub));
    const asAt = timed(() => ledger.reader.balanceAsAt(hubView, instant));
    if (keep) {
      times.baseline.push(baseline.ms);
      times.current.push(current.ms);
      times.asAt.push(asAt.ms);
    }
    if (current.value?.balances.balancePostedMinor !== loadEncrypted.currentHubBalance) wrong += 1;
    if (asAt.value !== loadEncrypted.expectedHubBalanceAt(instant)) {
      wrong += 1;
      if (wrong <= 5) {
        log(
          `WRONG as-at balance at ${new Date(instant).toISOString()}: ${asAt.value}, expected ${loadEncrypted.expectedHubBalanceAt(instant)}`,
        );
      }
    }
  }
  if (wrong > 0) throw new Error(`${wrong} balance reads disagreed with the posted entries`);
  const median = (values: number[]) => quantile(values, 0.5);
  const p99 = (values: number[]) => quantile(values, 0.99);
  const baselineMedian = median(times.baseline);
  rows.push(
    {
      name: `3. current balance (${sizeNote})`,
      figure: `median ${formatMs(median(times.current))}, p99 ${formatMs(p99(times.current))}`,
      baseline: `pk lookup ${formatMs(baselineMedian)}`,
      ratio: formatRatio(median(times.current) / baselineMedian),
      target: `median < ${formatMs(targets.queryMedianMs)}`,
      pass: fullSize && median(times.current) < targets.queryMedianMs,
    },
    {
      name: `3. balance as at (${sizeNote})`,
      figure: `median ${formatMs(median(times.asAt))}, p99 ${formatMs(p99(times.asAt))}`,
      baseline: `pk lookup ${formatMs(baselineMedian)}`,
      ratio: formatRatio(median(times.asAt) / baselineMedian),
      target: `median < ${formatMs(targets.queryMedianMs)}`,
      pass: fullSize && median(times.asAt) < targets.queryMedianMs,
    },
  );
  log(`balances: ${config.querySamples} samples each, all correct`);

  // 4. Verify, after a plain scan of the same transfers (the scan also warms the OS cache for both).
  const scanSql = 'SELECT count(*) AS n, sum(amount_minor) AS total FROM ledger_transfers';
  const scan = timed(() => encryptedSqlite.prepare(scanSql).get() as { n: number; total: number });
  log(`scan of ${scan.value.n.toLocaleString('en-US')} transfers: ${formatMs(scan.ms)}`);
  const joinedRead = timed(() => {
    let count = 0;
    for (const _row of encryptedSqlite.prepare(joinedEntriesSql).iterate(1)) count += 1;
    return count;
  });
  log(`read of the joined entry/transfer rows, no checks: ${formatMs(joinedRead.ms)}`);
  // The chain hashed on the calling thread alone, shared with a worker thread, then as the app
  // chooses (`auto`: shared only when the load average leaves a core free).
  const verifyInline = timed(() => ledger.verifier.verify('full', { chainHashing: 'inline' }));
  log(
    `verify, chain hashed on the calling thread: ${formatMs(verifyInline.ms)}, ok=${verifyInline.value.ok}`,
  );
  const verifyShared = timed(() => ledger.verifier.verify('full', { chainHashing: 'shared' }));
  const sharedOn = ledger.verifier.chainHashedOn;
  log(
    `verify, chain shared with a worker: ${formatMs(verifyShared.ms)} (${sharedOn}), ok=${verifyShared.value.ok}`,
  );
  const loadAverage = loadavg()[0] ?? 0;
  const verify = timed(() => ledger.verifier.verify('full'));
  const report = verify.value;
  const autoOn = ledger.verifier.chainHashedOn;
  log(`verify (auto, load average ${loadAverage.toFixed(2)}) hashed the chain on: ${autoOn}`);
  log(
    `verify: ${report.entriesChecked.toLocaleString('en-US')} entries, ${report.transfersChecked.toLocaleString('en-US')} transfers, ` +
      `ok=${report.ok}, ${formatMs(verify.ms)}`,
  );
  if (!report.ok || !verifyInline.value.ok || !verifyShared.value.ok) {
    for (const violation of report.violations.slice(0, 5))
      log(`VIOLATION ${violation.check}: ${violation.message}`);
    throw new Error(`verify found ${report.violations.length + report.violationsOmitted} violation(s)`);
  }
  if (report.entriesChecked !== hubTransfers) {
    throw new Error(`verify checked ${report.entriesChecked} entries, the ledger holds ${hubTransfers}`);
  }
  rows.push(
    {
      name: `4. verify full (${report.entriesChecked.toLocaleString('en-US')} entries, ${autoOn === 'calling thread' ? 'one thread' : 'with worker'})`,
      figure: formatMs(verify.ms),
      baseline: `count/sum scan ${formatMs(scan.ms)}`,
      ratio: formatRatio(verify.ms / scan.ms),
      target: `< ${formatMs(targets.verifyMs)}`,
      pass: fullSize && verify.ms < targets.verifyMs,
    },
    {
      name: '   verify, chain shared with a worker thread',
      figure: formatMs(verifyShared.ms),
      baseline: `calling thread alone ${formatMs(verifyInline.ms)}`,
      ratio: formatRatio(verifyShared.ms / verifyInline.ms),
      target: '-',
      pass: null,
    },
    {
      name: '   verify vs reading its joined rows',
      figure: formatMs(verify.ms),
      baseline: `joined read ${formatMs(joinedRead.ms)}`,
      ratio: formatRatio(verify.ms / joinedRead.ms),
      target: '-',
      pass: null,
    },
  );

  encrypted.workspace.close();
  folders.removeAll();

  const failed = rows.filter((row) => row.pass === false).length;
  console.log('');
  console.log(
    `Airledger ledger benchmarks${quick ? ' (QUICK: reduced sizes, figures not comparable to the targets)' : ''}`,
  );
  console.log(formatTable(rows));
  console.log('');
  if (!fullSize) console.log(`NOTE: the fill stopped at ${filled} entries; targets 3 and 4 count as FAIL.`);
  console.log(
    failed === 0
      ? `All ${rows.filter((row) => row.pass !== null).length} targets met.`
      : `FAIL: ${failed} of ${rows.filter((row) => row.pass !== null).length} targets missed.`,
  );
  console.log(`Total time ${formatMs(nowMs() - started)}.`);
}

main().catch((error: unknown) => {
  console.error(
    `[bench] BENCHMARK BROKEN: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
