import type { ReconciliationReport } from '../../../contract/operatorSchemas';
import { formatMinor } from '../format/formatMinor';
import { type CsvField, csvDocument } from './csvText';
import { operatorAmountAsset } from './operatorAmountAsset';

const header = [
  'record',
  'operator_id',
  'bucket_id',
  'role',
  'party_id',
  'party_name',
  'account_id',
  'units',
  'ledger_posted_minor',
  'ledger_posted',
  'operator_total_minor',
  'operator_total',
  'difference_minor',
  'difference',
  'explained_minor',
  'unexplained_minor',
  'status',
  'pulled_at',
  'cause',
  'detail',
  'reference',
  'amount_minor',
  'amount',
];

/**
 * The report as an accountant's CSV: one `bucket` row per operator wallet, then one `difference`
 * row per explained line under it. Amounts twice: whole minor units to compute with, and written
 * in the operator's units to read, negatives in parentheses as accounts write them (a leading
 * minus would make a spreadsheet read the text as a formula).
 */
export function reconciliationCsv(report: ReconciliationReport): string {
  const asset = operatorAmountAsset(report);
  const written = (amountMinor: number | null): CsvField => {
    if (amountMinor === null) return null;
    const text = formatMinor(Math.abs(amountMinor), asset);
    return amountMinor < 0 ? `(${text})` : text;
  };
  const rows: CsvField[][] = [header];
  for (const bucket of report.buckets) {
    const common: CsvField[] = [
      report.operatorId,
      bucket.bucketId,
      bucket.role,
      bucket.partyId,
      bucket.partyName,
      bucket.accountId,
      report.units,
    ];
    rows.push([
      'bucket',
      ...common,
      bucket.ledgerPostedMinor,
      written(bucket.ledgerPostedMinor),
      bucket.operatorTotalMinor,
      written(bucket.operatorTotalMinor),
      bucket.differenceMinor,
      written(bucket.differenceMinor),
      bucket.explainedMinor,
      bucket.unexplainedMinor,
      bucket.status,
      bucket.pulledAt,
      null,
      null,
      null,
      null,
      null,
    ]);
    for (const line of bucket.lines) {
      rows.push([
        'difference',
        ...common,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        bucket.status,
        bucket.pulledAt,
        line.cause,
        line.detail,
        line.reference,
        line.amountMinor,
        written(line.amountMinor),
      ]);
    }
  }
  return csvDocument(rows);
}

/** "reconciliation-sandbox-2026-11-02T1000Z.csv": sorts by time, no characters a file system refuses. */
export function reconciliationFileName(report: ReconciliationReport): string {
  const stamp = report.generatedAt.slice(0, 16).replace(':', '');
  return `reconciliation-${report.operatorId}-${stamp}Z.csv`;
}
