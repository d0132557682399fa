/** Outbox rows as SQLite returns them (snake_case), for the sync code's prepared statements. */
export type OperatorActionKind = 'purchase' | 'allocation' | 'direct_topup' | 'allocation_reversal';

export type OperatorActionState =
  | 'queued' // written locally, not yet sent
  | 'sending' // a request is (or was, before a crash) on the wire: its outcome is not known yet
  | 'unknown' // the operator may or may not have it: look it up by reference before anything else
  | 'awaiting' // the operator has it (`created`): poll until it is final
  | 'cancelling' // the user asked to cancel an action the operator has
  | 'confirmed'
  | 'failed'
  | 'cancelled';

export const finalActionStates: readonly OperatorActionState[] = ['confirmed', 'failed', 'cancelled'];

export interface OperatorActionRow {
  id: string;
  operator_id: string;
  kind: OperatorActionKind;
  state: OperatorActionState;
  client_reference: string;
  attempt: number;
  amount_minor: number;
  source_bucket_id: string | null;
  target_bucket_id: string;
  party_id: string | null;
  msisdn: string | null;
  note: string | null;
  reverses_action_id: string | null;
  pending_entry_id: string;
  resolution_entry_id: string | null;
  operator_action_id: string | null;
  operator_status: string | null;
  status_reason: string | null;
  checks: number;
  next_check_at: number;
  requested_by: string;
  created_at: number;
  updated_at: number;
  final_at: number | null;
}

/** The reference of an attempt: readable, minted from the action id before any network call. */
export function clientReferenceOf(actionId: string, attempt: number): string {
  return `${actionId}.${attempt}`;
}

export function pendingEntryIdOf(actionId: string, attempt: number): string {
  return `${actionId}.p${attempt}`;
}

export function resolutionEntryIdOf(actionId: string, attempt: number): string {
  return `${actionId}.r${attempt}`;
}
