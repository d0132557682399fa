/**
 * Where the ledger's time goes (`npx tsx bench/ledgerProfile.ts [entries]`): posts entries through
 * `recordBatch` into an encrypted and an unencrypted file with every SQLite statement timed, then
 * times the writer's and the verifier's JavaScript steps on their own. A diagnostic, not a benchmark:
 * the statement timing adds about a microsecond per call.
 */
import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { canonicalJson, entryHash, genesisHash, sha256Hex } from '../src/core/ledger/entryHash';
import { requestCanonicalJson } from '../src/core/ledger/requestHash';
import { formatMs, nowMs, TemporaryFolders, timed } from './benchSupport';
import {
  createBenchChart,
  entryRequest,
  joinedEntriesSql,
  LedgerLoad,
  openEncrypted,
  openPlain,
  RawInserts,
} from './ledgerLoad';

const entries = Number(process.argv[2] ?? 100_000);
const batchSize = 1000;

interface Cost {
  calls: number;
  ms: number;
}
type Costs = Map<string, Cost>;

let active: Costs | undefined;

function charge(sql: string, ms: number): void {
  if (active === undefined) return;
  let cost = active.get(sql);
  if (cost === undefined) {
    cost = { calls: 0, ms: 0 };
    active.set(sql, cost);
  }
  cost.calls += 1;
  cost.ms += ms;
}

const shortSql = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 90);

/** Wraps run/get/all/iterate of every statement (BEGIN and COMMIT included) to charge their time. */
function instrumentStatements(sqlite: Database.Database): void {
  const prototype = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<string, unknown>;
  if (prototype.__benchInstrumented === true) return;
  prototype.__benchInstrumented = true;
  for (const method of ['run', 'get', 'all'] as const) {
    const original = prototype[method] as (...args: unknown[]) => unknown;
    prototype[method] = function (this: Database.Statement, ...args: unknown[]) {
      if (active === undefined) return original.apply(this, args);
      const start = nowMs();
      try {
        return original.apply(this, args);
      } finally {
        charge(this.source, nowMs() - start);
      }
    };
  }
  const originalIterate = prototype.iterate as (...args: unknown[]) => Iterator<unknown>;
  prototype.iterate = function (this: Database.Statement, ...args: unknown[]) {
    const iterator = originalIterate.apply(this, args);
    if (active === undefined) return iterator;
    const source = this.source;
    const next = iterator.next.bind(iterator);
    iterator.next = () => {
      const start = nowMs();
      try {
        return next();
      } finally {
        charge(`${source} (iterate)`, nowMs() - start);
      }
    };
    return iterator;
  };
}

function printCosts(title: string, costs: Costs, totalMs: number, perUnit: number, unit: string): void {
  console.log(
    `\n${title}: ${formatMs(totalMs)} in all, ${((totalMs * 1000) / perUnit).toFixed(1)} µs per ${unit}`,
  );
  let sqlMs = 0;
  const sorted = [...costs.entries()].sort((a, b) => b[1].ms - a[1].ms);
  for (const [sql, cost] of sorted) {
    sqlMs += cost.ms;
    console.log(
      `  ${((cost.ms * 1000) / perUnit).toFixed(2).padStart(7)} µs/${unit}  ${((100 * cost.ms) / totalMs).toFixed(1).padStart(5)}%  ` +
        `${String(cost.calls).padStart(8)} calls  ${shortSql(sql)}`,
    );
  }
  const jsMs = totalMs - sqlMs;
  console.log(
    `  ${((jsMs * 1000) / perUnit).toFixed(2).padStart(7)} µs/${unit}  ${((100 * jsMs) / totalMs).toFixed(1).padStart(5)}%  ` +
      `${''.padStart(8)}        JavaScript (everything outside SQLite calls)`,
  );
}

