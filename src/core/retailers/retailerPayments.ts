import type Database from 'better-sqlite3';
import type {
  OpenAllocation,
  PaymentMethod,
  PaymentPage,
  PaymentView,
  RecordPaymentInput,
} from '../../contract/paymentSchemas';
import { branchCondition, branchScope } from '../access/branchScope';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { instantOfBusinessDay } from '../money/businessDay';
import { ensureMethodAccount, moneyMethodNames } from '../money/distributorAccounts';
import { nextYearlyNumber } from '../storage/yearlyNumbers';
import { ensureMoneyAsset } from './retailerAccounts';
import type { RetailerActor, RetailerRegistry } from './retailerRegistry';

interface PaymentRow {
  id: string;
  receipt_number: string;
  retailer_code: string;
  retailer_name: string;
  method: PaymentMethod;
  amount_minor: number;
  asset_code: string;
  currency: string;
  scale: number;
  reference: string | null;
  received_at: number;
  recorded_at: number;
  recorded_by: string;
  note: string | null;
  entry_id: string;
}

export const paymentEntryIdOf = (paymentId: string) => `payment.${paymentId}`;

function refuse(reason: string, message: string): AppError {
  return new AppError('business_rule', message, { reason });
}

/**
 * Payments from retailers: each is one ledger entry (money in, receivable down) with a receipt
 * number, applied to the retailer's open allocations, oldest first unless the clerk says which.
 */
