import type Database from 'better-sqlite3';
import {
  CatalogueProduct,
  type OperatorTermsView,
  type SaveOperatorTermsInput,
  SubscriberNumbering,
} from '../../contract/purchaseSchemas';
import type { Ledger } from '../ledger/ledger';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { ensureMoneyAsset } from '../retailers/retailerAccounts';

export interface OperatorTerms {
  wholesaleDiscountBasisPoints: number;
  paymentTerms: 'prepaid' | 'credit';
  creditLimitMinor: number;
  dueDays: number;
  catalogue: CatalogueProduct[];
  numbering: SubscriberNumbering | null;
  saved: boolean;
}

/** A connection nobody has set terms for: prepaid, no discount, any amount. */
const defaultTerms: OperatorTerms = {
  wholesaleDiscountBasisPoints: 0,
  paymentTerms: 'prepaid',
  creditLimitMinor: 0,
  dueDays: 0,
  catalogue: [],
  numbering: null,
  saved: false,
};

export const operatorPayableAccountId = (operatorId: string) => `op:${operatorId}:payable`;
/** Where the wholesale discount an operator gives on each purchase is earned. */
export const operatorDiscountAccountId = (operatorId: string) => `op:${operatorId}:discount-income`;

/**
 * What the distributor owes an operator on credit terms, bounded by the credit limit: the ledger
 * refuses a purchase on credit beyond it in the same write that reserves the purchase.
 */
export function ensureOperatorPayable(
  ledger: Ledger,
  operator: { id: string; name: string },
  currency: string,
  creditLimitMinor: number,
): string {
  const id = operatorPayableAccountId(operator.id);
  const account = ledger.reader.account(id);
  if (account === undefined) {
    ledger.accounts.createAccount({
      id,
      code: `PAYABLE-${operator.id.toUpperCase()}`,
      name: `Owed to ${operator.name}`,
      assetCode: ensureMoneyAsset(ledger, currency),
      type: 'operator_payable',
      ownerKind: 'operator',
      ownerId: operator.id,
      balanceUpperBoundMinor: creditLimitMinor,
    });
  } else if (account.balanceUpperBoundMinor !== creditLimitMinor) {
    ledger.accounts.setBalanceUpperBound(id, creditLimitMinor);
  }
  return id;
}

/** Each operator's contract terms, kept per connection. */
export class OperatorTermsStore {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly clock: () => number,
    private readonly currency: () => string,
  ) {}

  terms(operatorId: string): OperatorTerms {
    const row = this.sqlite.prepare('SELECT * FROM operator_terms WHERE operator_id = ?').get(operatorId) as
      | {
          wholesale_discount_basis_points: number;
          payment_terms: 'prepaid' | 'credit';
          credit_limit_minor: number;
          due_days: number;
          catalogue_json: string;
          numbering_json: string | null;
        }
      | undefined;
    if (row === undefined) return defaultTerms;
    return {
      wholesaleDiscountBasisPoints: row.wholesale_discount_basis_points,
      paymentTerms: row.payment_terms,
      creditLimitMinor: row.credit_limit_minor,
      dueDays: row.due_days,
      catalogue: CatalogueProduct.array().parse(JSON.parse(row.catalogue_json)),
      numbering:
        row.numbering_json === null ? null : SubscriberNumbering.parse(JSON.parse(row.numbering_json)),
      saved: true,
    };
  }

  /** Saves the terms; moving to credit terms (or changing the limit) moves the payable's bound. */
  save(connection: OperatorConnection, input: SaveOperatorTermsInput): OperatorTermsView {
    return this.sqlite
      .transaction(() => {
        const creditLimitMinor = input.paymentTerms === 'credit' ? input.creditLimitMinor : 0;
        ensureOperatorPayable(this.ledger, connection, this.currency(), creditLimitMinor);
        this.sqlite
          .prepare(
            `INSERT INTO operator_terms (operator_id, wholesale_discount_basis_points, payment_terms, credit_limit_minor,
               due_days, catalogue_json, numbering_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (operator_id) DO UPDATE SET wholesale_discount_basis_points = excluded.wholesale_discount_basis_points,
               payment_terms = excluded.payment_terms, credit_limit_minor = excluded.credit_limit_minor,
               due_days = excluded.due_days, catalogue_json = excluded.catalogue_json,
               numbering_json = excluded.numbering_json, updated_at = excluded.updated_at`,
          )
          .run(
            connection.id,
            input.wholesaleDiscountBasisPoints,
            input.paymentTerms,
            creditLimitMinor,
            input.dueDays,
            JSON.stringify(input.catalogue),
            input.numbering === null ? null : JSON.stringify(input.numbering),
            this.clock(),
          );
        return this.view(connection);
      })
      .immediate();
  }

  view(connection: OperatorConnection): OperatorTermsView {
    const terms = this.terms(connection.id);
    const currency = this.currency();
    const moneyAsset = this.ledger.reader.asset(ensureMoneyAsset(this.ledger, currency));
    const payable = this.ledger.reader.account(operatorPayableAccountId(connection.id));
    const payableMinor = payable?.balances.balancePostedMinor ?? 0;
    const exposureMinor = payableMinor + (payable?.balances.creditsPendingMinor ?? 0);
    return {
      operatorId: connection.id,
      operatorName: connection.name,
      airtimeUnits: connection.units,
      airtimeScale: connection.scale,
      currency,
      moneyScale: moneyAsset?.scale ?? 0,
      wholesaleDiscountBasisPoints: terms.wholesaleDiscountBasisPoints,
      paymentTerms: terms.paymentTerms,
      creditLimitMinor: terms.creditLimitMinor,
      dueDays: terms.dueDays,
      catalogue: terms.catalogue,
      numbering: terms.numbering,
      payableMinor,
      availableCreditMinor: terms.paymentTerms === 'credit' ? terms.creditLimitMinor - exposureMinor : null,
      saved: terms.saved,
    };
  }
}
