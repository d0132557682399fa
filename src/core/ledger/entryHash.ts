import { hash } from 'node:crypto';

/** The previous hash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** One-shot hashing: on the write path, a Hash object per entry costs more than the digest. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/**
 * Stable JSON: object keys sorted, undefined dropped (as JSON.stringify drops them). Used to tell
 * a retried request from a different one under the same id. Written out by hand because it runs
 * once per entry on the write path.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) text += ',';
      const item: unknown = value[index];
      text += item === undefined ? 'null' : canonicalJson(item);
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${text}}`;
}

/** A string, number or null as JSON.stringify writes it (NaN and infinities as null). */
export function jsonScalar(value: string | number | null): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return 'null';
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
  return chainHash(previousHash, JSON.stringify(entryColumns), JSON.stringify(transfers));
}

/** The chain's hash over the JSON texts of an entry's columns and of its transfers' columns. */
export function chainHash(previousHash: string, entryJson: string, transfersJson: string): string {
  return sha256Hex(`${previousHash}\n${entryJson}\n${transfersJson}`);
}
