import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { type RetailerRow, replenishmentOf } from '../retailers/retailerRows';
import type { OperatorOutbox } from '../sync/operatorOutbox';
import type { AllocationDesk } from './allocationDesk';

export interface ReplenishmentRun {
  queued: number;
  refused: number;
}

/** Most retailers one run tops up: a runaway rule set cannot flood the operator. */
const replenishmentsPerRunMax = 500;
/** A refused top-up is tried again after this long, not at every sync (which would fill the log). */
const refusalRetryAfterMs = 3600 * 1000;

/**
 * Auto-replenishment: a retailer whose stock (with what is already on its way) fell below its
 * trigger gets an ordinary allocation up to its target, through every check a clerk's allocation
 * meets (status, daily limit, credit, wholesale stock, approval threshold). Each outcome is kept,
 * so a refusal shows as an alert rather than vanishing.
 */
export class Replenishment {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly outbox: OperatorOutbox,
    private readonly desk: AllocationDesk,
    private readonly clock: () => number,
  ) {}

  /** The stock a retailer holds at an operator plus what is on its way to it. */
  private position(retailer: RetailerRow): { operatorId: string; positionMinor: number } | undefined {
    const wallet = this.sqlite
      .prepare(
        "SELECT operator_id, account_id FROM operator_buckets WHERE role = 'retailer' AND party_id = ? LIMIT 1",
      )
      .get(retailer.operator_party_id) as { operator_id: string; account_id: string } | undefined;
    if (wallet === undefined) return undefined;
    const account = this.ledger.reader.account(wallet.account_id);
    if (account === undefined) return undefined;
    return {
      operatorId: wallet.operator_id,
      positionMinor: account.balances.balancePostedMinor + account.balances.debitsPendingMinor,
    };
  }

  run(): ReplenishmentRun {
    const candidates = this.sqlite
      .prepare(
        "SELECT * FROM retailers WHERE replenishment_json IS NOT NULL AND status = 'active' ORDER BY seq",
      )
      .all() as RetailerRow[];
    let queued = 0;
    let refused = 0;
    for (const retailer of candidates) {
      if (queued + refused >= replenishmentsPerRunMax) break;
      const rule = replenishmentOf(retailer);
      const position = this.position(retailer);
      if (rule === null || position === undefined || position.positionMinor >= rule.belowMinor) continue;
      if (this.refusedRecently(retailer.code)) continue;
      const amountMinor = rule.upToMinor - position.positionMinor;
      const id = uuidv7();
      try {
        this.sqlite
          .transaction(() => {
            this.desk.refuseIfHeld(retailer, amountMinor);
            this.outbox.enqueue({
              id,
              operatorId: position.operatorId,
              kind: 'allocation',
              amountMinor,
              partyId: retailer.operator_party_id,
              note: `Auto-replenishment: below ${rule.belowMinor}, topped up to ${rule.upToMinor}`,
              requestedBy: 'auto-replenishment',
            });
            this.record(
              retailer.code,
              'queued',
              amountMinor,
              id,
              `Queued ${amountMinor} to bring the stock to ${rule.upToMinor}.`,
            );
          })
          .immediate();
        queued += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        this.record(retailer.code, 'refused', amountMinor, null, error.message);
        refused += 1;
      }
    }
    return { queued, refused };
  }

  private refusedRecently(code: string): boolean {
    const last = this.sqlite
      .prepare(
        'SELECT outcome, at FROM replenishment_events WHERE retailer_code = ? ORDER BY seq DESC LIMIT 1',
      )
      .get(code) as { outcome: string; at: number } | undefined;
    return last?.outcome === 'refused' && this.clock() - last.at < refusalRetryAfterMs;
  }

  private record(
    code: string,
    outcome: 'queued' | 'refused',
    amountMinor: number,
    actionId: string | null,
    message: string,
  ) {
    this.sqlite
      .prepare(
        'INSERT INTO replenishment_events (retailer_code, outcome, amount_minor, action_id, message, at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(code, outcome, amountMinor, actionId, message, this.clock());
  }

  /** The latest refusal per retailer since its last successful top-up: still worth an alert. */
  openRefusals(): Array<{ retailerCode: string; message: string; at: number; amountMinor: number }> {
    return this.sqlite
      .prepare(
        `SELECT e.retailer_code AS retailerCode, e.message, e.at, e.amount_minor AS amountMinor
         FROM replenishment_events e
         WHERE e.outcome = 'refused' AND e.seq = (SELECT max(seq) FROM replenishment_events l WHERE l.retailer_code = e.retailer_code)
         ORDER BY e.at DESC LIMIT 200`,
      )
      .all() as Array<{ retailerCode: string; message: string; at: number; amountMinor: number }>;
  }
}
