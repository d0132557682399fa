import type { AuditSubject } from '../../contract/auditSchemas';
import { type OperationName, operations } from '../../contract/operations';
import type { CallContext } from '../access/callContext';
import type { CoreState } from '../app/operationHandlers';
import { AppError } from '../appError';
import type { Workspace } from '../workspace/workspace';
import { auditJsonText } from './auditRedaction';
import { readAuditSubject } from './auditSubjects';
import type { AuditActorRecord, AuditCallEnd, AuditCallStart } from './auditTrail';
import { operationAudits } from './operationAudits';

/** An operation's audit with its types erased: this module handles every operation alike. */
interface LooseAudit {
  outsideTransaction?: true;
  subject?: (input: unknown, workspace: Workspace, context: CallContext) => AuditSubject | null;
  created?: (output: unknown) => AuditSubject | null;
  summary: (call: {
    input: unknown;
    output: unknown;
    workspace: Workspace;
    context: CallContext;
    before: unknown;
    after: unknown;
  }) => string;
  attempt?: (input: unknown) => string;
  actor?: (output: unknown) => AuditActorRecord;
  skip?: (context: CallContext) => boolean;
}

interface AuditedCallParts {
  name: OperationName;
  input: unknown;
  context: CallContext;
  audit: LooseAudit;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Errors of calls whose record is settled already (recorded, or rightly not): never recorded twice. */
const settledErrors = new WeakSet<object>();

/**
 * Refusals an auditor wants to see: a rule of the business (maker-checker, a limit) and failed
 * sign-ins (or password checks). A call the caller's role or branch does not allow changes nothing,
 * the audit trail included (the permission matrix holds it to that); bad input and not-found
 * answers are not attempts at anything either.
 */
function recordedRefusal(name: OperationName, error: unknown): AppError | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.code === 'business_rule') return error;
  if (error.code === 'unauthenticated' && name.startsWith('auth.')) return error;
  return undefined;
}

function partsOf(name: OperationName, input: unknown, context: CallContext): AuditedCallParts {
  const described = operationAudits[name] as LooseAudit | undefined;
  return { name, input, context, audit: described ?? { summary: () => operations[name].summary } };
}

/** Runs `work`; if it throws (a bug in a summary or a reader), the trail still gets `fallback`. */
function orFallback<T>(work: () => T, fallback: (message: string) => T): T {
  try {
    return work();
  } catch (error) {
    return fallback(error instanceof Error ? error.message : String(error));
  }
}

/** Who, through what, on what, with which input (redacted), and (`withBefore`) the subject as it was. */
function callStart(workspace: Workspace, parts: AuditedCallParts, withBefore = true): AuditCallStart {
  const { name, input, context, audit } = parts;
  const subject = orFallback(
    () => audit.subject?.(input, workspace, context) ?? null,
    () => null,
  );
  return {
    actor: context.actor,
    transport: context.transport,
    operation: name,
    subject,
    inputJson: auditJsonText(input) ?? '{}',
    beforeJson: subject === null || !withBefore ? null : auditJsonText(readAuditSubject(workspace, subject)),
  };
}

/** The event of a call that went through: what it changed, before and after, in one line. */
function doneEnd(
  workspace: Workspace,
  parts: AuditedCallParts,
  call: AuditCallStart,
  output: unknown,
): AuditCallEnd {
  const { name, input, context, audit } = parts;
  const subject =
    call.subject ??
    orFallback(
      () => audit.created?.(output) ?? null,
      () => null,
    );
  const after = subject === null ? null : readAuditSubject(workspace, subject);
  const before = call.beforeJson === null ? null : (JSON.parse(call.beforeJson) as unknown);
  const actor = audit.actor?.(output);
  return {
    ...(actor === undefined ? {} : { actor }),
    outcome: 'ok',
    refusal: null,
    subject,
    summary: orFallback(
      () => audit.summary({ input, output, workspace, context, before, after }),
      (message) => `${operations[name].summary} (its summary line failed: ${message})`,
    ),
    beforeJson: call.beforeJson,
    afterJson: auditJsonText(after ?? output),
  };
}

function refusedEnd(parts: AuditedCallParts, call: AuditCallStart, refusal: AppError): AuditCallEnd {
  const attempt = orFallback(
    () =>
      parts.audit.attempt?.(parts.input) ??
      `${call.operation}${call.subject === null ? '' : ` on ${call.subject.kind} ${call.subject.id}`}`,
    () => call.operation,
  );
  return {
    outcome: 'refused',
    refusal: { code: refusal.code, message: refusal.message },
    subject: call.subject,
    summary: `${attempt} refused: ${refusal.message}`,
    beforeJson: null,
    afterJson: null,
  };
}

