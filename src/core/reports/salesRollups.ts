import type Database from 'better-sqlite3';

/** What the rollups need of a pulled item. */
export interface RollupItem {
  type: string;
  status: string;
  bucketId: string | null;
  classification: string;
  channel: string | null;
  requestorPartyId: string | null;
  amountMinor: number;
  confirmedAt: number;
}

const dayMs = 86_400_000;

/** `YYYY-MM-DD` of a UTC instant, cached per day since a page of sales spans a few days at most. */
function utcDayOf(ms: number, cache: Map<number, string>): string {
  const dayNumber = Math.floor(ms / dayMs);
  let day = cache.get(dayNumber);
  if (day === undefined) {
    day = new Date(dayNumber * dayMs).toISOString().slice(0, 10);
    cache.set(dayNumber, day);
  }
  return day;
}

/**
 * Our own desk's top-ups of end users' lines (not our purchases, which top up the wholesale bucket)
 * are non-reseller sales too, on the `desk` channel when the feed names none.
 */
function saleKind(
  item: RollupItem,
  wholesaleBucketId: string,
): { kind: 'retail_sale' | 'direct_sale'; channel: string } | null {
  if (item.status !== 'completed') return null;
  if (item.classification === 'retail_sale') return { kind: 'retail_sale', channel: item.channel ?? '' };
  if (item.classification === 'direct_sale') return { kind: 'direct_sale', channel: item.channel ?? '' };
  if (
    item.classification === 'own_action' &&
    item.type === 'TopupBalance' &&
    item.bucketId !== wholesaleBucketId
  ) {
    return { kind: 'direct_sale', channel: item.channel ?? 'desk' };
  }
  return null;
}

interface Sums {
  salesCount: number;
  salesMinor: number;
  reversalsCount: number;
  reversalsMinor: number;
}

/**
 * Keeps the report rollups (migration 0023 builds them from the register the same way) up to date
 * with each page of newly pulled items, inside the page's transaction. A page is summed in memory
 * first, so the rollups cost one upsert per distinct key, not one per sale.
 */
export class SalesRollups {
  private readonly statements;

  constructor(sqlite: Database.Database) {
    this.statements = {
      sales: sqlite.prepare(
        `INSERT INTO report_sales_daily (day, operator_id, classification, channel, denomination_minor, count, face_value_minor)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (day, operator_id, classification, channel, denomination_minor)
         DO UPDATE SET count = count + excluded.count, face_value_minor = face_value_minor + excluded.face_value_minor`,
      ),
      retailerDay: sqlite.prepare(
        `INSERT INTO report_retailer_daily (day, operator_id, party_id, sales_count, sales_minor, reversals_count, reversals_minor)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (day, operator_id, party_id) DO UPDATE SET
           sales_count = sales_count + excluded.sales_count, sales_minor = sales_minor + excluded.sales_minor,
           reversals_count = reversals_count + excluded.reversals_count,
           reversals_minor = reversals_minor + excluded.reversals_minor`,
      ),
      retailerMonth: sqlite.prepare(
        `INSERT INTO report_retailer_monthly (month, operator_id, party_id, denomination_minor, sales_count, sales_minor,
           reversals_count, reversals_minor)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (month, operator_id, party_id, denomination_minor) DO UPDATE SET
           sales_count = sales_count + excluded.sales_count, sales_minor = sales_minor + excluded.sales_minor,
           reversals_count = reversals_count + excluded.reversals_count,
           reversals_minor = reversals_minor + excluded.reversals_minor`,
      ),
    };
  }