export class RetailerPayments {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly registry: RetailerRegistry,
    private readonly clock: () => number,
    private readonly currency: () => string,
  ) {}

  record(input: RecordPaymentInput, actor: RetailerActor): PaymentView {
    return this.sqlite
      .transaction((): PaymentView => {
        const existing = this.row(input.id);
        if (existing !== undefined) {
          const same =
            existing.retailer_code === input.retailerCode &&
            existing.method === input.method &&
            existing.amount_minor === input.amountMinor &&
            existing.reference === (input.reference ?? null);
          if (!same) {
            throw refuse(
              'id_reused',
              `Payment ${input.id} was already recorded with different content; a new payment needs a new id.`,
            );
          }
          return this.require(input.id);
        }
        const retailer = this.registry.require(input.retailerCode);
        if (retailer.status === 'closed') {
          throw refuse(
            'retailer_closed',
            `${retailer.name} (${retailer.code}) is closed; it takes no payments.`,
          );
        }
        const now = this.clock();
        const receivedAt = instantOfBusinessDay(input.receivedOn, now, 'receivedOn');
        const currency = this.currency();
        const assetCode = ensureMoneyAsset(this.ledger, currency);
        const applications = this.applicationsOf(retailer.operator_party_id, input);
        const receiptNumber = this.nextReceiptNumber(now);
        const entryId = paymentEntryIdOf(input.id);
        this.ledger.writer.record({
          id: entryId,
          kind: 'posting',
          code: 'payment',
          effectiveAt: receivedAt,
          description: `${moneyMethodNames[input.method]} payment from ${retailer.name}${input.reference ? ` (${input.reference})` : ''}`,
          transfers: [
            {
              debitAccountId: ensureMethodAccount(this.ledger, input.method, currency),
              creditAccountId: retailer.receivable_account_id,
              amountMinor: input.amountMinor,
              code: 'payment',
              reference: { kind: 'payment', id: receiptNumber },
            },
          ],
        });
        this.sqlite
          .prepare(
            `INSERT INTO retailer_payments (id, receipt_number, retailer_code, method, amount_minor, asset_code,
               reference, received_at, recorded_at, recorded_by, note, entry_id)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.id,
            receiptNumber,
            retailer.code,
            input.method,
            input.amountMinor,
            assetCode,
            input.reference ?? null,
            receivedAt,
            now,
            actor.displayName,
            input.note ?? null,
            entryId,
          );
        const apply = this.sqlite.prepare(
          'INSERT INTO payment_applications (payment_id, action_id, amount_minor) VALUES (?, ?, ?)',
        );
        for (const application of applications)
          apply.run(input.id, application.actionId, application.amountMinor);
        return this.require(input.id);
      })
      .immediate();
  }

  /** The clerk's choice, checked; or the open allocations oldest first until the money runs out. */
  private applicationsOf(
    partyId: string,
    input: RecordPaymentInput,
  ): Array<{ actionId: string; amountMinor: number }> {
    const open = this.openAllocationsOfParty(partyId);
    if (input.applyTo === undefined) {
      let leftMinor = input.amountMinor;
      const applications: Array<{ actionId: string; amountMinor: number }> = [];
      for (const allocation of open) {
        if (leftMinor === 0) break;
        const amountMinor = Math.min(leftMinor, allocation.outstandingMinor);
        applications.push({ actionId: allocation.actionId, amountMinor });
        leftMinor -= amountMinor;
      }
      return applications;
    }
    const total = input.applyTo.reduce((sum, application) => sum + application.amountMinor, 0);
    if (total > input.amountMinor) {
      throw new AppError('bad_input', `applyTo settles ${total}, more than the ${input.amountMinor} paid.`, {
        issues: [{ path: 'applyTo', message: 'adds up to more than the payment' }],
      });
    }
    input.applyTo.forEach((application, index) => {
      const allocation = open.find((candidate) => candidate.actionId === application.actionId);
      if (allocation === undefined) {
        throw new AppError(
          'bad_input',
          `applyTo.${index} names no open allocation of this retailer (${application.actionId}).`,
          {
            issues: [
              { path: `applyTo.${index}.actionId`, message: 'names no open allocation of this retailer' },
            ],
          },
        );
      }
      if (application.amountMinor > allocation.outstandingMinor) {
        throw new AppError(
          'bad_input',
          `applyTo.${index} settles ${application.amountMinor}, but only ${allocation.outstandingMinor} of that allocation is unpaid.`,
          { issues: [{ path: `applyTo.${index}.amountMinor`, message: 'is more than is unpaid' }] },
        );
      }
    });
    return input.applyTo;
  }

  /** Confirmed allocations charged to the retailer and not fully paid, oldest first. */
  openAllocations(retailerCode: string): OpenAllocation[] {
    const retailer = this.registry.require(retailerCode);
    return this.openAllocationsOfParty(retailer.operator_party_id);
  }

  private openAllocationsOfParty(partyId: string): OpenAllocation[] {
    const rows = this.sqlite
      .prepare(
        `SELECT a.id, a.final_at,
           t.amount_minor - coalesce((SELECT sum(rt.amount_minor) FROM operator_actions v
               JOIN ledger_entries re ON re.id = v.resolution_entry_id
               JOIN ledger_transfers rt ON rt.entry_seq = re.seq AND rt.code = 'allocation_refund'
             WHERE v.kind = 'allocation_reversal' AND v.reverses_action_id = a.id AND v.state = 'confirmed'), 0)
             AS charged,
           coalesce((SELECT sum(p.amount_minor) FROM payment_applications p WHERE p.action_id = a.id), 0) AS paid
         FROM operator_actions a
         JOIN ledger_entries e ON e.id = a.resolution_entry_id
         JOIN ledger_transfers t ON t.entry_seq = e.seq AND t.code = 'allocation_charge'
         WHERE a.party_id = ? AND a.kind = 'allocation' AND a.state = 'confirmed'
         ORDER BY a.final_at, a.id`,
      )
      .all(partyId) as Array<{ id: string; final_at: number | null; charged: number; paid: number }>;
    return rows
      .filter((row) => row.paid < row.charged)
      .map((row) => ({
        actionId: row.id,
        confirmedAt: row.final_at === null ? null : new Date(row.final_at).toISOString(),
        chargedMinor: row.charged,
        paidMinor: row.paid,
        outstandingMinor: row.charged - row.paid,
      }));
  }

  private nextReceiptNumber(nowMs: number): string {
    return nextYearlyNumber(
      this.sqlite,
      { table: 'retailer_payments', column: 'receipt_number', prefix: 'RC' },
      nowMs,
    );
  }

  private row(id: string): PaymentRow | undefined {
    return this.sqlite
      .prepare(
        `SELECT p.*, r.name AS retailer_name, a.currency, a.scale FROM retailer_payments p
         JOIN retailers r ON r.code = p.retailer_code
         JOIN ledger_assets a ON a.code = p.asset_code
         WHERE p.id = ?`,
      )
      .get(id) as PaymentRow | undefined;
  }

  private viewOf(row: PaymentRow) {
    return {
      id: row.id,
      receiptNumber: row.receipt_number,
      retailerCode: row.retailer_code,
      retailerName: row.retailer_name,
      method: row.method,
      amountMinor: row.amount_minor,
      assetCode: row.asset_code,
      currency: row.currency,
      scale: row.scale,
      reference: row.reference,
      note: row.note,
      receivedAt: new Date(row.received_at).toISOString(),
      recordedAt: new Date(row.recorded_at).toISOString(),
      recordedBy: row.recorded_by,
      entryId: row.entry_id,
    };
  }

  /** A payment as its receipt shows it: what it settled and what the retailer owed around it. */
  require(id: string): PaymentView {
    const row = this.row(id);
    if (row === undefined) {
      throw new AppError('not_found', `No payment has the id ${id}.`, { reason: 'unknown_payment' });
    }
    const applications = this.sqlite
      .prepare(
        'SELECT action_id AS actionId, amount_minor AS amountMinor FROM payment_applications WHERE payment_id = ? ORDER BY rowid',
      )
      .all(id) as Array<{ actionId: string; amountMinor: number }>;
    // The receivable's running totals the ledger stored with the payment: exact, whatever came after.
    const after = this.sqlite
      .prepare(
        `SELECT t.credit_account_debits_posted_after AS debits, t.credit_account_credits_posted_after AS credits
         FROM ledger_transfers t JOIN ledger_entries e ON e.seq = t.entry_seq WHERE e.id = ? LIMIT 1`,
      )
      .get(row.entry_id) as { debits: number; credits: number } | undefined;
    const balanceAfterMinor = after === undefined ? 0 : after.debits - after.credits;
    return {
      ...this.viewOf(row),
      applications,
      balanceBeforeMinor: balanceAfterMinor + row.amount_minor,
      balanceAfterMinor,
    };
  }

  list(input: {
    retailerCode?: string | undefined;
    within?: string | undefined;
    offset: number;
    limit: number;
  }): PaymentPage {
    const conditions: string[] = [];
    const parameters: string[] = [];
    if (input.retailerCode !== undefined) {
      conditions.push('p.retailer_code = ?');
      parameters.push(input.retailerCode);
    }
    if (input.within !== undefined) {
      const condition = branchCondition(branchScope(this.sqlite, input.within), 'b');
      conditions.push(`p.retailer_code IN (SELECT b.code FROM retailers b WHERE ${condition.sql})`);
      parameters.push(...condition.parameters);
    }
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const total = this.sqlite
      .prepare(`SELECT count(*) FROM retailer_payments p ${where}`)
      .pluck()
      .get(...parameters) as number;
    const rows = this.sqlite
      .prepare(
        `SELECT p.*, r.name AS retailer_name, a.currency, a.scale FROM retailer_payments p
         JOIN retailers r ON r.code = p.retailer_code
         JOIN ledger_assets a ON a.code = p.asset_code
         ${where} ORDER BY p.received_at DESC, p.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...parameters, input.limit, input.offset) as PaymentRow[];
    return { rows: rows.map((row) => this.viewOf(row)), total, offset: input.offset };
  }
}
