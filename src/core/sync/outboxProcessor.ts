import type { OperatorActionState, OperatorGateway } from '../operator/operatorGateway';
import type { OperatorActionRow } from './operatorActionRows';
import type { OperatorOutbox } from './operatorOutbox';

export interface PollSchedule {
  /** First re-check after this long; each further check doubles it up to `maxMs`. */
  baseMs: number;
  maxMs: number;
}

export const defaultPollSchedule: PollSchedule = { baseMs: 250, maxMs: 60_000 };

/** What one step did, counted into the cycle's summary. */
export type StepOutcome = 'sent' | 'confirmed' | 'failed' | 'cancelled' | 'waiting' | 'conflict' | 'offline';

/** What the operator said about one action: the network half of a step, applied later in a batch. */
export type StepEffect =
  | {
      kind: 'operator';
      action: OperatorActionRow;
      operator: OperatorActionState;
      sent: boolean;
      duplicates: number;
    }
  | { kind: 'refused'; action: OperatorActionRow; message: string }
  | { kind: 'unknown'; action: OperatorActionRow; message: string; sent: boolean }
  | { kind: 'not_found'; action: OperatorActionRow }
  | { kind: 'unreachable'; action: OperatorActionRow; message: string; requeue: boolean }
  | { kind: 'retry_later'; action: OperatorActionRow; message: string }
  | {
      kind: 'cancel_refused';
      action: OperatorActionRow;
      message: string;
      operator: OperatorActionState | null;
    };

