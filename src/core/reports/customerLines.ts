import type Database from 'better-sqlite3';

/**
 * Keeps the customer lines and their cohorts (migration 0025) from the sales register. The pull
 * stores sales at full speed and does nothing more for them; this catch-up reads the register past a
 * watermark (its rowid: rows are only ever inserted, so each is counted once) in bounded batches, each
 * one transaction that moves the watermark with what it counted. It runs after each sync cycle, in
 * the background, and before a report reads, so reports are exact.
 *
 * A line's cohort is (the UTC day of its first top-up, the operator, the reseller that made it or ''
 * when no reseller did). Each batch sums its sales per line, reads each line once, and moves the
 * line's whole contribution from its old cohort to its new one: an earlier top-up pulled later (the
 * pull re-reads an overlap) moves the line to the cohort of whoever made that one.
 */

const dayMs = 86_400_000;
/**
 * Register rows (by rowid) one catch-up transaction reads: sized after each batch so that one takes
 * about `catchUpBatchTargetMs` (the event loop waits for it), within these bounds. Lines topped up
 * again are updated in place (their row, their place in the index by last top-up, their cohort): at
 * millions of lines that is a few random pages per sale, so the size adapts to the database's.
 */
const catchUpBatchRowsMin = 2_000;
const catchUpBatchRowsMax = 50_000;
const catchUpBatchRowsFirst = 20_000;
export const catchUpBatchTargetMs = 300;
/** The two activity windows, in UTC days counted back from (and including) the day of reference. */
const activeWindowsDays = [30, 90] as const;

/** A line's state as stored. */
interface LineState {
  firstAt: number | null;
  firstPartyId: string;
  firstSaleId: string | null;
  lastAt: number | null;
  topupsCount: number;
  topupsMinor: number;
  reversalsCount: number;
  reversalsMinor: number;
}

/** What one batch saw of a line: its earliest top-up, its latest one, and the sums. */
interface LineChange {
  operatorId: string;
  msisdn: string;
  firstAt: number | null;
  firstPartyId: string;
  firstSaleId: string | null;
  lastAt: number | null;
  topupsCount: number;
  topupsMinor: number;
  reversalsCount: number;
  reversalsMinor: number;
}

/** A cohort's figures, also used as the change to add to them. */
interface CohortSums {
  day: string;
  operatorId: string;
  partyId: string;
  lines: number;
  topupsCount: number;
  topupsMinor: number;
  reversalsCount: number;
  reversalsMinor: number;
  active30: number;
  active90: number;
}

/** Where the catch-up stands. */
export interface CatchUpState {
  /** Register rows not counted yet (rowids past the watermark). */
  rowsPending: number;
}

type RegisterRow = [
  rowid: number,
  operatorId: string,
  id: string,
  type: string,
  classification: string,
  requestorPartyId: string | null,
  bucketId: string | null,
  msisdn: string | null,
  amountMinor: number,
  confirmedAt: number,
  reversesActionId: string | null,
];

export function utcDayOf(ms: number): string {
  return new Date(Math.floor(ms / dayMs) * dayMs).toISOString().slice(0, 10);
}

/** The first instant counted active in a window of `days` UTC days ending on `asOfDay`. */
export function activeSinceMs(asOfDay: string, days: number): number {
  return Date.parse(`${asOfDay}T00:00:00Z`) - (days - 1) * dayMs;
}

/** All but the last four digits hidden: lines are personal data. */
export function maskMsisdn(msisdn: string): string {
  const shown = 4;
  if (msisdn.length <= shown) return '•'.repeat(msisdn.length);
  return `${'•'.repeat(msisdn.length - shown)}${msisdn.slice(-shown)}`;
}

/** Whether (atA, idA) comes before (atB, idB): the first top-up is the earliest, ties by action id. */
function earlier(atA: number, idA: string, atB: number | null, idB: string | null): boolean {
  if (atB === null) return true;
  return atA < atB || (atA === atB && idA < (idB ?? ''));
}

