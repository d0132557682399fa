import type { AuditSubject } from '../../contract/auditSchemas';
import { amountText } from '../money/amountText';
import { operatorAmountText } from '../operator/operatorAmountText';
import type { Workspace } from '../workspace/workspace';
import { changedFieldsText, type OperationAudits } from './operationAudit';

const subject = (kind: string, id: string): AuditSubject => ({ kind, id });

/** The operator a call names, or the first one connected: the one the core acts on. */
const operatorOf = (workspace: Workspace, operatorId: string | undefined): string | undefined =>
  operatorId ?? workspace.operators.primary()?.id;

const airtime = (workspace: Workspace, operatorId: string, minor: number) =>
  operatorAmountText(workspace.sqlite, operatorId, minor);

const money = (minor: number, view: { currency: string; scale: number }) =>
  amountText(minor, { currency: view.currency, scale: view.scale });

/**
 * A call made again under the same client id (a retry after a lost answer) changes nothing: the
 * first answer is returned. Its line says so, so nobody counts it twice.
 */
const onceOnly = (before: unknown, line: string) =>
  before === null ? line : `Repeated, nothing changed: ${line.charAt(0).toLowerCase()}${line.slice(1)}`;

const statusVerbs = { active: 'Reactivated', suspended: 'Suspended', closed: 'Closed' } as const;

