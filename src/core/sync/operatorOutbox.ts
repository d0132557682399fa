import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { assertLedger } from '../ledger/ledgerAssert';
import type { TransferRequest } from '../ledger/ledgerRequests';
import { operatorAmountText } from '../operator/operatorAmountText';
import { operatorAccountIds } from '../operator/operatorLedgerAccounts';
import { StatementCache } from '../storage/statementCache';
import type { ActionMoneyLegs, MoneyLegRequest } from './actionMoneyLegs';
import {
  clientReferenceOf,
  finalActionStates,
  type OperatorActionKind,
  type OperatorActionRow,
  type OperatorActionState,
  pendingEntryIdOf,
  resolutionEntryIdOf,
} from './operatorActionRows';

/**
 * How long an operator-bound reservation holds in the ledger. Long on purpose: an action whose
 * outcome is unknown must keep its reservation until the operator says what happened.
 */
export const operatorPendingTimeoutMs = 30 * 24 * 3600 * 1000;
export const actionNoteLengthMax = 200;

/** Refusals that mean the reservation lapsed (expired, or resolved another way) rather than a bug. */
const lapsedReasons = ['already_resolved', 'pending_expired'];

export interface ActionRequest {
  /** Client-generated (UUIDv7): the same id twice returns the first action. */
  id: string;
  operatorId: string;
  kind: OperatorActionKind;
  amountMinor: number;
  /** The retailer's party for an allocation. */
  partyId?: string;
  /** The end-user line for a direct top-up. */
  msisdn?: string;
  note?: string;
  /** For an allocation reversal: the confirmed allocation whose stock goes back. */
  reversesActionId?: string;
  requestedBy: string;
}

interface BucketLink {
  bucket_id: string;
  account_id: string;
  party_id: string;
  role: 'wholesale' | 'retailer';
}

function refuse(reason: string, message: string): AppError {
  return new AppError('business_rule', message, { reason });
}

/**
 * The outbox: every operator-bound action is written here in the same transaction as its pending
 * ledger entry, and every change of its state that touches the ledger (post, void) happens in one
 * transaction with the state change. The network side (the processor) only calls these.
 */
