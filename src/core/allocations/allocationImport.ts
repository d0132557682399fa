import type {
  AllocationImportApplyInput,
  AllocationImportInput,
  AllocationImportPreview,
  AllocationImportResult,
} from '../../contract/allocationSchemas';
import { AppError } from '../appError';
import { readTabularFile, type TabularFile } from '../imports/tabularFile';
import { parseDecimalAmount } from '../money/decimalAmount';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { operatorAccountIds } from '../operator/operatorLedgerAccounts';
import { faceValueInMoney, startOfLocalDayMs } from '../retailers/allocationTerms';
import type { RetailerRow } from '../retailers/retailerRows';
import type { Workspace } from '../workspace/workspace';

const fileBytesMax = 10 * 1024 * 1024;
const rowsMax = 5_000;
const codeColumns = ['retailer_code', 'reseller_code', 'code', 'retailer'];
const amountColumns = ['amount', 'montant'];
const noteColumns = ['note', 'comment'];

interface PlannedRow {
  rowNumber: number;
  retailerCode: string | null;
  retailerName: string | null;
  partyId: string | null;
  amountMinor: number | null;
  note: string | null;
  issues: Array<{ field: string; message: string }>;
}

function columnOf(table: TabularFile, candidates: string[]): string | undefined {
  return candidates.find((candidate) => table.columns.includes(candidate));
}

/**
 * Checks every row of a bulk allocation against what holds now and against the rows above it:
 * the retailer is active and linked at this operator, its daily limit and its credit (or prepaid
 * balance) cover this row plus its earlier rows, and the wholesale stock covers the file so far.
 */
function planRows(workspace: Workspace, connection: OperatorConnection, table: TabularFile): PlannedRow[] {
  const codeColumn = columnOf(table, codeColumns) as string;
  const amountColumn = columnOf(table, amountColumns) as string;
  const noteColumn = columnOf(table, noteColumns);
  const wholesale = workspace.ledger.reader.account(operatorAccountIds.wholesale(connection.id));
  let wholesaleLeftMinor = wholesale?.balances.balanceAvailableMinor ?? 0;
  const dailyUsed = new Map<string, number>();
  const receivableUsed = new Map<string, number>();
  const currency = workspace.baseCurrency();
  const moneyScale = workspace.ledger.reader.asset(`MONEY-${currency}`)?.scale ?? 0;
  const linked = workspace.sqlite.prepare(
    "SELECT 1 FROM operator_buckets WHERE operator_id = ? AND party_id = ? AND role = 'retailer'",
  );
  const todayMinor = workspace.sqlite
    .prepare(
      `SELECT coalesce(sum(amount_minor), 0) FROM operator_actions
       WHERE kind = 'allocation' AND party_id = ? AND created_at >= ? AND state NOT IN ('failed', 'cancelled')`,
    )
    .pluck();
  const dayStartMs = startOfLocalDayMs(workspace.clock());

  return table.rows.map((row): PlannedRow => {
    const issues: PlannedRow['issues'] = [];
    const code = (row.cells[codeColumn] ?? '').trim().toUpperCase();
    const note = noteColumn === undefined ? null : (row.cells[noteColumn] ?? '').trim() || null;
    const amount = parseDecimalAmount(row.cells[amountColumn] ?? '', connection.scale);
    let amountMinor: number | null = null;
    if (!amount.ok) issues.push({ field: amountColumn, message: amount.message });
    else if (amount.minor <= 0) issues.push({ field: amountColumn, message: 'must be more than zero' });
    else amountMinor = amount.minor;
    if (note !== null && note.length > 200)
      issues.push({ field: noteColumn ?? 'note', message: 'is longer than 200 characters' });

    let retailer: RetailerRow | undefined;
    if (code === '') issues.push({ field: codeColumn, message: 'is required' });
    else {
      retailer = workspace.retailers.row(code);
      if (retailer === undefined) issues.push({ field: codeColumn, message: `names no retailer (${code})` });
      else if (retailer.status !== 'active') {
        issues.push({
          field: codeColumn,
          message: `${retailer.name} is ${retailer.status}; only active retailers are allocated`,
        });
      } else if (linked.get(connection.id, retailer.operator_party_id) === undefined) {
        issues.push({
          field: codeColumn,
          message: `${retailer.name} has no wallet linked at ${connection.name}`,
        });
      }
    }
    if (retailer !== undefined && amountMinor !== null && issues.length === 0) {
      const party = retailer.operator_party_id;
      if (retailer.daily_allocation_limit_minor !== null) {
        const used = dailyUsed.get(party) ?? (todayMinor.get(party, dayStartMs) as number);
        if (used + amountMinor > retailer.daily_allocation_limit_minor) {
          issues.push({
            field: amountColumn,
            message: `takes ${retailer.name} over its daily limit of ${retailer.daily_allocation_limit_minor} (${used} already today or above)`,
          });
        } else dailyUsed.set(party, used + amountMinor);
      }
      const charge = faceValueInMoney(amountMinor, connection, { currency, scale: moneyScale });
      const receivable = workspace.ledger.reader.account(retailer.receivable_account_id);
      if (
        charge !== null &&
        receivable !== undefined &&
        receivable.balanceUpperBoundMinor !== null &&
        issues.length === 0
      ) {
        const exposure =
          receivableUsed.get(party) ??
          receivable.balances.balancePostedMinor + receivable.balances.debitsPendingMinor;
        if (exposure + charge > receivable.balanceUpperBoundMinor) {
          const room = Math.max(0, receivable.balanceUpperBoundMinor - exposure);
          issues.push({
            field: amountColumn,
            message:
              retailer.terms === 'prepaid'
                ? `is more than ${retailer.name} has paid for (${room} left, prepaid)`
                : `takes ${retailer.name} over its credit limit (${room} left)`,
          });
        } else receivableUsed.set(party, exposure + charge);
      }
      const hold = issues.length === 0 ? workspace.allocationDesk.holdFor(retailer, amountMinor) : undefined;
      if (hold !== undefined) {
        issues.push({
          field: amountColumn,
          message: `needs a second person's approval (${hold.explanation}); allocate it on its own`,
        });
      }
      if (issues.length === 0) {
        if (amountMinor > wholesaleLeftMinor) {
          issues.push({
            field: amountColumn,
            message: `is more than the wholesale stock left after the rows above (${wholesaleLeftMinor})`,
          });
        } else wholesaleLeftMinor -= amountMinor;
      }
    }
    return {
      rowNumber: row.rowNumber,
      retailerCode: code === '' ? null : code,
      retailerName: retailer?.name ?? null,
      partyId: retailer?.operator_party_id ?? null,
      amountMinor,
      note,
      issues,
    };
  });
}

