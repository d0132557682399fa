import type Database from 'better-sqlite3';
import type {
  AllocationApprovalView,
  AllocationOutcome,
  CreateAllocationInput,
} from '../../contract/allocationSchemas';
import { AppError } from '../appError';
import { operatorAmountText } from '../operator/operatorAmountText';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import type { RetailerRegistry } from '../retailers/retailerRegistry';
import type { RetailerRow } from '../retailers/retailerRows';
import type { WorkspaceSettingsStore } from '../settings/workspaceSettingsStore';
import type { OperatorOutbox } from '../sync/operatorOutbox';
import { allocationById } from './allocationQueries';

const velocityWindowMs = 30 * 24 * 3600 * 1000;
const velocityHistoryMin = 3;

export interface DeskActor {
  userId: string;
  displayName: string;
}

interface ApprovalRow {
  id: string;
  operator_id: string;
  retailer_code: string;
  retailer_name: string;
  amount_minor: number;
  note: string | null;
  reason: 'above_threshold' | 'unusual_amount';
  explanation: string;
  state: 'awaiting_approval' | 'approved' | 'rejected';
  requested_by: string;
  requested_by_name: string;
  requested_at: number;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: number | null;
  decision_note: string | null;
}

/** Why an allocation needs a second person, or undefined when it can go straight to the queue. */
export interface HoldReason {
  reason: 'above_threshold' | 'unusual_amount';
  explanation: string;
}

/**
 * The clerk's allocation desk: an allocation above the approval threshold, or far above what the
 * retailer usually gets, waits for a second person; everything else is queued at once. Approving
 * runs every check again (status, limits, credit, stock) and queues it under the same id.
 */
