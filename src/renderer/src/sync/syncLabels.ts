import type {
  ActionState,
  BucketReconciliation,
  CycleSummary,
  OperatorActionView,
  SyncStatus,
} from '../../../contract/operatorSchemas';

/** How the connection to the operator stands, as the badge says it. */
export const connectionLabels: Record<SyncStatus['connection'], string> = {
  connected: 'Connected',
  offline: 'Offline',
  refused: 'Refused',
  not_configured: 'Not configured',
};

export const connectionColors: Record<SyncStatus['connection'], string> = {
  connected: 'teal',
  offline: 'orange',
  refused: 'red',
  not_configured: 'gray',
};

export const actionKindLabels: Record<OperatorActionView['kind'], string> = {
  purchase: 'Purchase',
  allocation: 'Allocation',
  direct_topup: 'Direct top-up',
  allocation_reversal: 'Allocation reversal',
};

/** States in a clerk's words; `failed` is what needs someone's attention. */
export const actionStateLabels: Record<ActionState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  unknown: 'Checking outcome',
  awaiting: 'Awaiting operator',
  cancelling: 'Cancelling',
  confirmed: 'Confirmed',
  failed: 'Needs attention',
  cancelled: 'Cancelled',
};

export const actionStateColors: Record<ActionState, string> = {
  queued: 'blue',
  sending: 'indigo',
  unknown: 'yellow',
  awaiting: 'cyan',
  cancelling: 'orange',
  confirmed: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

export const finalActionStates: ReadonlySet<ActionState> = new Set(['confirmed', 'failed', 'cancelled']);

type Phase = NonNullable<SyncStatus['running']>['phase'];

export const phaseLabels: Record<Phase, string> = {
  sending: 'Sending queued actions',
  settling: 'Waiting for the operator to confirm',
  pulling_sales: 'Pulling the sales feed',
  pulling_balances: 'Pulling wallet balances',
  done: 'Finishing',
};

export const outcomeLabels: Record<CycleSummary['outcome'], string> = {
  completed: 'Completed',
  cancelled: 'Cancelled',
  offline: 'Operator offline',
  failed: 'Failed',
};

export const outcomeColors: Record<CycleSummary['outcome'], string> = {
  completed: 'teal',
  cancelled: 'gray',
  offline: 'orange',
  failed: 'red',
};

export const triggerLabels: Record<CycleSummary['trigger'], string> = {
  manual: 'started here',
  schedule: 'on schedule',
  cli: 'from the command line',
};

export const reconciliationStatusLabels: Record<BucketReconciliation['status'], string> = {
  matched: 'Matched',
  explained: 'Explained',
  unexplained: 'Unexplained',
  not_pulled: 'Not pulled',
};

export const reconciliationStatusColors: Record<BucketReconciliation['status'], string> = {
  matched: 'teal',
  explained: 'blue',
  unexplained: 'red',
  not_pulled: 'gray',
};

export const differenceCauseLabels: Record<BucketReconciliation['lines'][number]['cause'], string> = {
  pending_locally: 'Pending locally',
  unknown_to_us: 'Unknown to us',
  not_yet_booked: 'Not yet booked',
};
