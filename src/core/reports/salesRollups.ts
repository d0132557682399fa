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
    const operatorId = operator.id;
    const days = new Map<number, string>();
    const sales = new Map<
      string,
      { values: [string, string, string, number]; count: number; minor: number }
    >();
    const retailerDays = new Map<string, { day: string; party: string; sums: Sums }>();
    const retailerMonths = new Map<
      string,
      { month: string; party: string; denomination: number; sums: Sums }
    >();
    for (const item of fresh) {
      const kind = saleKind(item, operator.wholesaleBucketId);
      const isReversal = item.classification === 'sale_reversal' && item.status === 'completed';
      if (kind === null && !isReversal) continue;
      const day = utcDayOf(item.confirmedAt, days);
      if (kind !== null) {
        const key = `${day}|${kind.kind}|${kind.channel}|${item.amountMinor}`;
        const found = sales.get(key);
        if (found === undefined) {
          sales.set(key, {
            values: [day, kind.kind, kind.channel, item.amountMinor],
            count: 1,
            minor: item.amountMinor,
          });
        } else {
          found.count += 1;
          found.minor += item.amountMinor;
        }
      }
      const party = item.requestorPartyId;
      if (party === null || (kind?.kind !== 'retail_sale' && !isReversal)) continue;
      const dayKey = `${day}|${party}`;
      let retailerDay = retailerDays.get(dayKey);
      if (retailerDay === undefined) {
        retailerDay = { day, party, sums: emptySums() };
        retailerDays.set(dayKey, retailerDay);
      }
      addTo(retailerDay.sums, item.amountMinor, isReversal);
      const month = day.slice(0, 7);
      const monthKey = `${month}|${party}|${item.amountMinor}`;
      let retailerMonth = retailerMonths.get(monthKey);
      if (retailerMonth === undefined) {
        retailerMonth = { month, party, denomination: item.amountMinor, sums: emptySums() };
        retailerMonths.set(monthKey, retailerMonth);
      }
      addTo(retailerMonth.sums, item.amountMinor, isReversal);
    }
    for (const { values, count, minor } of sales.values()) {
      const [day, kind, channel, denomination] = values;
      this.statements.sales.run(day, operatorId, kind, channel, denomination, count, minor);
    }
    for (const { day, party, sums } of retailerDays.values()) {
      this.statements.retailerDay.run(
        day,
        operatorId,
        party,
        sums.salesCount,
        sums.salesMinor,
        sums.reversalsCount,
        sums.reversalsMinor,
      );
    }
    for (const { month, party, denomination, sums } of retailerMonths.values()) {
      this.statements.retailerMonth.run(
        month,
        operatorId,
        party,
        denomination,
        sums.salesCount,
        sums.salesMinor,
        sums.reversalsCount,
        sums.reversalsMinor,
      );
    }
  }
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
