import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import type { AuditOutcome, AuditSubject } from '../../contract/auditSchemas';
import { genesisHash } from '../ledger/entryHash';
import { type AuditEventRecord, auditEventHash, type StoredAuditEvent } from './auditEventHash';

export interface AuditActorRecord {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** A call that changes state, as it starts: who, through what, on what, with which input. */
export interface AuditCallStart {
  actor: AuditActorRecord;
  transport: string;
  operation: string;
  subject: AuditSubject | null;
  /** Redacted canonical JSON (see auditRedaction). */
  inputJson: string;
  beforeJson: string | null;
}

/** How it ended. */
export interface AuditCallEnd {
  /** The actor, when the call itself says who it was (signing in). */
  actor?: AuditActorRecord;
  outcome: AuditOutcome;
  refusal: { code: string; message: string } | null;
  subject: AuditSubject | null;
  summary: string;
  beforeJson: string | null;
  afterJson: string | null;
}

/**
 * Calls this process has noted as under way and not yet ended. A workspace reopened while one runs
 * (a rekey reopens it) must not take its note for the trace of a crash.
 */
const underWayHere = new Set<string>();

interface UnderWayRow {
  id: string;
  started_at: number;
  actor_user_id: string;
  actor_name: string;
  actor_roles: string;
  transport: string;
  operation: string;
  subject_kind: string | null;
  subject_id: string | null;
  input_json: string;
  before_json: string | null;
}

/**
 * The workspace's audit trail: appends events to the hash chain, one at a time, each in a
 * `BEGIN IMMEDIATE` transaction (a savepoint when the caller already holds one, so an event can be
 * written with the change it records). Nothing here updates or deletes an event: the database
 * refuses it anyway.
 */
export class AuditTrail {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  /** Notes a call as under way; `finish` replaces the note with its event. Returns the event's id. */
  start(call: AuditCallStart): string {
    const id = uuidv7();
    this.sqlite
      .prepare(
        `INSERT INTO audit_calls_under_way (id, started_at, actor_user_id, actor_name, actor_roles, transport,
           operation, subject_kind, subject_id, input_json, before_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        this.clock(),
        call.actor.userId,
        call.actor.displayName,
        call.actor.roles.join(','),
        call.transport,
        call.operation,
        call.subject?.kind ?? null,
        call.subject?.id ?? null,
        call.inputJson,
        call.beforeJson,
      );
    underWayHere.add(id);
    return id;
  }

  /** Appends the event of a call noted by `start` and drops the note, in one transaction. */
  finish(id: string, call: AuditCallStart, end: AuditCallEnd): StoredAuditEvent {
    return this.sqlite
      .transaction(() => {
        const event = this.append(id, { ...call, ...end, actor: end.actor ?? call.actor });
        this.forget(id);
        return event;
      })
      .immediate();
  }

  /** Drops the note of a call that ends with nothing to record (bad input, an unexpected error). */
  forget(id: string): void {
    this.sqlite.prepare('DELETE FROM audit_calls_under_way WHERE id = ?').run(id);
    underWayHere.delete(id);
  }

  /**
   * Gives up the note of a call whose workspace is no longer open here: it stays in that file, and
   * becomes an `interrupted` event when the file is next opened.
   */
  abandon(id: string): void {
    underWayHere.delete(id);
  }

  /** Appends one event that had no `start` (a refusal before the call ran, a workspace's first event). */
  record(call: AuditCallStart, end: AuditCallEnd): StoredAuditEvent {
    return this.append(uuidv7(), { ...call, ...end, actor: end.actor ?? call.actor });
  }

  private append(
    id: string,
    event: Omit<AuditCallStart, 'beforeJson'> & AuditCallEnd & { actor: AuditActorRecord },
  ): StoredAuditEvent {
    return this.sqlite
      .transaction((): StoredAuditEvent => {
        const last = this.sqlite
          .prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')
          .get() as { seq: number; hash: string } | undefined;
        const record: AuditEventRecord = {
          seq: (last?.seq ?? 0) + 1,
          id,
          at: this.clock(),
          actor_user_id: event.actor.userId,
          actor_name: event.actor.displayName,
          actor_roles: event.actor.roles.join(','),
          transport: event.transport,
          operation: event.operation,
          outcome: event.outcome,
          refusal_code: event.refusal?.code ?? null,
          refusal_message: event.refusal?.message ?? null,
          subject_kind: event.subject?.kind ?? null,
          subject_id: event.subject?.id ?? null,
          summary: event.summary,
          input_json: event.inputJson,
          before_json: event.beforeJson,
          after_json: event.afterJson,
        };
        const previousHash = last?.hash ?? genesisHash;
        const stored: StoredAuditEvent = {
          ...record,
          previous_hash: previousHash,
          hash: auditEventHash(previousHash, record),
        };
        this.sqlite
          .prepare(
            `INSERT INTO audit_events (seq, id, at, actor_user_id, actor_name, actor_roles, transport, operation,
               outcome, refusal_code, refusal_message, subject_kind, subject_id, summary, input_json, before_json,
               after_json, previous_hash, hash)
             VALUES (@seq, @id, @at, @actor_user_id, @actor_name, @actor_roles, @transport, @operation, @outcome,
               @refusal_code, @refusal_message, @subject_kind, @subject_id, @summary, @input_json, @before_json,
               @after_json, @previous_hash, @hash)`,
          )
          .run(stored);
        return stored;
      })
      .immediate();
  }

  /**
   * Calls noted as under way that never finished: the app stopped between the change and its
   * record. Each becomes an `interrupted` event (with what its subject looks like now), so the gap
   * shows in the trail instead of vanishing. Run when a workspace opens. Returns how many.
   */
  recordInterrupted(readNow: (subject: AuditSubject) => string | null): number {
    const rows = (
      this.sqlite
        .prepare('SELECT * FROM audit_calls_under_way ORDER BY started_at, id')
        .all() as UnderWayRow[]
    ).filter((row) => !underWayHere.has(row.id));
    for (const row of rows) {
      const subject =
        row.subject_kind === null || row.subject_id === null
          ? null
          : { kind: row.subject_kind, id: row.subject_id };
      const call: AuditCallStart = {
        actor: {
          userId: row.actor_user_id,
          displayName: row.actor_name,
          roles: row.actor_roles === '' ? [] : row.actor_roles.split(','),
        },
        transport: row.transport,
        operation: row.operation,
        subject,
        inputJson: row.input_json,
        beforeJson: row.before_json,
      };
      this.finish(row.id, call, {
        outcome: 'interrupted',
        refusal: null,
        subject,
        summary: `${row.operation} started at ${new Date(row.started_at).toISOString()} but the app stopped before it finished: whether it changed anything is not known${subject === null ? '' : `; ${subject.kind} ${subject.id} is shown as it is now`}.`,
        beforeJson: row.before_json,
        afterJson: subject === null ? null : readNow(subject),
      });
    }
    return rows.length;
  }

  /** Calls noted as under way since before `startedBeforeMs`: verify reports them. */
  staleCallsUnderWay(startedBeforeMs: number): Array<{ id: string; operation: string; startedAt: number }> {
    return this.sqlite
      .prepare(
        'SELECT id, operation, started_at AS startedAt FROM audit_calls_under_way WHERE started_at < ? ORDER BY started_at LIMIT 100',
      )
      .all(startedBeforeMs) as Array<{ id: string; operation: string; startedAt: number }>;
  }
}
