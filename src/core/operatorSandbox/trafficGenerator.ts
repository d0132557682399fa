import { HistoryFeed, historyTypeCodes, statusCodes } from './historyFeed';
import { operatorDirectPartyId, type SandboxWorld } from './sandboxWorld';
import type { SeededRandom } from './seededRandom';

/** Face values end-users buy, in major units, and how often (weights). */
const denominationsMajor = [100, 200, 500, 1000, 2000, 5000] as const;
const denominationWeights = [25, 25, 20, 15, 10, 5] as const;
const denominationWeightTotal = denominationWeights.reduce((sum, weight) => sum + weight, 0);
/** Share of sales made by the operator's own channels, not by a reseller. */
const directSaleShare = 0.1;
/** Share of reseller sales the operator later reverses. */
const reversalShare = 0.005;
/** Chance a sale goes to a line seen before. */
const repeatCustomerShare = 0.6;
export const customerPoolMax = 200_000;
/** Recent reseller sales a reversal may pick from. */
const recentSalesMax = 1_000;
/** First new end-user line; lines are 12 digits (a country code and 9 digits). */
const firstCustomerMsisdn = 221_700_000_000;
const resellerChannel = 'retail-pos';
const directChannels = ['ussd', 'web'] as const;

export interface TrafficSummary {
  sales: number;
  directSales: number;
  reversals: number;
  /** Sales not made because the retailer's bucket was short. */
  skipped: number;
}

/** One sale a test asks for, exactly. */
export interface ScriptedSale {
  /** The retailer's party id, or null for the operator's own channels. */
  partyId: string | null;
  msisdn: string;
  amountMinor: number;
  atMs: number;
  channel?: string;
  reversedAtMs?: number;
}

interface RecentSale {
  seq: number;
  confirmedMs: number;
  bucketIndex: number;
  requestorIndex: number;
  amountMinor: number;
  msisdn: number;
}

/**
 * Simulated retail traffic: retailers sell top-ups to end-user lines (repeat customers and new ones), the operator
 * sells some directly, and reverses a few reseller sales later (crediting the retailer back). Deterministic for a
 * given seed and world. Rows go straight into the history feed; generated sales have no action record.
 */
export class TrafficGenerator {
  private readonly recentSales: RecentSale[] = [];

  constructor(
    private readonly world: SandboxWorld,
    private readonly random: SeededRandom,
    private readonly scale: number,
  ) {}

  /**
   * Generates `count` sale attempts spread over [fromMs, toMs) in time order (by `onlyPartyIds`' retailers
   * when given). A reversal needs its sale to be at least `reversalDelayMinMs` old.
   */
  generate(
    count: number,
    fromMs: number,
    toMs: number,
    reversalDelayMinMs: number,
    onlyPartyIds?: ReadonlySet<string>,
  ): TrafficSummary {
    const summary: TrafficSummary = { sales: 0, directSales: 0, reversals: 0, skipped: 0 };
    const world = this.world;
    const sellers =
      onlyPartyIds === undefined
        ? world.retailerPartyIds
        : world.retailerPartyIds.filter((id) => onlyPartyIds.has(id));
    const retailers = sellers.map((partyId) => {
      const bucket = world.bucketOfParty(partyId);
      if (bucket === undefined) throw new Error(`retailer ${partyId} has no bucket`);
      return {
        bucket,
        requestorIndex: world.strings.indexOf(partyId),
        bucketIndex: world.strings.indexOf(bucket.id),
      };
    });
    const directIndex = world.strings.indexOf(operatorDirectPartyId);
    const noBucket = world.strings.indexOf('');
    const resellerChannelIndex = world.strings.indexOf(resellerChannel);
    const directChannelIndexes = directChannels.map((channel) => world.strings.indexOf(channel));
    const minorPerMajor = 10 ** this.scale;
    const batch = new HistoryFeed();
    const spanMs = Math.max(0, toMs - fromMs);
    for (let attempt = 0; attempt < count; attempt += 1) {
      const nowMs = Math.floor(fromMs + (spanMs * (attempt + this.random.next())) / count);
      if (this.recentSales.length > 0 && this.random.chance(reversalShare)) {
        const pick = this.random.below(this.recentSales.length);
        const sale = this.recentSales[pick];
        if (sale !== undefined && sale.confirmedMs <= nowMs - reversalDelayMinMs) {
          this.recentSales[pick] = this.recentSales[this.recentSales.length - 1] as RecentSale;
          this.recentSales.pop();
          world.bucket(world.strings.at(sale.bucketIndex)).availableMinor += sale.amountMinor;
          batch.append({
            ...sale,
            seq: world.takeSeq(),
            confirmedMs: nowMs,
            typeCode: historyTypeCodes.AdjustBalance,
            statusCode: statusCodes.completed,
            channelIndex: -1,
            reversesSeq: sale.seq,
          });
          summary.reversals += 1;
          continue;
        }
      }
      const amountMinor = this.denomination() * minorPerMajor;
      const msisdn = this.customer();
      if (retailers.length === 0 || this.random.chance(directSaleShare)) {
        batch.append({
          confirmedMs: nowMs,
          seq: world.takeSeq(),
          typeCode: historyTypeCodes.TopupBalance,
          statusCode: statusCodes.completed,
          requestorIndex: directIndex,
          amountMinor,
          bucketIndex: noBucket,
          channelIndex: this.random.pick(directChannelIndexes),
          msisdn,
          reversesSeq: 0,
        });
        summary.directSales += 1;
        continue;
      }
      const retailer = this.random.pick(retailers);
      if (retailer.bucket.availableMinor < amountMinor) {
        summary.skipped += 1;
        continue;
      }
      retailer.bucket.availableMinor -= amountMinor;
      const sale: RecentSale = {
        seq: world.takeSeq(),
        confirmedMs: nowMs,
        bucketIndex: retailer.bucketIndex,
        requestorIndex: retailer.requestorIndex,
        amountMinor,
        msisdn,
      };
      batch.append({
        ...sale,
        typeCode: historyTypeCodes.TopupBalance,
        statusCode: statusCodes.completed,
        channelIndex: resellerChannelIndex,
        reversesSeq: 0,
      });
      this.remember(sale);
      summary.sales += 1;
    }
    world.history.insertSorted(batch);
    return summary;
  }

