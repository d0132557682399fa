import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit trail: one row per state-changing call (or refused attempt at one), appended by the
 * core, never changed (triggers refuse UPDATE and DELETE, migration 0030). `seq` orders the hash
 * chain; each row stores the previous row's hash and its own, so `verify` finds any edit made
 * behind the application's back. JSON columns hold canonical JSON (sorted keys), secrets redacted.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    /** When the call finished, in the workspace's clock (ms since the epoch). */
    at: integer('at').notNull(),
    actorUserId: text('actor_user_id').notNull(),
    actorName: text('actor_name').notNull(),
    /** Comma-separated roles the actor had at the time. */
    actorRoles: text('actor_roles').notNull(),
    transport: text('transport').notNull(),
    operation: text('operation').notNull(),
    outcome: text('outcome', { enum: ['ok', 'refused', 'interrupted'] }).notNull(),
    /** For a refusal: the error code (`business_rule`, `permission_denied`, ...) and its message. */
    refusalCode: text('refusal_code'),
    refusalMessage: text('refusal_message'),
    subjectKind: text('subject_kind'),
    subjectId: text('subject_id'),
    summary: text('summary').notNull(),
    inputJson: text('input_json').notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_events_at').on(table.at),
    index('audit_events_actor').on(table.actorUserId, table.seq),
    index('audit_events_operation').on(table.operation, table.seq),
    index('audit_events_subject').on(table.subjectKind, table.subjectId),
    check('audit_events_outcome', sql`${table.outcome} IN ('ok', 'refused', 'interrupted')`),
  ],
);

/**
 * Calls under way: a row written before a state-changing call runs (in the transaction that holds
 * its first writes) and deleted with its audit event. A row left behind means the app stopped
 * between the change and its record; the next open turns it into an `interrupted` event.
 */
export const auditCallsUnderWay = sqliteTable('audit_calls_under_way', {
  id: text('id').primaryKey(),
  startedAt: integer('started_at').notNull(),
  actorUserId: text('actor_user_id').notNull(),
  actorName: text('actor_name').notNull(),
  actorRoles: text('actor_roles').notNull(),
  transport: text('transport').notNull(),
  operation: text('operation').notNull(),
  subjectKind: text('subject_kind'),
  subjectId: text('subject_id'),
  inputJson: text('input_json').notNull(),
  beforeJson: text('before_json'),
});
