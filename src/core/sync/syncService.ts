import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import type { Ledger } from '../ledger/ledger';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { OperatorGateway } from '../operator/operatorGateway';
import { pullBuckets } from './bucketPull';
import { HistoryPull } from './historyPull';
import type { OperatorActionRow } from './operatorActionRows';
import type { OperatorOutbox } from './operatorOutbox';
import {
  defaultPollSchedule,
  OutboxProcessor,
  type PollSchedule,
  type StepEffect,
  type StepOutcome,
} from './outboxProcessor';

export interface SyncOptions {
  /** Requests to the operator in flight at once while draining the outbox. */
  requestsInFlightMax: number;
  poll: PollSchedule;
  fetch: typeof fetch;
}

export const defaultSyncOptions: SyncOptions = {
  requestsInFlightMax: 16,
  poll: defaultPollSchedule,
  fetch: (...args) => fetch(...args),
};

/** Steps one action may take in one drain, so an operator that keeps failing cannot spin a cycle. */
const stepsPerActionPerDrainMax = 6;
/** Actions read (and queued ones claimed) from the outbox per batch. */
const dueBatchSize = 256;
/** Answers written per transaction at most, and how long an answer waits for others to join it. */
const answersPerFlushMax = 128;
const answersFlushDelayMs = 5;

export type CycleTrigger = 'schedule' | 'manual' | 'cli';
export type CyclePhase = 'sending' | 'settling' | 'pulling_sales' | 'pulling_balances' | 'done';

export interface CycleSummary {
  id: string;
  operatorId: string;
  trigger: CycleTrigger;
  outcome: 'completed' | 'cancelled' | 'offline' | 'failed';
  startedAt: number;
  finishedAt: number;
  sent: number;
  confirmed: number;
  failed: number;
  cancelled: number;
  pulled: number;
  booked: number;
  balancesPulled: number;
  conflicts: number;
  stillOpen: number;
  message: string | null;
}

export interface CycleProgress {
  cycleId: string;
  phase: CyclePhase;
  startedAt: number;
  sent: number;
  confirmed: number;
  failed: number;
  pulled: number;
  pullTotal: number | null;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * One sync cycle against one operator: drain the outbox (bounded concurrency, exactly-once rules in
 * the processor), optionally wait for actions about to complete, pull the sales feed, then pull
 * bucket balances for reconciliation. Every step commits as it goes, so cancelling (or a crash) at
 * any moment loses nothing: the next cycle resumes from the outbox states and the feed's cursor.
 */
export class SyncCycle {
  readonly id = uuidv7();
  private readonly controller = new AbortController();
  private readonly gateway: OperatorGateway;
  private readonly processor: OutboxProcessor;
  readonly progress: CycleProgress;
  private cancelledCount = 0;
  private conflicts = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly outbox: OperatorOutbox,
    private readonly connection: OperatorConnection,
    private readonly clock: () => number,
    private readonly options: SyncOptions,
    private readonly trigger: CycleTrigger,
  ) {
    this.gateway = new OperatorGateway(connection, options.fetch, clock);
    this.processor = new OutboxProcessor(
      outbox,
      this.gateway,
      clock,
      options.poll,
      connection.requestTimeoutMs * 2 + 1000,
    );
    this.progress = {
      cycleId: this.id,
      phase: 'sending',
      startedAt: clock(),
      sent: 0,
      confirmed: 0,
      failed: 0,
      pulled: 0,
      pullTotal: null,
    };
  }

