import type { OperatorActionState, OperatorGateway } from '../operator/operatorGateway';
import type { WireResult } from '../operator/tmf654Client';
import type { OperatorActionRow } from './operatorActionRows';
import type { OperatorOutbox } from './operatorOutbox';

export interface PollSchedule {
  /** First re-check after this long; each further check doubles it up to `maxMs`. */
  baseMs: number;
  maxMs: number;
}

export const defaultPollSchedule: PollSchedule = { baseMs: 1000, maxMs: 60_000 };

/** What one step did, counted into the cycle's summary. */
export type StepOutcome = 'sent' | 'confirmed' | 'failed' | 'cancelled' | 'waiting' | 'conflict' | 'offline';

/**
 * Moves one outbox action one step forward against the operator. The rules that make it
 * exactly-once: the request carries the action's reference; a lost answer is never re-sent blindly
 * but looked up by reference first; the reference changes only after a definitive failure (retry).
 */
export class OutboxProcessor {
  constructor(
    private readonly outbox: OperatorOutbox,
    private readonly gateway: OperatorGateway,
    private readonly clock: () => number,
    private readonly schedule: PollSchedule = defaultPollSchedule,
    /** How long a claimed send keeps other workers off the action: longer than a request can take. */
    private readonly leaseMs = 30_000,
  ) {}

  async step(action: OperatorActionRow, signal?: AbortSignal): Promise<StepOutcome> {
    switch (action.state) {
      case 'queued':
        return this.send(action, signal);
      case 'sending':
      case 'unknown':
        return this.lookUp(action, signal);
      case 'awaiting':
        return this.poll(action, signal);
      case 'cancelling':
        return this.cancel(action, signal);
      default:
        return 'waiting';
    }
  }

  private async send(action: OperatorActionRow, signal?: AbortSignal): Promise<StepOutcome> {
    if (!this.outbox.markSending(action.id, this.clock() + this.leaseMs)) return 'waiting';
    const answer = await this.gateway.send(action, signal);
    switch (answer.kind) {
      case 'ok':
        this.apply(action, answer.value);
        return this.outcomeOf(action.id, 'sent');
      case 'refused':
        this.outbox.fail(action.id, 'failed', { reason: `Refused by the operator: ${answer.message}` });
        return 'failed';
      case 'unknown':
        this.outbox.markUnknown(action.id, answer.message, this.later(action));
        return 'waiting';
      case 'unreachable':
        // Nothing left this machine: the same request, same reference, goes again later.
        this.outbox.markNotFound(action.id);
        this.outbox.postpone(action.id, answer.message, this.later(action));
        return 'offline';
    }
  }

  private async lookUp(action: OperatorActionRow, signal?: AbortSignal): Promise<StepOutcome> {
    const answer = await this.gateway.findByReference(action.kind, action.client_reference, signal);
    if (answer.kind !== 'ok') return this.notNow(action, answer);
    const [found, ...others] = answer.value;
    if (found === undefined) {
      // The operator never got it: sending again under the same reference is safe (it dedupes).
      this.outbox.markNotFound(action.id);
      return 'waiting';
    }
    this.apply(action, found);
    return others.length > 0 ? 'conflict' : this.outcomeOf(action.id, 'waiting');
  }

  private async poll(action: OperatorActionRow, signal?: AbortSignal): Promise<StepOutcome> {
    if (action.operator_action_id === null) return this.lookUp(action, signal);
    const answer = await this.gateway.fetchAction(action.kind, action.operator_action_id, signal);
    if (answer.kind !== 'ok') return this.notNow(action, answer);
    this.apply(action, answer.value);
    return this.outcomeOf(action.id, 'waiting');
  }

  private async cancel(action: OperatorActionRow, signal?: AbortSignal): Promise<StepOutcome> {
    if (action.operator_action_id === null) return this.lookUp(action, signal);
    const answer = await this.gateway.cancel(action.kind, action.operator_action_id, signal);
    if (answer.kind === 'ok') {
      this.apply(action, answer.value);
      return this.outcomeOf(action.id, 'waiting');
    }
    if (answer.kind === 'refused') {
      // Too late to cancel (it completed or failed meanwhile): learn its final state instead.
      this.outbox.postpone(action.id, `Cancellation refused: ${answer.message}`, this.clock());
      const current = await this.gateway.fetchAction(action.kind, action.operator_action_id, signal);
      if (current.kind !== 'ok') return this.notNow(action, current);
      this.apply({ ...action, state: 'awaiting' }, current.value);
      return this.outcomeOf(action.id, 'waiting');
    }
    return this.notNow(action, answer);
  }

  /** Takes the operator's word for the action's state, moving the ledger with it. */
  private apply(action: OperatorActionRow, operator: OperatorActionState): void {
    switch (operator.status) {
      case 'created':
        this.outbox.markAwaiting(action.id, operator.operatorActionId, this.later(action));
        return;
      case 'completed':
        this.outbox.confirm(action.id, {
          actionId: operator.operatorActionId,
          amountMinor: operator.amountMinor ?? action.amount_minor,
        });
        return;
      case 'failed':
        this.outbox.fail(action.id, 'failed', {
          reason: operator.statusReason ?? 'The operator failed the action without saying why.',
          operatorActionId: operator.operatorActionId,
          operatorStatus: 'failed',
        });
        return;
      case 'cancelled':
        this.outbox.fail(action.id, 'cancelled', {
          reason: operator.statusReason ?? 'Cancelled at the operator.',
          operatorActionId: operator.operatorActionId,
          operatorStatus: 'cancelled',
        });
        return;
    }
  }

  private notNow(action: OperatorActionRow, answer: WireResult<unknown>): StepOutcome {
    const message = answer.kind === 'ok' ? 'unexpected answer' : answer.message;
    this.outbox.postpone(action.id, message, this.later(action));
    return answer.kind === 'unreachable' ? 'offline' : 'waiting';
  }

  private outcomeOf(id: string, otherwise: StepOutcome): StepOutcome {
    const state = this.outbox.requireAction(id).state;
    if (state === 'confirmed' || state === 'failed' || state === 'cancelled') return state;
    return otherwise;
  }

  /** Exponential back-off by how often this action was already checked. */
  private later(action: OperatorActionRow): number {
    const delayMs = Math.min(this.schedule.baseMs * 2 ** Math.min(action.checks, 16), this.schedule.maxMs);
    return this.clock() + delayMs;
  }
}
