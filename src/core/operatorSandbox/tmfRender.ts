import {
  type BalanceActionHistory,
  type Bucket,
  endUserBucketPrefix,
  type HistoryActionType,
  historyActionTypes,
  type LogicalResourceRef,
  minorToQuantityAmount,
  msisdnResource,
  type Quantity,
  type RelatedParty,
  tmfBasePath,
} from '../operator/tmf654';
import { actionStatuses } from '../operator/tmf654/tmfEnums';
import type { HistoryFeed } from './historyFeed';
import type { ResolvedSandboxOptions } from './sandboxOptions';
import {
  type ActionRecord,
  type BucketRecord,
  operatorDirectPartyId,
  type SandboxWorld,
} from './sandboxWorld';

const resourcePathByType: Record<HistoryActionType, string> = {
  TopupBalance: 'topupBalance',
  TransferBalance: 'transferBalance',
  AdjustBalance: 'adjustBalance',
};

/** Turns the world's records into TMF654 JSON. */
export class TmfRender {
  constructor(
    private readonly world: SandboxWorld,
    private readonly options: ResolvedSandboxOptions,
  ) {}

  quantity(minor: number): Quantity {
    return { amount: minorToQuantityAmount(minor, this.options.scale), units: this.options.units };
  }

  bucket(bucket: BucketRecord): Bucket {
    return {
      id: bucket.id,
      href: `${tmfBasePath}/bucket/${bucket.id}`,
      '@type': 'Bucket',
      name: bucket.name,
      status: 'active',
      usageType: 'monetary',
      remainingValue: this.quantity(bucket.availableMinor),
      reservedValue: this.quantity(bucket.reservedMinor),
      ...(bucket.partyAccountId === undefined ? {} : { partyAccount: { id: bucket.partyAccountId } }),
      ...(bucket.partyId === undefined ? {} : { relatedParty: [this.party(bucket.partyId, 'owner')] }),
      ...(bucket.msisdn === undefined ? {} : { logicalResource: [msisdnResource(bucket.msisdn)] }),
    };
  }

  action(action: ActionRecord): Record<string, unknown> {
    return {
      ...action.request,
      id: action.id,
      href: `${tmfBasePath}/${resourcePathByType[action.type]}/${action.id}`,
      '@type': action.type,
      status: action.status,
      amount: this.quantity(action.amountMinor),
      requestedDate: new Date(action.requestedMs).toISOString(),
      ...(action.confirmedMs === undefined
        ? {}
        : { confirmationDate: new Date(action.confirmedMs).toISOString() }),
      ...(action.type === 'TransferBalance' ? { reservedValue: this.quantity(action.reservedMinor) } : {}),
      ...(action.clientReference === undefined ? {} : { clientReference: action.clientReference }),
      ...(action.statusReason === undefined ? {} : { statusReason: action.statusReason }),
      ...(action.direction === undefined ? {} : { direction: action.direction }),
      ...(action.reversesActionId === undefined ? {} : { reversesActionId: action.reversesActionId }),
    };
  }

  private readonly partyJsonByIndex = new Map<number, string>();

  /**
   * A page of the feed as JSON text. Generated traffic is written straight from its columns (the feed serves a
   * million rows in pages): the fields of `historyItem` without building objects.
   */
  historyPageJson(feed: HistoryFeed, indexes: readonly number[]): string {
    const seqs = feed.column('seq');
    const typeCodes = feed.column('typeCode');
    const statusCodes = feed.column('statusCode');
    const times = feed.column('confirmedMs');
    const amounts = feed.column('amountMinor');
    const msisdns = feed.column('msisdn');
    const requestors = feed.column('requestorIndex');
    const buckets = feed.column('bucketIndex');
    const channels = feed.column('channelIndex');
    const reverses = feed.column('reversesSeq');
    const units = JSON.stringify(this.options.units);
    const parts: string[] = [];
    for (const index of indexes) {
      const seq = seqs[index] ?? 0;
      const record = this.world.actionsBySeq.get(seq);
      if (record !== undefined) {
        parts.push(JSON.stringify(this.historyOfAction(record)));
        continue;
      }
      const type = historyActionTypes[typeCodes[index] ?? 0] ?? 'TopupBalance';
      const msisdn = msisdns[index] ?? 0;
      const line = `{"id":"${msisdn}","name":"MSISDN","@referredType":"MSISDN"}`;
      const date = new Date(times[index] ?? 0).toISOString();
      const amount = minorToQuantityAmount(amounts[index] ?? 0, this.options.scale);
      const head = `{"id":"${this.world.actionId(type, seq)}","@type":"${type}","status":"${actionStatuses[statusCodes[index] ?? 1] ?? 'completed'}","amount":{"amount":${amount},"units":${units}},"usageType":"monetary","requestor":${this.partyJson(requestors[index] ?? 0)},"logicalResource":[${line}],"receiverLogicalResource":${line},"requestedDate":"${date}","confirmationDate":"${date}"`;
      parts.push(
        type === 'AdjustBalance'
          ? `${head},"bucket":{"id":${JSON.stringify(this.world.strings.at(buckets[index] ?? 0))}},"adjustType":"oneTime","direction":"credit","reason":"Sale reversed by the operator","reversesActionId":"${this.world.actionId('TopupBalance', reverses[index] ?? 0)}"}`
          : `${head},"bucket":{"id":"${endUserBucketPrefix}${msisdn}"},"channel":{"id":${JSON.stringify(this.world.strings.at(channels[index] ?? 0))}}}`,
      );
    }
    return `[${parts.join(',')}]`;
  }

