import type Database from 'better-sqlite3';
import type { Ledger } from '../ledger/ledger';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { historyPageLimit, type OperatorGateway } from '../operator/operatorGateway';
import { operatorAccountIds } from '../operator/operatorLedgerAccounts';
import type { BalanceActionHistory } from '../operator/tmf654';
import { SalesRollups } from '../reports/salesRollups';
import { type BookableItem, SaleBooking, saleBeforeLink } from './saleBooking';

export const historyFeed = 'balanceActionHistory';
/** Each pull re-reads this much before the cursor, so an item confirmed out of order is not missed. */
export const historyOverlapMs = 5 * 60 * 1000;
/** Pages one pull reads at most (5,000 items each); the rest waits for the next pull. */
export const historyPagesPerPullMax = 2000;
/** The sales rollup's bucket: every UTC offset is a whole number of quarters of an hour. */
const quarterHourMs = 15 * 60 * 1000;
/** Pages requested ahead of the one being stored. */
const historyPagesAhead = 2;

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

/** One of our actions as the feed reports it, final at the operator. */
export interface OwnActionFinal {
  clientReference: string;
  operatorActionId: string;
  status: 'completed' | 'failed' | 'cancelled';
  amountMinor: number;
  statusReason: string | null;
}

export interface PullProgress {
  pulled: number;
  posted: number;
  total: number | null;
}

/**
 * Pulls the operator's balance-action history incrementally: from the durable cursor minus an
 * overlap, page by page, each page in one transaction that stores the items (one row per operator
 * id, so a re-pulled window adds nothing) and books the retailers' sales and their reversals.
 */