export class AllocationDesk {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly retailers: RetailerRegistry,
    private readonly settings: WorkspaceSettingsStore,
    private readonly outbox: OperatorOutbox,
    private readonly clock: () => number,
  ) {}

  /** The hold an allocation of `amountMinor` to `retailer` meets, if any. */
  holdFor(
    retailer: Pick<RetailerRow, 'operator_party_id' | 'name'>,
    amountMinor: number,
  ): HoldReason | undefined {
    const { allocationApprovalThresholdMinor: threshold, velocityMultiple } = this.settings.get();
    if (threshold !== null && amountMinor > threshold) {
      return {
        reason: 'above_threshold',
        explanation: `${this.airtime(retailer, amountMinor)} is above the approval threshold of ${this.airtime(retailer, threshold)}.`,
      };
    }
    if (velocityMultiple !== null) {
      const history = this.sqlite
        .prepare(
          `SELECT count(*) AS count, coalesce(avg(amount_minor), 0) AS average FROM operator_actions
           WHERE party_id = ? AND kind = 'allocation' AND state = 'confirmed' AND created_at >= ?`,
        )
        .get(retailer.operator_party_id, this.clock() - velocityWindowMs) as {
        count: number;
        average: number;
      };
      const averageMinor = Math.round(history.average);
      if (history.count >= velocityHistoryMin && amountMinor > velocityMultiple * averageMinor) {
        return {
          reason: 'unusual_amount',
          explanation: `${this.airtime(retailer, amountMinor)} is more than ${velocityMultiple} times ${retailer.name}'s average allocation of ${this.airtime(retailer, averageMinor)} over the last 30 days (${history.count} allocations).`,
        };
      }
    }
    return undefined;
  }

  /** Airtime of the operator the retailer's wallet is at, written with its units. */
  private airtime(retailer: Pick<RetailerRow, 'operator_party_id'>, minor: number): string {
    const operatorId =
      (this.sqlite
        .prepare("SELECT operator_id FROM operator_buckets WHERE party_id = ? AND role = 'retailer' LIMIT 1")
        .pluck()
        .get(retailer.operator_party_id) as string | undefined) ??
      (this.sqlite.prepare('SELECT id FROM operator_connections ORDER BY id LIMIT 1').pluck().get() as
        | string
        | undefined) ??
      '';
    return operatorAmountText(this.sqlite, operatorId, minor);
  }

  /** A hold refused where no approval can be asked for (the operator-level call, a bulk file). */
  refuseIfHeld(retailer: Pick<RetailerRow, 'operator_party_id' | 'name'>, amountMinor: number): void {
    const hold = this.holdFor(retailer, amountMinor);
    if (hold !== undefined) {
      throw new AppError(
        'business_rule',
        `This allocation needs a second person's approval: ${hold.explanation} Request it from the Allocations screen.`,
        { reason: 'approval_required' },
      );
    }
  }

  create(input: CreateAllocationInput, connection: OperatorConnection, actor: DeskActor): AllocationOutcome {
    return this.sqlite
      .transaction((): AllocationOutcome => {
        const held = this.approvalRow(input.id);
        if (held !== undefined)
          return { status: 'awaiting_approval', approval: approvalViewOf(held), allocation: null };
        if (this.outbox.action(input.id) !== undefined) {
          return { status: 'queued', approval: null, allocation: this.queued(input, connection, actor) };
        }
        const retailer = this.retailers.require(input.retailerCode);
        const hold = this.holdFor(retailer, input.amountMinor);
        if (hold === undefined) {
          return { status: 'queued', approval: null, allocation: this.queued(input, connection, actor) };
        }
        this.sqlite
          .prepare(
            `INSERT INTO allocation_approvals (id, operator_id, retailer_code, amount_minor, note, reason, explanation,
               state, requested_by, requested_by_name, requested_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, 'awaiting_approval', ?, ?, ?)`,
          )
          .run(
            input.id,
            connection.id,
            retailer.code,
            input.amountMinor,
            input.note ?? null,
            hold.reason,
            hold.explanation,
            actor.userId,
            actor.displayName,
            this.clock(),
          );
        return {
          status: 'awaiting_approval',
          approval: approvalViewOf(this.requireApproval(input.id)),
          allocation: null,
        };
      })
      .immediate();
  }

  private queued(input: CreateAllocationInput, connection: OperatorConnection, actor: DeskActor) {
    const retailer = this.retailers.require(input.retailerCode);
    this.outbox.enqueue({
      id: input.id,
      operatorId: connection.id,
      kind: 'allocation',
      amountMinor: input.amountMinor,
      partyId: retailer.operator_party_id,
      ...(input.note === undefined ? {} : { note: input.note }),
      requestedBy: actor.userId,
    });
    const allocation = allocationById(this.sqlite, input.id);
    if (allocation === undefined) throw new Error(`allocation ${input.id} was not queued`);
    return allocation;
  }

  /** A second person approves: every check runs again and the allocation is queued under its id. */
  approve(id: string, actor: DeskActor, note: string | undefined): AllocationOutcome {
    return this.sqlite
      .transaction((): AllocationOutcome => {
        const row = this.requireApproval(id);
        if (row.state === 'approved') {
          return {
            status: 'queued',
            approval: approvalViewOf(row),
            allocation: allocationById(this.sqlite, id) ?? null,
          };
        }
        if (row.state === 'rejected') {
          throw new AppError('business_rule', 'This allocation was rejected; ask for a new one.', {
            reason: 'rejected',
          });
        }
        if (row.requested_by === actor.userId) {
          throw new AppError(
            'business_rule',
            'You asked for this allocation; another person must approve it (maker and checker differ).',
            { reason: 'same_user' },
          );
        }
        const retailer = this.retailers.require(row.retailer_code);
        this.outbox.enqueue({
          id,
          operatorId: row.operator_id,
          kind: 'allocation',
          amountMinor: row.amount_minor,
          partyId: retailer.operator_party_id,
          ...(row.note === null ? {} : { note: row.note }),
          requestedBy: row.requested_by,
        });
        this.decide(id, 'approved', actor, note ?? null);
        return {
          status: 'queued',
          approval: approvalViewOf(this.requireApproval(id)),
          allocation: allocationById(this.sqlite, id) ?? null,
        };
      })
      .immediate();
  }

  reject(id: string, actor: DeskActor, note: string): AllocationApprovalView {
    return this.sqlite
      .transaction(() => {
        const row = this.requireApproval(id);
        if (row.state !== 'awaiting_approval') {
          throw new AppError('business_rule', `This allocation is already ${row.state}.`, {
            reason: 'already_decided',
          });
        }
        this.decide(id, 'rejected', actor, note);
        return approvalViewOf(this.requireApproval(id));
      })
      .immediate();
  }

  private decide(id: string, state: 'approved' | 'rejected', actor: DeskActor, note: string | null): void {
    this.sqlite
      .prepare(
        `UPDATE allocation_approvals SET state = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,
           decision_note = ? WHERE id = ?`,
      )
      .run(state, actor.userId, actor.displayName, this.clock(), note, id);
  }

  approvals(state: 'awaiting_approval' | 'approved' | 'rejected' | undefined): AllocationApprovalView[] {
    const rows = this.sqlite
      .prepare(
        `SELECT a.*, r.name AS retailer_name FROM allocation_approvals a JOIN retailers r ON r.code = a.retailer_code
         ${state === undefined ? '' : 'WHERE a.state = ?'} ORDER BY a.requested_at DESC LIMIT 500`,
      )
      .all(...(state === undefined ? [] : [state])) as ApprovalRow[];
    return rows.map(approvalViewOf);
  }

  private approvalRow(id: string): ApprovalRow | undefined {
    return this.sqlite
      .prepare(
        'SELECT a.*, r.name AS retailer_name FROM allocation_approvals a JOIN retailers r ON r.code = a.retailer_code WHERE a.id = ?',
      )
      .get(id) as ApprovalRow | undefined;
  }

  private requireApproval(id: string): ApprovalRow {
    const row = this.approvalRow(id);
    if (row === undefined) {
      throw new AppError('not_found', `No allocation waits for approval under ${id}.`, {
        reason: 'unknown_approval',
      });
    }
    return row;
  }
}

function approvalViewOf(row: ApprovalRow): AllocationApprovalView {
  return {
    id: row.id,
    operatorId: row.operator_id,
    retailerCode: row.retailer_code,
    retailerName: row.retailer_name,
    amountMinor: row.amount_minor,
    note: row.note,
    reason: row.reason,
    explanation: row.explanation,
    state: row.state,
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    requestedAt: new Date(row.requested_at).toISOString(),
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
    decisionNote: row.decision_note,
  };
}
