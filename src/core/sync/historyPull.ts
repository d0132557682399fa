import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Ledger } from '../ledger/ledger';
import type { EntryRequest } from '../ledger/ledgerRequests';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { historyPageLimit, type OperatorGateway } from '../operator/operatorGateway';
import { operatorAccountIds } from '../operator/operatorLedgerAccounts';
import type { BalanceActionHistory } from '../operator/tmf654';

export const historyFeed = 'balanceActionHistory';
/** Each pull re-reads this much before the cursor, so an item confirmed out of order is not missed. */
export const historyOverlapMs = 5 * 60 * 1000;
/** Pages one pull reads at most (5,000 items each); the rest waits for the next pull. */
export const historyPagesPerPullMax = 2000;

type Classification =
  | 'retail_sale'
  | 'direct_sale'
  | 'own_action'
  | 'sale_reversal'
  | 'foreign_movement'
  | 'not_ours';

interface ClassifiedItem {
  id: string;
  type: string;
  status: string;
  classification: Classification;
  channel: string | null;
  requestorPartyId: string | null;
  bucketId: string | null;
  receiverBucketId: string | null;
  msisdn: string | null;
  amountMinor: number;
  clientReference: string | null;
  reversesActionId: string | null;
  requestedAt: number | null;
  confirmedAt: number;
}

export interface PullProgress {
  pulled: number;
  posted: number;
  total: number | null;
}

/** A ledger entry id from an operator id: readable when short enough, hashed when not. */
function entryIdFor(prefix: string, operatorId: string): string {
  const plain = `${prefix}.${operatorId}`;
  if (plain.length <= 64 && /^[0-9A-Za-z][0-9A-Za-z_:.-]*$/.test(plain)) return plain;
  return `${prefix}.${createHash('sha256').update(operatorId).digest('hex').slice(0, 40)}`;
}

export function saleEntryId(operatorActionId: string): string {
  return entryIdFor('sale', operatorActionId);
}

/**
 * Pulls the operator's balance-action history incrementally: from the durable cursor minus an
 * overlap, page by page, each page in one transaction that stores the items (one row per operator
 * id, so a re-pulled window adds nothing) and books the retailers' sales and their reversals.
 */
