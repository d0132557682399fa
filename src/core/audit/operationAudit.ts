import { auditChanges } from '../../contract/auditChanges';
import type { AuditSubject } from '../../contract/auditSchemas';
import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type { CallContext } from '../access/callContext';
import type { Workspace } from '../workspace/workspace';
import type { AuditActorRecord } from './auditTrail';

/** A call that went through, as its summary line sees it. */
export interface AuditedCall<N extends OperationName> {
  input: ParsedInput<N>;
  output: OperationOutput<N>;
  workspace: Workspace;
  context: CallContext;
  /** The subject as read before and after the call (null: it did not exist). */
  before: unknown;
  after: unknown;
}

/**
 * How the trail records one operation. Every operation with `mutates: true` is recorded whether
 * or not it has one of these; this adds what it changed and a line a person reads.
 */
export interface OperationAudit<N extends OperationName> {
  /** What the call changes, named from its input before it runs (its view is read before and after). */
  subject?: (input: ParsedInput<N>, workspace: Workspace, context: CallContext) => AuditSubject | null;
  /** What the call created, named from its output (before: null; after: its view, else the output). */
  created?: (output: OperationOutput<N>) => AuditSubject | null;
  /** "Allocated 50,000 XOF to R-0001". */
  summary: (call: AuditedCall<N>) => string;
  /** The line of a refused attempt, before the reason: "Sign-in as awa". */
  attempt?: (input: ParsedInput<N>) => string;
  /** Who acted, when the output says it better than the call's context (signing in). */
  actor?: (output: OperationOutput<N>) => AuditActorRecord;
  /**
   * Runs outside the audit's transaction, noted before and recorded after (a call that needs the
   * connection to itself: one that closes or reopens the workspace, or copies its file).
   */
  outsideTransaction?: true;
  /** Not recorded this time (signing out without a session: nothing happened). */
  skip?: (context: CallContext) => boolean;
}

export type OperationAudits = { [N in OperationName]?: OperationAudit<N> };

/** Fields every view stamps on a change; naming them in a summary says nothing. */
const bookkeepingFields = new Set(['updatedAt']);

/**
 * The fields a change touched, as a summary names them: `creditLimitMinor 500000 → 750000, terms`.
 * Numbers and short words show their values; longer values only their name.
 */
export function changedFieldsText(before: unknown, after: unknown): string {
  const changes = auditChanges(before, after).filter(
    (change) => !bookkeepingFields.has(change.path.split('.')[0] ?? ''),
  );
  if (changes.length === 0) return 'nothing changed';
  const shown = changes.slice(0, 4).map((change) => {
    const short = (value: unknown) =>
      value === null ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      (typeof value === 'string' && value.length <= 24);
    return short(change.before) && short(change.after)
      ? `${change.path} ${String(change.before)} → ${String(change.after)}`
      : change.path;
  });
  return `${shown.join(', ')}${changes.length > 4 ? ` and ${changes.length - 4} more` : ''}`;
}
