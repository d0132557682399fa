import type Database from 'better-sqlite3';

/** Results kept per connection; a handful is enough for a dashboard and the lists behind it. */
const entriesMax = 8;

interface Memo {
  version: () => string;
  entries: Map<string, { version: string; value: unknown }>;
}

const memos = new WeakMap<Database.Database, Memo>();

function memoOf(sqlite: Database.Database): Memo {
  let memo = memos.get(sqlite);
  if (memo === undefined) {
    // Rows this connection changed, and commits by any other connection to the file: while both
    // stand still, nothing a report reads has changed.
    const changes = sqlite.prepare('SELECT total_changes()').pluck();
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    memo = {
      version: () => `${changes.get() as number}|${dataVersion.get() as number}`,
      entries: new Map(),
    };
    memos.set(sqlite, memo);
  }
  return memo;
}

/**
 * `compute()`, or what it returned for the same key while the database has not changed since. The
 * dashboard, the list behind one of its figures and each page of that list read the same sums;
 * this reads them once. Callers must not mutate what they get.
 */
export function memoized<T>(sqlite: Database.Database, key: string, compute: () => T): T {
  const memo = memoOf(sqlite);
  const version = memo.version();
  const kept = memo.entries.get(key);
  if (kept !== undefined && kept.version === version) {
    // Most recently used last, so the oldest is the one dropped.
    memo.entries.delete(key);
    memo.entries.set(key, kept);
    return kept.value as T;
  }
  const value = compute();
  memo.entries.delete(key);
  memo.entries.set(key, { version, value });
  while (memo.entries.size > entriesMax) {
    const oldest = memo.entries.keys().next().value;
    if (oldest === undefined) break;
    memo.entries.delete(oldest);
  }
  return value;
}

/** Drops what is kept for a connection (benchmarks measure reads computed afresh). */
export function forgetReads(sqlite: Database.Database): void {
  memos.get(sqlite)?.entries.clear();
}
