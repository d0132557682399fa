import type { Ledger } from '../ledger/ledger';

/** The ledger accounts that mirror an operator's buckets, named from the operator and party ids. */
export const operatorAccountIds = {
  wholesale: (operatorId: string) => `op:${operatorId}:wholesale`,
  issuance: (operatorId: string) => `op:${operatorId}:issuance`,
  retailerStock: (operatorId: string, partyId: string) => `op:${operatorId}:stock:${partyId}`,
};

export function airtimeAssetCode(operatorId: string): string {
  return `AIRTIME-${operatorId.toUpperCase()}`.slice(0, 32);
}

/**
 * Creates (idempotently) the airtime asset of an operator and the two distributor-side accounts
 * every operator action touches: the wholesale stock (never below zero) and the operator's
 * issuance account, where airtime comes from on a purchase and goes back to on a sale.
 */
export function ensureOperatorAccounts(
  ledger: Ledger,
  operator: { id: string; name: string; units: string; scale: number },
): { assetCode: string; wholesaleAccountId: string; issuanceAccountId: string } {
  const assetCode = airtimeAssetCode(operator.id);
  ledger.accounts.createAsset({
    code: assetCode,
    kind: 'airtime',
    currency: operator.units,
    scale: operator.scale,
    name: `${operator.name} airtime`,
    operatorId: operator.id,
  });
  const wholesaleAccountId = operatorAccountIds.wholesale(operator.id);
  ledger.accounts.createAccount({
    id: wholesaleAccountId,
    code: `WHOLESALE-${operator.id.toUpperCase()}`,
    name: `Wholesale stock at ${operator.name}`,
    assetCode,
    type: 'wholesale_stock',
    ownerKind: 'distributor',
    ownerId: 'self',
    creditsMustNotExceedDebits: true,
  });
  const issuanceAccountId = operatorAccountIds.issuance(operator.id);
  ledger.accounts.createAccount({
    id: issuanceAccountId,
    code: `ISSUANCE-${operator.id.toUpperCase()}`,
    name: `${operator.name} airtime issuance`,
    assetCode,
    type: 'operator_issuance',
    ownerKind: 'operator',
    ownerId: operator.id,
  });
  return { assetCode, wholesaleAccountId, issuanceAccountId };
}

/** A retailer's stock account at an operator: it can never go below zero. */
export function ensureRetailerStockAccount(
  ledger: Ledger,
  operator: { id: string; assetCode: string },
  retailer: { partyId: string; name: string },
  openedAtMs?: number,
): string {
  const accountId = operatorAccountIds.retailerStock(operator.id, retailer.partyId);
  ledger.accounts.createAccount({
    id: accountId,
    code: `STOCK-${operator.id.toUpperCase()}-${retailer.partyId}`.slice(0, 64),
    name: `${retailer.name} stock`,
    assetCode: operator.assetCode,
    type: 'retailer_stock',
    ownerKind: 'retailer',
    ownerId: retailer.partyId,
    creditsMustNotExceedDebits: true,
    ...(openedAtMs === undefined ? {} : { createdAtMs: openedAtMs }),
  });
  return accountId;
}

/**
 * What a wallet already held at the operator when it was linked, booked once as an opening balance
 * (from the operator's issuance account), so the ledger and the operator agree from the first day.
 */
export function bookOpeningBalance(
  ledger: Ledger,
  operatorId: string,
  link: { bucketId: string; accountId: string },
  balanceMinor: number,
): string | null {
  if (balanceMinor <= 0) return null;
  const id = `opening.${operatorId}.${link.bucketId}`.slice(0, 64);
  ledger.writer.record({
    id,
    kind: 'posting',
    code: 'opening_balance',
    description: `Opening balance of ${link.bucketId} as the operator reported it when linked`,
    transfers: [
      {
        debitAccountId: link.accountId,
        creditAccountId: operatorAccountIds.issuance(operatorId),
        amountMinor: balanceMinor,
        code: 'opening_balance',
        operatorReference: link.bucketId,
      },
    ],
  });
  return id;
}
