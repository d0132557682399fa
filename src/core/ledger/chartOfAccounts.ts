import type { AccountType } from '../../contract/ledgerSchemas';

export type NormalSide = 'debit' | 'credit';

/**
 * Which side raises each account type's balance. Assets (stock, receivables, money) grow with
 * debits; liabilities, income and the operator's issuance account grow with credits.
 */
export const normalSideByType: Record<AccountType, NormalSide> = {
  wholesale_stock: 'debit',
  retailer_stock: 'debit',
  operator_issuance: 'credit',
  retailer_receivable: 'debit',
  operator_payable: 'credit',
  bank: 'debit',
  cash: 'debit',
  mobile_money: 'debit',
  commission_expense: 'debit',
  commission_payable: 'credit',
  discount_income: 'credit',
  direct_sales: 'credit',
  airtime_sales: 'credit',
  airtime_purchases: 'debit',
  equity: 'credit',
  suspense: 'debit',
  clearing: 'debit',
};