function profileWriter(label: string, load: LedgerLoad, raw: RawInserts, sqlite: Database.Database): void {
  instrumentStatements(sqlite);
  const pages = () => sqlite.pragma('page_count', { simple: true }) as number;
  const pagesBefore = pages();
  let costs: Costs = new Map();
  active = costs;
  for (let posted = 0; posted < entries; posted += batchSize)
    load.postBatch(Math.min(batchSize, entries - posted));
  active = undefined;
  printCosts(`recordBatch, ${label}`, costs, load.timedMs, load.next, 'entry');
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  console.log(
    `  the file grew by ${(((pages() - pagesBefore) * pageSize) / load.next).toFixed(0)} bytes per entry ` +
      `(${pageSize}-byte pages)`,
  );
  costs = new Map();
  active = costs;
  for (let posted = 0; posted < entries; posted += batchSize)
    raw.postBatch(Math.min(batchSize, entries - posted));
  active = undefined;
  printCosts(`raw inserts of the same rows, ${label}`, costs, raw.timedMs, raw.next, 'entry');
}

/**
 * canonicalJson without the replacer's per-object Object.entries/filter/sort/fromEntries: the same
 * text for plain JSON data (checked below), built directly.
 */
function canonicalJsonDirect(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJsonDirect(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${canonicalJsonDirect(item)}`;
  }
  return `{${text}}`;
}

/** The writer's and verifier's JavaScript steps, each timed alone over the same kind of entries. */
function profileJavaScript(): void {
  const requests = Array.from({ length: entries }, (_, i) => entryRequest(i));
  const perEntry = (ms: number) => `${((ms * 1000) / entries).toFixed(2).padStart(6)} µs/entry`;
  const step = (name: string, fn: () => unknown) => console.log(`  ${perEntry(timed(fn).ms)}  ${name}`);
  console.log('\nJavaScript steps alone:');
  step('uuidv7() (the client, not the ledger)', () => {
    for (let i = 0; i < entries; i += 1) uuidv7();
  });
  step('canonicalJson(request) (generic: what the request hash must stay equal to)', () => {
    for (const request of requests) canonicalJson(request);
  });
  step('requestCanonicalJson(request) (writer: typed, same text)', () => {
    for (const request of requests) requestCanonicalJson(request);
  });
  step('canonicalJsonDirect(request): same text, no replacer', () => {
    for (const request of requests) canonicalJsonDirect(request);
  });
  const differing = requests.filter(
    (request) => canonicalJsonDirect(request) !== canonicalJson(request),
  ).length;
  console.log(`            (canonicalJsonDirect differs from canonicalJson on ${differing} requests)`);
  step('JSON.stringify(request) (for comparison)', () => {
    for (const request of requests) JSON.stringify(request);
  });
  const texts = requests.map((request) => canonicalJson(request));
  step('sha256Hex(canonical text)', () => {
    for (const text of texts) sha256Hex(text);
  });
  const hashed = requests.map((request, i) => ({
    entry: {
      seq: i + 1,
      id: request.id,
      kind: 'posting',
      code: 'allocation',
      description: null,
      effectiveAt: 1_767_225_600_000 + i,
      recordedAt: 1_767_225_600_000 + i,
      pendingExpiresAt: null,
      resolvesEntryId: null,
      reversesEntryId: null,
      transferSeqFirst: i + 1,
      transferCount: 1,
      requestHash: genesisHash,
    },
    transfers: [
      [
        i + 1,
        'posting',
        'bench-r1',
        'bench-hub',
        'AIRTIME-BENCH',
        100 + (i % 900),
        'allocation',
        'allocation',
        `AL-${i}`,
        null,
        1_767_225_600_000 + i,
        1_767_225_600_000 + i,
        1000 * i,
        0,
        1_000_000_000_000,
        1000 * i,
      ] as const,
    ],
  }));
  step('entryHash(previous, entry, transfers) (writer and verifier: chain hash)', () => {
    let previous = genesisHash;
    for (const { entry, transfers } of hashed) previous = entryHash(previous, entry, transfers);
  });
}

/** Ways to read what verify reads, from the encrypted file. */
function profileVerifyReads(sqlite: Database.Database, entryCount: number): void {
  const perEntry = (ms: number) => `${((ms * 1000) / entryCount).toFixed(2).padStart(6)} µs/entry`;
  const step = (name: string, fn: () => unknown) => console.log(`  ${perEntry(timed(fn).ms)}  ${name}`);
  console.log('\nReading what verify reads:');
  step("the verifier's joined query, rows as objects", () => {
    let n = 0;
    for (const _row of sqlite.prepare(joinedEntriesSql).iterate(1)) n += 1;
    return n;
  });
  step("the verifier's joined query, .raw() rows as arrays", () => {
    let n = 0;
    for (const _row of sqlite.prepare(joinedEntriesSql).raw().iterate(1)) n += 1;
    return n;
  });
  step('two ordered scans (entries, transfers), .raw(), merged in JS', () => {
    const transfers = sqlite.prepare('SELECT * FROM ledger_transfers ORDER BY seq').raw().iterate();
    let n = 0;
    for (const entry of sqlite.prepare('SELECT * FROM ledger_entries ORDER BY seq').raw().iterate()) {
      const count = (entry as unknown[])[11] as number;
      for (let k = 0; k < count; k += 1) transfers.next();
      n += 1;
    }
    transfers.return?.();
    return n;
  });
  step('SELECT count(*), sum(amount_minor) FROM ledger_transfers', () =>
    sqlite.prepare('SELECT count(*), sum(amount_minor) FROM ledger_transfers').get(),
  );
  step("checkReversals' query as written (plan: SCAN r)", () => sqlite.prepare(reversalsSql).all());
  step('the same, INDEXED BY ledger_entries_reverses_entry', () =>
    sqlite
      .prepare(
        reversalsSql.replace('ledger_entries r', 'ledger_entries r INDEXED BY ledger_entries_reverses_entry'),
      )
      .all(),
  );
}

const reversalsSql = `SELECT r.id FROM ledger_entries r LEFT JOIN ledger_entries o ON o.id = r.reverses_entry_id
         WHERE r.reverses_entry_id IS NOT NULL
           AND (r.kind <> 'reversal' OR o.id IS NULL OR o.kind NOT IN ('posting', 'post_pending') OR o.seq >= r.seq)`;

async function main(): Promise<void> {
  const folders = new TemporaryFolders();
  console.log(`Profiling ${entries.toLocaleString('en-US')} entries in batches of ${batchSize}.`);
  const encrypted = await openEncrypted(folders.make('airledger-profile-enc-'));
  createBenchChart(encrypted.workspace.ledger);
  const plain = openPlain(folders.make('airledger-profile-plain-'));
  createBenchChart(plain.ledger);
  profileWriter(
    'encrypted',
    new LedgerLoad('encrypted', encrypted.workspace.ledger, encrypted.clock),
    new RawInserts(encrypted.workspace.sqlite),
    encrypted.workspace.sqlite,
  );
  profileWriter(
    'unencrypted',
    new LedgerLoad('unencrypted', plain.ledger, plain.clock),
    new RawInserts(plain.sqlite),
    plain.sqlite,
  );
  plain.checkpoints.stop();
  plain.sqlite.close();
  profileJavaScript();

  const costs: Costs = new Map();
  active = costs;
  const verify = timed(() => encrypted.workspace.ledger.verifier.verify('full'));
  active = undefined;
  if (!verify.value.ok) throw new Error('verify found violations');
  printCosts('verify full, encrypted', costs, verify.ms, verify.value.entriesChecked, 'entry');
  profileVerifyReads(encrypted.workspace.sqlite, verify.value.entriesChecked);

  encrypted.workspace.close();
  folders.removeAll();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
