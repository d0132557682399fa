import type Database from 'better-sqlite3';
import { auditChanges, auditValueText } from '../../contract/auditChanges';
import { type AuditFilters, auditExportRowsMax } from '../../contract/auditSchemas';
import type { DocumentLanguage } from '../../contract/documentLanguage';
import type { ReportFile } from '../../contract/reportSchemas';
import type { ReportTable } from '../reports/reportTable';
import { codeWord } from '../reports/reportText';
import { tableCsv } from '../reports/tableExport';
import type { StoredAuditEvent } from './auditEventHash';
import { type AuditExportText, auditExportText } from './auditExportText';
import { auditWhere, parsedJson } from './auditQueries';

/** A changes cell longer than this is cut: the event itself (by its number) holds them all. */
const changesCellCharsMax = 2_000;

function changesText(
  row: Pick<StoredAuditEvent, 'before_json' | 'after_json' | 'outcome'>,
  text: AuditExportText,
): string {
  if (row.outcome === 'refused') return '';
  const changes = auditChanges(parsedJson(row.before_json), parsedJson(row.after_json))
    .map((change) => `${change.path}: ${auditValueText(change.before)} → ${auditValueText(change.after)}`)
    .join('; ');
  return changes.length <= changesCellCharsMax
    ? changes
    : `${changes.slice(0, changesCellCharsMax)}${text.cut}`;
}

/**
 * The events matching `filters` as CSV, newest first, one per row: who, when, through what, what,
 * the outcome and the fields each changed (before → after), with each event's hash so a copy can
 * be checked against the workspace. At most `auditExportRowsMax` rows.
 */
export function auditCsv(
  sqlite: Database.Database,
  filters: AuditFilters,
  nowMs: number,
  language?: DocumentLanguage,
): ReportFile {
  const text = auditExportText(language);
  const h = text.headers;
  const where = auditWhere(filters);
  const rows = sqlite
    .prepare(`SELECT * FROM audit_events ${where.sql} ORDER BY seq DESC LIMIT ?`)
    .iterate(...where.parameters, auditExportRowsMax) as IterableIterator<StoredAuditEvent>;
  const table: ReportTable = {
    title: text.title,
    columns: [
      h.event,
      h.time,
      h.user,
      h.userId,
      h.roles,
      h.transport,
      h.operation,
      h.outcome,
      h.summary,
      h.refusal,
      h.subject,
      h.changes,
      h.hash,
    ].map((header, index) => ({ header, kind: index === 0 ? ('count' as const) : ('text' as const) })),
    rows: [],
  };
  for (const row of rows) {
    table.rows.push([
      row.seq,
      new Date(row.at).toISOString(),
      row.actor_name,
      row.actor_user_id,
      row.actor_roles,
      row.transport,
      row.operation,
      codeWord(text.outcomes, row.outcome),
      row.summary,
      row.refusal_code === null ? null : `${row.refusal_code}: ${row.refusal_message ?? ''}`,
      row.subject_kind === null ? null : `${row.subject_kind} ${row.subject_id ?? ''}`,
      changesText(row, text),
      row.hash,
    ]);
  }
  const stamp = new Date(nowMs).toISOString().slice(0, 10);
  return {
    fileName: `airledger-audit-${stamp}.csv`,
    mediaType: 'text/csv',
    contentBase64: Buffer.from(tableCsv(table), 'utf8').toString('base64'),
    rows: table.rows.length,
  };
}