async function readAllocationFile(
  input: AllocationImportInput,
): Promise<{ ok: true; table: TabularFile } | { ok: false; message: string }> {
  const read = await readTabularFile(input.fileName, Buffer.from(input.contentBase64, 'base64'), {
    bytesMax: fileBytesMax,
    rowsMax,
  });
  if (!read.ok) return read;
  if (columnOf(read.table, codeColumns) === undefined || columnOf(read.table, amountColumns) === undefined) {
    return { ok: false, message: 'The file needs a retailer_code column and an amount column.' };
  }
  if (read.table.rows.length === 0) return { ok: false, message: 'The file has a header but no rows.' };
  return read;
}

/** What a bulk allocation file would queue, row by row; nothing is written. */
export async function previewAllocationImport(
  workspace: Workspace,
  connection: OperatorConnection,
  input: AllocationImportInput,
): Promise<AllocationImportPreview> {
  const wholesale = workspace.ledger.reader.account(operatorAccountIds.wholesale(connection.id));
  const base = {
    fileName: input.fileName,
    wholesaleAvailableMinor: wholesale?.balances.balanceAvailableMinor ?? 0,
    airtimeAssetCode: connection.assetCode,
    airtimeScale: connection.scale,
  };
  const read = await readAllocationFile(input);
  if (!read.ok) {
    return {
      ...base,
      rows: [],
      rowCount: 0,
      validCount: 0,
      invalidCount: 0,
      totalAmountMinor: 0,
      fileError: read.message,
    };
  }
  const rows = planRows(workspace, connection, read.table);
  const valid = rows.filter((row) => row.issues.length === 0);
  return {
    ...base,
    rows: rows.map(({ partyId: _partyId, ...row }) => row),
    rowCount: rows.length,
    validCount: valid.length,
    invalidCount: rows.length - valid.length,
    totalAmountMinor: valid.reduce((sum, row) => sum + (row.amountMinor ?? 0), 0),
    fileError: null,
  };
}

/**
 * Queues every row of the file, in one transaction, or none: a row with a problem refuses the
 * whole file, each problem named by row and column. Action ids come from the batch id and the
 * row number, so applying the same batch again queues nothing twice.
 */
export async function applyAllocationImport(
  workspace: Workspace,
  connection: OperatorConnection,
  input: AllocationImportApplyInput,
  actor: { userId: string },
): Promise<AllocationImportResult> {
  const read = await readAllocationFile(input);
  if (!read.ok) throw new AppError('bad_input', read.message, { reason: 'unreadable_file' });
  return workspace.sqlite
    .transaction((): AllocationImportResult => {
      const rows = planRows(workspace, connection, read.table);
      const actionIdOf = (rowNumber: number) => `${input.batchId}-r${rowNumber}`;
      // A replayed batch: its actions exist already, so the checks would count them twice.
      const replayed = rows.every((row) => workspace.outbox.action(actionIdOf(row.rowNumber)) !== undefined);
      const invalid = replayed ? [] : rows.filter((row) => row.issues.length > 0);
      if (invalid.length > 0) {
        const issues = invalid.flatMap((row) =>
          row.issues.map((issue) => ({
            path: `row ${row.rowNumber} ${issue.field}`,
            message: issue.message,
          })),
        );
        throw new AppError(
          'bad_input',
          `Nothing was allocated: ${invalid.length} of ${rows.length} rows have problems. First: ${issues[0]?.path} ${issues[0]?.message}.`,
          { reason: 'invalid_rows', issues },
        );
      }
      const actionIds = rows.map((row) => {
        const action = workspace.outbox.enqueue({
          id: actionIdOf(row.rowNumber),
          operatorId: connection.id,
          kind: 'allocation',
          amountMinor: row.amountMinor as number,
          partyId: row.partyId as string,
          note: `${input.fileName} row ${row.rowNumber}${row.note === null ? '' : `: ${row.note}`}`.slice(
            0,
            200,
          ),
          requestedBy: actor.userId,
        });
        return action.id;
      });
      return {
        queued: actionIds.length,
        totalAmountMinor: rows.reduce((sum, row) => sum + (row.amountMinor ?? 0), 0),
        actionIds,
      };
    })
    .immediate();
}
