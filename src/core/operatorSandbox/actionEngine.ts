import {
  type AdjustBalanceCreate,
  clientReferenceReusedCode,
  convertQuantityToMinor,
  distributorPartyAccountId,
  endUserBucketPrefix,
  type HistoryActionType,
  msisdnPattern,
  type Quantity,
  type TmfEventType,
  type TopupBalanceCreate,
  type TransferBalanceCreate,
  wholesaleBucketId,
} from '../operator/tmf654';
import { canonicalJson } from './canonicalJson';
import { historyTypeCodes, statusCodes } from './historyFeed';
import type { ResolvedSandboxOptions } from './sandboxOptions';
import type { ActionPurpose, ActionRecord, BucketRecord, SandboxWorld } from './sandboxWorld';
import { badRequest, conflict, notFound } from './tmfHttpError';

export type EventSink = (eventType: TmfEventType, action: ActionRecord) => void;

export interface CreateResult {
  action: ActionRecord;
  /** false when the client reference already named this very request: nothing was created. */
  created: boolean;
}

/**
 * The operator's business rules: purchases, end-user top-ups, allocations, adjustments and cancellations, each
 * an action with a status that moves `created` -> `completed` (after its delay) or `failed` / `cancelled`.
 * Every final action lands in the history feed.
 */
