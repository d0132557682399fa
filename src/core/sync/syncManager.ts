import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import type { OperatorConnectionStore } from '../operator/operatorConnectionStore';
import { OperatorGateway } from '../operator/operatorGateway';
import { type EventHint, OperatorEventListener } from './operatorEventListener';
import type { OperatorOutbox } from './operatorOutbox';
import {
  type CycleSummary,
  type CycleTrigger,
  defaultSyncOptions,
  SyncCycle,
  type SyncOptions,
} from './syncService';

export type ConnectionState = 'not_configured' | 'connected' | 'offline' | 'refused';

/**
 * Owns sync for one open workspace: at most one cycle at a time, an optional schedule, and what the
 * last cycle said about the connection. Cycles run beside the core's call queue, never inside it,
 * so the clerks keep working while a sync runs.
 */
export class SyncManager {
  private current: SyncCycle | null = null;
  private currentRun: Promise<CycleSummary> | null = null;
  /** The operator the running cycle talks to. */
  private currentOperatorId: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastSummary: CycleSummary | null = null;
  private closed = false;
  private listener: OperatorEventListener | null = null;
  private hintTimer: NodeJS.Timeout | null = null;
  connectionState: ConnectionState = 'not_configured';
  connectionMessage: string | null = null;
  scheduleEveryMs: number | null = null;
  /** Unexpected failures of scheduled cycles (the host logs them). */
  onError: (error: unknown) => void = () => {};
  /** After every cycle (stock has just moved): auto-replenishment runs from here. */
  onCycleFinished: (summary: CycleSummary) => void = () => {};

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly outbox: OperatorOutbox,
    private readonly connections: OperatorConnectionStore,
    private readonly clock: () => number,
    private readonly options: SyncOptions = defaultSyncOptions,
  ) {
    if (connections.primary() !== undefined) this.connectionState = 'connected';
    this.lastSummary = this.readLastSummary();
  }

  get running(): SyncCycle | null {
    return this.current;
  }

  get last(): CycleSummary | null {
    return this.lastSummary;
  }

  /**
   * Starts a cycle with the operator named (the first one if none), or joins the one running for
   * it; a cycle running for another operator finishes first. Refused only when no operator is connected.
   */
  start(
    trigger: CycleTrigger,
    options: { operatorId?: string; settleWithinMs?: number } = {},
  ): Promise<CycleSummary> {
    if (this.closed)
      throw new AppError('workspace_unavailable', 'The workspace is closing; sync is stopped.');
    const connection = this.connections.require(options.operatorId);
    if (this.currentRun !== null) {
      if (this.currentOperatorId === connection.id) return this.currentRun;
      return this.currentRun.catch(() => undefined).then(() => this.start(trigger, options));
    }
    this.currentOperatorId = connection.id;
    const cycle = new SyncCycle(
      this.sqlite,
      this.ledger,
      this.outbox,
      connection,
      this.clock,
      this.options,
      trigger,
    );
    this.current = cycle;
    this.currentRun = cycle.run(options.settleWithinMs ?? 0).then(
      (summary) => {
        this.finish(summary);
        return summary;
      },
      (error: unknown) => {
        this.current = null;
        this.currentRun = null;
        throw error;
      },
    );
    return this.currentRun;
  }

  /** Cancels the running cycle; every step it finished stays, the rest waits for the next one. */
  async cancel(): Promise<void> {
    const run = this.currentRun;
    this.current?.cancel();
    if (run !== null) await run.catch(() => undefined);
  }

  schedule(everyMs: number | null): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.scheduleEveryMs = everyMs;
    if (everyMs === null) return;
    const tick = () => {
      const connection = this.connections.primary();
      if (connection === undefined) return;
      // An operator on this machine (the sandbox) can reach our listener: take its events as hints.
      if (this.listener === null && isLoopback(connection.baseUrl)) {
        this.listenForEvents().catch((error: unknown) => this.onError(error));
      }
      if (this.currentRun !== null || this.scheduledRound) return;
      this.syncEveryOperator().catch((error: unknown) => this.onError(error));
    };
    this.timer = setInterval(tick, everyMs);
    this.timer.unref();
    setImmediate(tick);
  }

  /** Resolves once no cycle is running. */
  async idle(): Promise<void> {
    while (this.currentRun !== null) await this.currentRun.catch(() => undefined);
  }

  private scheduledRound = false;

  /** A scheduled round: each connected operator in turn, so none waits behind another's outage. */
  private async syncEveryOperator(): Promise<void> {
    this.scheduledRound = true;
    try {
      for (const connection of this.connections.all()) {
        // A cycle already running (a manual one, perhaps for another operator) finishes first.
        await this.idle();
        if (this.closed || this.scheduleEveryMs === null) return;
        try {
          await this.start('schedule', { operatorId: connection.id });
        } catch (error) {
          this.onError(error);
        }
      }
    } finally {
      this.scheduledRound = false;
    }
  }

  /**
   * Registers a listener at the operator's hub. An event about one of our actions makes it due now
   * and starts a cycle shortly: TMF654 has no completion event, so events only ever hurry a poll.
   */
  async listenForEvents(): Promise<string> {
    const connection = this.connections.require();
    await this.listener?.stop();
    const listener = new OperatorEventListener(
      new OperatorGateway(connection, this.options.fetch, this.clock),
      (hint) => this.hint(hint),
    );
    this.listener = listener;
    try {
      return await listener.start();
    } catch (error) {
      this.listener = null;
      throw error;
    }
  }

  private hint(hint: EventHint): void {
    if (this.closed || !this.outbox.checkSoonByOperator(hint.clientReference, hint.operatorActionId)) return;
    const later = () => {
      this.hintTimer = null;
      if (this.closed) return;
      // A cycle already running may have passed the action: look again once it is done.
      if (this.currentRun !== null) {
        this.hintTimer = setTimeout(later, hintCycleDelayMs);
        return;
      }
      this.start('schedule').catch((error: unknown) => this.onError(error));
    };
    this.hintTimer ??= setTimeout(later, hintCycleDelayMs);
  }

  /** Stops the schedule and waits for a running cycle to stop (on close, before an update). */
  async close(): Promise<void> {
    this.closed = true;
    this.schedule(null);
    if (this.hintTimer !== null) clearTimeout(this.hintTimer);
    await this.listener?.stop().catch(() => undefined);
    this.listener = null;
    await this.cancel();
  }

  private finish(summary: CycleSummary): void {
    this.lastSummary = summary;
    this.current = null;
    this.currentRun = null;
    if (summary.outcome === 'offline') this.connectionState = 'offline';
    else if (summary.outcome === 'failed' && summary.message?.includes('client id and secret')) {
      this.connectionState = 'refused';
    } else if (summary.outcome !== 'cancelled') this.connectionState = 'connected';
    this.connectionMessage = summary.message;
    try {
      this.onCycleFinished(summary);
    } catch (error) {
      this.onError(error);
    }
  }

  private readLastSummary(): CycleSummary | null {
    const row = this.sqlite
      .prepare(
        "SELECT * FROM sync_cycles WHERE outcome != 'running' ORDER BY started_at DESC, id DESC LIMIT 1",
      )
      .get() as
      | {
          id: string;
          operator_id: string;
          trigger: CycleTrigger;
          outcome: CycleSummary['outcome'];
          started_at: number;
          finished_at: number | null;
          sent: number;
          confirmed: number;
          failed: number;
          pulled: number;
          conflicts: number;
          message: string | null;
          cancelled: number;
          booked: number;
          balances_pulled: number;
          still_open: number;
        }
      | undefined;
    if (row === undefined) return null;
    return {
      id: row.id,
      operatorId: row.operator_id,
      trigger: row.trigger,
      outcome: row.outcome,
      startedAt: row.started_at,
      finishedAt: row.finished_at ?? row.started_at,
      sent: row.sent,
      confirmed: row.confirmed,
      failed: row.failed,
      cancelled: row.cancelled,
      pulled: row.pulled,
      booked: row.booked,
      balancesPulled: row.balances_pulled,
      conflicts: row.conflicts,
      stillOpen: row.still_open,
      message: row.message,
    };
  }
}

/** An event's hint starts a cycle this soon, so a burst of events makes one cycle. */
const hintCycleDelayMs = 200;

function isLoopback(url: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** How often the desktop app and browser mode sync on their own while a workspace is open. */
export const backgroundSyncEveryMs = 60_000;
