import type { AuditSubject } from '../../contract/auditSchemas';
import { allocationById } from '../allocations/allocationQueries';
import { actionView, connectionView } from '../app/operatorHandlers';
import { AppError } from '../appError';
import type { Workspace } from '../workspace/workspace';

/**
 * How each kind of thing a call can change is read for the trail: the view the screens show of
 * it (never a password hash or a secret), or null when it does not exist (yet).
 */
const readers: Record<string, (workspace: Workspace, id: string) => unknown> = {
  retailer: (workspace, code) => workspace.retailers.get(code) ?? null,
  commissionPlan: (workspace, code) =>
    workspace.commissionPlans.list().find((plan) => plan.code === code) ?? null,
  settings: (workspace) => workspace.settings.get(),
  user: (workspace, id) => {
    const row = workspace.users.byId(id);
    return row === undefined ? null : workspace.users.view(row);
  },
  operatorConnection: (workspace, id) => {
    const connection = workspace.operators.find(id);
    return connection === undefined ? null : connectionView(connection);
  },
  operatorTerms: (workspace, id) =>
    workspace.operators.find(id) === undefined ? null : workspace.operatorTerms.terms(id),
  operatorAction: (workspace, id) => {
    const row = workspace.outbox.action(id);
    return row === undefined ? null : actionView(row);
  },
  allocation: (workspace, id) => {
    const allocation = allocationById(workspace.sqlite, id) ?? null;
    const approval =
      (workspace.sqlite
        .prepare(
          `SELECT state, reason, explanation, requested_by_name AS requestedByName, decided_by_name AS decidedByName,
             decision_note AS decisionNote FROM allocation_approvals WHERE id = ?`,
        )
        .get(id) as Record<string, unknown> | undefined) ?? null;
    return allocation === null && approval === null ? null : { allocation, approval };
  },
  purchase: (workspace, id) => workspace.purchases.require(id),
  payment: (workspace, id) => workspace.payments.require(id),
  operatorPayment: (workspace, id) => workspace.operatorPayments.require(id),
  statement: (workspace, id) => workspace.settlements.statement(id),
  settlementPeriod: (workspace, id) =>
    workspace.settlements.periods().periods.find((period) => period.id === id) ?? null,
};

/** What `subject` looks like now in `workspace`; null when it does not exist or cannot be read. */
export function readAuditSubject(workspace: Workspace, subject: AuditSubject): unknown {
  const read = readers[subject.kind];
  if (read === undefined) return null;
  try {
    return read(workspace, subject.id);
  } catch (error) {
    // "Not found" is an answer (it does not exist yet); anything else is a bug worth hearing of.
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}
