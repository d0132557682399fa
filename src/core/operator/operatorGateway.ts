import { z } from 'zod';
import type { OperatorActionKind, OperatorActionRow } from '../sync/operatorActionRows';
import type { OperatorConnection } from './operatorConnectionStore';
import {
  BalanceActionHistory,
  Bucket,
  convertQuantityToMinor,
  minorToQuantityAmount,
  msisdnResource,
  TopupBalance,
  TransferBalance,
} from './tmf654';
import { Tmf654Client, type WireResult } from './tmf654Client';

/** An operator's view of one of our actions, amounts already in minor units. */
export interface OperatorActionState {
  operatorActionId: string;
  status: 'created' | 'completed' | 'failed' | 'cancelled';
  amountMinor: number | null;
  statusReason: string | null;
  clientReference: string | null;
}

export const historyPageLimit = 5000;

/** The channel our requests come through, as the operator sees it. */
const airledgerChannel = { id: 'airledger', name: 'Airledger back office' };

const ActionAnswer = z.union([TopupBalance, TransferBalance]);
type ActionAnswer = z.infer<typeof ActionAnswer>;

function resourceOf(kind: OperatorActionKind): 'topupBalance' | 'transferBalance' {
  return kind === 'allocation' || kind === 'allocation_reversal' ? 'transferBalance' : 'topupBalance';
}

/**
 * The operator as the sync code sees it: our actions in TMF654 terms, and the reads sync pulls.
 * Requests are built here from the connection's party, account and bucket ids.
 */
export class OperatorGateway {
  readonly client: Tmf654Client;

  constructor(
    private readonly connection: OperatorConnection,
    fetchImpl: typeof fetch = fetch,
    clock: () => number = Date.now,
  ) {
    this.client = new Tmf654Client(connection, fetchImpl, clock);
  }

  /** The wholesale bucket's line, which a transfer names as its source; asked for once if not known. */
  private async wholesaleLine(signal?: AbortSignal): Promise<string | WireResult<never>> {
    if (this.connection.wholesaleMsisdn !== null) return this.connection.wholesaleMsisdn;
    const bucket = await this.bucket(this.connection.wholesaleBucketId, signal);
    if (bucket.kind !== 'ok') return bucket;
    const line = bucket.value.logicalResource?.[0]?.id ?? this.connection.wholesaleBucketId;
    this.connection.wholesaleMsisdn = line;
    return line;
  }

  async send(action: OperatorActionRow, signal?: AbortSignal): Promise<WireResult<OperatorActionState>> {
    const amount = {
      amount: minorToQuantityAmount(action.amount_minor, this.connection.scale),
      units: this.connection.units,
    };
    const distributor = {
      id: this.connection.distributorPartyId,
      '@referredType': 'Organization',
      role: 'distributor',
    };
    const partyAccount = { id: this.connection.partyAccountId };
    const common = { clientReference: action.client_reference, requestor: distributor };
    let body: unknown;
    switch (action.kind) {
      case 'purchase':
        body = {
          ...common,
          amount,
          usageType: 'monetary',
          bucket: { id: action.target_bucket_id },
          partyAccount,
          channel: airledgerChannel,
          reason: 'purchase',
          description: action.note ?? 'Purchase of bulk airtime',
        };
        break;
      case 'direct_topup':
        body = {
          ...common,
          amount,
          usageType: 'monetary',
          bucket: { id: action.target_bucket_id },
          partyAccount,
          logicalResource: [msisdnResource(action.msisdn ?? '')],
          channel: airledgerChannel,
          reason: 'direct top-up',
        };
        break;
      case 'allocation': {
        const sourceLine = await this.wholesaleLine(signal);
        if (typeof sourceLine !== 'string') return sourceLine;
        body = {
          ...common,
          amount,
          usageType: 'monetary',
          bucket: { id: action.source_bucket_id ?? this.connection.wholesaleBucketId },
          receiverBucket: { id: action.target_bucket_id },
          receiverBucketUsageType: 'monetary',
          receiverLogicalResource: msisdnResource(action.msisdn ?? ''),
          receiver: { id: action.party_id ?? '', '@referredType': 'Organization', role: 'retailer' },
          logicalResource: [msisdnResource(sourceLine)],
          channel: airledgerChannel,
          reason: 'allocation',
          ...(action.note === null ? {} : { description: action.note }),
        };
        break;
      }
      case 'allocation_reversal': {
        // The retailer's stock goes back to the wholesale bucket, on the distributor's request.
        const wholesaleLine = await this.wholesaleLine(signal);
        if (typeof wholesaleLine !== 'string') return wholesaleLine;
        body = {
          ...common,
          amount,
          usageType: 'monetary',
          bucket: { id: action.source_bucket_id ?? '' },
          receiverBucket: { id: action.target_bucket_id },
          receiverBucketUsageType: 'monetary',
          receiverLogicalResource: msisdnResource(wholesaleLine),
          receiver: distributor,
          logicalResource: [msisdnResource(action.msisdn ?? '')],
          channel: airledgerChannel,
          reason: 'allocation reversal',
          ...(action.note === null ? {} : { description: action.note }),
        };
        break;
      }
    }
    const answer = await this.client.post(`/${resourceOf(action.kind)}`, body, ActionAnswer, {
      clientReference: action.client_reference,
      ...(signal === undefined ? {} : { signal }),
    });
    return this.toState(answer);
  }

