import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import type { RetailerRegistry } from '../retailers/retailerRegistry';
import type { OperatorConnection } from './operatorConnectionStore';
import type { OperatorGateway } from './operatorGateway';
import { bookOpeningBalance, ensureRetailerStockAccount } from './operatorLedgerAccounts';
import { msisdnPattern } from './tmf654';

export interface RetailerWallet {
  partyId: string;
  name: string;
  bucketId: string;
  msisdn: string | null;
  accountId: string;
}

/**
 * Links a retailer's wallet at the operator to a stock account in the ledger (and onboards the
 * retailer when the workspace does not know it yet). The bucket is found
 * at the operator by the retailer's party id (or wallet MSISDN); offline, the caller may name it.
 */
export async function linkRetailerWallet(
  sqlite: Database.Database,
  ledger: Ledger,
  retailers: RetailerRegistry,
  connection: OperatorConnection,
  gateway: OperatorGateway,
  request: {
    partyId: string;
    name: string;
    msisdn?: string;
    bucketId?: string;
    /** When the link takes effect, if not now: sales after it are booked, earlier ones are in the opening balance. */
    linkedAtMs?: number;
  },
): Promise<RetailerWallet> {
  if (request.msisdn !== undefined && !msisdnPattern.test(request.msisdn)) {
    throw new AppError('bad_input', 'msisdn must be 8 to 15 digits (international format without +).', {
      issues: [{ path: 'msisdn', message: 'must be 8 to 15 digits' }],
    });
  }
  let bucketId = request.bucketId;
  let msisdn = request.msisdn ?? null;
  let openingMinor = 0;
  if (bucketId === undefined) {
    const answer = await gateway.buckets(
      request.msisdn === undefined ? { partyId: request.partyId } : { msisdn: request.msisdn },
    );
    if (answer.kind === 'unreachable' || answer.kind === 'unknown') {
      throw new AppError(
        'operator_unreachable',
        `Cannot look up the wallet of ${request.partyId}: ${answer.message}`,
      );
    }
    if (answer.kind === 'refused') {
      throw new AppError('business_rule', `The operator refused the wallet lookup: ${answer.message}`, {
        reason: 'operator_refused',
      });
    }
    const bucket = answer.value.find((candidate) =>
      (candidate.relatedParty ?? []).some((party) => party.id === request.partyId),
    );
    if (bucket === undefined) {
      throw new AppError(
        'business_rule',
        `The operator has no wallet for retailer ${request.partyId}${request.msisdn ? ` with MSISDN ${request.msisdn}` : ''}.`,
        { reason: 'wallet_not_found' },
      );
    }
    bucketId = bucket.id;
    msisdn = msisdn ?? bucket.logicalResource?.[0]?.id ?? null;
    const remaining = gateway.minorOf(bucket.remainingValue);
    const reserved = bucket.reservedValue === undefined ? 0 : gateway.minorOf(bucket.reservedValue);
    if (typeof remaining === 'string' || typeof reserved === 'string') {
      throw new AppError(
        'operator_unreachable',
        `The wallet of ${request.partyId} answered, but ${typeof remaining === 'string' ? remaining : reserved}.`,
      );
    }
    openingMinor = remaining + reserved;
  }
  const resolvedBucketId = bucketId;
  return sqlite
    .transaction((): RetailerWallet => {
      const existing = sqlite
        .prepare('SELECT bucket_id FROM operator_buckets WHERE operator_id = ? AND party_id = ?')
        .get(connection.id, request.partyId) as { bucket_id: string } | undefined;
      if (existing !== undefined && existing.bucket_id !== resolvedBucketId) {
        throw new AppError(
          'business_rule',
          `Retailer ${request.partyId} is already linked to wallet ${existing.bucket_id}.`,
          { reason: 'already_linked' },
        );
      }
      const accountId = ensureRetailerStockAccount(ledger, connection, request, request.linkedAtMs);
      retailers.ensureForWallet(
        { partyId: request.partyId, name: request.name, msisdn },
        { displayName: 'Operator wallet link' },
      );
      if (existing === undefined) {
        sqlite
          .prepare(
            `INSERT INTO operator_buckets (operator_id, bucket_id, role, party_id, party_name, msisdn, account_id)
             VALUES (?, ?, 'retailer', ?, ?, ?, ?)`,
          )
          .run(connection.id, resolvedBucketId, request.partyId, request.name, msisdn, accountId);
        bookOpeningBalance(ledger, connection.id, { bucketId: resolvedBucketId, accountId }, openingMinor);
      } else {
        sqlite
          .prepare(
            'UPDATE operator_buckets SET party_name = ?, msisdn = ? WHERE operator_id = ? AND bucket_id = ?',
          )
          .run(request.name, msisdn, connection.id, resolvedBucketId);
      }
      return { partyId: request.partyId, name: request.name, bucketId: resolvedBucketId, msisdn, accountId };
    })
    .immediate();
}
