import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import type { TransferRequest } from '../ledger/ledgerRequests';
import { amountText } from '../money/amountText';
import { operatorAmountText } from '../operator/operatorAmountText';
import { StatementCache } from '../storage/statementCache';
import type { ActionMoneyLegs, MoneyLegRequest } from '../sync/actionMoneyLegs';
import { ensureMoneyAsset } from './retailerAccounts';

/** The money side of an allocation: the retailer's receivable is charged the face value. */
export interface AllocationMoneyLeg {
  receivableAccountId: string;
  salesAccountId: string;
  /** The face value in the workspace currency's minor units. */
  amountMinor: number;
  retailerCode: string;
  retailerName: string;
}

export const airtimeSalesAccountId = (currency: string) => `distributor:airtime-sales:${currency}`;
/** The transfer code of a retailer's charge for the stock it is allocated. */
export const allocationChargeCode = 'allocation_charge';
/** The transfer code of the charge given back when allocated stock comes back (a reversal). */
export const allocationRefundCode = 'allocation_refund';

/** The retailer owes the face value of what it receives, in the same entry. */
function chargeOf(leg: AllocationMoneyLeg): TransferRequest {
  return {
    debitAccountId: leg.receivableAccountId,
    creditAccountId: leg.salesAccountId,
    amountMinor: leg.amountMinor,
    code: allocationChargeCode,
  };
}

