import type Database from 'better-sqlite3';
import type { OperatorPaymentView, RecordOperatorPaymentInput } from '../../contract/purchaseSchemas';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { amountText } from '../money/amountText';
import { instantOfBusinessDay } from '../money/businessDay';
import { ensureMethodAccount } from '../money/distributorAccounts';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { nextYearlyNumber } from '../storage/yearlyNumbers';
import { operatorPayableAccountId } from './operatorTermsStore';

interface PaymentRow {
  id: string;
  number: string;
  operator_id: string;
  method: 'cash' | 'bank_transfer' | 'mobile_money';
  amount_minor: number;
  asset_code: string;
  reference: string | null;
  paid_at: number;
  recorded_by: string;
  entry_id: string;
  currency: string;
  scale: number;
}

const dayMs = 24 * 3600 * 1000;

/**
 * Payments to an operator against what the distributor owes it on credit terms: one entry each
 * (the payable down, money out), never more than is owed, applied to the purchase orders it
 * settles, the one due first first.
 */
export class OperatorPayments {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly clock: () => number,
    private readonly currency: () => string,
  ) {}

  record(
    input: RecordOperatorPaymentInput,
    connection: OperatorConnection,
    actor: { displayName: string },
  ): OperatorPaymentView {
    return this.sqlite
      .transaction((): OperatorPaymentView => {
        const existing = this.row(input.id);
        if (existing !== undefined) {
          if (existing.amount_minor !== input.amountMinor || existing.operator_id !== connection.id) {
            throw new AppError(
              'business_rule',
              `Payment ${input.id} was already recorded with different content; a new payment needs a new id.`,
              { reason: 'id_reused' },
            );
          }
          return this.require(input.id);
        }
        const payableId = operatorPayableAccountId(connection.id);
        const payable = this.ledger.reader.account(payableId);
        const owedMinor = payable?.balances.balancePostedMinor ?? 0;
        const unit = {
          currency: this.currency(),
          scale: this.ledger.reader.asset(payable?.assetCode ?? '')?.scale ?? 0,
        };
        if (payable === undefined || input.amountMinor > owedMinor) {
          throw new AppError(
            'business_rule',
            `You owe ${connection.name} ${amountText(owedMinor, unit)}; a payment of ${amountText(input.amountMinor, unit)} would pay more than that.`,
            { reason: 'overpayment' },
          );
        }
        const now = this.clock();
        const paidAt = instantOfBusinessDay(input.paidOn, now, 'paidOn');
        const number = this.nextNumber(now);
        const entryId = `operator-payment.${input.id}`;
        this.ledger.writer.record({
          id: entryId,
          kind: 'posting',
          code: 'operator_payment',
          effectiveAt: paidAt,
          description: `Payment ${number} to ${connection.name}${input.reference ? ` (${input.reference})` : ''}`,
          transfers: [
            {
              debitAccountId: payableId,
              creditAccountId: ensureMethodAccount(this.ledger, input.method, unit.currency),
              amountMinor: input.amountMinor,
              code: 'operator_payment',
              reference: { kind: 'payment', id: number },
            },
          ],
        });
        this.sqlite
          .prepare(
            `INSERT INTO operator_payments (id, number, operator_id, method, amount_minor, asset_code, reference, paid_at,
               recorded_at, recorded_by, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.id,
            number,
            connection.id,
            input.method,
            input.amountMinor,
            payable.assetCode,
            input.reference ?? null,
            paidAt,
            now,
            actor.displayName,
            entryId,
          );
        const apply = this.sqlite.prepare(
          'INSERT INTO operator_payment_applications (payment_id, purchase_id, amount_minor) VALUES (?, ?, ?)',
        );
        let leftMinor = input.amountMinor;
        for (const order of this.openCreditOrders(connection.id)) {
          if (leftMinor === 0) break;
          const amountMinor = Math.min(leftMinor, order.outstanding);
          apply.run(input.id, order.id, amountMinor);
          leftMinor -= amountMinor;
        }
        return this.require(input.id);
      })
      .immediate();
  }

  /** Confirmed purchases on credit not fully paid, the one due first first. */
  private openCreditOrders(operatorId: string): Array<{ id: string; outstanding: number }> {
    return this.sqlite
      .prepare(
        `SELECT po.id, cost.amount_minor - coalesce((SELECT sum(p.amount_minor) FROM operator_payment_applications p
             WHERE p.purchase_id = po.id), 0) AS outstanding
         FROM purchase_orders po
         JOIN operator_actions a ON a.id = po.id AND a.state = 'confirmed'
         JOIN ledger_entries e ON e.id = a.resolution_entry_id
         JOIN ledger_transfers cost ON cost.entry_seq = e.seq AND cost.code = 'purchase_cost'
         WHERE po.operator_id = ? AND po.payment_method = 'credit'
         ORDER BY a.final_at + coalesce(po.due_days, 0) * ?, po.number`,
      )
      .all(operatorId, dayMs)
      .filter((row) => (row as { outstanding: number }).outstanding > 0) as Array<{
      id: string;
      outstanding: number;
    }>;
  }

  private nextNumber(nowMs: number): string {
    return nextYearlyNumber(
      this.sqlite,
      { table: 'operator_payments', column: 'number', prefix: 'OP' },
      nowMs,
    );
  }

  private row(id: string): PaymentRow | undefined {
    return this.sqlite
      .prepare(
        `SELECT p.*, a.currency, a.scale FROM operator_payments p JOIN ledger_assets a ON a.code = p.asset_code
         WHERE p.id = ?`,
      )
      .get(id) as PaymentRow | undefined;
  }

  require(id: string): OperatorPaymentView {
    const row = this.row(id);
    if (row === undefined) {
      throw new AppError('not_found', `No payment to an operator has the id ${id}.`, {
        reason: 'unknown_payment',
      });
    }
    const applications = this.sqlite
      .prepare(
        `SELECT p.purchase_id AS purchaseId, po.number, p.amount_minor AS amountMinor
         FROM operator_payment_applications p JOIN purchase_orders po ON po.id = p.purchase_id
         WHERE p.payment_id = ? ORDER BY p.rowid`,
      )
      .all(id) as OperatorPaymentView['applications'];
    const after = this.sqlite
      .prepare(
        `SELECT t.debit_account_credits_posted_after - t.debit_account_debits_posted_after
         FROM ledger_transfers t JOIN ledger_entries e ON e.seq = t.entry_seq WHERE e.id = ? LIMIT 1`,
      )
      .pluck()
      .get(row.entry_id) as number | undefined;
    return {
      id: row.id,
      number: row.number,
      operatorId: row.operator_id,
      method: row.method,
      amountMinor: row.amount_minor,
      currency: row.currency,
      scale: row.scale,
      reference: row.reference,
      paidAt: new Date(row.paid_at).toISOString(),
      recordedBy: row.recorded_by,
      entryId: row.entry_id,
      applications,
      owedAfterMinor: after ?? 0,
    };
  }

  list(operatorId: string | undefined): OperatorPaymentView[] {
    const ids = this.sqlite
      .prepare(
        `SELECT id FROM operator_payments ${operatorId === undefined ? '' : 'WHERE operator_id = ?'}
         ORDER BY paid_at DESC, id DESC LIMIT 200`,
      )
      .pluck()
      .all(...(operatorId === undefined ? [] : [operatorId])) as string[];
    return ids.map((id) => this.require(id));
  }
}
