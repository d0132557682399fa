import { exportSettlement } from '../settlements/settlementExport';
import type { Handler } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

/** Settlement periods and statements: the accountant closes, everyone with the right reads. */
export const settlementHandlers: {
  'settlements.periods': Handler<'settlements.periods'>;
  'settlements.close': Handler<'settlements.close'>;
  'settlements.statements': Handler<'settlements.statements'>;
  'settlements.statement': Handler<'settlements.statement'>;
  'settlements.approve': Handler<'settlements.approve'>;
  'settlements.markPaid': Handler<'settlements.markPaid'>;
  'settlements.correct': Handler<'settlements.correct'>;
  'settlements.export': Handler<'settlements.export'>;
  'settlements.exportStart': Handler<'settlements.exportStart'>;
  'settlements.exportJob': Handler<'settlements.exportJob'>;
  'settlements.exportCancel': Handler<'settlements.exportCancel'>;
  'settlements.exportFile': Handler<'settlements.exportFile'>;
  'settlements.operatorStatements': Handler<'settlements.operatorStatements'>;
} = {
  'settlements.export': (state, input, context) =>
    exportSettlement(requireWorkspace(state), input, context.actor.userId),
  'settlements.exportStart': (state, { jobId, ...request }, context) =>
    requireWorkspace(state).settlementExports.start(jobId, request, context.actor.userId),
  'settlements.exportJob': (state, input, context) =>
    requireWorkspace(state).settlementExports.view(input.jobId, context.actor.userId),
  'settlements.exportCancel': (state, input, context) =>
    requireWorkspace(state).settlementExports.cancel(input.jobId, context.actor.userId),
  'settlements.exportFile': (state, input, context) =>
    requireWorkspace(state).settlementExports.file(input.jobId, context.actor.userId),
  'settlements.approve': (state, input, context) =>
    requireWorkspace(state).settlements.approve(
      input.statementId,
      input.version,
      input.note ?? null,
      context.actor,
    ),
  'settlements.markPaid': (state, input, context) =>
    requireWorkspace(state).settlements.markPaid(input, context.actor),
  'settlements.correct': (state, input, context) =>
    requireWorkspace(state).settlements.correct(input.statementId, input.reason, context.actor),
  'settlements.operatorStatements': (state, input) =>
    requireWorkspace(state).settlements.operatorStatements(input.periodId),
  'settlements.periods': (state) => requireWorkspace(state).settlements.periods(),
  'settlements.close': (state, input, context) =>
    requireWorkspace(state).settlements.close(input.key, context.actor),
  'settlements.statements': (state, input) => requireWorkspace(state).settlements.statements(input.periodId),
  'settlements.statement': (state, input) =>
    requireWorkspace(state).settlements.statement(input.statementId, input.version),
};
