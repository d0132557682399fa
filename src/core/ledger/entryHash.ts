import { createHash } from 'node:crypto';

/** The previous hash of the first entry. */
export const genesisHash = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Stable JSON: object keys sorted, undefined dropped. Used to compare a retried request. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(
      Object.entries(inner as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}

/** The columns of an entry row that the chain covers, in a fixed order. */
export interface HashedEntry {
  seq: number;
  id: string;
  kind: string;
  code: string;
  description: string | null;
  effectiveAt: number;
  recordedAt: number;
  pendingExpiresAt: number | null;
  resolvesEntryId: string | null;
  reversesEntryId: string | null;
  transferSeqFirst: number;
  transferCount: number;
  requestHash: string;
}

/** The columns of a transfer row that the chain covers, in a fixed order. */
export type HashedTransfer = readonly [
  seq: number,
  kind: string,
  debitAccountId: string,
  creditAccountId: string,
  assetCode: string,
  amountMinor: number,
  code: string,
  referenceKind: string | null,
  referenceId: string | null,
  operatorReference: string | null,
  recordedAt: number,
  effectiveAt: number,
  debitAccountDebitsPostedAfter: number,
  debitAccountCreditsPostedAfter: number,
  creditAccountDebitsPostedAfter: number,
  creditAccountCreditsPostedAfter: number,
];

/**
 * hash = sha256(previous hash, entry columns, its transfers' columns). Any edit of a stored row,
 * or a removed or inserted entry, breaks the chain from that entry on.
 */
export function entryHash(
  previousHash: string,
  entry: HashedEntry,
  transfers: readonly HashedTransfer[],
): string {
  const entryColumns = [
    entry.seq,
    entry.id,
    entry.kind,
    entry.code,
    entry.description,
    entry.effectiveAt,
    entry.recordedAt,
    entry.pendingExpiresAt,
    entry.resolvesEntryId,
    entry.reversesEntryId,
    entry.transferSeqFirst,
    entry.transferCount,
    entry.requestHash,
  ];
  return sha256Hex(`${previousHash}\n${JSON.stringify(entryColumns)}\n${JSON.stringify(transfers)}`);
}
