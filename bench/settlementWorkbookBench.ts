/**
 * Settlement workbook benchmark (`npm run bench` runs it; alone:
 * `npx tsx bench/settlementWorkbookBench.ts [--quick]`).
 *
 * Exports a period of 1,000,000 transactions (500 resellers; `--quick`: 100,000) to a settlement
 * workbook with the streaming writer, and writes the same rows as CSV with csv-stringify (the I/O
 * floor: same rows, same generator, no spreadsheet). Each runs in a process of its own, so its
 * peak RSS (the kernel's high-water mark, `process.resourceUsage().maxRSS`) is its own.
 * Targets: at least 50,000 rows/s, peak RSS under 400 MB.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import { majorText } from '../src/core/reports/reportTable';
import { writeSettlementWorkbook } from '../src/core/settlements/settlementWorkbook';
import { WallClock } from '../src/core/settlements/settlementWorkbookFormats';
import type { TransactionRow } from '../src/core/settlements/settlementWorkbookInput';
import { settlementWorkbookText } from '../src/core/settlements/settlementWorkbookText';
import { generatedInput } from '../test/core/settlements/settlementWorkbookFixture';
import {
  formatMs,
  formatRate,
  formatRatio,
  formatTable,
  nowMs,
  type ResultRow,
  TemporaryFolders,
} from './benchSupport';

const quick = process.argv.includes('--quick');
const config = {
  transactions: quick ? 100_000 : 1_000_000,
  resellers: 500,
  rateTargetPerSecond: 50_000,
  rssTargetMb: 400,
};

interface ChildResult {
  ms: number;
  rows: number;
  bytes: number;
  maxRssMb: number;
}

/** The CSV floor: the same transaction rows, formatted as text, through csv-stringify to a file. */
async function writeCsv(file: string, count: number): Promise<{ rows: number; bytes: number }> {
  const input = generatedInput(count, config.resellers);
  const clock = new WallClock(input.period.timeZone);
  const scale = input.currency.scale;
  const balances = new Map<string, number>();
  const output = createWriteStream(file);
  const csv = stringify({ record_delimiter: '\r\n' });
  csv.pipe(output);
  const write = async (record: unknown[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  await write([
    'Reseller',
    'Statement',
    'Date',
    'Kind',
    'Our reference',
    'Operator reference',
    'MSISDN',
    'Amount',
    'Balance after',
  ]);
  const words = settlementWorkbookText('en');
  let rows = 0;
  for await (const row of input.transactions() as Iterable<TransactionRow>) {
    const balance = (balances.get(row.statementId) ?? 0) + row.amountMinor;
    balances.set(row.statementId, balance);
    await write([
      row.resellerCode,
      row.statementId,
      clock.date(Date.parse(row.at)).toISOString().slice(0, 19).replace('T', ' '),
      words.transactionKinds[row.kind],
      row.ourReference,
      row.operatorReference,
      row.msisdnMasked,
      majorText(row.amountMinor, scale),
      majorText(balance, scale),
    ]);
    rows += 1;
  }
  csv.end();
  await once(output, 'close');
  return { rows, bytes: statSync(file).size };
}

async function writeXlsx(file: string, count: number): Promise<{ rows: number; bytes: number }> {
  const input = generatedInput(count, config.resellers);
  const result = await writeSettlementWorkbook(input, { file, onProgress: () => {} });
  return { rows: result.rows, bytes: result.bytes };
}

/** In the child process: one export, then its figures as one JSON line. */
async function child(kind: string, file: string, count: number): Promise<void> {
  const started = nowMs();
  const written = kind === 'csv' ? await writeCsv(file, count) : await writeXlsx(file, count);
  const result: ChildResult = {
    ms: nowMs() - started,
    rows: written.rows,
    bytes: written.bytes,
    // maxRSS is in kibibytes.
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(kind: 'csv' | 'xlsx', file: string): ChildResult {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', __filename, '--child', kind, file, String(config.transactions)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`the ${kind} export failed (exit ${result.status})`);
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as ChildResult;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt > 0) {
    const [kind, file, count] = process.argv.slice(childAt + 1);
    await child(kind as string, file as string, Number(count));
    return;
  }
  process.stdout.write(
    `Settlement workbook benchmark${quick ? ' (QUICK: reduced size, figures not comparable to the targets)' : ''}: ${config.transactions.toLocaleString('en-US')} transactions, ${config.resellers} resellers.\n`,
  );
  const folders = new TemporaryFolders();
  try {
    const folder = folders.make('airledger-workbook-bench-');
    const csv = runChild('csv', join(folder, 'transactions.csv'));
    const xlsx = runChild('xlsx', join(folder, 'settlement.xlsx'));
    const csvRate = csv.rows / (csv.ms / 1000);
    const xlsxRate = config.transactions / (xlsx.ms / 1000);
    const rows: ResultRow[] = [
      {
        name: `1. export ${config.transactions.toLocaleString('en-US')} transactions to a settlement workbook (${formatMs(xlsx.ms)}, ${mb(xlsx.bytes)})`,
        figure: formatRate(xlsxRate),
        baseline: `CSV ${formatRate(csvRate)} (${formatMs(csv.ms)}, ${mb(csv.bytes)})`,
        ratio: formatRatio(xlsxRate / csvRate),
        target: `>= ${formatRate(config.rateTargetPerSecond)}`,
        pass: xlsxRate >= config.rateTargetPerSecond,
      },
      {
        name: '2. peak RSS of the workbook export (its own process)',
        figure: `${xlsx.maxRssMb.toFixed(0)} MB`,
        baseline: `CSV ${csv.maxRssMb.toFixed(0)} MB`,
        ratio: formatRatio(xlsx.maxRssMb / csv.maxRssMb),
        target: `< ${config.rssTargetMb} MB`,
        pass: xlsx.maxRssMb < config.rssTargetMb,
      },
    ];
    process.stdout.write(`\n${formatTable(rows)}\n`);
  } finally {
    folders.removeAll();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`settlement workbook benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