  /**
   * Exactly the sales given (for tests whose figures are worked out by hand): each by a retailer's
   * party, or by the operator's own channels when `partyId` is null, and reversed later when
   * `reversedAtMs` is set. Stock is taken from (and given back to) the retailer's bucket; a sale the
   * bucket cannot bear is refused with an error rather than skipped.
   */
  script(sales: readonly ScriptedSale[]): void {
    const world = this.world;
    const batch = new HistoryFeed();
    for (const [index, sale] of sales.entries()) {
      const msisdn = Number(sale.msisdn);
      if (!Number.isSafeInteger(msisdn)) throw new Error(`scripted sale ${index}: bad msisdn ${sale.msisdn}`);
      const seq = world.takeSeq();
      if (sale.partyId === null) {
        batch.append({
          confirmedMs: sale.atMs,
          seq,
          typeCode: historyTypeCodes.TopupBalance,
          statusCode: statusCodes.completed,
          requestorIndex: world.strings.indexOf(operatorDirectPartyId),
          amountMinor: sale.amountMinor,
          bucketIndex: world.strings.indexOf(''),
          channelIndex: world.strings.indexOf(sale.channel ?? directChannels[0]),
          msisdn,
          reversesSeq: 0,
        });
        continue;
      }
      const bucket = world.bucketOfParty(sale.partyId);
      if (bucket === undefined)
        throw new Error(`scripted sale ${index}: retailer ${sale.partyId} has no bucket`);
      if (bucket.availableMinor < sale.amountMinor) {
        throw new Error(`scripted sale ${index}: retailer ${sale.partyId} has ${bucket.availableMinor} left`);
      }
      bucket.availableMinor -= sale.amountMinor;
      const row = {
        seq,
        confirmedMs: sale.atMs,
        bucketIndex: world.strings.indexOf(bucket.id),
        requestorIndex: world.strings.indexOf(sale.partyId),
        amountMinor: sale.amountMinor,
        msisdn,
      };
      batch.append({
        ...row,
        typeCode: historyTypeCodes.TopupBalance,
        statusCode: statusCodes.completed,
        channelIndex: world.strings.indexOf(sale.channel ?? resellerChannel),
        reversesSeq: 0,
      });
      if (sale.reversedAtMs !== undefined) {
        bucket.availableMinor += sale.amountMinor;
        batch.append({
          ...row,
          seq: world.takeSeq(),
          confirmedMs: sale.reversedAtMs,
          typeCode: historyTypeCodes.AdjustBalance,
          statusCode: statusCodes.completed,
          channelIndex: -1,
          reversesSeq: seq,
        });
      }
    }
    world.history.insertSorted(batch);
  }

  private denomination(): number {
    let draw = this.random.below(denominationWeightTotal);
    for (let index = 0; index < denominationsMajor.length; index += 1) {
      draw -= denominationWeights[index] ?? 0;
      if (draw < 0) return denominationsMajor[index] ?? 100;
    }
    return denominationsMajor[0];
  }

  private customer(): number {
    const pool = this.world.customerPool;
    if (pool.length > 0 && this.random.chance(repeatCustomerShare))
      return pool[this.random.below(pool.length)] ?? 0;
    const msisdn = firstCustomerMsisdn + this.world.nextCustomerNumber;
    this.world.nextCustomerNumber += 1;
    if (pool.length < customerPoolMax) pool.push(msisdn);
    else pool[this.random.below(pool.length)] = msisdn;
    return msisdn;
  }

  private remember(sale: RecentSale): void {
    if (this.recentSales.length < recentSalesMax) this.recentSales.push(sale);
    else this.recentSales[this.random.below(recentSalesMax)] = sale;
  }
}