/** Retailers, plans, payments, allocations, purchases, the operator, sync, settings and settlements. */
export const backOfficeAudits: OperationAudits = {
  'retailers.add': {
    created: (output) => subject('retailer', output.code),
    summary: ({ output }) => `Onboarded ${output.level.replace('_', '-')} ${output.code} ${output.name}`,
  },
  'retailers.update': {
    subject: (input) => subject('retailer', input.code),
    summary: ({ input, before, after }) =>
      `Changed retailer ${input.code}: ${changedFieldsText(before, after)}`,
  },
  'retailers.setStatus': {
    subject: (input) => subject('retailer', input.code),
    summary: ({ input }) =>
      `${statusVerbs[input.status]} retailer ${input.code}${input.reason ? `: ${input.reason}` : ''}`,
  },
  'retailers.importApply': {
    summary: ({ input, output }) => `Imported ${output.imported} retailers from ${input.fileName}`,
  },
  'commissionPlans.save': {
    subject: (input) => subject('commissionPlan', input.code),
    summary: ({ input, before, after }) =>
      before === null
        ? `Created commission plan ${input.code} "${input.name}"`
        : `Changed commission plan ${input.code}: ${changedFieldsText(before, after)}`,
  },
  'payments.record': {
    subject: (input) => subject('payment', input.id),
    summary: ({ output, before }) =>
      onceOnly(
        before,
        `Recorded a ${output.method.replace('_', ' ')} payment of ${money(output.amountMinor, output)} from ${output.retailerCode} (receipt ${output.receiptNumber})`,
      ),
  },
  'settings.save': {
    subject: () => subject('settings', 'workspace'),
    summary: ({ before, after }) => `Changed the settings: ${changedFieldsText(before, after)}`,
  },
  'operator.connect': {
    subject: (input) => subject('operatorConnection', input.id),
    summary: ({ output, before }) =>
      `${before === null ? 'Connected' : 'Changed the connection of'} operator ${output.connection.name} (${output.connection.id})${output.test?.ok === false ? '; its connection test failed' : ''}`,
  },
  'operator.connectSandbox': {
    created: (output) => subject('operatorConnection', output.connection.id),
    summary: ({ output }) =>
      `Connected the demo operator ${output.connection.name} (${output.connection.id})`,
  },
  'operator.linkRetailer': {
    summary: ({ output }) => `Linked the wallet ${output.bucketId} of ${output.name} (${output.partyId})`,
  },
  'operator.saveTerms': {
    subject: (input, workspace) => {
      const operatorId = operatorOf(workspace, input.operatorId);
      return operatorId === undefined ? null : subject('operatorTerms', operatorId);
    },
    summary: ({ before, after, output }) =>
      `Changed the terms of ${output.operatorId}: ${changedFieldsText(before, after)}`,
  },
  'operator.purchase': {
    subject: (input) => subject('operatorAction', input.id),
    summary: ({ output, workspace, before }) =>
      onceOnly(
        before,
        `Bought ${airtime(workspace, output.operatorId, output.amountMinor)} of airtime from ${output.operatorId}`,
      ),
  },
  'operator.allocate': {
    subject: (input) => subject('operatorAction', input.id),
    summary: ({ output, workspace, before }) =>
      onceOnly(
        before,
        `Allocated ${airtime(workspace, output.operatorId, output.amountMinor)} to wallet ${output.partyId ?? '?'}`,
      ),
  },
  'operator.topup': {
    subject: (input) => subject('operatorAction', input.id),
    summary: ({ output, workspace, before }) =>
      onceOnly(
        before,
        `Topped up ${output.msisdn ?? '?'} with ${airtime(workspace, output.operatorId, output.amountMinor)}`,
      ),
  },
  'sync.retryAction': {
    subject: (input) => subject('operatorAction', input.id),
    summary: ({ output }) => `Retried the ${output.kind.replace('_', ' ')} ${output.id}`,
  },
  'sync.cancelAction': {
    subject: (input) => subject('operatorAction', input.id),
    summary: ({ output }) =>
      `Cancelled the ${output.kind.replace('_', ' ')} ${output.id} (now ${output.state})`,
  },
  'sync.run': {
    summary: ({ output }) =>
      output === null
        ? 'Started a sync with the operator'
        : `Ran a sync with ${output.operatorId}: ${output.outcome}, ${output.sent} sent, ${output.confirmed} confirmed, ${output.booked} booked`,
  },
  'sync.cancel': { summary: () => 'Cancelled the running sync' },
  'purchases.create': {
    subject: (input) => subject('purchase', input.id),
    summary: ({ output, workspace, before }) =>
      onceOnly(
        before,
        `${output.status === 'draft' ? 'Drafted' : 'Placed'} purchase order ${output.number}: ${airtime(workspace, output.operatorId, output.faceValueMinor)} from ${output.operatorId}`,
      ),
  },
  'purchases.submit': {
    subject: (input) => subject('purchase', input.id),
    summary: ({ output }) => `Sent purchase order ${output.number} to ${output.operatorId}`,
  },
  'purchases.cancel': {
    subject: (input) => subject('purchase', input.id),
    summary: ({ input, output }) => `Cancelled purchase order ${output.number}: ${input.reason}`,
  },
  'operatorPayments.record': {
    subject: (input) => subject('operatorPayment', input.id),
    summary: ({ output, before }) =>
      onceOnly(
        before,
        `Paid ${money(output.amountMinor, output)} to ${output.operatorId} (${output.number})`,
      ),
  },
  'allocations.create': {
    subject: (input) => subject('allocation', input.id),
    summary: ({ input, output, workspace, before }) => {
      const operatorId = output.allocation?.operatorId ?? output.approval?.operatorId ?? '';
      const amount = airtime(workspace, operatorId, input.amountMinor);
      return onceOnly(
        before,
        output.status === 'queued'
          ? `Allocated ${amount} to ${input.retailerCode}`
          : `Asked to allocate ${amount} to ${input.retailerCode}: held for approval (${output.approval?.explanation ?? 'above the threshold'})`,
      );
    },
  },
  'allocations.approve': {
    subject: (input) => subject('allocation', input.id),
    summary: ({ output, workspace }) =>
      output.approval === null
        ? 'Approved an allocation'
        : `Approved the allocation of ${airtime(workspace, output.approval.operatorId, output.approval.amountMinor)} to ${output.approval.retailerCode} asked by ${output.approval.requestedByName}`,
  },
  'allocations.reject': {
    subject: (input) => subject('allocation', input.id),
    summary: ({ input, output, workspace }) =>
      `Rejected the allocation of ${airtime(workspace, output.operatorId, output.amountMinor)} to ${output.retailerCode} asked by ${output.requestedByName}: ${input.note}`,
  },
  'allocations.reverse': {
    subject: (input) => subject('operatorAction', input.id),
    summary: ({ input, output, workspace, before }) =>
      onceOnly(
        before,
        `Reversed ${airtime(workspace, output.operatorId, output.amountMinor)} of allocation ${input.allocationId}: ${input.reason}`,
      ),
  },
  'allocations.importApply': {
    summary: ({ input, output }) => `Queued ${output.queued} allocations from ${input.fileName}`,
  },
  'replenishment.run': {
    summary: ({ output }) =>
      `Ran auto-replenishment: ${output.queued} allocations queued, ${output.refused} refused`,
  },
  'settlements.close': {
    created: (output) => (output.id === null ? null : subject('settlementPeriod', output.id)),
    summary: ({ output }) => `Closed the settlement period ${output.label} (${output.statements} statements)`,
  },
  'settlements.approve': {
    subject: (input) => subject('statement', input.statementId),
    summary: ({ output }) =>
      `Approved the statement of ${output.retailerCode} for ${output.periodLabel} (version ${output.version})`,
  },
  'settlements.markPaid': {
    subject: (input) => subject('statement', input.statementId),
    summary: ({ input, output }) =>
      `Recorded the commission of ${output.retailerCode} for ${output.periodLabel} as paid (${input.method.replace('_', ' ')}, ${input.reference})`,
  },
  'settlements.correct': {
    subject: (input) => subject('statement', input.statementId),
    summary: ({ input, output }) =>
      `Corrected the statement of ${output.retailerCode} for ${output.periodLabel} (now version ${output.version}): ${input.reason}`,
  },
  'reports.views.save': { summary: ({ output }) => `Saved the dashboard view "${output.name}"` },
  'reports.views.delete': {
    summary: ({ output }) =>
      output.deleted ? 'Deleted a saved dashboard view' : 'Deleted a view already gone',
  },
  'demo.grow': {
    summary: ({ output }) =>
      `Grew the demo network: ${output.subDistributors} sub-distributors, ${output.retailers} retailers, ${output.sampleUsers.length} sample users`,
  },
  'demo.sampleUsers': {
    summary: ({ output }) => `Added the demo's sample users: ${output.sampleUsers.join(', ') || 'none new'}`,
  },
};
