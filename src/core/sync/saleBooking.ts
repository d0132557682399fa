import { createHash } from 'node:crypto';
import type { Ledger } from '../ledger/ledger';
import type { EntryRequest } from '../ledger/ledgerRequests';

/** A pulled sale or sale reversal to book: amounts in minor units, times in epoch ms. */
export interface BookableItem {
  id: string;
  classification: 'retail_sale' | 'sale_reversal';
  requestorPartyId: string | null;
  amountMinor: number;
  reversesActionId: string | null;
  confirmedAt: number;
}

export interface BookingResult {
  /** Item id to the entry that booked it. */
  posted: Map<string, string>;
  /** Item id to why it could not be booked yet (retried at the next pull). */
  waiting: Map<string, string>;
}

/** What `bookedSaleEntry` says of a sale made before the wallet was linked (in its opening balance). */
export const saleBeforeLink = 'before-link';

/** Sales of one retailer within one hour share an entry, so no entry straddles a period boundary. */
const chunkSpanMs = 3_600_000;
/** Sales one summary entry totals at most (a page of the feed holds 5,000). */
const salesPerEntryMax = 5_000;

/** A ledger entry id from an operator id: readable when short enough, hashed when not. */
export function entryIdFor(prefix: string, operatorId: string): string {
  const plain = `${prefix}.${operatorId}`;
  if (plain.length <= 64 && /^[0-9A-Za-z][0-9A-Za-z_:.-]*$/.test(plain)) return plain;
  return `${prefix}.${createHash('sha256').update(operatorId).digest('hex').slice(0, 40)}`;
}

/**
 * Books retailers' sales and their reversals. The sales register (operator_history) keeps every
 * sale; the ledger books them as a sub-ledger's summary would: a retailer's sales of the same hour
 * pulled together are one entry of one transfer (issuance ← retailer stock) for their total, and
 * each sale in the register names that entry. If the retailer's stock cannot bear the total, its
 * sales are booked one by one so only the ones it cannot bear wait. A reversal is a new entry that
 * gives the stock back, referencing the sale it undoes.
 */
export class SaleBooking {
  constructor(
    private readonly ledger: Ledger,
    /** Operator action ids are unique at one operator only: entry ids carry the operator too. */
    private readonly operatorId: string,
    private readonly issuanceAccountId: string,
    private readonly retailerAccounts: ReadonlyMap<string, string>,
    /** The entry that booked a sale pulled before, `saleBeforeLink` if it predates the link, else undefined. */
    private readonly bookedSaleEntry: (saleId: string) => string | undefined,
  ) {}

  book(items: readonly BookableItem[]): BookingResult {
    const result: BookingResult = { posted: new Map(), waiting: new Map() };
    const chunks = new Map<string, BookableItem[][]>();
    const reversals: BookableItem[] = [];
    for (const item of items) {
      const stock =
        item.requestorPartyId === null ? undefined : this.retailerAccounts.get(item.requestorPartyId);
      if (stock === undefined) {
        result.waiting.set(item.id, `Retailer ${item.requestorPartyId ?? '?'} has no linked wallet.`);
        continue;
      }
      if (item.classification === 'sale_reversal') {
        reversals.push(item);
        continue;
      }
      const key = `${stock}|${Math.floor(item.confirmedAt / chunkSpanMs)}`;
      const group = chunks.get(key) ?? [[]];
      let last = group[group.length - 1] as BookableItem[];
      if (last.length === salesPerEntryMax) {
        last = [];
        group.push(last);
      }
      last.push(item);
      chunks.set(key, group);
    }
    const entries: Array<{ items: BookableItem[]; request: EntryRequest }> = [];
    for (const group of chunks.values()) {
      for (const chunk of group) entries.push({ items: chunk, request: this.salesEntry(chunk) });
    }
    const refused: BookableItem[][] = [];
    this.ledger.writer.recordBatch(entries.map((entry) => entry.request)).forEach((outcome, index) => {
      const entry = entries[index] as (typeof entries)[number];
      if (outcome.ok) for (const item of entry.items) result.posted.set(item.id, entry.request.id);
      else refused.push(entry.items);
    });
    // One by one, so the sales the stock can bear are booked and only the others wait.
    const singles = refused.flat();
    this.ledger.writer
      .recordBatch(singles.map((item) => this.salesEntry([item])))
      .forEach((outcome, index) => {
        const item = singles[index] as BookableItem;
        if (outcome.ok) result.posted.set(item.id, outcome.value.id);
        else result.waiting.set(item.id, outcome.error.message);
      });
    const reversalsBooked = this.bookReversals(reversals, result);
    // A reversal gives stock back: sales of the same page refused for want of it get one more try.
    if (reversalsBooked > 0) {
      const retry = singles.filter((item) => result.waiting.has(item.id));
      this.ledger.writer
        .recordBatch(retry.map((item) => this.salesEntry([item])))
        .forEach((outcome, index) => {
          const item = retry[index] as BookableItem;
          if (!outcome.ok) return;
          result.waiting.delete(item.id);
          result.posted.set(item.id, outcome.value.id);
        });
    }
    return result;
  }