export class ActionEngine {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly world: SandboxWorld,
    private readonly options: ResolvedSandboxOptions,
    private readonly emit: EventSink,
    private readonly changed: () => void,
  ) {}

  createTopup(request: TopupBalanceCreate, clientReference: string | undefined, nowMs: number): CreateResult {
    return this.once('TopupBalance', request, clientReference, () => {
      const amountMinor = this.amountMinor(request.amount, 'amount');
      const bucketId = request.bucket.id;
      if (bucketId === wholesaleBucketId) {
        if (request.partyAccount.id !== distributorPartyAccountId) {
          throw badRequest(
            `partyAccount.id ${request.partyAccount.id} does not own bucket ${wholesaleBucketId}; use ${distributorPartyAccountId}.`,
          );
        }
        return this.newAction('TopupBalance', 'purchase', request, clientReference, nowMs, {
          amountMinor,
          bucketId,
          creditBucketId: wholesaleBucketId,
          debitBucketId: undefined,
          delayMs: this.options.purchaseDelayMs,
        });
      }
      if (!bucketId.startsWith(endUserBucketPrefix)) {
        throw badRequest(
          `bucket.id ${bucketId} cannot be topped up: use ${wholesaleBucketId} (a purchase) or ${endUserBucketPrefix}<msisdn> (an end-user top-up).`,
        );
      }
      const msisdn = bucketId.slice(endUserBucketPrefix.length);
      if (!msisdnPattern.test(msisdn)) {
        throw badRequest(
          `bucket.id ${bucketId} must be ${endUserBucketPrefix} followed by an MSISDN of 8 to 15 digits.`,
        );
      }
      const lines = request.logicalResource ?? [];
      if (lines.length > 0 && !lines.some((line) => line.id === msisdn)) {
        throw badRequest(`logicalResource must name the line ${msisdn} of bucket ${bucketId}.`);
      }
      const requestorId = request.requestor?.id;
      if (requestorId === undefined) {
        throw badRequest('requestor is required for an end-user top-up: it names whose bucket pays.');
      }
      const payer = this.world.bucketOfParty(requestorId);
      if (payer === undefined)
        throw badRequest(`requestor.id ${requestorId} has no bucket at this operator.`);
      this.endUserBucket(msisdn);
      return this.newAction('TopupBalance', 'endUserTopup', request, clientReference, nowMs, {
        amountMinor,
        bucketId,
        creditBucketId: bucketId,
        debitBucketId: payer.id,
        delayMs: this.options.topupDelayMs,
      });
    });
  }

  createTransfer(
    request: TransferBalanceCreate,
    clientReference: string | undefined,
    nowMs: number,
  ): CreateResult {
    return this.once('TransferBalance', request, clientReference, () => {
      const amountMinor = this.amountMinor(request.amount, 'amount');
      const source = this.world.buckets.get(request.bucket.id);
      if (source === undefined || source.role === 'endUser') {
        throw badRequest(
          `bucket.id ${request.bucket.id} is not a bucket transfers can come from.`,
          'UNKNOWN_BUCKET',
        );
      }
      const receiver = this.world.buckets.get(request.receiverBucket.id);
      // Stock goes to a retailer, or comes back from one to the wholesale bucket (a reversal).
      const returning = receiver?.role === 'wholesale' && source.role === 'retailer';
      if (receiver === undefined || (receiver.role !== 'retailer' && !returning)) {
        throw badRequest(
          `receiverBucket.id ${request.receiverBucket.id} is not a retailer bucket at this operator.`,
          'UNKNOWN_BUCKET',
        );
      }
      if (receiver.id === source.id) throw badRequest('receiverBucket must differ from bucket.');
      if (request.receiverLogicalResource.id !== receiver.msisdn) {
        throw badRequest(
          `receiverLogicalResource.id ${request.receiverLogicalResource.id} is not the wallet of ${receiver.id} (${receiver.msisdn}).`,
        );
      }
      return this.newAction('TransferBalance', 'allocation', request, clientReference, nowMs, {
        amountMinor,
        bucketId: source.id,
        creditBucketId: receiver.id,
        debitBucketId: source.id,
        delayMs: this.options.transferDelayMs,
      });
    });
  }

  /** Adjustments apply at once: the answer is already `completed` (or `failed` for a debit beyond the balance). */
  createAdjust(
    request: AdjustBalanceCreate,
    clientReference: string | undefined,
    nowMs: number,
  ): CreateResult {
    return this.once('AdjustBalance', request, clientReference, () => {
      const amountMinor = this.amountMinor(request.amount, 'amount');
      const bucket = this.world.buckets.get(request.bucket.id);
      if (bucket === undefined)
        throw badRequest(
          `bucket.id ${request.bucket.id} is not a bucket at this operator.`,
          'UNKNOWN_BUCKET',
        );
      const direction = request.direction ?? 'credit';
      const action = this.blankAction(
        'AdjustBalance',
        'adjustment',
        request,
        clientReference,
        nowMs,
        amountMinor,
      );
      action.bucketId = bucket.id;
      action.direction = direction;
      if (direction === 'debit' && bucket.availableMinor < amountMinor) {
        action.statusReason = this.shortReason(bucket, amountMinor, 'adjustment');
        this.finish(action, 'failed', nowMs);
      } else {
        bucket.availableMinor += direction === 'credit' ? amountMinor : -amountMinor;
        this.finish(action, 'completed', nowMs);
      }
      this.emit('AdjustBalanceCreateEvent', action);
      if (action.status === 'failed') this.emit('AdjustBalanceFailureEvent', action);
      return action;
    });
  }

  cancel(type: HistoryActionType, id: string, nowMs: number): ActionRecord {
    const action = this.world.actions.get(id);
    if (action === undefined || action.type !== type) throw notFound(`No ${type} with id ${id}.`);
    if (action.status !== 'created') {
      throw conflict(
        'INVALID_STATE',
        `${type} ${id} is ${action.status}; only a created action can be cancelled.`,
      );
    }
    this.releaseReservation(action);
    action.statusReason = 'Cancelled at the requestor’s request.';
    this.finish(action, 'cancelled', nowMs);
    this.emit(type === 'TopupBalance' ? 'TopupBalanceCancelEvent' : 'TransferBalanceCancelEvent', action);
    return action;
  }

  /** Completes every `created` action now, due or not (tests and demos). */
  settle(nowMs: number): number {
    let settled = 0;
    for (const action of [...this.world.actions.values()]) {
      if (action.status === 'created') {
        this.complete(action, nowMs);
        settled += 1;
      }
    }
    return settled;
  }

  /** Re-arms completion timers after a state file load; overdue actions complete at once. */
  resumeTimers(nowMs: number): void {
    for (const action of this.world.actions.values()) {
      if (action.status === 'created') this.schedule(action, Math.max(0, (action.dueMs ?? nowMs) - nowMs));
    }
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private once(
    type: HistoryActionType,
    request: object,
    clientReference: string | undefined,
    create: () => ActionRecord,
  ): CreateResult {
    const { clientReference: _dropped, ...content } = request as Record<string, unknown>;
    const fingerprint = canonicalJson({ type, content });
    if (clientReference !== undefined) {
      const existingId = this.world.actionIdByReference.get(clientReference);
      const existing = existingId === undefined ? undefined : this.world.actions.get(existingId);
      if (existing !== undefined) {
        if (existing.fingerprint !== fingerprint) {
          throw conflict(
            clientReferenceReusedCode,
            `Client reference ${clientReference} already names ${existing.type} ${existing.id} with other content; a new request needs a new reference.`,
          );
        }
        return { action: existing, created: false };
      }
    }
    const action = create();
    action.fingerprint = fingerprint;
    this.changed();
    return { action, created: true };
  }

  private amountMinor(amount: Quantity, field: string): number {
    if (amount.units !== this.options.units) {
      throw badRequest(`${field}.units must be ${this.options.units}, got ${amount.units}.`);
    }
    const converted = convertQuantityToMinor(amount.amount, this.options.scale);
    if (!converted.ok) throw badRequest(`${field}.amount ${converted.problem}.`);
    if (converted.minor === 0) throw badRequest(`${field}.amount must be more than zero.`);
    return converted.minor;
  }

  private blankAction(
    type: HistoryActionType,
    purpose: ActionPurpose,
    request: object,
    clientReference: string | undefined,
    nowMs: number,
    amountMinor: number,
  ): ActionRecord {
    const seq = this.world.takeSeq();
    const { clientReference: _dropped, ...echo } = request as Record<string, unknown>;
    const action: ActionRecord = {
      seq,
      id: this.world.actionId(type, seq),
      type,
      purpose,
      status: 'created',
      amountMinor,
      bucketId: '',
      creditBucketId: undefined,
      debitBucketId: undefined,
      reservedMinor: 0,
      requestedMs: nowMs,
      confirmedMs: undefined,
      dueMs: undefined,
      clientReference,
      fingerprint: '',
      statusReason: undefined,
      direction: undefined,
      reversesActionId: undefined,
      request: echo,
    };
    this.world.actions.set(action.id, action);
    this.world.actionsBySeq.set(seq, action);
    if (clientReference !== undefined) this.world.actionIdByReference.set(clientReference, action.id);
    return action;
  }

  private newAction(
    type: HistoryActionType,
    purpose: ActionPurpose,
    request: object,
    clientReference: string | undefined,
    nowMs: number,
    plan: {
      amountMinor: number;
      bucketId: string;
      creditBucketId: string;
      debitBucketId: string | undefined;
      delayMs: number;
    },
  ): ActionRecord {
    const action = this.blankAction(type, purpose, request, clientReference, nowMs, plan.amountMinor);
    action.bucketId = plan.bucketId;
    action.creditBucketId = plan.creditBucketId;
    action.debitBucketId = plan.debitBucketId;
    const createEvent = type === 'TopupBalance' ? 'TopupBalanceCreateEvent' : 'TransferBalanceCreateEvent';
    const debit = plan.debitBucketId === undefined ? undefined : this.world.bucket(plan.debitBucketId);
    if (debit !== undefined && debit.availableMinor < plan.amountMinor) {
      action.statusReason = this.shortReason(
        debit,
        plan.amountMinor,
        purpose === 'allocation' ? 'transfer' : 'top-up',
      );
      this.finish(action, 'failed', nowMs);
      this.emit(createEvent, action);
      this.emit(type === 'TopupBalance' ? 'TopupBalanceFailureEvent' : 'TransferBalanceFailureEvent', action);
      return action;
    }
    if (debit !== undefined) {
      debit.availableMinor -= plan.amountMinor;
      debit.reservedMinor += plan.amountMinor;
      action.reservedMinor = plan.amountMinor;
    }
    action.dueMs = nowMs + plan.delayMs;
    this.schedule(action, plan.delayMs);
    this.emit(createEvent, action);
    return action;
  }

  private shortReason(bucket: BucketRecord, amountMinor: number, what: string): string {
    const units = this.options.units;
    const format = (minor: number) =>
      `${(minor / 10 ** this.options.scale).toFixed(this.options.scale)} ${units}`;
    return `Bucket ${bucket.id} has ${format(bucket.availableMinor)} remaining; the ${what} needs ${format(amountMinor)}.`;
  }

  private schedule(action: ActionRecord, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(action.id);
      if (action.status === 'created') this.complete(action, Date.now());
    }, delayMs);
    this.timers.set(action.id, timer);
  }

  private complete(action: ActionRecord, nowMs: number): void {
    const timer = this.timers.get(action.id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(action.id);
    if (action.debitBucketId !== undefined) {
      this.world.bucket(action.debitBucketId).reservedMinor -= action.reservedMinor;
      action.reservedMinor = 0;
    }
    if (action.creditBucketId !== undefined) {
      this.world.bucket(action.creditBucketId).availableMinor += action.amountMinor;
    }
    this.finish(action, 'completed', nowMs);
    this.changed();
  }

  private releaseReservation(action: ActionRecord): void {
    const timer = this.timers.get(action.id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(action.id);
    if (action.debitBucketId !== undefined && action.reservedMinor > 0) {
      const bucket = this.world.bucket(action.debitBucketId);
      bucket.reservedMinor -= action.reservedMinor;
      bucket.availableMinor += action.reservedMinor;
      action.reservedMinor = 0;
    }
  }

  /** Sets a final status and appends the action to the history feed. */
  private finish(action: ActionRecord, status: 'completed' | 'failed' | 'cancelled', nowMs: number): void {
    action.status = status;
    action.confirmedMs = nowMs;
    action.dueMs = undefined;
    const requestor = (action.request.requestor as { id?: string } | undefined)?.id ?? '';
    this.world.history.insert({
      confirmedMs: nowMs,
      seq: action.seq,
      typeCode: historyTypeCodes[action.type],
      statusCode: statusCodes[status],
      requestorIndex: this.world.strings.indexOf(requestor),
      amountMinor: action.amountMinor,
      bucketIndex: this.world.strings.indexOf(action.bucketId),
      channelIndex: -1,
      msisdn: 0,
      reversesSeq: 0,
    });
  }

  private endUserBucket(msisdn: string): BucketRecord {
    const id = `${endUserBucketPrefix}${msisdn}`;
    let bucket = this.world.buckets.get(id);
    if (bucket === undefined) {
      bucket = {
        id,
        name: `Prepaid line ${msisdn}`,
        role: 'endUser',
        availableMinor: 0,
        reservedMinor: 0,
        partyId: undefined,
        partyName: undefined,
        partyAccountId: undefined,
        msisdn,
      };
      this.world.buckets.set(id, bucket);
    }
    return bucket;
  }
}