/** Ends the record of a call noted as under way (`id`): its event, a refusal, or nothing. */
function settle(
  workspace: Workspace,
  parts: AuditedCallParts,
  id: string,
  call: AuditCallStart,
  settled: Settled,
) {
  if (settled.ok) {
    workspace.audit.finish(id, call, doneEnd(workspace, parts, call, settled.value));
    return;
  }
  if (typeof settled.error === 'object' && settled.error !== null) settledErrors.add(settled.error);
  const refusal = recordedRefusal(parts.name, settled.error);
  if (refusal === undefined) workspace.audit.forget(id);
  else workspace.audit.finish(id, call, refusedEnd(parts, call, refusal));
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Runs the handler of `name` (`run`) with the audit trail around it. Reading calls just run. For a
 * call that changes state, in one `BEGIN IMMEDIATE` transaction: the subject is read as it was, the
 * call is noted as under way, and the handler runs; a synchronous handler's change and its event
 * then commit together. An asynchronous handler (password hashing, the operator's API) commits its
 * own transactions as it goes, so its event is appended right after it ends, in a transaction of
 * its own; the note written first means a crash in between leaves an `interrupted` event at the
 * next open, never nothing. An operation this module does not describe (a newer one) runs outside
 * that transaction (it may need the connection to itself), noted before and recorded after.
 */
export async function runAudited(
  state: CoreState,
  name: OperationName,
  input: unknown,
  context: CallContext,
  run: () => unknown,
): Promise<unknown> {
  if (!operations[name].mutates) return run();
  const parts = partsOf(name, input, context);
  if (parts.audit.skip?.(context) === true) return run();
  const workspace = state.workspace;
  if (workspace === null || name === 'workspace.create') return recordInWorkspaceAfter(state, parts, run);
  if (name === 'workspace.close') {
    // Recorded first: once it has run there is no open workspace to record it in.
    const call = callStart(workspace, parts);
    workspace.audit.record(call, doneEnd(workspace, parts, call, { closed: true }));
    return run();
  }
  let call: AuditCallStart | undefined;
  let id = '';
  let settled: Settled | undefined;
  let pending: PromiseLike<unknown> | undefined;
  const begin = () => {
    call = callStart(workspace, parts);
    id = workspace.audit.start(call);
  };
  const runAndSettle = () => {
    try {
      const result = run();
      if (isThenable(result)) pending = result;
      else settled = { ok: true, value: result };
    } catch (error) {
      settled = { ok: false, error };
    }
    if (settled !== undefined && call !== undefined) settle(workspace, parts, id, call, settled);
  };
  if (Object.hasOwn(operationAudits, name) && parts.audit.outsideTransaction !== true) {
    try {
      workspace.sqlite
        .transaction(() => {
          begin();
          runAndSettle();
        })
        .immediate();
    } catch (error) {
      // Rolled back, the note with it.
      workspace.audit.abandon(id);
      throw error;
    }
  } else {
    workspace.sqlite.transaction(begin).immediate();
    runAndSettle();
  }
  if (pending !== undefined) {
    try {
      settled = { ok: true, value: await pending };
    } catch (error) {
      settled = { ok: false, error };
    }
    const now = state.workspace;
    if (call !== undefined && now !== null && now.dataDir === workspace.dataDir) {
      // The same file, perhaps reopened by the call (a rekey): the note is there to be replaced.
      settle(now, parts, id, call, settled);
    } else if (call !== undefined) {
      // The call left this workspace (another one is open, or none): its note stays in that file.
      workspace.audit.abandon(id);
      if (now !== null && settled.ok) now.audit.record(call, doneEnd(now, parts, call, settled.value));
    }
  }
  if (settled === undefined) throw new Error(`${name} neither returned nor failed`);
  if (!settled.ok) throw settled.error;
  return settled.value;
}

/** A call made with no workspace open, or one that makes one: recorded in the workspace open after it. */
async function recordInWorkspaceAfter(
  state: CoreState,
  parts: AuditedCallParts,
  run: () => unknown,
): Promise<unknown> {
  const before = state.workspace;
  const value = await run();
  const workspace = state.workspace;
  if (workspace !== null && workspace !== before) {
    const call = callStart(workspace, parts, false);
    workspace.audit.record(call, doneEnd(workspace, parts, call, value));
  }
  return value;
}

/**
 * A call to a state-changing operation refused before its handler ran (a missing permission, the
 * caller's branch), recorded with the input it came with (redacted). Reading calls, calls with no
 * workspace open, and refusals `runAudited` settled already are not recorded.
 */
export function recordRefusedCall(
  state: CoreState,
  name: OperationName,
  rawInput: unknown,
  context: CallContext,
  error: unknown,
): void {
  const workspace = state.workspace;
  const refusal = recordedRefusal(name, error);
  if (workspace === null || !operations[name].mutates || refusal === undefined) return;
  if (settledErrors.has(refusal)) return;
  settledErrors.add(refusal);
  const parts = partsOf(name, rawInput ?? {}, context);
  const call = callStart(workspace, parts, false);
  workspace.audit.record(call, refusedEnd(parts, call, refusal));
}