/** Local midnight of the day `nowMs` falls in: a clerk's "today". */
export function startOfLocalDayMs(nowMs: number): number {
  const day = new Date(nowMs);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

interface RetailerTermsRow {
  code: string;
  name: string;
  status: 'active' | 'suspended' | 'closed';
  status_reason: string | null;
  receivable_account_id: string;
  daily_allocation_limit_minor: number | null;
}

/**
 * Converts airtime face value into money when both count in the same currency (scales may
 * differ by a power of ten). Airtime counted in another currency has no price here: null.
 */
export function faceValueInMoney(
  airtimeMinor: number,
  airtime: { units: string; scale: number },
  money: { currency: string; scale: number },
): number | null {
  if (airtime.units !== money.currency) return null;
  const shift = money.scale - airtime.scale;
  if (shift >= 0) return airtimeMinor * 10 ** shift;
  const divisor = 10 ** -shift;
  return airtimeMinor % divisor === 0 ? airtimeMinor / divisor : null;
}

/**
 * The retailer rules every allocation meets before it is reserved, in the transaction that
 * reserves it: the retailer is active, the day's allocations stay within its daily limit, and its
 * receivable is charged the face value (the ledger then holds the credit limit, or the prepaid
 * balance, in the same write).
 */
export class AllocationTerms implements ActionMoneyLegs {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly currency: () => string,
  ) {}

  forNewAction(request: MoneyLegRequest, context: { nowMs: number; retry: boolean }): TransferRequest[] {
    if (request.kind === 'allocation_reversal') return this.refundOf(request);
    if (request.kind !== 'allocation' || request.partyId === null) return [];
    const leg = this.check({
      operatorId: request.operatorId,
      partyId: request.partyId,
      amountMinor: request.amountMinor,
      nowMs: context.nowMs,
      ...(context.retry ? { excludeActionId: request.id } : {}),
    });
    return leg === null ? [] : [chargeOf(leg)];
  }

  forConfirmedAction(request: MoneyLegRequest): TransferRequest[] {
    if (request.kind === 'allocation_reversal') return this.refundOf(request);
    if (request.kind !== 'allocation' || request.partyId === null) return [];
    const leg = this.moneyLeg(request.operatorId, request.partyId, request.amountMinor);
    return leg === null ? [] : [chargeOf(leg)];
  }

  /** Stock that comes back is no longer owed for: its face value is credited to the receivable. */
  private refundOf(request: MoneyLegRequest): TransferRequest[] {
    if (request.partyId === null) return [];
    const leg = this.moneyLeg(request.operatorId, request.partyId, request.amountMinor);
    if (leg === null) return [];
    return [
      {
        debitAccountId: leg.salesAccountId,
        creditAccountId: leg.receivableAccountId,
        amountMinor: leg.amountMinor,
        code: allocationRefundCode,
      },
    ];
  }

  refusalOf(request: MoneyLegRequest, transfers: TransferRequest[]): AppError | undefined {
    const charge = transfers.find((transfer) => transfer.code === allocationChargeCode);
    if (charge === undefined || request.partyId === null) return undefined;
    const leg = this.moneyLeg(request.operatorId, request.partyId, request.amountMinor);
    return leg === null ? undefined : this.receivableRefusal(leg);
  }

  /** Refuses an allocation the retailer's status or daily limit forbids; returns its money leg. */
  check(request: {
    operatorId: string;
    partyId: string;
    amountMinor: number;
    nowMs: number;
    /** An action being retried is not counted twice against the day. */
    excludeActionId?: string;
  }): AllocationMoneyLeg | null {
    const retailer = this.statement(
      `SELECT code, name, status, status_reason, receivable_account_id, daily_allocation_limit_minor
         FROM retailers WHERE operator_party_id = ?`,
    ).get(request.partyId) as RetailerTermsRow | undefined;
    if (retailer === undefined) return null;
    if (retailer.status !== 'active') {
      throw new AppError(
        'business_rule',
        `${retailer.name} (${retailer.code}) is ${retailer.status}${retailer.status_reason ? ` (${retailer.status_reason})` : ''}; only an active retailer can be allocated stock.`,
        { reason: 'retailer_not_active' },
      );
    }
    if (retailer.daily_allocation_limit_minor !== null) {
      const todayMinor = this.statement(
        `SELECT coalesce(sum(amount_minor), 0) FROM operator_actions
           WHERE kind = 'allocation' AND party_id = ? AND created_at >= ? AND id <> ?
             AND state NOT IN ('failed', 'cancelled')`,
      )
        .pluck()
        .get(request.partyId, startOfLocalDayMs(request.nowMs), request.excludeActionId ?? '') as number;
      if (todayMinor + request.amountMinor > retailer.daily_allocation_limit_minor) {
        throw new AppError(
          'business_rule',
          `${retailer.name} (${retailer.code}) may be allocated ${operatorAmountText(this.sqlite, request.operatorId, retailer.daily_allocation_limit_minor)} a day; ${operatorAmountText(this.sqlite, request.operatorId, todayMinor)} already today, so at most ${operatorAmountText(this.sqlite, request.operatorId, Math.max(0, retailer.daily_allocation_limit_minor - todayMinor))} more.`,
          { reason: 'daily_limit' },
        );
      }
    }
    return this.moneyLegOf(retailer, request.operatorId, request.amountMinor);
  }

  /**
   * The money leg alone, without the rules: for booking what the operator already did (a
   * confirmation that arrives after its reservation lapsed).
   */
  moneyLeg(operatorId: string, partyId: string, airtimeMinor: number): AllocationMoneyLeg | null {
    const retailer = this.statement(
      'SELECT code, name, receivable_account_id FROM retailers WHERE operator_party_id = ?',
    ).get(partyId) as Pick<RetailerTermsRow, 'code' | 'name' | 'receivable_account_id'> | undefined;
    return retailer === undefined ? null : this.moneyLegOf(retailer, operatorId, airtimeMinor);
  }

  private moneyLegOf(
    retailer: Pick<RetailerTermsRow, 'code' | 'name' | 'receivable_account_id'>,
    operatorId: string,
    airtimeMinor: number,
  ): AllocationMoneyLeg | null {
    const connection = this.statement('SELECT units, scale FROM operator_connections WHERE id = ?').get(
      operatorId,
    ) as { units: string; scale: number } | undefined;
    const currency = this.currency();
    const moneyAsset = this.ledger.reader.asset(ensureMoneyAsset(this.ledger, currency));
    if (connection === undefined || moneyAsset === undefined) return null;
    const amountMinor = faceValueInMoney(airtimeMinor, connection, {
      currency,
      scale: moneyAsset.scale,
    });
    if (amountMinor === null) return null;
    return {
      receivableAccountId: retailer.receivable_account_id,
      salesAccountId: this.ensureSalesAccount(currency, moneyAsset.code),
      amountMinor,
      retailerCode: retailer.code,
      retailerName: retailer.name,
    };
  }

  /** A refusal of the receivable, told in the retailer's terms; undefined if the receivable has room. */
  receivableRefusal(leg: AllocationMoneyLeg): AppError | undefined {
    const account = this.ledger.reader.account(leg.receivableAccountId);
    if (account === undefined || account.balanceUpperBoundMinor === null) return undefined;
    const exposureMinor = account.balances.balancePostedMinor + account.balances.debitsPendingMinor;
    if (exposureMinor + leg.amountMinor <= account.balanceUpperBoundMinor) return undefined;
    const roomMinor = Math.max(0, account.balanceUpperBoundMinor - exposureMinor);
    const asset = this.ledger.reader.asset(account.assetCode);
    const money = (minor: number) => (asset === undefined ? String(minor) : amountText(minor, asset));
    const message =
      account.balanceUpperBoundMinor === 0
        ? `${leg.retailerName} (${leg.retailerCode}) is prepaid and has ${money(roomMinor)} paid in advance for ${money(leg.amountMinor)} requested; record its payment first.`
        : `${leg.retailerName} (${leg.retailerCode}) would go over its credit limit of ${money(account.balanceUpperBoundMinor)}: it can take ${money(roomMinor)} more, ${money(leg.amountMinor)} requested.`;
    return new AppError('business_rule', message, {
      reason: account.balanceUpperBoundMinor === 0 ? 'prepaid_balance_short' : 'credit_limit',
    });
  }

  /** Each allocation and every step of a drain run these: prepared once per connection. */
  private prepared: StatementCache | undefined;

  private statement(sql: string): Database.Statement {
    this.prepared ??= new StatementCache(this.sqlite);
    return this.prepared.get(sql);
  }

  private ensureSalesAccount(currency: string, assetCode: string): string {
    const id = airtimeSalesAccountId(currency);
    if (this.ledger.reader.account(id) === undefined) {
      this.ledger.accounts.createAccount({
        id,
        code: `AIRTIME-SALES-${currency}`,
        name: `Airtime sold to retailers (${currency})`,
        assetCode,
        type: 'airtime_sales',
        ownerKind: 'distributor',
        ownerId: 'self',
      });
    }
    return id;
  }
}
