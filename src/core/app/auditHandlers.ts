import { auditCsv } from '../audit/auditExport';
import { auditActors, auditEvent, listAuditEvents } from '../audit/auditQueries';
import type { Handler } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

/** Reading the audit trail (reading it is not itself recorded: none of these changes state). */
export const auditHandlers: {
  'audit.list': Handler<'audit.list'>;
  'audit.event': Handler<'audit.event'>;
  'audit.export': Handler<'audit.export'>;
  'audit.actors': Handler<'audit.actors'>;
} = {
  'audit.list': (state, input) => listAuditEvents(requireWorkspace(state).sqlite, input),
  'audit.event': (state, input) => auditEvent(requireWorkspace(state).sqlite, input.seq),
  'audit.export': (state, input) => {
    const workspace = requireWorkspace(state);
    return auditCsv(workspace.sqlite, input.filters, workspace.clock(), input.language);
  },
  'audit.actors': (state) => auditActors(requireWorkspace(state).sqlite),
};
