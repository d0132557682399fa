import type Database from 'better-sqlite3';
import type { SubscriberNumbering } from '../../contract/purchaseSchemas';
import { AppError } from '../appError';

/** The same line and amount again within this window is probably a double entry. */
export const duplicateWindowMs = 5 * 60 * 1000;

/** Why `msisdn` is not one of the operator's lines, or undefined when it is. */
export function numberingProblem(msisdn: string, numbering: SubscriberNumbering): string | undefined {
  const expected = `${numbering.countryCode} followed by ${numbering.subscriberDigits} digits${
    numbering.prefixes.length === 0 ? '' : ` starting ${numbering.prefixes.join(', ')}`
  }`;
  if (!msisdn.startsWith(numbering.countryCode))
    return `does not start with the country code (expected ${expected})`;
  const national = msisdn.slice(numbering.countryCode.length);
  if (national.length !== numbering.subscriberDigits) {
    return `has ${national.length} digits after the country code (expected ${expected})`;
  }
  if (numbering.prefixes.length > 0 && !numbering.prefixes.some((prefix) => national.startsWith(prefix))) {
    return `is not one of this operator's prefixes (expected ${expected})`;
  }
  return undefined;
}

/**
 * The clerk's direct top-up checks: the line belongs to the operator's numbering, and the same line
 * and amount were not topped up a few minutes ago (unless the clerk confirms it is meant).
 */
export function checkDirectTopup(
  sqlite: Database.Database,
  request: {
    id: string;
    operatorName: string;
    msisdn: string;
    amountMinor: number;
    numbering: SubscriberNumbering | null;
    confirmDuplicate: boolean;
    nowMs: number;
  },
): void {
  if (request.numbering !== null) {
    const problem = numberingProblem(request.msisdn, request.numbering);
    if (problem !== undefined) {
      throw new AppError(
        'bad_input',
        `msisdn ${request.msisdn} ${problem}: it is not a ${request.operatorName} line.`,
        {
          reason: 'not_operator_number',
          issues: [{ path: 'msisdn', message: problem }],
        },
      );
    }
  }
  if (request.confirmDuplicate) return;
  const previous = sqlite
    .prepare(
      `SELECT created_at FROM operator_actions
       WHERE kind = 'direct_topup' AND msisdn = ? AND amount_minor = ? AND created_at >= ? AND id <> ?
         AND state NOT IN ('failed', 'cancelled')
       ORDER BY created_at DESC LIMIT 1`,
    )
    .pluck()
    .get(request.msisdn, request.amountMinor, request.nowMs - duplicateWindowMs, request.id) as
    | number
    | undefined;
  if (previous !== undefined) {
    const minutes = Math.max(1, Math.round((request.nowMs - previous) / 60_000));
    throw new AppError(
      'business_rule',
      `${request.msisdn} was topped up with the same amount ${minutes} minute(s) ago. If this second top-up is meant, confirm it.`,
      { reason: 'possible_duplicate' },
    );
  }
}