export class OperatorOutbox {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly clock: () => number,
    /** The rules and money transfers of each action (absent: airtime moves alone). */
    private readonly moneyLegs: ActionMoneyLegs | null = null,
  ) {}

  enqueue(request: ActionRequest): OperatorActionRow {
    assertLedger(Number.isSafeInteger(request.amountMinor), 'amounts are whole minor units');
    return this.sqlite
      .transaction(() => {
        const existing = this.action(request.id);
        if (existing !== undefined) {
          const same =
            existing.kind === request.kind &&
            existing.amount_minor === request.amountMinor &&
            existing.party_id === (request.partyId ?? null) &&
            (request.kind === 'allocation' || existing.msisdn === (request.msisdn ?? null));
          if (!same) {
            throw refuse(
              'id_reused',
              `Action ${request.id} was already recorded with different content; a new action needs a new id.`,
            );
          }
          return existing;
        }
        const wholesale = this.wholesaleLink(request.operatorId);
        const target = this.targetOf(request, wholesale);
        const now = this.clock();
        const legRequest = moneyLegRequestOf(request);
        const moneyTransfers = this.moneyLegs?.forNewAction(legRequest, { nowMs: now, retry: false }) ?? [];
        const [reserved] = this.ledger.writer.recordBatch([
          {
            id: pendingEntryIdOf(request.id, 1),
            kind: 'pending',
            code: request.kind,
            description: describe(request),
            timeoutMs: operatorPendingTimeoutMs,
            transfers: this.transfersOf(request.operatorId, request.kind, request.amountMinor, {
              wholesaleAccountId: wholesale.account_id,
              targetAccountId: target.accountId,
              reference: { kind: referenceKindOf(request.kind), id: request.id },
              operatorReference: clientReferenceOf(request.id, 1),
              moneyTransfers,
            }),
          },
        ]);
        if (reserved !== undefined && !reserved.ok)
          throw this.readableRefusal(request, wholesale, reserved.error, moneyTransfers);
        this.statements().insertAction.run({
          id: request.id,
          operator_id: request.operatorId,
          kind: request.kind,
          client_reference: clientReferenceOf(request.id, 1),
          amount_minor: request.amountMinor,
          source_bucket_id:
            target.sourceBucketId ?? (request.kind === 'purchase' ? null : wholesale.bucket_id),
          target_bucket_id: target.bucketId,
          party_id: request.partyId ?? null,
          msisdn: target.msisdn,
          note: request.note ?? null,
          reverses_action_id: request.reversesActionId ?? null,
          pending_entry_id: pendingEntryIdOf(request.id, 1),
          requested_by: request.requestedBy,
          now,
        });
        this.insertAttempt(request.id, 1);
        return this.requireAction(request.id);
      })
      .immediate();
  }

  /**
   * The ledger refuses a reservation in its own terms (an account would go below zero); a clerk
   * needs to hear which stock is short, by how much, and what to do.
   */
  private readableRefusal(
    request: ActionRequest,
    wholesale: BucketLink,
    error: AppError,
    moneyTransfers: TransferRequest[],
  ): AppError {
    if (error.reason !== 'balance_rule') return error;
    const money = this.moneyLegs?.refusalOf(moneyLegRequestOf(request), moneyTransfers);
    if (money !== undefined) return money;
    if (request.kind === 'purchase') return error;
    if (request.kind === 'allocation_reversal') {
      const link = this.statement(
        "SELECT account_id FROM operator_buckets WHERE operator_id = ? AND party_id = ? AND role = 'retailer'",
      ).get(request.operatorId, request.partyId ?? '') as { account_id: string } | undefined;
      const stock = link === undefined ? undefined : this.ledger.reader.account(link.account_id);
      return new AppError(
        'business_rule',
        `${request.partyId ?? 'The retailer'} holds ${operatorAmountText(this.sqlite, request.operatorId, stock?.balances.balanceAvailableMinor ?? 0)} of stock now; it cannot give back ${operatorAmountText(this.sqlite, request.operatorId, request.amountMinor)}. Reverse what it still holds.`,
        { reason: 'retailer_stock_short' },
      );
    }
    const account = this.ledger.reader.account(wholesale.account_id);
    const availableMinor = account?.balances.balanceAvailableMinor ?? 0;
    return new AppError(
      'business_rule',
      `Not enough wholesale stock: ${operatorAmountText(this.sqlite, request.operatorId, availableMinor)} available, ${operatorAmountText(this.sqlite, request.operatorId, request.amountMinor)} requested. ` +
        'Stock bought counts once the operator confirms the purchase: run a sync, or buy more.',
      { reason: 'insufficient_stock' },
    );
  }

  /** Actions not final yet (queued or in flight), counted from the open-actions index. */
  openCount(): number {
    return (
      this.statement(
        "SELECT count(*) AS n FROM operator_actions WHERE state NOT IN ('confirmed', 'failed', 'cancelled')",
      ).get() as { n: number }
    ).n;
  }

  action(id: string): OperatorActionRow | undefined {
    return this.statements().actionById.get(id) as OperatorActionRow | undefined;
  }

  requireAction(id: string): OperatorActionRow {
    const row = this.action(id);
    if (row === undefined) throw new AppError('not_found', `Operator action ${id} does not exist.`);
    return row;
  }

  /** An operator's actions the worker should look at now (due), oldest first. */
  due(
    operatorId: string,
    nowMs: number,
    limit: number,
    options: { includeAwaiting: boolean } = { includeAwaiting: true },
  ): OperatorActionRow[] {
    const statement = options.includeAwaiting ? this.statements().dueActions : this.statements().dueToSend;
    return statement.all(nowMs, operatorId, limit) as OperatorActionRow[];
  }

  /**
   * Claims queued actions for sending, in one transaction committed before any request leaves, so
   * a crash reads "outcome unknown". The lease keeps other workers (another process) off them until
   * the answers are due. Returns the ids this worker got; another worker may have claimed the rest.
   */
  claimForSend(ids: readonly string[], leaseUntil: number): Set<string> {
    const claimed = new Set<string>();
    if (ids.length === 0) return claimed;
    const claim = this.statement(
      `UPDATE operator_actions SET state = 'sending', next_check_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'`,
    );
    this.sqlite
      .transaction(() => {
        const now = this.clock();
        for (const id of ids) if (claim.run(leaseUntil, now, id).changes === 1) claimed.add(id);
      })
      .immediate();
    return claimed;
  }

  /**
   * Gives back claims whose request never left (the cycle was cancelled or the operator went away
   * before their turn): only ids this worker claimed and never sent, so nothing that left is re-sent.
   */
  releaseClaims(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const release = this.statement(
      `UPDATE operator_actions SET state = 'queued', next_check_at = ?, updated_at = ? WHERE id = ? AND state = 'sending'`,
    );
    this.sqlite.transaction(() => {
      for (const id of ids) release.run(this.clock(), this.clock(), id);
    })();
  }

  /**
   * Final states of our actions as the operator's feed reports them, by client reference: an open
   * action whose current reference is among them takes that state (one transaction for all). An
   * earlier attempt's reference is ignored: that attempt already ended.
   */
  applyFinalFromFeed(
    items: ReadonlyArray<{
      clientReference: string;
      operatorActionId: string;
      status: 'completed' | 'failed' | 'cancelled';
      amountMinor: number;
      statusReason: string | null;
    }>,
  ): { confirmed: number; failed: number } {
    return this.inTransaction(() => {
      const counts = { confirmed: 0, failed: 0 };
      for (const item of items) {
        const action = this.statement(
          "SELECT * FROM operator_actions WHERE client_reference = ? AND state NOT IN ('confirmed', 'failed', 'cancelled')",
        ).get(item.clientReference) as OperatorActionRow | undefined;
        if (action === undefined) continue;
        if (item.status === 'completed') {
          this.confirm(action.id, { actionId: item.operatorActionId, amountMinor: item.amountMinor });
          counts.confirmed++;
        } else {
          if (item.status === 'failed') counts.failed++;
          this.fail(action.id, item.status, {
            reason: item.statusReason ?? `The operator reports the action ${item.status}.`,
            operatorActionId: item.operatorActionId,
            operatorStatus: item.status,
          });
        }
      }
      return counts;
    });
  }

  /** Runs `work` in one write transaction (the processor applies a batch of answers so). */
  inTransaction<T>(work: () => T): T {
    return this.sqlite.transaction(work).immediate();
  }

  /** The operator's answer was lost (timeout, dropped connection, 5xx): look it up by reference next. */
  markUnknown(id: string, reason: string, nextCheckAt: number): void {
    this.statement(
      `UPDATE operator_actions SET state = 'unknown', status_reason = ?, checks = checks + 1, next_check_at = ?, updated_at = ?
         WHERE id = ? AND state IN ('sending', 'unknown', 'queued')`,
    ).run(reason, nextCheckAt, this.clock(), id);
  }

  /** A lookup found nothing under the reference: the same request (same reference) may go again. */
  markNotFound(id: string): boolean {
    return this.setState(id, 'queued', { from: ['unknown', 'sending'] });
  }

  /** The operator has the action and it is not final yet: poll it at `nextCheckAt`. */
  markAwaiting(id: string, operatorActionId: string, nextCheckAt: number): void {
    this.statement(
      `UPDATE operator_actions SET state = CASE WHEN state = 'cancelling' THEN 'cancelling' ELSE 'awaiting' END,
           operator_action_id = ?, operator_status = 'created', checks = checks + 1, next_check_at = ?, updated_at = ?
         WHERE id = ? AND state NOT IN ('confirmed', 'failed', 'cancelled')`,
    ).run(operatorActionId, nextCheckAt, this.clock(), id);
    this.statement(
      'UPDATE operator_action_attempts SET operator_action_id = ? WHERE client_reference = ?',
    ).run(operatorActionId, this.requireAction(id).client_reference);
  }

  /** Could not reach the operator: leave the state as it is and come back later. */
  postpone(id: string, reason: string, nextCheckAt: number): void {
    this.statement(
      'UPDATE operator_actions SET status_reason = ?, checks = checks + 1, next_check_at = ?, updated_at = ? WHERE id = ?',
    ).run(reason, nextCheckAt, this.clock(), id);
  }

  /**
   * The operator completed the action: post the reservation (for the amount the operator moved, if
   * less) in the same transaction as the state change. Returns the updated row.
   */
  confirm(id: string, operator: { actionId: string; amountMinor: number }): OperatorActionRow {
    return this.sqlite
      .transaction(() => {
        const action = this.requireAction(id);
        if (action.state === 'confirmed') return action;
        assertLedger(!finalActionStates.includes(action.state), `action ${id} is not final yet`);
        const resolutionId = resolutionEntryIdOf(id, action.attempt);
        let reason: string | null = null;
        if (operator.amountMinor !== action.amount_minor) {
          reason = `The operator moved ${operator.amountMinor} minor units, not the ${action.amount_minor} requested.`;
        }
        const postable = Math.min(operator.amountMinor, action.amount_minor);
        const [posted] =
          postable > 0
            ? this.ledger.writer.recordBatch([
                {
                  id: resolutionId,
                  kind: 'post_pending',
                  pendingEntryId: action.pending_entry_id,
                  amountsMinor: this.postableAmounts(action, postable),
                },
              ])
            : [undefined];
        if (posted !== undefined && !posted.ok && !lapsedReasons.includes(posted.error.reason ?? '')) {
          throw posted.error;
        }
        if (posted === undefined || !posted.ok) {
          // The reservation expired or was resolved meanwhile: book what the operator did afresh.
          this.ledger.writer.record({
            id: resolutionId,
            kind: 'posting',
            code: action.kind,
            description: `${describeRow(action)} (confirmed after its reservation lapsed)`,
            transfers: this.transfersOf(action.operator_id, action.kind, operator.amountMinor, {
              wholesaleAccountId: this.wholesaleLink(action.operator_id).account_id,
              targetAccountId: this.targetAccountOf(action),
              reference: { kind: referenceKindOf(action.kind), id: action.id },
              operatorReference: action.client_reference,
              // What the operator did is booked whatever the terms say now.
              moneyTransfers:
                this.moneyLegs?.forConfirmedAction({
                  ...moneyLegRequestOfRow(action),
                  amountMinor: operator.amountMinor,
                }) ?? [],
            }),
          });
          reason = reason ?? 'Confirmed after its ledger reservation had lapsed; booked as a new entry.';
        }
        this.finish(action, 'confirmed', {
          resolutionEntryId: resolutionId,
          operatorActionId: operator.actionId,
          operatorStatus: 'completed',
          reason,
        });
        return this.requireAction(id);
      })
      .immediate();
  }

  /**
   * A definitive failure or a cancellation: void the reservation with the state change. The action
   * may then be retried under a new reference.
   */
  fail(
    id: string,
    outcome: 'failed' | 'cancelled',
    detail: { reason: string; operatorActionId?: string | null; operatorStatus?: string | null },
  ): OperatorActionRow {
    return this.sqlite
      .transaction(() => {
        const action = this.requireAction(id);
        if (finalActionStates.includes(action.state)) return action;
        let resolutionEntryId: string | null = resolutionEntryIdOf(id, action.attempt);
        const [voided] = this.ledger.writer.recordBatch([
          { id: resolutionEntryId, kind: 'void_pending', pendingEntryId: action.pending_entry_id },
        ]);
        if (voided !== undefined && !voided.ok) {
          // Already resolved (it expired): nothing is reserved any more, so nothing to void.
          if (!lapsedReasons.includes(voided.error.reason ?? '')) throw voided.error;
          resolutionEntryId = null;
        }
        this.finish(action, outcome, {
          resolutionEntryId,
          operatorActionId: detail.operatorActionId ?? action.operator_action_id,
          operatorStatus: detail.operatorStatus ?? action.operator_status,
          reason: detail.reason,
        });
        return this.requireAction(id);
      })
      .immediate();
  }

  /**
   * A failed action tried again: a new reference and a new reservation, in one transaction. The
   * balance rules may refuse the new reservation (the stock went elsewhere meanwhile).
   */
  retry(id: string): OperatorActionRow {
    return this.sqlite
      .transaction(() => {
        const action = this.requireAction(id);
        if (action.state !== 'failed') {
          throw refuse(
            'not_retryable',
            `Action ${id} is ${action.state}; only a failed action can be tried again.`,
          );
        }
        const attempt = action.attempt + 1;
        const legRequest = moneyLegRequestOfRow(action);
        const moneyTransfers =
          this.moneyLegs?.forNewAction(legRequest, { nowMs: this.clock(), retry: true }) ?? [];
        // A retry must meet the terms again: told in business terms, not as a ledger rule.
        const moneyRefusal = this.moneyLegs?.refusalOf(legRequest, moneyTransfers);
        if (moneyRefusal !== undefined) throw moneyRefusal;
        this.ledger.writer.record({
          id: pendingEntryIdOf(id, attempt),
          kind: 'pending',
          code: action.kind,
          description: `${describeRow(action)} (attempt ${attempt})`,
          timeoutMs: operatorPendingTimeoutMs,
          transfers: this.transfersOf(action.operator_id, action.kind, action.amount_minor, {
            wholesaleAccountId: this.wholesaleLink(action.operator_id).account_id,
            targetAccountId: this.targetAccountOf(action),
            reference: { kind: referenceKindOf(action.kind), id: action.id },
            operatorReference: clientReferenceOf(id, attempt),
            moneyTransfers,
          }),
        });
        this.statement(
          `UPDATE operator_actions SET state = 'queued', attempt = ?, client_reference = ?, pending_entry_id = ?,
               resolution_entry_id = NULL, operator_action_id = NULL, operator_status = NULL, status_reason = NULL,
               checks = 0, next_check_at = ?, updated_at = ?, final_at = NULL
             WHERE id = ?`,
        ).run(
          attempt,
          clientReferenceOf(id, attempt),
          pendingEntryIdOf(id, attempt),
          this.clock(),
          this.clock(),
          id,
        );
        this.insertAttempt(id, attempt);
        return this.requireAction(id);
      })
      .immediate();
  }

  /**
   * The user cancels. Never sent: voided here and now. Held by the operator: the worker asks the
   * operator to cancel. Outcome unknown: refused until the operator has said what happened.
   */
  requestCancel(id: string): OperatorActionRow {
    const action = this.requireAction(id);
    switch (action.state) {
      case 'queued':
        if (action.operator_action_id === null && action.checks === 0) {
          return this.fail(id, 'cancelled', { reason: 'Cancelled before it was sent to the operator.' });
        }
        // It was sent before and its lookup found nothing: it could still arrive; cancel remotely.
        throw refuse(
          'outcome_unknown',
          `Action ${id} was sent before and its outcome is not settled yet; cancel it once the operator has answered.`,
        );
      case 'awaiting':
        if (!this.setState(id, 'cancelling', { from: ['awaiting'] })) {
          throw refuse('state_changed', `Action ${id} changed while you asked; look at it again.`);
        }
        this.statement('UPDATE operator_actions SET next_check_at = ? WHERE id = ?').run(this.clock(), id);
        return this.requireAction(id);
      case 'cancelling':
        return action;
      case 'sending':
      case 'unknown':
        throw refuse(
          'outcome_unknown',
          `Action ${id} may or may not have reached the operator; Airledger is finding out. Cancel it after the next sync.`,
        );
      default:
        throw refuse('already_final', `Action ${id} is already ${action.state}; it cannot be cancelled.`);
    }
  }

  /**
   * Makes every open action due now (a sync someone asked for looks at everything, whatever its
   * back-off). An action being sent by another worker keeps its lease.
   */
  checkAllOpenNow(operatorId: string): number {
    return this.statement(
      `UPDATE operator_actions SET next_check_at = ? WHERE operator_id = ? AND next_check_at > ?
           AND state NOT IN ('sending', 'confirmed', 'failed', 'cancelled')`,
    ).run(this.clock(), operatorId, this.clock()).changes;
  }

  /** An operator event named this action (by our reference or its id): look at it now. */
  checkSoonByOperator(clientReference: string | null, operatorActionId: string): boolean {
    return (
      this.statement(
        `UPDATE operator_actions SET next_check_at = ? WHERE (client_reference = ? OR operator_action_id = ?)
           AND state NOT IN ('confirmed', 'failed', 'cancelled')`,
      ).run(this.clock(), clientReference ?? '', operatorActionId).changes > 0
    );
  }

  /** Asks for an earlier look at an action (an event arrived, or the user pressed retry now). */
  checkSoon(id: string): void {
    this.statement(
      "UPDATE operator_actions SET next_check_at = ? WHERE id = ? AND state NOT IN ('confirmed', 'failed', 'cancelled')",
    ).run(this.clock(), id);
  }

  private finish(
    action: OperatorActionRow,
    state: 'confirmed' | 'failed' | 'cancelled',
    detail: {
      resolutionEntryId: string | null;
      operatorActionId: string | null;
      operatorStatus: string | null;
      reason: string | null;
    },
  ): void {
    const now = this.clock();
    this.statement(
      `UPDATE operator_actions SET state = ?, resolution_entry_id = ?, operator_action_id = ?, operator_status = ?,
           status_reason = ?, updated_at = ?, final_at = ? WHERE id = ?`,
    ).run(
      state,
      detail.resolutionEntryId,
      detail.operatorActionId,
      detail.operatorStatus,
      detail.reason,
      now,
      now,
      action.id,
    );
    this.statement(
      'UPDATE operator_action_attempts SET outcome = ?, operator_action_id = ?, ended_at = ? WHERE client_reference = ?',
    ).run(state, detail.operatorActionId, now, action.client_reference);
  }

  /** Compare-and-set: moves the action only from the given states; false if it had moved on. */
  private setState(id: string, state: OperatorActionState, guard: { from: OperatorActionState[] }): boolean {
    const placeholders = guard.from.map(() => '?').join(', ');
    const changed = this.statement(
      `UPDATE operator_actions SET state = ?, updated_at = ? WHERE id = ? AND state IN (${placeholders})`,
    ).run(state, this.clock(), id, ...guard.from).changes;
    return changed === 1;
  }

  private insertAttempt(actionId: string, attempt: number): void {
    this.statement(
      `INSERT INTO operator_action_attempts (client_reference, action_id, attempt, pending_entry_id, outcome)
         VALUES (?, ?, ?, ?, 'open')`,
    ).run(clientReferenceOf(actionId, attempt), actionId, attempt, pendingEntryIdOf(actionId, attempt));
  }

  /**
   * What to post of each transfer of a pending entry when the operator moved `postable` airtime:
   * the airtime leg that much, the money leg in proportion (exact for the same currency).
   */
  private postableAmounts(action: OperatorActionRow, postable: number): number[] {
    const transfers = this.ledger.reader.entry(action.pending_entry_id)?.transfers ?? [];
    if (transfers.length <= 1) return [postable];
    return transfers.map((transfer, index) =>
      index === 0
        ? postable
        : Math.max(1, Math.floor((transfer.amountMinor * postable) / action.amount_minor)),
    );
  }

  private wholesaleLink(operatorId: string): BucketLink {
    const link = this.statement(
      "SELECT bucket_id, account_id, party_id, role FROM operator_buckets WHERE operator_id = ? AND role = 'wholesale'",
    ).get(operatorId) as BucketLink | undefined;
    if (link === undefined) {
      throw new AppError(
        'business_rule',
        `Operator ${operatorId} is not connected; connect it first (airledger operator connect).`,
        { reason: 'operator_not_connected' },
      );
    }
    return link;
  }

  /** The bucket an action credits, its ledger account, and the line (the retailer's wallet, the end-user's). */
  private targetOf(
    request: ActionRequest,
    wholesale: BucketLink,
  ): { bucketId: string; accountId: string; msisdn: string | null; sourceBucketId?: string } {
    switch (request.kind) {
      case 'purchase':
        return { bucketId: wholesale.bucket_id, accountId: wholesale.account_id, msisdn: null };
      case 'allocation':
      case 'allocation_reversal': {
        const link = this.statement(
          "SELECT bucket_id, account_id, party_id, role, msisdn FROM operator_buckets WHERE operator_id = ? AND party_id = ? AND role = 'retailer'",
        ).get(request.operatorId, request.partyId ?? '') as
          | (BucketLink & { msisdn: string | null })
          | undefined;
        if (link === undefined) {
          throw new AppError(
            'bad_input',
            `partyId names no retailer wallet linked at operator ${request.operatorId} (${request.partyId ?? 'none given'}).`,
            { issues: [{ path: 'partyId', message: 'names no linked retailer wallet' }] },
          );
        }
        if (request.kind === 'allocation_reversal') {
          // The stock comes back from the retailer's wallet to the wholesale bucket; the ledger side
          // is the retailer's stock account.
          return {
            bucketId: wholesale.bucket_id,
            accountId: link.account_id,
            msisdn: link.msisdn,
            sourceBucketId: link.bucket_id,
          };
        }
        return { bucketId: link.bucket_id, accountId: link.account_id, msisdn: link.msisdn };
      }
      case 'direct_topup':
        if (request.msisdn === undefined) {
          throw new AppError('bad_input', 'msisdn is required for a direct top-up.', {
            issues: [{ path: 'msisdn', message: 'is required' }],
          });
        }
        return {
          bucketId: subscriberBucketId(request.msisdn),
          accountId: operatorAccountIds.issuance(request.operatorId),
          msisdn: request.msisdn,
        };
    }
  }

  private targetAccountOf(action: OperatorActionRow): string {
    if (action.kind === 'direct_topup') return operatorAccountIds.issuance(action.operator_id);
    // A reversal's ledger counterpart is the retailer's stock, whose wallet is the source.
    const bucketId =
      action.kind === 'allocation_reversal' ? action.source_bucket_id : action.target_bucket_id;
    const link = this.statement(
      'SELECT account_id FROM operator_buckets WHERE operator_id = ? AND bucket_id = ?',
    ).get(action.operator_id, bucketId) as { account_id: string } | undefined;
    assertLedger(link !== undefined, `bucket ${bucketId} of action ${action.id} is linked`);
    return link.account_id;
  }

  /**
   * The airtime movement of each action kind. Purchase: the operator issues airtime into our
   * wholesale stock. Allocation: wholesale stock to the retailer's stock. Direct top-up: wholesale
   * stock back to the operator, on the end-user's line.
   */
  private transfersOf(
    operatorId: string,
    kind: OperatorActionKind,
    amountMinor: number,
    parts: {
      wholesaleAccountId: string;
      targetAccountId: string;
      reference: { kind: string; id: string };
      operatorReference: string;
      /** The money side, in the same entry after the airtime transfer. */
      moneyTransfers?: TransferRequest[];
    },
  ): TransferRequest[] {
    const common = {
      amountMinor,
      code: kind,
      reference: parts.reference,
      operatorReference: parts.operatorReference,
    };
    const money = (parts.moneyTransfers ?? []).map((transfer) => ({
      reference: parts.reference,
      operatorReference: parts.operatorReference,
      ...transfer,
    }));
    switch (kind) {
      case 'purchase':
        return [
          {
            ...common,
            debitAccountId: parts.wholesaleAccountId,
            creditAccountId: operatorAccountIds.issuance(operatorId),
          },
          ...money,
        ];
      case 'allocation':
        return [
          { ...common, debitAccountId: parts.targetAccountId, creditAccountId: parts.wholesaleAccountId },
          ...money,
        ];
      case 'allocation_reversal':
        return [
          { ...common, debitAccountId: parts.wholesaleAccountId, creditAccountId: parts.targetAccountId },
          ...money,
        ];
      case 'direct_topup':
        return [
          {
            ...common,
            debitAccountId: operatorAccountIds.issuance(operatorId),
            creditAccountId: parts.wholesaleAccountId,
          },
          ...money,
        ];
    }
  }

  /** Each allocation and every step of a drain run these: prepared once per connection. */
  private prepared: StatementCache | undefined;

  private statement(sql: string): Database.Statement {
    this.prepared ??= new StatementCache(this.sqlite);
    return this.prepared.get(sql);
  }

  private cached: ReturnType<typeof prepare> | undefined;
  private statements() {
    this.cached ??= prepare(this.sqlite);
    return this.cached;
  }
}

