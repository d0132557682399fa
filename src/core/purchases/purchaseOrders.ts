import type Database from 'better-sqlite3';
import type {
  CreatePurchaseInput,
  PurchaseListInput,
  PurchaseOrderView,
  PurchasePage,
  PurchaseStatus,
} from '../../contract/purchaseSchemas';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import type { TransferRequest } from '../ledger/ledgerRequests';
import { amountText } from '../money/amountText';
import { ensureMethodAccount } from '../money/distributorAccounts';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { faceValueInMoney } from '../retailers/allocationTerms';
import { ensureMoneyAsset } from '../retailers/retailerAccounts';
import { nextYearlyNumber } from '../storage/yearlyNumbers';
import type { ActionMoneyLegs, MoneyLegRequest } from '../sync/actionMoneyLegs';
import type { OperatorOutbox } from '../sync/operatorOutbox';
import {
  ensureOperatorPayable,
  type OperatorTermsStore,
  operatorDiscountAccountId,
  operatorPayableAccountId,
} from './operatorTermsStore';

interface PurchaseRow {
  id: string;
  number: string;
  operator_id: string;
  face_value_minor: number;
  discount_basis_points: number;
  cost_minor: number | null;
  discount_minor: number | null;
  currency: string;
  payment_method: 'cash' | 'bank_transfer' | 'mobile_money' | 'credit';
  payment_reference: string | null;
  due_days: number | null;
  note: string | null;
  state: 'draft' | 'submitted' | 'cancelled';
  cancel_reason: string | null;
  created_by: string;
  created_at: number;
  submitted_at: number | null;
  cancelled_at: number | null;
}

interface PurchaseListRow extends PurchaseRow {
  status: PurchaseStatus;
  status_reason: string | null;
  final_at: number | null;
  client_reference: string | null;
  operator_action_id: string | null;
  pending_entry_id: string | null;
  resolution_entry_id: string | null;
  asset_code: string | null;
  units: string | null;
  scale: number | null;
  money_scale: number | null;
  cost_posted: number | null;
  paid: number;
}

const dayMs = 24 * 3600 * 1000;
const basisPointsWhole = 10_000n;

/** The order's status as the clerk reads it: the draft's own, else its operator action's. */
const statusSql = `CASE WHEN po.state = 'draft' THEN 'draft'
  WHEN po.state = 'cancelled' THEN 'cancelled'
  WHEN a.state = 'confirmed' THEN 'confirmed'
  WHEN a.state = 'failed' THEN 'failed'
  WHEN a.state = 'cancelled' THEN 'cancelled'
  ELSE 'submitted' END`;

/** The discount earned on `faceMinor` at `basisPoints`, rounded down to whole minor units. */
export function discountOf(faceMinor: number, basisPoints: number): number {
  return Number((BigInt(faceMinor) * BigInt(basisPoints)) / basisPointsWhole);
}

function refuse(reason: string, message: string): AppError {
  return new AppError('business_rule', message, { reason });
}

/** `2026-11-22` → local midnight of that day. */
function localMidnightMs(isoDate: string, plusDays = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).getTime();
}

/**
 * Purchase orders (buying bulk credit): drafts, submission through the outbox (the order's id is
 * its operator action's), and the money side of each purchase, which rides in the same ledger
 * entry as the airtime: the face value into airtime purchases, the cost owed to the operator (on
 * credit) or paid from cash, bank or mobile money, and the discount earned.
 */
