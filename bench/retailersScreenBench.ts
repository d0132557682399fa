/**
 * The retailers screen on a network of 100,000 retailers (`npm run bench` runs it after the sync
 * benchmarks; alone: `npx tsx bench/retailersScreenBench.ts [--quick]`; needs `npm run build`).
 *
 * Figures, each with a baseline measured in the same run:
 * - first rows on screen, from navigation to the first retailer row drawn in headless Chromium,
 *   against the same screen on a workspace of 100 retailers (target: under 1 s);
 * - `retailers.list` over the loopback transport (search, filter, sort), median of repeated calls,
 *   against the bare SQL query of the same page on the same file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { AddRetailerInput } from '../src/contract/retailerSchemas';
import { Workspace } from '../src/core/workspace/workspace';
import { findChromium } from '../test/harness/chromiumPath.mjs';
import { nowMs, quantile, TemporaryFolders } from './benchSupport';

const quick = process.argv.includes('--quick');
const bigNetwork = quick ? 20_000 : 100_000;
const smallNetwork = 100;
const firstRowsTargetMs = 1_000;
const listCalls = 15;
const passphrase = 'retailers screen benchmark passphrase';
const repositoryRoot = join(__dirname, '..');
const cliPath = join(repositoryRoot, 'out', 'main', 'cli.js');
const folders = new TemporaryFolders();

function environment() {
  return {
    keyProvider: {
      source: 'the benchmark passphrase',
      keyForNewWorkspace: async () => ({ kind: 'passphrase' as const, passphrase }),
      keyForExistingWorkspace: async () => ({ kind: 'passphrase' as const, passphrase }),
    },
    migrationsFolder: join(repositoryRoot, 'migrations'),
    appVersion: 'bench',
  };
}

const regions = ['Dakar', 'Thiès', 'Saint-Louis', 'Kaolack', 'Ziguinchor', 'Touba'];

/** A workspace with `count` retailers under six sub-distributors; returns its folder and the onboarding rate. */
async function network(count: number): Promise<{ dataDir: string; perSecond: number }> {
  const dataDir = join(folders.make('airledger-retailers-bench-'), 'ws');
  const workspace = await Workspace.create(environment(), {
    dataDir,
    distributorName: 'Benchmark',
    baseCurrency: 'XOF',
  });
  const started = nowMs();
  workspace.retailers.addChecked(
    regions.map((region, index) => ({
      code: `SD-${index + 1}`,
      fields: {
        code: `SD-${index + 1}`,
        name: `${region} Distribution`,
        level: 'sub_distributor',
        region,
        terms: 'prepaid',
        creditLimitMinor: 0,
      },
    })),
    { displayName: 'bench' },
  );
  const chunk = 5_000;
  for (let from = 0; from < count; from += chunk) {
    const rows: Array<{ code: string; fields: AddRetailerInput }> = [];
    for (let index = from; index < Math.min(count, from + chunk); index += 1) {
      const code = `RS-${String(index + 1).padStart(6, '0')}`;
      rows.push({
        code,
        fields: {
          code,
          name: `Boutique ${(index * 7919) % 100_003} ${regions[index % regions.length]}`,
          level: 'retailer',
          parentCode: `SD-${(index % regions.length) + 1}`,
          region: regions[index % regions.length] ?? null,
          walletMsisdn: `2217${String(index).padStart(8, '0')}`,
          terms: index % 3 === 0 ? 'prepaid' : 'postpaid',
          creditLimitMinor: index % 3 === 0 ? 0 : 100_000,
        },
      });
    }
    workspace.retailers.addChecked(rows, { displayName: 'bench' });
  }
  const perSecond = (count / (nowMs() - started)) * 1000;
  await workspace.closeGracefully();
  return { dataDir, perSecond };
}

async function serve(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cliPath, '--json', '--data-dir', dataDir, 'serve', '--port', '0'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', AIRLEDGER_DB_KEY: passphrase },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { value: { url: string } }).value.url);
    });
    child.on('exit', (code) => reject(new Error(`airledger serve exited with ${code}`)));
  });
  return { url, child };
}

