import type { ActionStatus, AdjustDirection, HistoryActionType } from '../operator/tmf654';
import {
  distributorPartyAccountId,
  distributorPartyId,
  distributorWalletMsisdn,
  retailerBucketPrefix,
  wholesaleBucketId,
} from '../operator/tmf654';
import { HistoryFeed } from './historyFeed';
import { StringTable } from './stringTable';

/** A balance at the operator, in integer minor units. `availableMinor` excludes what pending actions hold. */
export interface BucketRecord {
  id: string;
  name: string;
  role: 'wholesale' | 'retailer' | 'endUser';
  availableMinor: number;
  reservedMinor: number;
  partyId: string | undefined;
  partyName: string | undefined;
  partyAccountId: string | undefined;
  msisdn: string | undefined;
}

/** What an action does, beyond its TMF resource type. */
export type ActionPurpose = 'purchase' | 'endUserTopup' | 'allocation' | 'adjustment';

/** An action created through the API: kept whole, so GET, PATCH and idempotent replays answer from it. */
export interface ActionRecord {
  seq: number;
  id: string;
  type: HistoryActionType;
  purpose: ActionPurpose;
  status: ActionStatus;
  amountMinor: number;
  /** The bucket named in the request (`bucket`). */
  bucketId: string;
  /** Where the amount goes on completion (receiver bucket, end-user bucket, wholesale for a purchase). */
  creditBucketId: string | undefined;
  /** Where it comes from (the source, the requestor's bucket); held as a reservation while `created`. */
  debitBucketId: string | undefined;
  reservedMinor: number;
  requestedMs: number;
  confirmedMs: number | undefined;
  dueMs: number | undefined;
  clientReference: string | undefined;
  /** Canonical JSON of the request, to tell a replay from a reuse of the reference. */
  fingerprint: string;
  statusReason: string | undefined;
  direction: AdjustDirection | undefined;
  reversesActionId: string | undefined;
  /** The validated request body, echoed in answers. */
  request: Record<string, unknown>;
}

export interface SubscriptionRecord {
  id: string;
  callback: string;
  query: string | undefined;
}

export const idPrefixByType: Record<HistoryActionType, string> = {
  TopupBalance: 'TB-',
  TransferBalance: 'TR-',
  AdjustBalance: 'AB-',
};

/** The party that stands for the operator's own sales channels (direct, non-reseller sales). */
export const operatorDirectPartyId = 'MNO-DIRECT';

/** The sandbox operator's whole state. Plain data: the engine changes it, persistence saves it. */
export class SandboxWorld {
  readonly buckets = new Map<string, BucketRecord>();
  readonly actions = new Map<string, ActionRecord>();
  readonly actionsBySeq = new Map<number, ActionRecord>();
  readonly actionIdByReference = new Map<string, string>();
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  /** Retailer party ids in creation order (traffic picks among them). */
  readonly retailerPartyIds: string[] = [];
  history = new HistoryFeed();
  /** Interned ids used by history rows: buckets, parties, channels. */
  strings = new StringTable();
  /** End-user lines seen by traffic, reused as repeat customers. */
  customerPool: number[] = [];
  nextSeq = 1;
  nextCustomerNumber = 1;
  nextSubscriptionNumber = 1;

  constructor(wholesaleInitialMinor: number) {
    this.buckets.set(wholesaleBucketId, {
      id: wholesaleBucketId,
      name: 'Wholesale airtime stock',
      role: 'wholesale',
      availableMinor: wholesaleInitialMinor,
      reservedMinor: 0,
      partyId: distributorPartyId,
      partyName: 'Distributor',
      partyAccountId: distributorPartyAccountId,
      msisdn: distributorWalletMsisdn,
    });
  }

  takeSeq(): number {
    const seq = this.nextSeq;
    this.nextSeq += 1;
    return seq;
  }

  actionId(type: HistoryActionType, seq: number): string {
    return `${idPrefixByType[type]}${seq}`;
  }

  bucketOfParty(partyId: string): BucketRecord | undefined {
    if (partyId === distributorPartyId) return this.buckets.get(wholesaleBucketId);
    return this.buckets.get(`${retailerBucketPrefix}${partyId}`);
  }

  bucket(id: string): BucketRecord {
    const bucket = this.buckets.get(id);
    if (bucket === undefined) throw new Error(`no bucket ${id}`);
    return bucket;
  }
}