/**
 * Moves outbox actions forward against the operator, in two halves: `request` talks to the operator
 * (nothing written), `apply` writes what it said (many effects in one transaction). The rules that
 * make it exactly-once: a send is claimed and committed before the request leaves (`claimForSend`);
 * the request carries the action's reference; a lost answer is never re-sent blindly but looked up
 * by reference first; the reference changes only after a definitive failure (a retry). An answer
 * lost between `request` and `apply` (a crash) costs only a lookup.
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

  /** Claims queued actions for sending, in one transaction; returns those this worker got. */
  claimForSend(actions: readonly OperatorActionRow[]): Set<string> {
    return this.outbox.claimForSend(
      actions.filter((action) => action.state === 'queued').map((action) => action.id),
      this.clock() + this.leaseMs,
    );
  }

  /** The network half. A queued action must have been claimed by `claimForSend` first. */
  async request(action: OperatorActionRow, signal?: AbortSignal): Promise<StepEffect> {
    switch (action.state) {
      case 'queued':
        return this.send(action, signal);
      case 'sending':
      case 'unknown':
        return this.lookUp(action, signal);
      case 'awaiting':
        return action.operator_action_id === null ? this.lookUp(action, signal) : this.poll(action, signal);
      case 'cancelling':
        return action.operator_action_id === null ? this.lookUp(action, signal) : this.cancel(action, signal);
      default:
        return { kind: 'retry_later', action, message: `already ${action.state}` };
    }
  }

  /** The database half: applies effects in one transaction and says what each came to. */
  apply(effects: readonly StepEffect[]): StepOutcome[] {
    return this.outbox.inTransaction(() => effects.map((effect) => this.applyOne(effect)));
  }

  private async send(action: OperatorActionRow, signal?: AbortSignal): Promise<StepEffect> {
    const answer = await this.gateway.send(action, signal);
    switch (answer.kind) {
      case 'ok':
        return { kind: 'operator', action, operator: answer.value, sent: true, duplicates: 0 };
      case 'refused':
        return { kind: 'refused', action, message: answer.message };
      case 'unknown':
        return { kind: 'unknown', action, message: answer.message, sent: true };
      case 'unreachable':
        // Nothing left this machine: the same request, same reference, goes again later.
        return { kind: 'unreachable', action, message: answer.message, requeue: true };
    }
  }

  private async lookUp(action: OperatorActionRow, signal?: AbortSignal): Promise<StepEffect> {
    const answer = await this.gateway.findByReference(action.kind, action.client_reference, signal);
    if (answer.kind === 'unreachable')
      return { kind: 'unreachable', action, message: answer.message, requeue: false };
    if (answer.kind !== 'ok') return { kind: 'retry_later', action, message: answer.message };
    const [found, ...others] = answer.value;
    // Not there: the operator never got it, and sending again under the same reference is safe.
    if (found === undefined) return { kind: 'not_found', action };
    return { kind: 'operator', action, operator: found, sent: false, duplicates: others.length };
  }

  private async poll(action: OperatorActionRow, signal?: AbortSignal): Promise<StepEffect> {
    const answer = await this.gateway.fetchAction(action.kind, action.operator_action_id ?? '', signal);
    if (answer.kind === 'ok')
      return { kind: 'operator', action, operator: answer.value, sent: false, duplicates: 0 };
    if (answer.kind === 'unreachable')
      return { kind: 'unreachable', action, message: answer.message, requeue: false };
    return { kind: 'retry_later', action, message: answer.message };
  }

  private async cancel(action: OperatorActionRow, signal?: AbortSignal): Promise<StepEffect> {
    const operatorActionId = action.operator_action_id ?? '';
    const answer = await this.gateway.cancel(action, signal);
    if (answer.kind === 'ok')
      return { kind: 'operator', action, operator: answer.value, sent: false, duplicates: 0 };
    if (answer.kind === 'refused') {
      // Too late to cancel (it completed or failed meanwhile): learn its final state instead.
      const current = await this.gateway.fetchAction(action.kind, operatorActionId, signal);
      return {
        kind: 'cancel_refused',
        action,
        message: `Cancellation refused: ${answer.message}`,
        operator: current.kind === 'ok' ? current.value : null,
      };
    }
    if (answer.kind === 'unreachable')
      return { kind: 'unreachable', action, message: answer.message, requeue: false };
    return { kind: 'retry_later', action, message: answer.message };
  }

  private applyOne(effect: StepEffect): StepOutcome {
    const { action } = effect;
    switch (effect.kind) {
      case 'operator': {
        const outcome = this.applyOperatorState(action, effect.operator);
        if (effect.duplicates > 0) return 'conflict';
        return outcome === 'waiting' && effect.sent ? 'sent' : outcome;
      }
      case 'refused':
        this.outbox.fail(action.id, 'failed', { reason: `Refused by the operator: ${effect.message}` });
        return 'failed';
      case 'unknown':
        this.outbox.markUnknown(action.id, effect.message, this.later(action));
        return effect.sent ? 'sent' : 'waiting';
      case 'not_found':
        this.outbox.markNotFound(action.id);
        return 'waiting';
      case 'unreachable':
        if (effect.requeue) this.outbox.markNotFound(action.id);
        this.outbox.postpone(action.id, effect.message, this.later(action));
        return 'offline';
      case 'retry_later':
        this.outbox.postpone(action.id, effect.message, this.later(action));
        return 'waiting';
      case 'cancel_refused':
        this.outbox.postpone(action.id, effect.message, this.clock());
        return effect.operator === null ? 'waiting' : this.applyOperatorState(action, effect.operator);
    }
  }

  /** Takes the operator's word for the action's state, moving the ledger with it. */
  private applyOperatorState(action: OperatorActionRow, operator: OperatorActionState): StepOutcome {
    switch (operator.status) {
      case 'created':
        this.outbox.markAwaiting(action.id, operator.operatorActionId, this.later(action));
        return 'waiting';
      case 'completed':
        return this.outbox.confirm(action.id, {
          actionId: operator.operatorActionId,
          amountMinor: operator.amountMinor ?? action.amount_minor,
        }).state === 'confirmed'
          ? 'confirmed'
          : 'waiting';
      case 'failed':
      case 'cancelled': {
        const ended = operator.status;
        const fallbackReason =
          ended === 'failed'
            ? 'The operator failed the action without saying why.'
            : 'Cancelled at the operator.';
        const row = this.outbox.fail(action.id, ended, {
          reason: operator.statusReason ?? fallbackReason,
          operatorActionId: operator.operatorActionId,
          operatorStatus: ended,
        });
        return row.state === ended ? ended : 'waiting';
      }
    }
  }

  /** Exponential back-off by how often this action was already checked. */
  private later(action: OperatorActionRow): number {
    const delayMs = Math.min(this.schedule.baseMs * 2 ** Math.min(action.checks, 16), this.schedule.maxMs);
    return this.clock() + delayMs;
  }
}