/** Navigation to the first retailer row drawn, best of a few loads (a warm browser, as a clerk has). */
async function firstRowsMs(url: string): Promise<number> {
  const executablePath = findChromium();
  if (executablePath === null)
    throw new Error('Chromium is missing (set AIRLEDGER_CHROMIUM or install chromium).');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('nav');
    const times: number[] = [];
    for (let load = 0; load < 4; load += 1) {
      await page.evaluate("window.location.hash = '#/'");
      await page.waitForTimeout(200);
      const started = nowMs();
      await page.evaluate("window.location.hash = '#/retailers'");
      await page.waitForSelector('tbody tr[aria-rowindex="2"] >> text=/RS-|SD-/', { timeout: 30_000 });
      times.push(nowMs() - started);
    }
    return Math.min(...times);
  } finally {
    await browser.close();
  }
}

async function contractListMs(url: string): Promise<{ medianMs: number; variants: Record<string, number> }> {
  const origin = new URL(url);
  const secret = origin.searchParams.get('secret') ?? '';
  const call = async (input: unknown) => {
    const response = await fetch(`${origin.origin}/api/contract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-airledger-secret': secret },
      body: JSON.stringify({ operation: 'retailers.list', input }),
    });
    if (!response.ok) throw new Error(`retailers.list answered ${response.status}`);
    return response.json();
  };
  const variants: Record<string, unknown> = {
    'by name, first page': { sort: 'name', limit: 200 },
    'by name, deep page': { sort: 'name', limit: 200, offset: Math.floor(bigNetwork / 2) },
    'search "boutique 42"': { search: 'boutique 42', limit: 200 },
    'region + postpaid': { region: 'Kaolack', terms: 'postpaid', limit: 200 },
    'branch of SD-3': { branchOf: 'SD-3', limit: 200 },
  };
  const results: Record<string, number> = {};
  const all: number[] = [];
  for (const [name, input] of Object.entries(variants)) {
    const times: number[] = [];
    for (let index = 0; index < listCalls; index += 1) {
      const started = nowMs();
      await call(input);
      times.push(nowMs() - started);
    }
    results[name] = quantile(times, 0.5);
    all.push(...times);
  }
  return { medianMs: quantile(all, 0.5), variants: results };
}

async function rawPageMs(dataDir: string): Promise<number> {
  const workspace = await Workspace.open(environment(), dataDir);
  try {
    const statement = workspace.sqlite.prepare('SELECT * FROM retailers ORDER BY name_key, seq LIMIT 200');
    const times: number[] = [];
    for (let index = 0; index < listCalls * 5; index += 1) {
      const started = nowMs();
      statement.all();
      times.push(nowMs() - started);
    }
    return quantile(times, 0.5);
  } finally {
    await workspace.closeGracefully();
  }
}

async function main(): Promise<void> {
  if (!existsSync(cliPath)) throw new Error('Run `npm run build` first: the benchmark drives the built app.');
  process.stdout.write(
    `Retailers screen benchmark${quick ? ' (QUICK: reduced size, not comparable to the target)' : ''}: ${bigNetwork} retailers.\n`,
  );
  const small = await network(smallNetwork);
  const big = await network(bigNetwork);
  process.stdout.write(
    `  onboarding (checks, receivable accounts): ${Math.round(big.perSecond)} retailers/s\n`,
  );
  const raw = await rawPageMs(big.dataDir);

  const smallServe = await serve(small.dataDir);
  const baselineMs = await firstRowsMs(smallServe.url);
  smallServe.child.kill('SIGTERM');
  const bigServe = await serve(big.dataDir);
  try {
    const firstMs = await firstRowsMs(bigServe.url);
    const list = await contractListMs(bigServe.url);
    const verdict = firstMs < firstRowsTargetMs ? 'PASS' : 'MISSED';
    process.stdout.write(
      `  first rows on screen: ${Math.round(firstMs)} ms with ${bigNetwork} retailers, ${Math.round(baselineMs)} ms with ${smallNetwork} (ratio ${(firstMs / baselineMs).toFixed(2)}x) — target < ${firstRowsTargetMs} ms: ${verdict}\n`,
    );
    process.stdout.write(
      `  retailers.list over loopback HTTP, median ${list.medianMs.toFixed(1)} ms vs the bare SQL page ${raw.toFixed(2)} ms\n`,
    );
    for (const [name, ms] of Object.entries(list.variants)) {
      process.stdout.write(`    ${name}: ${ms.toFixed(1)} ms\n`);
    }
    if (firstMs >= firstRowsTargetMs) process.exitCode = 1;
  } finally {
    bigServe.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