export class HistoryPull {
  private readonly retailerAccounts = new Map<string, string>();
  private readonly statements;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly connection: OperatorConnection,
    private readonly gateway: OperatorGateway,
    private readonly clock: () => number,
  ) {
    this.statements = {
      insertItem: sqlite.prepare(
        `INSERT OR IGNORE INTO operator_history (id, operator_id, type, status, classification, channel,
           requestor_party_id, bucket_id, receiver_bucket_id, msisdn, amount_minor, client_reference,
           reverses_action_id, requested_at, confirmed_at, posting_state, entry_id, waiting_reason, pulled_at)
         VALUES (@id, @operatorId, @type, @status, @classification, @channel, @requestorPartyId, @bucketId,
           @receiverBucketId, @msisdn, @amountMinor, @clientReference, @reversesActionId, @requestedAt, @confirmedAt,
           @postingState, @entryId, @waitingReason, @pulledAt)`,
      ),
      setPosting: sqlite.prepare(
        'UPDATE operator_history SET posting_state = ?, entry_id = ?, waiting_reason = ? WHERE id = ?',
      ),
      waiting: sqlite.prepare(
        "SELECT * FROM operator_history WHERE posting_state = 'waiting' AND operator_id = ? ORDER BY confirmed_at, id LIMIT 5000",
      ),
      ownReference: sqlite.prepare('SELECT 1 FROM operator_action_attempts WHERE client_reference = ?'),
      linkedBucket: sqlite.prepare('SELECT 1 FROM operator_buckets WHERE operator_id = ? AND bucket_id = ?'),
      saleEntry: sqlite.prepare(
        "SELECT entry_id FROM operator_history WHERE id = ? AND posting_state = 'posted'",
      ),
    };
    for (const row of sqlite
      .prepare(
        "SELECT party_id, account_id FROM operator_buckets WHERE operator_id = ? AND role = 'retailer'",
      )
      .all(connection.id) as Array<{ party_id: string; account_id: string }>) {
      this.retailerAccounts.set(row.party_id, row.account_id);
    }
  }

  async pull(
    signal?: AbortSignal,
    onProgress?: (progress: PullProgress) => void,
  ): Promise<{ pulled: number; posted: number; error: string | null }> {
    const startedAt = this.clock();
    const cursorAt = this.cursor();
    this.sqlite
      .prepare(
        `INSERT INTO sync_feeds (operator_id, feed, cursor_at, last_started_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (operator_id, feed) DO UPDATE SET last_started_at = excluded.last_started_at`,
      )
      .run(this.connection.id, historyFeed, cursorAt, startedAt);
    const fromMs = Math.max(0, cursorAt - historyOverlapMs);
    let pulled = 0;
    let posted = this.retryWaiting();
    let newestAt = cursorAt;
    let error: string | null = null;
    for (let page = 0; page < historyPagesPerPullMax; page++) {
      if (signal?.aborted) {
        error = 'cancelled';
        break;
      }
      const answer = await this.gateway.history(
        { fromMs },
        { offset: page * historyPageLimit, limit: historyPageLimit },
        signal,
      );
      if (answer.kind !== 'ok') {
        error = answer.message;
        break;
      }
      const stored = this.storePage(answer.value);
      pulled += stored.inserted;
      posted += stored.posted;
      newestAt = Math.max(newestAt, stored.newestAt);
      // The cursor moves with each committed page, so a crash or cancel resumes close to here.
      this.sqlite
        .prepare('UPDATE sync_feeds SET cursor_at = ? WHERE operator_id = ? AND feed = ?')
        .run(newestAt, this.connection.id, historyFeed);
      onProgress?.({ pulled, posted, total: answer.totalCount });
      if (answer.value.length < historyPageLimit) break;
    }
    this.sqlite
      .prepare(
        `UPDATE sync_feeds SET last_finished_at = ?, last_pulled_count = ?, last_error = ? WHERE operator_id = ? AND feed = ?`,
      )
      .run(this.clock(), pulled, error, this.connection.id, historyFeed);
    return { pulled, posted, error };
  }

  private cursor(): number {
    const row = this.sqlite
      .prepare('SELECT cursor_at FROM sync_feeds WHERE operator_id = ? AND feed = ?')
      .get(this.connection.id, historyFeed) as { cursor_at: number } | undefined;
    if (row !== undefined) return row.cursor_at;
    // A new connection starts its feed where the connection starts: older sales predate our books.
    const connection = this.sqlite
      .prepare('SELECT created_at FROM operator_connections WHERE id = ?')
      .get(this.connection.id) as { created_at: number };
    return connection.created_at;
  }

  /** Stores one page and books what it must, all in one transaction. */
  private storePage(items: BalanceActionHistory[]): { inserted: number; posted: number; newestAt: number } {
    return this.sqlite
      .transaction(() => {
        const pulledAt = this.clock();
        let inserted = 0;
        let newestAt = 0;
        const fresh: ClassifiedItem[] = [];
        for (const raw of items) {
          const item = this.classify(raw);
          if (item === null) continue;
          newestAt = Math.max(newestAt, item.confirmedAt);
          const postingState = needsPosting(item) ? 'waiting' : 'not_needed';
          const changes = this.statements.insertItem.run({
            ...item,
            operatorId: this.connection.id,
            postingState,
            entryId: null,
            waitingReason: null,
            pulledAt,
          }).changes;
          if (changes === 0) continue; // pulled before: the overlap re-reads, it never re-books
          inserted++;
          if (postingState === 'waiting') fresh.push(item);
        }
        return { inserted, posted: this.book(fresh), newestAt };
      })
      .immediate();
  }

  /** Books sales and reversals; one the ledger cannot take yet stays `waiting` with the reason. */
  private book(items: ClassifiedItem[]): number {
    if (items.length === 0) return 0;
    const requests: Array<{ item: ClassifiedItem; request: EntryRequest | string }> = items.map((item) => ({
      item,
      request: this.entryFor(item),
    }));
    const ready = requests.filter(
      (r): r is { item: ClassifiedItem; request: EntryRequest } => typeof r.request !== 'string',
    );
    const results = this.ledger.writer.recordBatch(ready.map((r) => r.request));
    let posted = 0;
    ready.forEach(({ item, request }, index) => {
      const result = results[index];
      if (result?.ok) {
        this.statements.setPosting.run('posted', request.id, null, item.id);
        posted++;
      } else {
        this.statements.setPosting.run('waiting', null, result?.error.message ?? 'not booked', item.id);
      }
    });
    for (const { item, request } of requests) {
      if (typeof request === 'string') this.statements.setPosting.run('waiting', null, request, item.id);
    }
    return posted;
  }

  private retryWaiting(): number {
    const rows = this.statements.waiting.all(this.connection.id) as Array<{
      id: string;
      type: string;
      status: string;
      classification: Classification;
      requestor_party_id: string | null;
      amount_minor: number;
      reverses_action_id: string | null;
      confirmed_at: number;
    }>;
    if (rows.length === 0) return 0;
    return this.sqlite
      .transaction(() =>
        this.book(
          rows.map((row) => ({
            id: row.id,
            type: row.type,
            status: row.status,
            classification: row.classification,
            channel: null,
            requestorPartyId: row.requestor_party_id,
            bucketId: null,
            receiverBucketId: null,
            msisdn: null,
            amountMinor: row.amount_minor,
            clientReference: null,
            reversesActionId: row.reverses_action_id,
            requestedAt: null,
            confirmedAt: row.confirmed_at,
          })),
        ),
      )
      .immediate();
  }

  private entryFor(item: ClassifiedItem): EntryRequest | string {
    const issuance = operatorAccountIds.issuance(this.connection.id);
    if (item.classification === 'retail_sale') {
      const stock =
        item.requestorPartyId === null ? undefined : this.retailerAccounts.get(item.requestorPartyId);
      if (stock === undefined) return `Retailer ${item.requestorPartyId ?? '?'} has no linked wallet.`;
      return {
        id: saleEntryId(item.id),
        kind: 'posting',
        code: 'sale',
        effectiveAt: item.confirmedAt,
        transfers: [
          {
            debitAccountId: issuance,
            creditAccountId: stock,
            amountMinor: item.amountMinor,
            code: 'sale',
            reference: { kind: 'sale', id: item.id.slice(0, 64) },
            operatorReference: item.id.slice(0, 128),
          },
        ],
      };
    }
    // A reversal of a sale reverses the sale's own entry, so the sale and its correction stay linked.
    const sale = this.statements.saleEntry.get(item.reversesActionId ?? '') as
      | { entry_id: string }
      | undefined;
    if (sale === undefined) return `The sale ${item.reversesActionId ?? '?'} it reverses is not booked yet.`;
    return {
      id: entryIdFor('sale-reversal', item.id),
      kind: 'reversal',
      reversesEntryId: sale.entry_id,
      effectiveAt: item.confirmedAt,
      description: `Operator reversed sale ${item.reversesActionId ?? ''}`.slice(0, 500),
    };
  }

  private classify(raw: BalanceActionHistory): ClassifiedItem | null {
    const confirmedAt = Date.parse(raw.confirmationDate);
    if (!Number.isFinite(confirmedAt)) return null;
    const amount = this.gateway.minorOf(raw.amount);
    const amountMinor = typeof amount === 'number' ? amount : 0;
    const requestorPartyId = raw.requestor?.id ?? null;
    const clientReference = raw.clientReference ?? null;
    const bucketId = raw.bucket?.id ?? null;
    const receiverBucketId = raw.receiverBucket?.id ?? null;
    const msisdn =
      raw.logicalResource?.[0]?.id ??
      (raw['@type'] === 'TopupBalance' ? raw.receiverLogicalResource.id : null);
    let classification: Classification;
    if (clientReference !== null && this.statements.ownReference.get(clientReference) !== undefined) {
      classification = 'own_action';
    } else if (
      raw['@type'] === 'AdjustBalance' &&
      raw.reversesActionId !== undefined &&
      this.touchesOurBuckets(bucketId, null)
    ) {
      classification = 'sale_reversal';
    } else if (raw['@type'] === 'TopupBalance' && bucketId?.startsWith('SUB-') === true) {
      if (requestorPartyId !== null && this.retailerAccounts.has(requestorPartyId))
        classification = 'retail_sale';
      else if (requestorPartyId === this.connection.distributorPartyId) classification = 'direct_sale';
      else classification = 'not_ours';
    } else if (this.touchesOurBuckets(bucketId, receiverBucketId)) {
      classification = 'foreign_movement';
    } else {
      classification = 'not_ours';
    }
    return {
      id: raw.id,
      type: raw['@type'],
      status: raw.status,
      classification,
      channel: raw.channel?.id ?? null,
      requestorPartyId,
      bucketId,
      receiverBucketId,
      msisdn,
      amountMinor,
      clientReference,
      reversesActionId: raw.reversesActionId ?? null,
      requestedAt: raw.requestedDate === undefined ? null : Date.parse(raw.requestedDate),
      confirmedAt,
    };
  }

  private touchesOurBuckets(bucketId: string | null, receiverBucketId: string | null): boolean {
    return [bucketId, receiverBucketId].some(
      (id) => id !== null && this.statements.linkedBucket.get(this.connection.id, id) !== undefined,
    );
  }
}

/** Only completed retail sales and their reversals move our books from the feed. */
function needsPosting(item: ClassifiedItem): boolean {
  if (item.status !== 'completed') return false;
  return item.classification === 'retail_sale' || item.classification === 'sale_reversal';
}