export class CustomerLineCounter {
  private readonly statements;
  private readonly dayCache = new Map<number, string>();
  private background: Promise<void> | null = null;
  private batchRows = catchUpBatchRowsFirst;

  constructor(private readonly sqlite: Database.Database) {
    this.statements = {
      progress: sqlite.prepare(
        'SELECT register_rowid, register_operator_id, register_id, active_as_of FROM customer_lines_progress WHERE id = 1',
      ),
      startProgress: sqlite.prepare(
        'INSERT OR IGNORE INTO customer_lines_progress (id, register_rowid, active_as_of) VALUES (1, 0, ?)',
      ),
      moveWatermark: sqlite.prepare(
        'UPDATE customer_lines_progress SET register_rowid = ?, register_operator_id = ?, register_id = ? WHERE id = 1',
      ),
      setActiveAsOf: sqlite.prepare('UPDATE customer_lines_progress SET active_as_of = ? WHERE id = 1'),
      rowKey: sqlite.prepare('SELECT operator_id, id FROM operator_history WHERE rowid = ?').raw(),
      // The last row at or below a rowid: the watermark always names a row that exists.
      lastRowUpTo: sqlite
        .prepare(
          'SELECT rowid, operator_id, id FROM operator_history WHERE rowid <= ? ORDER BY rowid DESC LIMIT 1',
        )
        .raw(),
      maxRowid: sqlite.prepare('SELECT max(rowid) FROM operator_history').pluck(),
      nextRowid: sqlite.prepare('SELECT min(rowid) FROM operator_history WHERE rowid > ?').pluck(),
      // The sales the reports count (see `saleKind` in salesRollups.ts) and the reversals, nothing else.
      rows: sqlite
        .prepare(
          `SELECT rowid, operator_id, id, type, classification, requestor_party_id, bucket_id, msisdn, amount_minor,
             confirmed_at, reverses_action_id
           FROM operator_history
           WHERE rowid > ? AND rowid <= ? AND status = 'completed'
             AND (classification IN ('retail_sale', 'direct_sale', 'sale_reversal')
               OR (classification = 'own_action' AND type = 'TopupBalance'))`,
        )
        .raw(),
      wholesaleBuckets: sqlite.prepare('SELECT id, wholesale_bucket_id FROM operator_connections').raw(),
      reversedLine: sqlite
        .prepare('SELECT msisdn FROM operator_history WHERE operator_id = ? AND id = ?')
        .pluck(),
      line: sqlite
        .prepare(
          `SELECT first_at, first_party_id, first_sale_id, last_at, topups_count, topups_minor, reversals_count,
             reversals_minor FROM customer_lines WHERE operator_id = ? AND msisdn = ?`,
        )
        .raw(),
      insertLine: sqlite.prepare(
        `INSERT INTO customer_lines (operator_id, msisdn, first_at, first_party_id, first_sale_id, last_at, topups_count,
           topups_minor, reversals_count, reversals_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Two updates: the usual one (another top-up) leaves the acquisition index alone.
      updateLineSums: sqlite.prepare(
        `UPDATE customer_lines SET last_at = ?, topups_count = ?, topups_minor = ?, reversals_count = ?, reversals_minor = ?
         WHERE operator_id = ? AND msisdn = ?`,
      ),
      updateLine: sqlite.prepare(
        `UPDATE customer_lines SET first_at = ?, first_party_id = ?, first_sale_id = ?, last_at = ?, topups_count = ?,
           topups_minor = ?, reversals_count = ?, reversals_minor = ? WHERE operator_id = ? AND msisdn = ?`,
      ),
      addCohort: sqlite.prepare(
        `INSERT INTO report_customer_cohorts (day, operator_id, party_id, lines, topups_count, topups_minor,
           reversals_count, reversals_minor, active_30, active_90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (day, operator_id, party_id) DO UPDATE SET lines = lines + excluded.lines,
           topups_count = topups_count + excluded.topups_count, topups_minor = topups_minor + excluded.topups_minor,
           reversals_count = reversals_count + excluded.reversals_count,
           reversals_minor = reversals_minor + excluded.reversals_minor,
           active_30 = active_30 + excluded.active_30, active_90 = active_90 + excluded.active_90`,
      ),
      dropEmptyCohort: sqlite.prepare(
        'DELETE FROM report_customer_cohorts WHERE day = ? AND operator_id = ? AND party_id = ? AND lines = 0',
      ),
      addDay: sqlite.prepare(
        `INSERT INTO report_customer_days (day, operator_id, acquired_by, lines, topups_count, topups_minor,
           reversals_count, reversals_minor, active_30, active_90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (day, operator_id, acquired_by) DO UPDATE SET lines = lines + excluded.lines,
           topups_count = topups_count + excluded.topups_count, topups_minor = topups_minor + excluded.topups_minor,
           reversals_count = reversals_count + excluded.reversals_count,
           reversals_minor = reversals_minor + excluded.reversals_minor,
           active_30 = active_30 + excluded.active_30, active_90 = active_90 + excluded.active_90`,
      ),
      dropEmptyDay: sqlite.prepare(
        'DELETE FROM report_customer_days WHERE day = ? AND operator_id = ? AND acquired_by = ? AND lines = 0',
      ),
      // Lines whose last top-up lies in [fromMs, toMs), per cohort: they leave or enter a window.
      crossing: sqlite
        .prepare(
          // The day as a number (named in JavaScript, once per day): cheaper than a date format per line.
          `SELECT first_at / ${dayMs} AS day_number, operator_id, first_party_id, count(*)
           FROM customer_lines WHERE last_at >= ? AND last_at < ? AND first_at IS NOT NULL GROUP BY 1, 2, 3`,
        )
        .raw(),
      addActive: sqlite.prepare(
        `UPDATE report_customer_cohorts SET active_30 = active_30 + ?, active_90 = active_90 + ?
         WHERE day = ? AND operator_id = ? AND party_id = ?`,
      ),
      addActiveDay: sqlite.prepare(
        `UPDATE report_customer_days SET active_30 = active_30 + ?, active_90 = active_90 + ?
         WHERE day = ? AND operator_id = ? AND acquired_by = ?`,
      ),
    };
  }

  /** Rows of the register not counted yet. */
  pending(): CatchUpState {
    const progress = this.readProgress();
    const maxRowid = (this.statements.maxRowid.get() as number | null) ?? 0;
    return { rowsPending: Math.max(0, maxRowid - (progress?.rowid ?? 0)) };
  }

  /**
   * Counts register rows, a batch at a time, synchronously, until none is left or `budgetMs` has
   * passed (a batch started always finishes). Returns what is left. `todayMs` sets the active
   * windows' day of reference the first time only (see `rollTo`).
   */
  catchUp(todayMs: number, budgetMs: number = Number.POSITIVE_INFINITY): CatchUpState {
    // Nothing new (the usual case for a read): no write transaction at all.
    if (this.readProgress() !== undefined && this.pending().rowsPending === 0) return { rowsPending: 0 };
    const startedMs = performance.now();
    while (this.countBatch(todayMs).rowsRead > 0) {
      if (performance.now() - startedMs >= budgetMs) break;
    }
    return this.pending();
  }

  /**
   * Counts everything pending, a batch at a time, yielding to the event loop between batches so
   * clerks' calls go on. One run at a time; it stops by itself when the workspace closes.
   */
  catchUpInBackground(clock: () => number): Promise<void> {
    this.background ??= (async () => {
      try {
        while (this.sqlite.open) {
          if (this.countBatch(clock()).rowsRead === 0) break;
          await new Promise((resolve) => setImmediate(resolve));
        }
        // A new day moves the activity windows here (each sync), so a report seldom waits for it.
        if (this.sqlite.open) this.rollTo(utcDayOf(clock()));
      } finally {
        this.background = null;
      }
    })();
    return this.background;
  }

  /** Resolves when no background catch-up runs. */
  async idle(): Promise<void> {
    while (this.background !== null) await this.background.catch(() => undefined);
  }

  /**
   * Moves the 30 and 90-day windows to end on `day` (UTC, `YYYY-MM-DD`): the lines whose last top-up
   * leaves a window (or enters it, when the clock went back) are taken from (added to) their cohort's
   * active count. Read through the index by last top-up: a day's move touches one day of lines.
   */
  rollTo(day: string): void {
    if (this.readProgress()?.activeAsOf === day) return;
    this.sqlite
      .transaction(() => {
        const progress = this.readProgress();
        if (progress === undefined) {
          this.statements.startProgress.run(day);
          return;
        }
        if (progress.activeAsOf === day) return;
        const changes = new Map<string, { row: CohortSums; active: [number, number] }>();
        activeWindowsDays.forEach((days, window) => {
          const fromMs = activeSinceMs(progress.activeAsOf, days);
          const toMs = activeSinceMs(day, days);
          // The window starts later: lines last topped up in between leave it; earlier: they enter.
          const sign = toMs > fromMs ? -1 : 1;
          const [lowMs, highMs] = toMs > fromMs ? [fromMs, toMs] : [toMs, fromMs];
          for (const [dayNumber, operatorId, partyId, count] of this.statements.crossing.all(
            lowMs,
            highMs,
          ) as Array<[number, string, string, number]>) {
            const cohortDay = this.dayOf(dayNumber * dayMs);
            const key = `${cohortDay}\u0001${operatorId}\u0001${partyId}`;
            let change = changes.get(key);
            if (change === undefined) {
              change = { row: emptyCohort(cohortDay, operatorId, partyId), active: [0, 0] };
              changes.set(key, change);
            }
            if (window === 0) change.active[0] += sign * count;
            else change.active[1] += sign * count;
          }
        });
        for (const { row, active } of changes.values()) {
          this.statements.addActive.run(active[0], active[1], row.day, row.operatorId, row.partyId);
          this.statements.addActiveDay.run(
            active[0],
            active[1],
            row.day,
            row.operatorId,
            row.partyId === '' ? 'direct' : 'reseller',
          );
        }
        this.statements.setActiveAsOf.run(day);
      })
      .immediate();
  }

  /** Forgets every line and counts the register again from its first row (tests; a renumbered register). */
  recountFromStart(): void {
    this.sqlite
      .transaction(() => {
        this.sqlite.exec(
          'DELETE FROM customer_lines; DELETE FROM report_customer_cohorts; DELETE FROM report_customer_days;',
        );
        this.statements.moveWatermark.run(0, null, null);
      })
      .immediate();
  }

  private readProgress():
    | { rowid: number; operatorId: string | null; id: string | null; activeAsOf: string }
    | undefined {
    const row = this.statements.progress.get() as
      | {
          register_rowid: number;
          register_operator_id: string | null;
          register_id: string | null;
          active_as_of: string;
        }
      | undefined;
    if (row === undefined) return undefined;
    return {
      rowid: row.register_rowid,
      operatorId: row.register_operator_id,
      id: row.register_id,
      activeAsOf: row.active_as_of,
    };
  }

  private dayOf(ms: number): string {
    const dayNumber = Math.floor(ms / dayMs);
    let day = this.dayCache.get(dayNumber);
    if (day === undefined) {
      day = new Date(dayNumber * dayMs).toISOString().slice(0, 10);
      this.dayCache.set(dayNumber, day);
    }
    return day;
  }

  /** One transaction: the next batch of register rows into the lines and cohorts, and the watermark. */
  private countBatch(todayMs: number): { rowsRead: number } {
    const startedMs = performance.now();
    const batch = this.countBatchNow(todayMs);
    const tookMs = performance.now() - startedMs;
    // A full batch says how fast rows go now: the next one is sized to take about the target.
    if (batch.rowsRead === this.batchRows && tookMs > 0) {
      const fitting = Math.round((this.batchRows * catchUpBatchTargetMs) / tookMs);
      this.batchRows = Math.min(
        catchUpBatchRowsMax,
        Math.max(catchUpBatchRowsMin, Math.min(fitting, this.batchRows * 2)),
      );
    }
    return batch;
  }

  private countBatchNow(todayMs: number): { rowsRead: number } {
    return this.sqlite
      .transaction(() => {
        this.statements.startProgress.run(utcDayOf(todayMs));
        let progress = this.readProgress();
        if (progress === undefined) throw new Error('customer_lines_progress has no row');
        if (progress.rowid > 0) {
          const key = this.statements.rowKey.get(progress.rowid) as [string, string] | undefined;
          if (key === undefined || key[0] !== progress.operatorId || key[1] !== progress.id) {
            // The register's rowids changed under us (a VACUUM): count it all again.
            this.sqlite.exec(
              'DELETE FROM customer_lines; DELETE FROM report_customer_cohorts; DELETE FROM report_customer_days;',
            );
            this.statements.moveWatermark.run(0, null, null);
            progress = { ...progress, rowid: 0, operatorId: null, id: null };
          }
        }
        const maxRowid = (this.statements.maxRowid.get() as number | null) ?? 0;
        if (maxRowid <= progress.rowid) return { rowsRead: 0 };
        // At least the next row, however far a gap in the rowids put it.
        const nextRowid = this.statements.nextRowid.get(progress.rowid) as number;
        const [highRowid, operatorId, id] = this.statements.lastRowUpTo.get(
          Math.max(nextRowid, Math.min(maxRowid, progress.rowid + this.batchRows)),
        ) as [number, string, string];
        const rows = this.statements.rows.all(progress.rowid, highRowid) as RegisterRow[];
        this.count(rows, progress.activeAsOf);
        this.statements.moveWatermark.run(highRowid, operatorId, id);
        return { rowsRead: highRowid - progress.rowid };
      })
      .immediate();
  }

  private count(rows: RegisterRow[], activeAsOf: string): void {
    if (rows.length === 0) return;
    const wholesale = new Map(
      this.statements.wholesaleBuckets.all() as Array<[operatorId: string, bucketId: string]>,
    );
    const changes = new Map<string, LineChange>();
    const changeOf = (operatorId: string, msisdn: string): LineChange => {
      const key = `${operatorId}\u0001${msisdn}`;
      let change = changes.get(key);
      if (change === undefined) {
        change = {
          operatorId,
          msisdn,
          firstAt: null,
          firstPartyId: '',
          firstSaleId: null,
          lastAt: null,
          topupsCount: 0,
          topupsMinor: 0,
          reversalsCount: 0,
          reversalsMinor: 0,
        };
        changes.set(key, change);
      }
      return change;
    };
    for (const row of rows) {
      const [, operatorId, id, type, classification, partyId, bucketId, msisdn, amountMinor, confirmedAt] =
        row;
      if (classification === 'sale_reversal') {
        // The line of the sale it reverses (the register's word), else the reversal's own.
        const line =
          (row[10] === null
            ? null
            : (this.statements.reversedLine.get(operatorId, row[10]) as string | null | undefined)) ?? msisdn;
        if (line === null) continue;
        const change = changeOf(operatorId, line);
        change.reversalsCount += 1;
        change.reversalsMinor += amountMinor;
        continue;
      }
      // Our purchases top up our wholesale bucket: not a sale to anyone's line.
      if (
        classification === 'own_action' &&
        (type !== 'TopupBalance' || bucketId === wholesale.get(operatorId))
      )
        continue;
      if (msisdn === null) continue;
      const change = changeOf(operatorId, msisdn);
      change.topupsCount += 1;
      change.topupsMinor += amountMinor;
      if (change.lastAt === null || confirmedAt > change.lastAt) change.lastAt = confirmedAt;
      if (earlier(confirmedAt, id, change.firstAt, change.firstSaleId)) {
        change.firstAt = confirmedAt;
        change.firstSaleId = id;
        change.firstPartyId = classification === 'retail_sale' ? (partyId ?? '') : '';
      }
    }
    const cohorts = new Map<string, CohortSums>();
    const activeSince = {
      days30Ms: activeSinceMs(activeAsOf, activeWindowsDays[0]),
      days90Ms: activeSinceMs(activeAsOf, activeWindowsDays[1]),
    };
    for (const change of changes.values()) {
      const stored = this.statements.line.get(change.operatorId, change.msisdn) as
        | [number | null, string, string | null, number | null, number, number, number, number]
        | undefined;
      const before: LineState | null =
        stored === undefined
          ? null
          : {
              firstAt: stored[0],
              firstPartyId: stored[1],
              firstSaleId: stored[2],
              lastAt: stored[3],
              topupsCount: stored[4],
              topupsMinor: stored[5],
              reversalsCount: stored[6],
              reversalsMinor: stored[7],
            };
      const after = merged(before, change);
      if (before !== null) this.addContribution(cohorts, change.operatorId, before, activeSince, -1);
      this.addContribution(cohorts, change.operatorId, after, activeSince, 1);
      const sums = [
        after.lastAt,
        after.topupsCount,
        after.topupsMinor,
        after.reversalsCount,
        after.reversalsMinor,
      ];
      if (before === null) {
        this.statements.insertLine.run(
          change.operatorId,
          change.msisdn,
          after.firstAt,
          after.firstPartyId,
          after.firstSaleId,
          ...sums,
        );
      } else if (before.firstAt === after.firstAt && before.firstSaleId === after.firstSaleId) {
        this.statements.updateLineSums.run(...sums, change.operatorId, change.msisdn);
      } else {
        this.statements.updateLine.run(
          after.firstAt,
          after.firstPartyId,
          after.firstSaleId,
          ...sums,
          change.operatorId,
          change.msisdn,
        );
      }
    }
    this.applyCohorts(cohorts);
  }

  /** Adds (sign 1) or takes away (sign -1) what a line counts for in its cohort. */
  private addContribution(
    cohorts: Map<string, CohortSums>,
    operatorId: string,
    line: LineState,
    activeSince: { days30Ms: number; days90Ms: number },
    sign: 1 | -1,
  ): void {
    if (line.firstAt === null) return;
    const day = this.dayOf(line.firstAt);
    const key = `${day}\u0001${operatorId}\u0001${line.firstPartyId}`;
    let cohort = cohorts.get(key);
    if (cohort === undefined) {
      cohort = emptyCohort(day, operatorId, line.firstPartyId);
      cohorts.set(key, cohort);
    }
    const lastAt = line.lastAt ?? Number.NEGATIVE_INFINITY;
    cohort.lines += sign;
    cohort.topupsCount += sign * line.topupsCount;
    cohort.topupsMinor += sign * line.topupsMinor;
    cohort.reversalsCount += sign * line.reversalsCount;
    cohort.reversalsMinor += sign * line.reversalsMinor;
    if (lastAt >= activeSince.days30Ms) cohort.active30 += sign;
    if (lastAt >= activeSince.days90Ms) cohort.active90 += sign;
  }

  private applyCohorts(cohorts: Map<string, CohortSums>): void {
    const days = new Map<string, CohortSums>();
    for (const cohort of cohorts.values()) {
      if (isZero(cohort)) continue;
      const values = cohortValues(cohort);
      this.statements.addCohort.run(cohort.day, cohort.operatorId, cohort.partyId, ...values);
      if (cohort.lines < 0)
        this.statements.dropEmptyCohort.run(cohort.day, cohort.operatorId, cohort.partyId);
      const acquiredBy = cohort.partyId === '' ? 'direct' : 'reseller';
      const key = `${cohort.day}\u0001${cohort.operatorId}\u0001${acquiredBy}`;
      let day = days.get(key);
      if (day === undefined) {
        day = emptyCohort(cohort.day, cohort.operatorId, acquiredBy);
        days.set(key, day);
      }
      addInto(day, cohort);
    }
    for (const day of days.values()) {
      if (isZero(day)) continue;
      this.statements.addDay.run(day.day, day.operatorId, day.partyId, ...cohortValues(day));
      if (day.lines < 0) this.statements.dropEmptyDay.run(day.day, day.operatorId, day.partyId);
    }
  }
}

/** The line after a batch's change: the earliest first top-up wins, the sums add up. */
function merged(before: LineState | null, change: LineChange): LineState {
  if (before === null) {
    return {
      firstAt: change.firstAt,
      firstPartyId: change.firstPartyId,
      firstSaleId: change.firstSaleId,
      lastAt: change.lastAt,
      topupsCount: change.topupsCount,
      topupsMinor: change.topupsMinor,
      reversalsCount: change.reversalsCount,
      reversalsMinor: change.reversalsMinor,
    };
  }
  const newFirst =
    change.firstAt !== null &&
    change.firstSaleId !== null &&
    earlier(change.firstAt, change.firstSaleId, before.firstAt, before.firstSaleId);
  return {
    firstAt: newFirst ? change.firstAt : before.firstAt,
    firstPartyId: newFirst ? change.firstPartyId : before.firstPartyId,
    firstSaleId: newFirst ? change.firstSaleId : before.firstSaleId,
    lastAt:
      change.lastAt === null
        ? before.lastAt
        : before.lastAt === null
          ? change.lastAt
          : Math.max(before.lastAt, change.lastAt),
    topupsCount: before.topupsCount + change.topupsCount,
    topupsMinor: before.topupsMinor + change.topupsMinor,
    reversalsCount: before.reversalsCount + change.reversalsCount,
    reversalsMinor: before.reversalsMinor + change.reversalsMinor,
  };
}

function emptyCohort(day: string, operatorId: string, partyId: string): CohortSums {
  return {
    day,
    operatorId,
    partyId,
    lines: 0,
    topupsCount: 0,
    topupsMinor: 0,
    reversalsCount: 0,
    reversalsMinor: 0,
    active30: 0,
    active90: 0,
  };
}

function addInto(into: CohortSums, sums: CohortSums): void {
  into.lines += sums.lines;
  into.topupsCount += sums.topupsCount;
  into.topupsMinor += sums.topupsMinor;
  into.reversalsCount += sums.reversalsCount;
  into.reversalsMinor += sums.reversalsMinor;
  into.active30 += sums.active30;
  into.active90 += sums.active90;
}

function cohortValues(cohort: CohortSums): number[] {
  return [
    cohort.lines,
    cohort.topupsCount,
    cohort.topupsMinor,
    cohort.reversalsCount,
    cohort.reversalsMinor,
    cohort.active30,
    cohort.active90,
  ];
}

function isZero(cohort: CohortSums): boolean {
  return cohortValues(cohort).every((value) => value === 0);
}

const counters = new WeakMap<Database.Database, CustomerLineCounter>();

/** The one counter of a workspace connection (its background run is shared by sync and reports). */
export function customerLineCounter(sqlite: Database.Database): CustomerLineCounter {
  let counter = counters.get(sqlite);
  if (counter === undefined) {
    counter = new CustomerLineCounter(sqlite);
    counters.set(sqlite, counter);
  }
  return counter;
}