  /** Every action the operator holds under a reference (one, or none; two would be a duplicate). */
  async findByReference(
    kind: OperatorActionKind,
    clientReference: string,
    signal?: AbortSignal,
  ): Promise<WireResult<OperatorActionState[]>> {
    const answer = await this.client.get(
      `/${resourceOf(kind)}?clientReference=${encodeURIComponent(clientReference)}`,
      z.array(ActionAnswer),
      signal,
    );
    if (answer.kind !== 'ok') return answer;
    const states: OperatorActionState[] = [];
    for (const item of answer.value) {
      const state = this.stateOf(item);
      if (typeof state === 'string') return { kind: 'unknown', message: state };
      states.push(state);
    }
    return { ...answer, value: states };
  }

  async fetchAction(
    kind: OperatorActionKind,
    operatorActionId: string,
    signal?: AbortSignal,
  ): Promise<WireResult<OperatorActionState>> {
    return this.toState(
      await this.client.get(
        `/${resourceOf(kind)}/${encodeURIComponent(operatorActionId)}`,
        ActionAnswer,
        signal,
      ),
    );
  }

  /**
   * Asks the operator to cancel an action it holds. The swagger's TransferBalance_Update requires the
   * transfer's reason, channel and lines besides the status, so they are sent again as created.
   */
  async cancel(action: OperatorActionRow, signal?: AbortSignal): Promise<WireResult<OperatorActionState>> {
    let body: Record<string, unknown> = { status: 'cancelled' };
    if (action.kind === 'allocation') {
      const sourceLine = await this.wholesaleLine(signal);
      if (typeof sourceLine !== 'string') return sourceLine;
      body = {
        ...body,
        reason: 'allocation',
        channel: airledgerChannel,
        logicalResource: [msisdnResource(sourceLine)],
        receiverLogicalResource: msisdnResource(action.msisdn ?? ''),
      };
    }
    return this.toState(
      await this.client.patch(
        `/${resourceOf(action.kind)}/${encodeURIComponent(action.operator_action_id ?? '')}`,
        body,
        ActionAnswer,
        signal,
      ),
    );
  }

  /** Unregisters a hub listener; best effort (the operator forgets dead listeners anyway). */
  async unsubscribe(subscriptionId: string): Promise<void> {
    await this.client.delete(`/hub/${encodeURIComponent(subscriptionId)}`);
  }

  bucket(bucketId: string, signal?: AbortSignal): Promise<WireResult<Bucket>> {
    return this.client.get(`/bucket/${encodeURIComponent(bucketId)}`, Bucket, signal);
  }

  buckets(
    filter: { partyId?: string; msisdn?: string },
    signal?: AbortSignal,
  ): Promise<WireResult<Bucket[]>> {
    const query = new URLSearchParams();
    if (filter.partyId !== undefined) query.set('relatedParty.id', filter.partyId);
    if (filter.msisdn !== undefined) query.set('logicalResource.value', filter.msisdn);
    return this.client.get(`/bucket?${query.toString()}`, z.array(Bucket), signal);
  }

  /** One page of the balance-action history from `fromMs` (inclusive), oldest first. */
  history(
    window: { fromMs: number; toMs?: number },
    page: { offset: number; limit: number },
    signal?: AbortSignal,
  ): Promise<WireResult<BalanceActionHistory[]>> {
    const query = new URLSearchParams({
      'confirmationDate.gte': new Date(window.fromMs).toISOString(),
      offset: String(page.offset),
      limit: String(page.limit),
    });
    if (window.toMs !== undefined) query.set('confirmationDate.lt', new Date(window.toMs).toISOString());
    return this.client.get(
      `/balanceActionHistory?${query.toString()}`,
      z.array(BalanceActionHistory),
      signal,
    );
  }

  /** Minor units of a Quantity in this operator's scale, or a sentence saying why it is not one. */
  minorOf(quantity: { amount: number; units: string } | undefined): number | string {
    if (quantity === undefined) return 'the operator sent no amount';
    if (quantity.units !== this.connection.units) {
      return `the operator sent an amount in ${quantity.units}, expected ${this.connection.units}`;
    }
    const converted = convertQuantityToMinor(quantity.amount, this.connection.scale);
    return converted.ok ? converted.minor : `the operator's amount ${converted.problem}`;
  }

  private toState(answer: WireResult<ActionAnswer>): WireResult<OperatorActionState> {
    if (answer.kind !== 'ok') return answer;
    const state = this.stateOf(answer.value);
    return typeof state === 'string' ? { kind: 'unknown', message: state } : { ...answer, value: state };
  }

  private stateOf(item: ActionAnswer): OperatorActionState | string {
    let amountMinor: number | null = null;
    if (item.amount !== undefined) {
      const minor = this.minorOf(item.amount);
      if (typeof minor === 'string') return `Action ${item.id}: ${minor}.`;
      amountMinor = minor;
    }
    return {
      operatorActionId: item.id,
      status: item.status,
      amountMinor,
      statusReason: item.statusReason ?? null,
      clientReference: item.clientReference ?? null,
    };
  }
}
