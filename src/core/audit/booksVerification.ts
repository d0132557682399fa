import type { LedgerVerifyReport } from '../../contract/ledgerSchemas';
import { violationsListedMax } from '../ledger/ledgerVerifier';
import type { Workspace } from '../workspace/workspace';
import { auditJsonText } from './auditRedaction';
import { readAuditSubject } from './auditSubjects';
import { verifyAuditTrail } from './auditVerifier';

/**
 * The books' check as `ledger.verify` and `airledger verify` report it: the ledger's, then the
 * audit trail's hash chain, their violations in one list (the ledger's first).
 */
export function verifyBooks(workspace: Workspace, mode: 'full' | 'quick'): LedgerVerifyReport {
  const ledger = workspace.ledger.verifier.verify(mode);
  const startedMs = performance.now();
  const audit = workspace.sqlite.transaction(() =>
    verifyAuditTrail(workspace.sqlite, mode, workspace.clock()),
  )();
  const room = Math.max(0, violationsListedMax - ledger.violations.length);
  const listed = audit.violations.slice(0, room);
  return {
    ...ledger,
    durationMs: ledger.durationMs + Math.round(performance.now() - startedMs),
    auditEventsChecked: audit.eventsChecked,
    ok: ledger.ok && audit.violationCount === 0,
    violations: [...ledger.violations, ...listed],
    violationsOmitted: ledger.violationsOmitted + audit.violationCount - listed.length,
  };
}

/**
 * What a workspace does about its trail as it opens: calls a crash cut short become `interrupted`
 * events (with their subject as it is now). Returns how many there were.
 */
export function recordInterruptedCalls(workspace: Workspace): number {
  return workspace.audit.recordInterrupted((subject) => auditJsonText(readAuditSubject(workspace, subject)));
}