function prepare(sqlite: Database.Database) {
  return {
    actionById: sqlite.prepare('SELECT * FROM operator_actions WHERE id = ?'),
    // Each operator's cycle takes only its own actions: another operator's must never be sent here.
    dueToSend: sqlite.prepare(
      `SELECT * FROM operator_actions WHERE state NOT IN ('confirmed', 'failed', 'cancelled', 'awaiting') AND next_check_at <= ?
         AND operator_id = ?
       ORDER BY next_check_at, id LIMIT ?`,
    ),
    dueActions: sqlite.prepare(
      `SELECT * FROM operator_actions WHERE state NOT IN ('confirmed', 'failed', 'cancelled') AND next_check_at <= ?
         AND operator_id = ?
       ORDER BY next_check_at, id LIMIT ?`,
    ),
    insertAction: sqlite.prepare(
      `INSERT INTO operator_actions (id, operator_id, kind, state, client_reference, attempt, amount_minor,
         source_bucket_id, target_bucket_id, party_id, msisdn, note, reverses_action_id, pending_entry_id, checks,
         next_check_at, requested_by, created_at, updated_at)
       VALUES (@id, @operator_id, @kind, 'queued', @client_reference, 1, @amount_minor, @source_bucket_id,
         @target_bucket_id, @party_id, @msisdn, @note, @reverses_action_id, @pending_entry_id, 0, @now, @requested_by,
         @now, @now)`,
    ),
  };
}

