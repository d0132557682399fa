import type Database from 'better-sqlite3';
import type {
  AuditActors,
  AuditEventRow,
  AuditEventView,
  AuditFilters,
  AuditPage,
} from '../../contract/auditSchemas';
import type { Role, Transport } from '../../contract/permissions';
import { AppError } from '../appError';
import type { StoredAuditEvent } from './auditEventHash';

/** `2026-11-22` → local midnight of that day (plus `plusDays`), as the other lists take days. */
function localMidnightMs(isoDate: string, plusDays: number): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).getTime();
}

/** `text` for a `LIKE … ESCAPE '\\'` pattern, its own `%` and `_` taken literally. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The WHERE clause of a filtered audit query, and its parameters. */
export function auditWhere(filters: AuditFilters): { sql: string; parameters: Array<string | number> } {
  const where: string[] = [];
  const parameters: Array<string | number> = [];
  if (filters.fromDate !== undefined) {
    where.push('at >= ?');
    parameters.push(localMidnightMs(filters.fromDate, 0));
  }
  if (filters.toDate !== undefined) {
    where.push('at < ?');
    parameters.push(localMidnightMs(filters.toDate, 1));
  }
  if (filters.actorUserId !== undefined) {
    where.push('actor_user_id = ?');
    parameters.push(filters.actorUserId);
  }
  if (filters.operation !== undefined) {
    // `retailers` is the group, `retailers.update` the one operation (and a group of its own).
    const operation = filters.operation.replace(/\.$/, '');
    where.push("(operation = ? OR operation LIKE ? ESCAPE '\\')");
    parameters.push(operation, `${likeLiteral(operation)}.%`);
  }
  if (filters.outcome !== undefined) {
    where.push('outcome = ?');
    parameters.push(filters.outcome);
  }
  if (filters.transport !== undefined) {
    where.push('transport = ?');
    parameters.push(filters.transport);
  }
  if (filters.search !== undefined && filters.search !== '') {
    where.push("summary LIKE ? ESCAPE '\\'");
    parameters.push(`%${likeLiteral(filters.search)}%`);
  }
  return { sql: where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`, parameters };
}

const rowColumns = `seq, id, at, actor_user_id, actor_name, actor_roles, transport, operation, outcome,
  refusal_code, refusal_message, subject_kind, subject_id, summary`;

type ListedRow = Pick<
  StoredAuditEvent,
  | 'seq'
  | 'id'
  | 'at'
  | 'actor_user_id'
  | 'actor_name'
  | 'actor_roles'
  | 'transport'
  | 'operation'
  | 'outcome'
  | 'refusal_code'
  | 'refusal_message'
  | 'subject_kind'
  | 'subject_id'
  | 'summary'
>;

export function auditRowOf(row: ListedRow): AuditEventRow {
  return {
    seq: row.seq,
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: {
      userId: row.actor_user_id,
      displayName: row.actor_name,
      roles: (row.actor_roles === '' ? [] : row.actor_roles.split(',')) as Role[],
    },
    transport: row.transport as Transport,
    operation: row.operation,
    outcome: row.outcome,
    refusal:
      row.refusal_code === null ? null : { code: row.refusal_code, message: row.refusal_message ?? '' },
    subject:
      row.subject_kind === null || row.subject_id === null
        ? null
        : { kind: row.subject_kind, id: row.subject_id },
    summary: row.summary,
  };
}

/** Events matching `filters`, newest first, one page, with how many match in all. */
export function listAuditEvents(
  sqlite: Database.Database,
  input: { filters: AuditFilters; offset: number; limit: number },
): AuditPage {
  const where = auditWhere(input.filters);
  const total = sqlite
    .prepare(`SELECT count(*) FROM audit_events ${where.sql}`)
    .pluck()
    .get(...where.parameters) as number;
  const rows = sqlite
    .prepare(`SELECT ${rowColumns} FROM audit_events ${where.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...where.parameters, input.limit, input.offset) as ListedRow[];
  return { rows: rows.map(auditRowOf), total, offset: input.offset };
}

/** Stored JSON text back as a value (null stays null). */
export function parsedJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

/** One event in full, by its place in the chain. */
export function auditEvent(sqlite: Database.Database, seq: number): AuditEventView {
  const row = sqlite.prepare('SELECT * FROM audit_events WHERE seq = ?').get(seq) as
    | StoredAuditEvent
    | undefined;
  if (row === undefined) {
    throw new AppError('not_found', `Audit event #${seq} does not exist in this workspace.`, {
      reason: 'unknown_audit_event',
    });
  }
  return {
    ...auditRowOf(row),
    input: parsedJson(row.input_json),
    before: parsedJson(row.before_json),
    after: parsedJson(row.after_json),
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** Everyone in the trail, under the name of their latest event: who the "who" filter offers. */
export function auditActors(sqlite: Database.Database): AuditActors {
  return sqlite
    .prepare(
      `SELECT actor_user_id AS userId, actor_name AS displayName FROM audit_events
       WHERE seq IN (SELECT max(seq) FROM audit_events GROUP BY actor_user_id)
       ORDER BY displayName LIMIT 1000`,
    )
    .all() as AuditActors;
}