export class PurchaseOrders implements ActionMoneyLegs {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly terms: OperatorTermsStore,
    private readonly outbox: () => OperatorOutbox,
    private readonly clock: () => number,
    private readonly currency: () => string,
  ) {}

  create(
    input: CreatePurchaseInput,
    connection: OperatorConnection,
    actor: { userId: string },
  ): PurchaseOrderView {
    return this.sqlite
      .transaction(() => {
        const existing = this.row(input.id);
        if (existing !== undefined) {
          if (existing.face_value_minor !== input.faceValueMinor || existing.operator_id !== connection.id) {
            throw refuse(
              'id_reused',
              `Purchase ${input.id} was already recorded with different content; a new order needs a new id.`,
            );
          }
          return this.require(input.id);
        }
        const terms = this.terms.terms(connection.id);
        const paymentMethod =
          input.paymentMethod ?? (terms.paymentTerms === 'credit' ? 'credit' : 'bank_transfer');
        if (paymentMethod === 'credit' && terms.paymentTerms !== 'credit') {
          throw new AppError(
            'business_rule',
            `${connection.name} sells to you prepaid; pay by cash, bank transfer or mobile money (or set credit terms first).`,
            {
              reason: 'no_credit_terms',
              issues: [{ path: 'paymentMethod', message: 'credit needs credit terms' }],
            },
          );
        }
        const currency = this.currency();
        const moneyAsset = this.ledger.reader.asset(ensureMoneyAsset(this.ledger, currency));
        const faceMoney =
          moneyAsset === undefined
            ? null
            : faceValueInMoney(input.faceValueMinor, connection, { currency, scale: moneyAsset.scale });
        const discountMinor =
          faceMoney === null ? null : discountOf(faceMoney, terms.wholesaleDiscountBasisPoints);
        const now = this.clock();
        this.sqlite
          .prepare(
            `INSERT INTO purchase_orders (id, number, operator_id, face_value_minor, discount_basis_points, cost_minor,
               discount_minor, currency, payment_method, payment_reference, due_days, note, state, created_by, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
          )
          .run(
            input.id,
            this.nextNumber(now),
            connection.id,
            input.faceValueMinor,
            terms.wholesaleDiscountBasisPoints,
            faceMoney === null || discountMinor === null ? null : faceMoney - discountMinor,
            discountMinor,
            currency,
            paymentMethod,
            input.paymentReference ?? null,
            paymentMethod === 'credit' ? terms.dueDays : null,
            input.note ?? null,
            actor.userId,
            now,
          );
        if (input.submit) this.submitDraft(input.id, actor);
        return this.require(input.id);
      })
      .immediate();
  }

  /** Sends a draft to the operator: its reservation and outbox action are written now. */
  submit(id: string, actor: { userId: string }): PurchaseOrderView {
    return this.sqlite
      .transaction(() => {
        const row = this.requireRow(id);
        if (row.state === 'submitted') return this.require(id);
        if (row.state === 'cancelled') {
          throw refuse('purchase_cancelled', `Purchase ${row.number} was cancelled; create a new order.`);
        }
        this.submitDraft(id, actor);
        return this.require(id);
      })
      .immediate();
  }

  private submitDraft(id: string, actor: { userId: string }): void {
    const row = this.requireRow(id);
    this.sqlite
      .prepare("UPDATE purchase_orders SET state = 'submitted', submitted_at = ? WHERE id = ?")
      .run(this.clock(), id);
    this.outbox().enqueue({
      id,
      operatorId: row.operator_id,
      kind: 'purchase',
      amountMinor: row.face_value_minor,
      ...(row.note === null ? {} : { note: `${row.number}: ${row.note}` }),
      requestedBy: actor.userId,
    });
  }

  /** A draft is cancelled here; a submitted order asks the operator (the outbox decides when it can). */
  cancel(id: string, reason: string): PurchaseOrderView {
    return this.sqlite
      .transaction(() => {
        const row = this.requireRow(id);
        if (row.state === 'cancelled') return this.require(id);
        if (row.state === 'draft') {
          this.sqlite
            .prepare(
              "UPDATE purchase_orders SET state = 'cancelled', cancel_reason = ?, cancelled_at = ? WHERE id = ?",
            )
            .run(reason, this.clock(), id);
          return this.require(id);
        }
        this.outbox().requestCancel(id);
        return this.require(id);
      })
      .immediate();
  }

  forNewAction(request: MoneyLegRequest): TransferRequest[] {
    return this.legsOf(request);
  }

  forConfirmedAction(request: MoneyLegRequest): TransferRequest[] {
    return this.legsOf(request);
  }

  refusalOf(request: MoneyLegRequest, transfers: TransferRequest[]): AppError | undefined {
    const payableId = operatorPayableAccountId(request.operatorId);
    const owed = transfers.find((transfer) => transfer.creditAccountId === payableId);
    const payable = this.ledger.reader.account(payableId);
    if (owed === undefined || payable === undefined || payable.balanceUpperBoundMinor === null)
      return undefined;
    const exposureMinor = payable.balances.balancePostedMinor + payable.balances.creditsPendingMinor;
    if (exposureMinor + owed.amountMinor <= payable.balanceUpperBoundMinor) return undefined;
    const asset = this.ledger.reader.asset(payable.assetCode);
    const money = (minor: number) => (asset === undefined ? String(minor) : amountText(minor, asset));
    return new AppError(
      'business_rule',
      `Buying this on credit would take what you owe ${request.operatorId} over its credit limit of ${money(payable.balanceUpperBoundMinor)}: ${money(Math.max(0, payable.balanceUpperBoundMinor - exposureMinor))} of credit left, ${money(owed.amountMinor)} needed. Pay the operator or pay this order up front.`,
      { reason: 'operator_credit_limit' },
    );
  }

  /**
   * The money transfers of a purchase of `request.amountMinor` airtime (all of the order, or what
   * the operator confirmed of it): cost and discount in proportion.
   */
  private legsOf(request: MoneyLegRequest): TransferRequest[] {
    if (request.kind !== 'purchase') return [];
    const row = this.row(request.id);
    if (row === undefined || row.cost_minor === null || row.discount_minor === null) return [];
    const share = (minor: number) =>
      request.amountMinor === row.face_value_minor
        ? minor
        : Number((BigInt(minor) * BigInt(request.amountMinor)) / BigInt(row.face_value_minor));
    const costMinor = share(row.cost_minor);
    const discountMinor = share(row.discount_minor);
    const connection = this.sqlite
      .prepare('SELECT id, name FROM operator_connections WHERE id = ?')
      .get(row.operator_id) as { id: string; name: string } | undefined;
    if (connection === undefined) return [];
    const purchasesAccountId = this.ensurePurchasesAccount(row.currency);
    const paidFrom =
      row.payment_method === 'credit'
        ? ensureOperatorPayable(
            this.ledger,
            connection,
            row.currency,
            this.terms.terms(row.operator_id).creditLimitMinor,
          )
        : ensureMethodAccount(this.ledger, row.payment_method, row.currency);
    const transfers: TransferRequest[] = [];
    if (costMinor > 0) {
      transfers.push({
        debitAccountId: purchasesAccountId,
        creditAccountId: paidFrom,
        amountMinor: costMinor,
        code: 'purchase_cost',
        reference: { kind: 'purchase', id: row.number },
      });
    }
    if (discountMinor > 0) {
      transfers.push({
        debitAccountId: purchasesAccountId,
        creditAccountId: this.ensureDiscountAccount(connection, row.currency),
        amountMinor: discountMinor,
        code: 'purchase_discount',
        reference: { kind: 'purchase', id: row.number },
      });
    }
    return transfers;
  }

  private ensurePurchasesAccount(currency: string): string {
    const id = `distributor:airtime-purchases:${currency}`;
    if (this.ledger.reader.account(id) === undefined) {
      this.ledger.accounts.createAccount({
        id,
        code: `AIRTIME-PURCHASES-${currency}`,
        name: `Airtime bought from operators (${currency})`,
        assetCode: ensureMoneyAsset(this.ledger, currency),
        type: 'airtime_purchases',
        ownerKind: 'distributor',
        ownerId: 'self',
      });
    }
    return id;
  }

  private ensureDiscountAccount(operator: { id: string; name: string }, currency: string): string {
    const id = operatorDiscountAccountId(operator.id);
    if (this.ledger.reader.account(id) === undefined) {
      this.ledger.accounts.createAccount({
        id,
        code: `DISCOUNT-${operator.id.toUpperCase()}`,
        name: `Discount earned from ${operator.name}`,
        assetCode: ensureMoneyAsset(this.ledger, currency),
        type: 'discount_income',
        ownerKind: 'operator',
        ownerId: operator.id,
      });
    }
    return id;
  }

  private nextNumber(nowMs: number): string {
    return nextYearlyNumber(this.sqlite, { table: 'purchase_orders', column: 'number', prefix: 'PO' }, nowMs);
  }

  private row(id: string): PurchaseRow | undefined {
    return this.sqlite.prepare('SELECT * FROM purchase_orders WHERE id = ?').get(id) as
      | PurchaseRow
      | undefined;
  }

  private requireRow(id: string): PurchaseRow {
    const row = this.row(id);
    if (row === undefined) {
      throw new AppError('not_found', `No purchase order has the id ${id}.`, { reason: 'unknown_purchase' });
    }
    return row;
  }

  private selectSql(where: string): string {
    return `SELECT po.*, ${statusSql} AS status,
        coalesce(po.cancel_reason, a.status_reason) AS status_reason, a.final_at, a.client_reference,
        a.operator_action_id, a.pending_entry_id, a.resolution_entry_id,
        c.asset_code, c.units, c.scale, m.scale AS money_scale,
        (SELECT t.amount_minor FROM ledger_entries e
           JOIN ledger_transfers t ON t.entry_seq = e.seq AND t.code = 'purchase_cost'
         WHERE e.id = a.resolution_entry_id) AS cost_posted,
        (SELECT coalesce(sum(p.amount_minor), 0) FROM operator_payment_applications p WHERE p.purchase_id = po.id) AS paid
      FROM purchase_orders po
      LEFT JOIN operator_actions a ON a.id = po.id
      LEFT JOIN operator_connections c ON c.id = po.operator_id
      LEFT JOIN ledger_assets m ON m.code = 'MONEY-' || po.currency
      ${where}`;
  }

  require(id: string): PurchaseOrderView {
    this.requireRow(id);
    const row = this.sqlite.prepare(this.selectSql('WHERE po.id = ?')).get(id) as PurchaseListRow;
    return viewOf(row);
  }

  list(input: PurchaseListInput): PurchasePage {
    const where: string[] = [];
    const parameters: Array<string | number> = [];
    if (input.statuses !== undefined && input.statuses.length > 0) {
      where.push(`(${statusSql}) IN (${input.statuses.map(() => '?').join(', ')})`);
      parameters.push(...input.statuses);
    }
    if (input.operatorId !== undefined) {
      where.push('po.operator_id = ?');
      parameters.push(input.operatorId);
    }
    if (input.fromDate !== undefined) {
      where.push('po.created_at >= ?');
      parameters.push(localMidnightMs(input.fromDate));
    }
    if (input.toDate !== undefined) {
      where.push('po.created_at < ?');
      parameters.push(localMidnightMs(input.toDate, 1));
    }
    const whereSql = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
    const totals = this.sqlite
      .prepare(
        `SELECT count(*) AS total, coalesce(sum(po.face_value_minor), 0) AS face, coalesce(sum(po.cost_minor), 0) AS cost
         FROM purchase_orders po LEFT JOIN operator_actions a ON a.id = po.id ${whereSql}`,
      )
      .get(...parameters) as { total: number; face: number; cost: number };
    const rows = this.sqlite
      .prepare(`${this.selectSql(whereSql)} ORDER BY po.created_at DESC, po.id DESC LIMIT ? OFFSET ?`)
      .all(...parameters, input.limit, input.offset) as PurchaseListRow[];
    return {
      rows: rows.map(viewOf),
      total: totals.total,
      offset: input.offset,
      totals: { faceValueMinor: totals.face, costMinor: totals.cost },
    };
  }
}

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function viewOf(row: PurchaseListRow): PurchaseOrderView {
  const confirmedAt = row.status === 'confirmed' ? row.final_at : null;
  return {
    id: row.id,
    number: row.number,
    operatorId: row.operator_id,
    airtimeAssetCode: row.asset_code ?? '',
    airtimeScale: row.scale ?? 0,
    airtimeUnits: row.units ?? row.currency,
    faceValueMinor: row.face_value_minor,
    discountBasisPoints: row.discount_basis_points,
    discountMinor: row.discount_minor,
    costMinor: row.cost_minor,
    currency: row.currency,
    moneyScale: row.money_scale ?? 0,
    paymentMethod: row.payment_method,
    paymentReference: row.payment_reference,
    note: row.note,
    status: row.status,
    statusReason: row.status_reason,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    submittedAt: isoOrNull(row.submitted_at),
    confirmedAt: isoOrNull(confirmedAt),
    dueAt:
      confirmedAt === null || row.payment_method !== 'credit' || row.due_days === null
        ? null
        : new Date(confirmedAt + row.due_days * dayMs).toISOString(),
    paidMinor: row.paid,
    outstandingMinor:
      row.payment_method === 'credit' && row.status === 'confirmed'
        ? (row.cost_posted ?? 0) - row.paid
        : null,
    clientReference: row.client_reference,
    operatorActionId: row.operator_action_id,
    pendingEntryId: row.pending_entry_id,
    resolutionEntryId: row.resolution_entry_id,
  };
}