  /** Books the reversals whose sale is booked; returns how many it booked. */
  private bookReversals(reversals: readonly BookableItem[], result: BookingResult): number {
    const ready: Array<{ item: BookableItem; request: EntryRequest }> = [];
    for (const item of reversals) {
      const saleId = item.reversesActionId ?? '';
      const saleEntry = result.posted.get(saleId) ?? this.bookedSaleEntry(saleId);
      if (saleEntry === undefined) {
        result.waiting.set(item.id, `The sale ${saleId} it reverses is not booked yet.`);
        continue;
      }
      const stock = this.retailerAccounts.get(item.requestorPartyId ?? '') as string;
      ready.push({
        item,
        request: {
          id: entryIdFor('sale-reversal', `${this.operatorId}.${item.id}`),
          kind: 'posting',
          code: 'sale_reversal',
          effectiveAt: item.confirmedAt,
          description: (saleEntry === saleBeforeLink
            ? `Operator reversed sale ${saleId}, made before the wallet was linked (in its opening balance)`
            : `Operator reversed sale ${saleId} (booked in entry ${saleEntry})`
          ).slice(0, 500),
          transfers: [
            {
              debitAccountId: stock,
              creditAccountId: this.issuanceAccountId,
              amountMinor: item.amountMinor,
              code: 'sale_reversal',
              reference: { kind: 'sale', id: saleId.slice(0, 64) },
              operatorReference: item.id.slice(0, 128),
            },
          ],
        },
      });
    }
    let booked = 0;
    this.ledger.writer.recordBatch(ready.map((entry) => entry.request)).forEach((outcome, index) => {
      const { item, request } = ready[index] as (typeof ready)[number];
      if (outcome.ok) {
        result.posted.set(item.id, request.id);
        booked += 1;
      } else result.waiting.set(item.id, outcome.error.message);
    });
    return booked;
  }

  private salesEntry(chunk: readonly BookableItem[]): EntryRequest {
    const first = chunk[0] as BookableItem;
    const last = chunk[chunk.length - 1] as BookableItem;
    const stock = this.retailerAccounts.get(first.requestorPartyId ?? '') as string;
    let totalMinor = 0;
    for (const item of chunk) totalMinor += item.amountMinor;
    const single = chunk.length === 1;
    return {
      id: entryIdFor(single ? 'sale' : 'sales', `${this.operatorId}.${first.id}`),
      kind: 'posting',
      code: 'sale',
      effectiveAt: last.confirmedAt,
      description: (single
        ? `Sale ${first.id} by ${first.requestorPartyId ?? '?'}`
        : `${chunk.length} sales by ${first.requestorPartyId ?? '?'}, ${first.id} to ${last.id}`
      ).slice(0, 500),
      transfers: [
        {
          debitAccountId: this.issuanceAccountId,
          creditAccountId: stock,
          amountMinor: totalMinor,
          code: 'sale',
          // One sale names itself; a summary names its first sale (the register lists them all).
          reference: { kind: 'sale', id: first.id.slice(0, 64) },
          ...(single ? { operatorReference: first.id.slice(0, 128) } : {}),
        },
      ],
    };
  }
}