  cancel(): void {
    this.controller.abort();
  }

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }

  /** Runs the cycle; `settleWithinMs` waits that long at most for sent actions to become final. */
  async run(settleWithinMs = 0): Promise<CycleSummary> {
    const signal = this.controller.signal;
    this.sqlite
      .prepare(
        "INSERT INTO sync_cycles (id, operator_id, trigger, outcome, started_at) VALUES (?, ?, ?, 'running', ?)",
      )
      .run(this.id, this.connection.id, this.trigger, this.progress.startedAt);
    let outcome: CycleSummary['outcome'] = 'completed';
    let message: string | null = null;
    let balancesPulled = 0;
    let booked = 0;
    try {
      const reach = await this.gateway.client.authenticate(signal);
      if (reach.kind !== 'ok') {
        outcome = reach.kind === 'refused' ? 'failed' : 'offline';
        message = reach.message;
      } else {
        if (this.trigger !== 'schedule') this.outbox.checkAllOpenNow(this.connection.id);
        // Sends first; the actions the operator holds are confirmed by the feed, then by polls.
        const offline = await this.drain(signal, { includeAwaiting: false });
        if (offline) {
          outcome = 'offline';
          message = 'The operator stopped answering; the queue keeps what is left for the next sync.';
        } else {
          // The feed first: it confirms at once every sent action the operator has finished, so
          // settling polls one by one only the few still open.
          this.progress.phase = 'pulling_sales';
          const history = await new HistoryPull(
            this.sqlite,
            this.ledger,
            this.connection,
            this.gateway,
            this.clock,
            (items) => {
              const counts = this.outbox.applyFinalFromFeed(items);
              this.progress.confirmed += counts.confirmed;
              this.progress.failed += counts.failed;
            },
          ).pull(signal, (pull) => {
            this.progress.pulled = pull.pulled;
            this.progress.pullTotal = pull.total;
          });
          this.progress.pulled = history.pulled;
          booked = history.posted;
          if (history.error !== null && !signal.aborted) message = `Sales feed: ${history.error}`;
          // What the feed did not settle and is due now is polled; then wait for the rest if asked.
          if (!(await this.drain(signal))) await this.settle(settleWithinMs, signal);
          this.progress.phase = 'pulling_balances';
          const buckets = await pullBuckets(this.sqlite, this.connection, this.gateway, this.clock, signal);
          balancesPulled = buckets.pulled;
          if (buckets.errors.length > 0 && !signal.aborted) {
            message = [message, `Balances: ${buckets.errors.slice(0, 3).join('; ')}`]
              .filter(Boolean)
              .join(' ');
          }
        }
      }
      if (signal.aborted) outcome = 'cancelled';
    } catch (error) {
      outcome = 'failed';
      message = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      this.progress.phase = 'done';
      const summary = this.summary(outcome, message, balancesPulled, booked);
      this.sqlite
        .prepare(
          `UPDATE sync_cycles SET outcome = @outcome, finished_at = @finishedAt, sent = @sent, confirmed = @confirmed,
             failed = @failed, pulled = @pulled, conflicts = @conflicts, message = @message, cancelled = @cancelled,
             booked = @booked, balances_pulled = @balancesPulled, still_open = @stillOpen WHERE id = @id`,
        )
        .run(summary);
      this.lastSummary = summary;
    }
    return this.lastSummary as CycleSummary;
  }

  private lastSummary: CycleSummary | undefined;

  private summary(
    outcome: CycleSummary['outcome'],
    message: string | null,
    balancesPulled: number,
    booked: number,
  ): CycleSummary {
    const stillOpen = (
      this.sqlite
        .prepare(
          "SELECT count(*) AS n FROM operator_actions WHERE operator_id = ? AND state NOT IN ('confirmed', 'failed', 'cancelled')",
        )
        .get(this.connection.id) as { n: number }
    ).n;
    return {
      id: this.id,
      operatorId: this.connection.id,
      trigger: this.trigger,
      outcome,
      startedAt: this.progress.startedAt,
      finishedAt: this.clock(),
      sent: this.progress.sent,
      confirmed: this.progress.confirmed,
      failed: this.progress.failed,
      cancelled: this.cancelledCount,
      pulled: this.progress.pulled,
      booked,
      balancesPulled,
      conflicts: this.conflicts,
      stillOpen,
      message,
    };
  }

  /** Works through every due action with bounded concurrency. Returns true if the operator went away. */
  private async drain(
    signal: AbortSignal,
    options: { includeAwaiting: boolean } = { includeAwaiting: true },
  ): Promise<boolean> {
    const steps = new Map<string, number>();
    /** Actions taken by a worker whose answer is not applied yet: nobody else may pick them. */
    const inFlight = new Set<string>();
    let offlineStreak = 0;
    let queue: OperatorActionRow[] = [];
    let answers: StepEffect[] = [];
    /** Claimed by this drain and not yet sent: given back if the drain stops before sending them. */
    const claimedNotSent = new Set<string>();
    const offlineLimit = this.options.requestsInFlightMax * 2;

    // Answers are written in batches: one transaction for many (a lost batch costs only lookups).
    const flush = (): void => {
      if (answers.length === 0) return;
      const batch = answers;
      answers = [];
      const outcomes = this.processor.apply(batch);
      batch.forEach((effect, index) => {
        const outcome = outcomes[index] ?? 'waiting';
        this.count(effect, outcome);
        offlineStreak = outcome === 'offline' ? offlineStreak + 1 : 0;
        inFlight.delete(effect.action.id);
      });
    };
    let flushTimer: NodeJS.Timeout | null = null;
    const scheduleFlush = (): void => {
      if (answers.length >= answersPerFlushMax) {
        flush();
        return;
      }
      flushTimer ??= setTimeout(() => {
        flushTimer = null;
        flush();
      }, answersFlushDelayMs);
    };
    const refill = (): void => {
      flush();
      const due = this.outbox
        .due(this.connection.id, this.clock(), dueBatchSize, options)
        .filter((row) => !inFlight.has(row.id) && (steps.get(row.id) ?? 0) < stepsPerActionPerDrainMax);
      // Queued actions are claimed together, committed before any of their requests leaves.
      const claimed = this.processor.claimForSend(due);
      for (const id of claimed) claimedNotSent.add(id);
      queue = due.filter((row) => row.state !== 'queued' || claimed.has(row.id));
      for (const row of queue) inFlight.add(row.id);
    };
    const worker = async (): Promise<void> => {
      while (!signal.aborted && offlineStreak < offlineLimit) {
        if (queue.length === 0) refill();
        const action = queue.shift();
        if (action === undefined) {
          if (inFlight.size === 0) return;
          await sleep(answersFlushDelayMs, signal);
          continue;
        }
        steps.set(action.id, (steps.get(action.id) ?? 0) + 1);
        claimedNotSent.delete(action.id);
        // Await first: `answers` is swapped by each flush, so read it only once the answer is here.
        const effect = await this.processor.request(action, signal);
        answers.push(effect);
        scheduleFlush();
      }
    };
    try {
      await Promise.all(Array.from({ length: this.options.requestsInFlightMax }, () => worker()));
    } finally {
      if (flushTimer !== null) clearTimeout(flushTimer);
      flush();
      // Claimed but never sent (cancelled, or the operator went away): back in the queue, same reference.
      this.outbox.releaseClaims([...claimedNotSent]);
    }
    return offlineStreak >= offlineLimit;
  }

  /** Waits for sent actions that will be due within the window, polling them as they come due. */
  private async settle(settleWithinMs: number, signal: AbortSignal): Promise<void> {
    if (settleWithinMs <= 0) return;
    this.progress.phase = 'settling';
    // Wall-clock deadline: the workspace clock may be a test's manual one.
    const deadlineWall = Date.now() + settleWithinMs;
    const deadline = this.clock() + settleWithinMs;
    while (!signal.aborted && Date.now() < deadlineWall) {
      const next = this.sqlite
        .prepare(
          "SELECT min(next_check_at) AS at FROM operator_actions WHERE operator_id = ? AND state NOT IN ('confirmed', 'failed', 'cancelled')",
        )
        .get(this.connection.id) as { at: number | null };
      if (next.at === null || next.at > deadline) return;
      await sleep(Math.min(Math.max(0, next.at - this.clock()), deadlineWall - Date.now()), signal);
      if (await this.drain(signal)) return;
    }
  }

  private count(effect: StepEffect, outcome: StepOutcome): void {
    const sent = (effect.kind === 'operator' || effect.kind === 'unknown') && effect.sent;
    if (sent || effect.kind === 'refused') this.progress.sent++;
    if (outcome === 'confirmed') this.progress.confirmed++;
    if (outcome === 'failed') this.progress.failed++;
    if (outcome === 'cancelled') this.cancelledCount++;
    if (outcome === 'conflict') this.conflicts++;
  }
}
