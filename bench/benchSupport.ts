import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Milliseconds since an arbitrary origin, with sub-microsecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `fn` and returns how long it took, in milliseconds, with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = nowMs();
  const value = fn();
  return { ms: nowMs() - start, value };
}

/** The q-quantile (0..1) of `values` (nearest rank); NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** A small seeded PRNG (mulberry32), so every run samples the same instants. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A clock the benchmark moves by hand (epoch milliseconds). */
export class BenchClock {
  constructor(public nowMs: number = Date.parse('2026-01-01T00:00:00.000Z')) {}
  readonly millis = (): number => this.nowMs;
  readonly date = (): Date => new Date(this.nowMs);
  advance(ms: number): void {
    this.nowMs += ms;
  }
}

/** Temporary folders, all removed by `removeAll` (also on exit and on Ctrl-C). */
export class TemporaryFolders {
  private readonly created: string[] = [];

  constructor() {
    process.once('exit', () => this.removeAll());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        this.removeAll();
        process.exit(130);
      });
    }
  }

  make(prefix: string): string {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    this.created.push(folder);
    return folder;
  }

  removeAll(): void {
    for (const folder of this.created.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

export const formatRate = (perSecond: number): string =>
  Number.isFinite(perSecond) ? `${Math.round(perSecond).toLocaleString('en-US')}/s` : 'n/a';

export const formatMs = (ms: number): string => {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
};

/** Three decimals below 10x, so a ratio just over its target does not print as equal to it. */
export const formatRatio = (ratio: number): string => {
  if (!Number.isFinite(ratio)) return 'n/a';
  return `${ratio.toFixed(ratio < 10 ? 3 : 1)}x`;
};

export interface ResultRow {
  name: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  /** true: met, false: missed, null: informational (no target). */
  pass: boolean | null;
}

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['benchmark', 'figure', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((row) => [
    row.name,
    row.figure,
    row.baseline,
    row.ratio,
    row.target,
    row.pass === null ? 'info' : row.pass ? 'PASS' : '** FAIL **',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)),
  );
  const line = (values: readonly string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