  private partyJson(requestorIndex: number): string {
    let json = this.partyJsonByIndex.get(requestorIndex);
    if (json === undefined) {
      const partyId = this.world.strings.at(requestorIndex);
      json = JSON.stringify(this.party(partyId, partyId === operatorDirectPartyId ? 'operator' : 'reseller'));
      this.partyJsonByIndex.set(requestorIndex, json);
    }
    return json;
  }

  /** One feed item: an API action from its record, generated traffic from its history columns. */
  historyItem(feed: HistoryFeed, index: number): BalanceActionHistory {
    const seq = feed.get('seq', index);
    const record = this.world.actionsBySeq.get(seq);
    if (record !== undefined) return this.historyOfAction(record);
    const row = feed.row(index);
    const type = historyActionTypes[row.typeCode] ?? 'TopupBalance';
    const msisdn = String(row.msisdn);
    const line = msisdnResource(msisdn);
    const requestorId = this.world.strings.at(row.requestorIndex);
    const confirmationDate = new Date(row.confirmedMs).toISOString();
    const common = {
      id: this.world.actionId(type, seq),
      '@type': type,
      status: actionStatuses[row.statusCode] ?? 'completed',
      amount: this.quantity(row.amountMinor),
      usageType: 'monetary' as const,
      requestor: this.party(requestorId, requestorId === operatorDirectPartyId ? 'operator' : 'reseller'),
      logicalResource: [line],
      receiverLogicalResource: line,
      requestedDate: confirmationDate,
      confirmationDate,
    };
    if (type === 'AdjustBalance') {
      return {
        ...common,
        bucket: { id: this.world.strings.at(row.bucketIndex) },
        adjustType: 'oneTime',
        direction: 'credit',
        reason: 'Sale reversed by the operator',
        reversesActionId: this.world.actionId('TopupBalance', row.reversesSeq),
      };
    }
    return {
      ...common,
      bucket: { id: `${endUserBucketPrefix}${msisdn}` },
      channel: { id: this.world.strings.at(row.channelIndex) },
    };
  }

  private historyOfAction(action: ActionRecord): BalanceActionHistory {
    const body = this.action(action);
    const request = action.request as {
      logicalResource?: LogicalResourceRef[];
      receiverLogicalResource?: LogicalResourceRef;
    };
    const bucket = this.world.buckets.get(action.creditBucketId ?? action.bucketId);
    const receiverLogicalResource: LogicalResourceRef = request.receiverLogicalResource ??
      request.logicalResource?.[0] ??
      (bucket?.msisdn === undefined ? undefined : msisdnResource(bucket.msisdn)) ?? {
        id: action.creditBucketId ?? action.bucketId,
        name: 'Bucket',
        '@referredType': 'Bucket',
      };
    return {
      ...body,
      href: `${tmfBasePath}/balanceActionHistory/${action.id}`,
      receiverLogicalResource,
      confirmationDate: body.confirmationDate as string,
    } as BalanceActionHistory;
  }

  party(partyId: string, role: string): RelatedParty {
    const name =
      partyId === operatorDirectPartyId
        ? 'Operator direct channel'
        : this.world.bucketOfParty(partyId)?.partyName;
    return { id: partyId, role, '@referredType': 'Organization', ...(name === undefined ? {} : { name }) };
  }
}