  /** Counts `fresh` items (each new to the register, so counted once) into the rollups. */
  add(operator: { id: string; wholesaleBucketId: string }, fresh: readonly RollupItem[]): void {
    // Summed per reseller, channel, day number and amount with nested maps: no key strings per sale
    // (a page holds 5,000 sales; string keys cost the pull more than the upserts do).
    const retail = new Map<string, Map<string, Map<number, Map<number, Sums>>>>();
    const direct = new Map<string, Map<number, Map<number, Sums>>>();
    for (const item of fresh) {
      const isReversal = item.classification === 'sale_reversal' && item.status === 'completed';
      const kind = isReversal ? null : saleKind(item, operator.wholesaleBucketId);
      if (kind === null && !isReversal) continue;
      const dayNumber = Math.floor(item.confirmedAt / dayMs);
      if (kind?.kind === 'direct_sale') {
        const byDay = nested(direct, kind.channel, () => new Map<number, Map<number, Sums>>());
        const byAmount = nested(byDay, dayNumber, () => new Map<number, Sums>());
        addTo(nested(byAmount, item.amountMinor, emptySums), item.amountMinor, false);
        continue;
      }
      const party = item.requestorPartyId;
      if (party === null) continue;
      // A reversal has no channel of its own: it is kept under the reseller's '' channel.
      const channel = kind === null ? '' : kind.channel;
      const byChannel = nested(retail, party, () => new Map<string, Map<number, Map<number, Sums>>>());
      const byDay = nested(byChannel, channel, () => new Map<number, Map<number, Sums>>());
      const byAmount = nested(byDay, dayNumber, () => new Map<number, Sums>());
      addTo(nested(byAmount, item.amountMinor, emptySums), item.amountMinor, isReversal);
    }
    this.flush(operator.id, retail, direct);
  }

  private flush(
    operatorId: string,
    retail: Map<string, Map<string, Map<number, Map<number, Sums>>>>,
    direct: Map<string, Map<number, Map<number, Sums>>>,
  ): void {
    const days = new Map<number, string>();
    const dayOf = (dayNumber: number) => utcDayOf(dayNumber * dayMs, days);
    for (const [channel, byDay] of direct) {
      for (const [dayNumber, byAmount] of byDay) {
        for (const [amount, sums] of byAmount) {
          this.statements.sales.run(
            dayOf(dayNumber),
            operatorId,
            'direct_sale',
            channel,
            amount,
            sums.salesCount,
            sums.salesMinor,
          );
        }
      }
    }
    for (const [party, byChannel] of retail) {
      const partyDays = new Map<number, Sums>();
      const partyMonths = new Map<string, Map<number, Sums>>();
      for (const [channel, byDay] of byChannel) {
        for (const [dayNumber, byAmount] of byDay) {
          const day = dayOf(dayNumber);
          for (const [amount, sums] of byAmount) {
            if (sums.salesCount > 0) {
              this.statements.sales.run(
                day,
                operatorId,
                'retail_sale',
                channel,
                amount,
                sums.salesCount,
                sums.salesMinor,
              );
            }
            merge(nested(partyDays, dayNumber, emptySums), sums);
            const month = nested(partyMonths, day.slice(0, 7), () => new Map<number, Sums>());
            merge(nested(month, amount, emptySums), sums);
          }
        }
      }
      for (const [dayNumber, sums] of partyDays) {
        this.statements.retailerDay.run(
          dayOf(dayNumber),
          operatorId,
          party,
          sums.salesCount,
          sums.salesMinor,
          sums.reversalsCount,
          sums.reversalsMinor,
        );
      }
      for (const [month, byAmount] of partyMonths) {
        for (const [amount, sums] of byAmount) {
          this.statements.retailerMonth.run(
            month,
            operatorId,
            party,
            amount,
            sums.salesCount,
            sums.salesMinor,
            sums.reversalsCount,
            sums.reversalsMinor,
          );
        }
      }
    }
  }
}

/** The value under `key`, made by `make` the first time. */
function nested<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function merge(into: Sums, sums: Sums): void {
  into.salesCount += sums.salesCount;
  into.salesMinor += sums.salesMinor;
  into.reversalsCount += sums.reversalsCount;
  into.reversalsMinor += sums.reversalsMinor;
}

function emptySums(): Sums {
  return { salesCount: 0, salesMinor: 0, reversalsCount: 0, reversalsMinor: 0 };
}

function addTo(sums: Sums, amountMinor: number, isReversal: boolean): void {
  if (isReversal) {
    sums.reversalsCount += 1;
    sums.reversalsMinor += amountMinor;
  } else {
    sums.salesCount += 1;
    sums.salesMinor += amountMinor;
  }
}
