import type {
  ActionState,
  BucketReconciliation,
  CycleSummary,
  OperatorActionView,
  SyncStatus,
} from '../../../contract/operatorSchemas';
import { i18n } from '../i18n/i18n';

// Labels are read from the catalog when asked for, never at module load, so they follow the language.

type ConnectionState = SyncStatus['connection'];
type ActionKind = OperatorActionView['kind'];
type Phase = NonNullable<SyncStatus['running']>['phase'];
type Outcome = CycleSummary['outcome'];
type ReconciliationStatus = BucketReconciliation['status'];
type DifferenceCause = BucketReconciliation['lines'][number]['cause'];

const connectionKeys = {
  connected: 'connected',
  offline: 'offline',
  refused: 'refused',
  not_configured: 'notConfigured',
} as const satisfies Record<ConnectionState, string>;

/** How the connection to the operator stands, as the badge says it. */
export function connectionLabel(state: ConnectionState): string {
  return i18n.t(`sync:labels.connection.${connectionKeys[state]}`);
}

export const connectionColors: Record<ConnectionState, string> = {
  connected: 'teal',
  offline: 'orange',
  refused: 'red',
  not_configured: 'gray',
};

/** The catalog key of an action kind, wherever a text depends on it. */
export const actionKindKeys = {
  purchase: 'purchase',
  allocation: 'allocation',
  direct_topup: 'directTopup',
  allocation_reversal: 'allocationReversal',
} as const satisfies Record<ActionKind, string>;

export function actionKindLabel(kind: ActionKind): string {
  return i18n.t(`sync:labels.actionKind.${actionKindKeys[kind]}`);
}

/** States in a clerk's words; `failed` is what needs someone's attention. */
export function actionStateLabel(state: ActionState): string {
  return i18n.t(`sync:labels.actionState.${state}`);
}

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

const phaseKeys = {
  sending: 'sending',
  settling: 'settling',
  pulling_sales: 'pullingSales',
  pulling_balances: 'pullingBalances',
  done: 'done',
} as const satisfies Record<Phase, string>;

export function phaseLabel(phase: Phase): string {
  return i18n.t(`sync:labels.phase.${phaseKeys[phase]}`);
}

export function outcomeLabel(outcome: Outcome): string {
  return i18n.t(`sync:labels.outcome.${outcome}`);
}

export const outcomeColors: Record<Outcome, string> = {
  completed: 'teal',
  cancelled: 'gray',
  offline: 'orange',
  failed: 'red',
};

export function triggerLabel(trigger: CycleSummary['trigger']): string {
  return i18n.t(`sync:labels.trigger.${trigger}`);
}

const reconciliationStatusKeys = {
  matched: 'matched',
  explained: 'explained',
  unexplained: 'unexplained',
  not_pulled: 'notPulled',
} as const satisfies Record<ReconciliationStatus, string>;

export function reconciliationStatusLabel(status: ReconciliationStatus): string {
  return i18n.t(`sync:labels.reconciliationStatus.${reconciliationStatusKeys[status]}`);
}

export const reconciliationStatusColors: Record<ReconciliationStatus, string> = {
  matched: 'teal',
  explained: 'blue',
  unexplained: 'red',
  not_pulled: 'gray',
};

const differenceCauseKeys = {
  pending_locally: 'pendingLocally',
  unknown_to_us: 'unknownToUs',
  not_yet_booked: 'notYetBooked',
} as const satisfies Record<DifferenceCause, string>;

export function differenceCauseLabel(cause: DifferenceCause): string {
  return i18n.t(`sync:labels.differenceCause.${differenceCauseKeys[cause]}`);
}
