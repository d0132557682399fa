import type { AccountType, AccountView, AssetView, TransferView } from '../../contract/ledgerSchemas';
import { balancesOf } from './accountState';
import { type AccountRow, type AssetRow, accountStateOf, type TransferRow } from './ledgerRows';

/** Rows to the contract's views: the one place the column names meet the API's. */
export function assetViewOf(row: AssetRow): AssetView {
  return {
    code: row.code,
    kind: row.kind,
    currency: row.currency,
    scale: row.scale,
    name: row.name,
    operatorId: row.operator_id,
  };
}

export function accountViewOf(row: AccountRow): AccountView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    assetCode: row.asset_code,
    type: row.type as AccountType,
    normalSide: row.normal_side,
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    debitsMustNotExceedCredits: row.debits_must_not_exceed_credits === 1,
    creditsMustNotExceedDebits: row.credits_must_not_exceed_debits === 1,
    balanceUpperBoundMinor: row.balance_upper_bound_minor,
    closed: row.closed === 1,
    balances: balancesOf(accountStateOf(row)),
  };
}

export function transferViewOf(row: TransferRow): TransferView {
  return {
    seq: row.seq,
    kind: row.kind,
    debitAccountId: row.debit_account_id,
    creditAccountId: row.credit_account_id,
    assetCode: row.asset_code,
    amountMinor: row.amount_minor,
    code: row.code,
    referenceKind: row.reference_kind,
    referenceId: row.reference_id,
    operatorReference: row.operator_reference,
  };
}

export const isoOf = (epochMs: number): string => new Date(epochMs).toISOString();