export class HistoryPull {
  private readonly retailerAccounts = new Map<string, string>();
  /** When each retailer's wallet was linked: what it did before is in its opening balance. */
  private readonly retailerLinkedAt = new Map<string, number>();
  private readonly statements;
  private readonly rollups: SalesRollups;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly connection: OperatorConnection,
    private readonly gateway: OperatorGateway,
    private readonly clock: () => number,
    /** Our own actions the feed shows final: the outbox takes the operator's word for them. */
    private readonly onOwnActionsFinal: (items: OwnActionFinal[]) => void = () => {},
  ) {
    this.rollups = new SalesRollups(sqlite);
    this.statements = {
      // Positional parameters: the hot statement of a pull (one run per stored item).
      insertItem: sqlite.prepare(
        `INSERT OR IGNORE INTO operator_history (id, operator_id, type, status, classification, channel,
           requestor_party_id, bucket_id, receiver_bucket_id, msisdn, amount_minor, client_reference,
           reverses_action_id, requested_at, confirmed_at, posting_state, entry_id, waiting_reason, pulled_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      setPosting: sqlite.prepare(
        'UPDATE operator_history SET posting_state = ?, entry_id = ?, waiting_reason = ? WHERE operator_id = ? AND id = ?',
      ),
      waiting: sqlite.prepare(
        // `+operator_id`: through the small partial index of waiting rows, not every row of the operator's key.
        "SELECT * FROM operator_history WHERE posting_state = 'waiting' AND +operator_id = ? ORDER BY confirmed_at, id LIMIT 5000",
      ),
      ownReference: sqlite.prepare('SELECT 1 FROM operator_action_attempts WHERE client_reference = ?'),
      linkedBucket: sqlite.prepare('SELECT 1 FROM operator_buckets WHERE operator_id = ? AND bucket_id = ?'),
      /** Which of a page's ids (a JSON array) are stored already: one query per page. */
      existing: sqlite
        .prepare(
          'SELECT id FROM operator_history WHERE operator_id = ? AND id IN (SELECT value FROM json_each(?))',
        )
        .pluck(),
      moveCursor: sqlite.prepare('UPDATE sync_feeds SET cursor_at = ? WHERE operator_id = ? AND feed = ?'),
      addSales: sqlite.prepare(
        `INSERT INTO sales_by_quarter_hour (operator_id, quarter_start_ms, classification, count, face_value_minor)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (quarter_start_ms, operator_id, classification)
         DO UPDATE SET count = count + excluded.count, face_value_minor = face_value_minor + excluded.face_value_minor`,
      ),
      saleEntry: sqlite.prepare(
        'SELECT entry_id, posting_state FROM operator_history WHERE operator_id = ? AND id = ?',
      ),
    };
    for (const row of sqlite
      .prepare(
        `SELECT b.party_id, b.account_id, a.created_at FROM operator_buckets b JOIN ledger_accounts a ON a.id = b.account_id
         WHERE b.operator_id = ? AND b.role = 'retailer'`,
      )
      .all(connection.id) as Array<{ party_id: string; account_id: string; created_at: number }>) {
      this.retailerAccounts.set(row.party_id, row.account_id);
      this.retailerLinkedAt.set(row.party_id, row.created_at);
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
    const fetchPage = (page: number) =>
      this.gateway.history({ fromMs }, { offset: page * historyPageLimit, limit: historyPageLimit }, signal);
    // Pages ahead in flight: the operator writes them while this thread stores the current one.
    const ahead = new Map<number, ReturnType<typeof fetchPage>>([[0, fetchPage(0)]]);
    for (let page = 0; page < historyPagesPerPullMax; page++) {
      const answer = await (ahead.get(page) ?? fetchPage(page));
      ahead.delete(page);
      if (signal?.aborted) {
        error = 'cancelled';
        break;
      }
      if (answer.kind !== 'ok') {
        error = answer.message;
        break;
      }
      const more = answer.value.length === historyPageLimit;
      if (more) {
        for (let next = page + 1; next <= page + historyPagesAhead; next++) {
          if (!ahead.has(next)) ahead.set(next, fetchPage(next));
        }
      }
      const stored = this.storePage(answer.value);
      if (stored.ownFinal.length > 0) this.onOwnActionsFinal(stored.ownFinal);
      pulled += stored.inserted;
      posted += stored.posted;
      newestAt = Math.max(newestAt, stored.newestAt);
      // The cursor moves with each committed page, so a crash or cancel resumes close to here.
      this.statements.moveCursor.run(newestAt, this.connection.id, historyFeed);
      onProgress?.({ pulled, posted, total: answer.totalCount });
      if (!more) break;
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

  /**
   * Stores one page and books what it must, all in one transaction. Items pulled before are
   * skipped (the overlap re-reads, it never re-books); new ones are booked first, then stored
   * with the entry that booked them.
   */
  private storePage(items: BalanceActionHistory[]): {
    inserted: number;
    posted: number;
    newestAt: number;
    ownFinal: OwnActionFinal[];
  } {
    return this.sqlite
      .transaction(() => {
        const pulledAt = this.clock();
        const operatorId = this.connection.id;
        let newestAt = 0;
        const classified: ClassifiedItem[] = [];
        const seen = new Set<string>();
        const ownFinal: OwnActionFinal[] = [];
        for (const raw of items) {
          const item = this.classify(raw);
          if (item === null || seen.has(item.id)) continue;
          if (
            item.classification === 'own_action' &&
            item.clientReference !== null &&
            raw.status !== 'created'
          ) {
            ownFinal.push({
              clientReference: item.clientReference,
              operatorActionId: item.id,
              status: raw.status,
              amountMinor: item.amountMinor,
              statusReason: raw.statusReason ?? null,
            });
          }
          seen.add(item.id);
          if (item.confirmedAt > newestAt) newestAt = item.confirmedAt;
          classified.push(item);
        }
        // Items pulled before (the overlap re-reads) are skipped: found in one query for the page.
        const stored = new Set(
          classified.length === 0
            ? []
            : (this.statements.existing.all(operatorId, JSON.stringify([...seen])) as string[]),
        );
        const fresh = stored.size === 0 ? classified : classified.filter((item) => !stored.has(item.id));
        const booking = this.booking().book(
          fresh.filter((item) => this.needsPosting(item)) as BookableItem[],
        );
        const insert = this.statements.insertItem;
        for (const item of fresh) {
          const entryId = booking.posted.get(item.id) ?? null;
          const waitingReason = booking.waiting.get(item.id) ?? null;
          insert.run(
            item.id,
            operatorId,
            item.type,
            item.status,
            item.classification,
            item.channel,
            item.requestorPartyId,
            item.bucketId,
            item.receiverBucketId,
            item.msisdn,
            item.amountMinor,
            item.clientReference,
            item.reversesActionId,
            item.requestedAt,
            item.confirmedAt,
            entryId !== null ? 'posted' : waitingReason !== null ? 'waiting' : 'not_needed',
            entryId,
            waitingReason,
            pulledAt,
          );
        }
        this.addToSalesRollup(fresh);
        this.rollups.add(this.connection, fresh);
        return { inserted: fresh.length, posted: booking.posted.size, newestAt, ownFinal };
      })
      .immediate();
  }

  /** New completed sales counted into their quarter of an hour (each item is new: counted once). */
  private addToSalesRollup(fresh: readonly ClassifiedItem[]): void {
    const quarters = new Map<
      string,
      { quarterStartMs: number; kind: string; count: number; faceMinor: number }
    >();
    for (const item of fresh) {
      if (item.status !== 'completed') continue;
      if (item.classification !== 'retail_sale' && item.classification !== 'direct_sale') continue;
      const quarterStartMs = Math.floor(item.confirmedAt / quarterHourMs) * quarterHourMs;
      const key = `${quarterStartMs}|${item.classification}`;
      const quarter = quarters.get(key);
      if (quarter === undefined) {
        quarters.set(key, {
          quarterStartMs,
          kind: item.classification,
          count: 1,
          faceMinor: item.amountMinor,
        });
      } else {
        quarter.count += 1;
        quarter.faceMinor += item.amountMinor;
      }
    }
    for (const quarter of quarters.values()) {
      this.statements.addSales.run(
        this.connection.id,
        quarter.quarterStartMs,
        quarter.kind,
        quarter.count,
        quarter.faceMinor,
      );
    }
  }

  /**
   * A completed sale or reversal is booked, unless it happened before its retailer's wallet was
   * linked: the opening balance booked at the link already holds it.
   */
  private needsPosting(item: ClassifiedItem): boolean {
    if (!movesOurBooks(item)) return false;
    const linkedAt = this.retailerLinkedAt.get(item.requestorPartyId ?? '');
    return linkedAt === undefined || item.confirmedAt > linkedAt;
  }

  private booking(): SaleBooking {
    return new SaleBooking(
      this.ledger,
      this.connection.id,
      operatorAccountIds.issuance(this.connection.id),
      this.retailerAccounts,
      (saleId) => {
        const sale = this.statements.saleEntry.get(this.connection.id, saleId) as
          | { entry_id: string | null; posting_state: string }
          | undefined;
        if (sale?.posting_state === 'posted' && sale.entry_id !== null) return sale.entry_id;
        // A sale from before the wallet was linked is inside its opening balance, never booked alone.
        return sale?.posting_state === 'not_needed' ? saleBeforeLink : undefined;
      },
    );
  }

  /** Items that could not be booked at an earlier pull (e.g. a sale ahead of its allocation). */
  private retryWaiting(): number {
    const rows = this.statements.waiting.all(this.connection.id) as Array<{
      id: string;
      classification: 'retail_sale' | 'sale_reversal';
      requestor_party_id: string | null;
      amount_minor: number;
      reverses_action_id: string | null;
      confirmed_at: number;
    }>;
    if (rows.length === 0) return 0;
    return this.sqlite
      .transaction(() => {
        const booking = this.booking().book(
          rows.map((row) => ({
            id: row.id,
            classification: row.classification,
            requestorPartyId: row.requestor_party_id,
            amountMinor: row.amount_minor,
            reversesActionId: row.reverses_action_id,
            confirmedAt: row.confirmed_at,
          })),
        );
        for (const [id, entryId] of booking.posted)
          this.statements.setPosting.run('posted', entryId, null, this.connection.id, id);
        for (const [id, reason] of booking.waiting)
          this.statements.setPosting.run('waiting', null, reason, this.connection.id, id);
        return booking.posted.size;
      })
      .immediate();
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
      requestedAt:
        raw.requestedDate === undefined
          ? null
          : raw.requestedDate === raw.confirmationDate
            ? confirmedAt
            : Date.parse(raw.requestedDate),
      confirmedAt,
    };
  }

  private touchesOurBuckets(bucketId: string | null, receiverBucketId: string | null): boolean {
    const linked = (id: string | null) =>
      id !== null && this.statements.linkedBucket.get(this.connection.id, id) !== undefined;
    return linked(bucketId) || linked(receiverBucketId);
  }
}

/** Only completed retail sales and their reversals move our books from the feed. */
function movesOurBooks(item: ClassifiedItem): boolean {
  if (item.status !== 'completed') return false;
  return item.classification === 'retail_sale' || item.classification === 'sale_reversal';
}
