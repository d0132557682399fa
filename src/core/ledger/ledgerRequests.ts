import type { AccountType } from '../../contract/ledgerSchemas';

/** Limits on what one request may carry (TigerBeetle style: everything has a bound). */
export const transfersPerEntryMax = 64;
export const pendingTimeoutMsMax = 90 * 24 * 3600 * 1000;
export const codeLengthMax = 64;
export const descriptionLengthMax = 500;

export interface AssetRequest {
  code: string;
  kind: 'money' | 'airtime';
  currency: string;
  scale: number;
  name: string;
  operatorId?: string;
}

export interface AccountRequest {
  id: string;
  code: string;
  name: string;
  assetCode: string;
  type: AccountType;
  ownerKind: 'distributor' | 'operator' | 'retailer';
  ownerId: string;
  debitsMustNotExceedCredits?: boolean;
  creditsMustNotExceedDebits?: boolean;
  /** Ceiling of the balance on the account's normal side, pending included (a credit limit). */
  balanceUpperBoundMinor?: number | null;
  /** When the account was opened, if not now (a wallet linked with its history). */
  createdAtMs?: number;
}

export interface TransferRequest {
  debitAccountId: string;
  creditAccountId: string;
  amountMinor: number;
  /** What kind of movement this is, e.g. `allocation`, `purchase_credit`, `sale`. */
  code: string;
  reference?: { kind: string; id: string };
  operatorReference?: string;
}

interface EntryBase {
  /** Client-generated, time-ordered (UUIDv7). The same id twice returns the first result. */
  id: string;
  description?: string;
}

export type EntryRequest =
  | (EntryBase & { kind: 'posting'; code: string; effectiveAt?: number; transfers: TransferRequest[] })
  | (EntryBase & {
      kind: 'pending';
      code: string;
      effectiveAt?: number;
      transfers: TransferRequest[];
      timeoutMs: number;
    })
  /** Posts a pending entry, in full or, with `amountsMinor` (one per transfer), for less. */
  | (EntryBase & { kind: 'post_pending'; pendingEntryId: string; amountsMinor?: number[] })
  | (EntryBase & { kind: 'void_pending'; pendingEntryId: string })
  /** Reverses a posted entry: every transfer mirrored. `description` says why. */
  | (EntryBase & { kind: 'reversal'; reversesEntryId: string; effectiveAt?: number });

export interface RecordedEntry {
  id: string;
  seq: number;
  /** True when this id was already recorded with the same content: nothing new was written. */
  replayed: boolean;
}
