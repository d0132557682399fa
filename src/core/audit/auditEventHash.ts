import { sha256Hex } from '../ledger/entryHash';

/** The stored columns of an audit event, as its row has them. */
export interface AuditEventRecord {
  seq: number;
  id: string;
  at: number;
  actor_user_id: string;
  actor_name: string;
  actor_roles: string;
  transport: string;
  operation: string;
  outcome: 'ok' | 'refused' | 'interrupted';
  refusal_code: string | null;
  refusal_message: string | null;
  subject_kind: string | null;
  subject_id: string | null;
  summary: string;
  input_json: string;
  before_json: string | null;
  after_json: string | null;
}

export interface StoredAuditEvent extends AuditEventRecord {
  previous_hash: string;
  hash: string;
}

/**
 * hash = sha256(previous hash, every column in a fixed order, as stored). The JSON columns are
 * hashed as the text stored, so any edit of a row (or a removed or inserted one) breaks the chain
 * from that row on, as the ledger's entry hashes do.
 */
export function auditEventHash(previousHash: string, event: AuditEventRecord): string {
  const columns = [
    event.seq,
    event.id,
    event.at,
    event.actor_user_id,
    event.actor_name,
    event.actor_roles,
    event.transport,
    event.operation,
    event.outcome,
    event.refusal_code,
    event.refusal_message,
    event.subject_kind,
    event.subject_id,
    event.summary,
    event.input_json,
    event.before_json,
    event.after_json,
  ];
  return sha256Hex(`audit\n${previousHash}\n${JSON.stringify(columns)}`);
}