/** The operator-side bucket of an end-user line (the sandbox's and our profile's convention). */
export function subscriberBucketId(msisdn: string): string {
  return `SUB-${msisdn}`;
}

function referenceKindOf(kind: OperatorActionKind): string {
  return {
    purchase: 'purchase',
    allocation: 'allocation',
    direct_topup: 'topup',
    allocation_reversal: 'allocation',
  }[kind];
}

function describe(request: ActionRequest): string {
  const base = {
    purchase: 'Purchase of bulk airtime',
    allocation: `Allocation to ${request.partyId ?? '?'}`,
    direct_topup: `Direct top-up of ${request.msisdn ?? '?'}`,
    allocation_reversal: `Reversal of allocation ${request.reversesActionId ?? '?'} from ${request.partyId ?? '?'}`,
  }[request.kind];
  return request.note === undefined ? base : `${base}: ${request.note}`.slice(0, 500);
}

function describeRow(action: OperatorActionRow): string {
  return describe({
    id: action.id,
    operatorId: action.operator_id,
    kind: action.kind,
    amountMinor: action.amount_minor,
    ...(action.party_id === null ? {} : { partyId: action.party_id }),
    ...(action.msisdn === null ? {} : { msisdn: action.msisdn }),
    ...(action.reverses_action_id === null ? {} : { reversesActionId: action.reverses_action_id }),
    requestedBy: action.requested_by,
  });
}

function moneyLegRequestOf(request: ActionRequest): MoneyLegRequest {
  return {
    id: request.id,
    operatorId: request.operatorId,
    kind: request.kind,
    partyId: request.partyId ?? null,
    amountMinor: request.amountMinor,
  };
}

function moneyLegRequestOfRow(action: OperatorActionRow): MoneyLegRequest {
  return {
    id: action.id,
    operatorId: action.operator_id,
    kind: action.kind,
    partyId: action.party_id,
    amountMinor: action.amount_minor,
  };
}
