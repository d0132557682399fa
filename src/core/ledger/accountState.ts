import type { AccountBalances, EntryKind } from '../../contract/ledgerSchemas';
import type { NormalSide } from './chartOfAccounts';

/** An account as the writer and the verifier see it: identity, rules and the four totals. */
export interface AccountState {
  /** The integer key transfers refer to the account by. */
  seq: number;
  id: string;
  code: string;
  assetCode: string;
  normalSide: NormalSide;
  debitsMustNotExceedCredits: boolean;
  creditsMustNotExceedDebits: boolean;
  balanceUpperBoundMinor: number | null;
  closed: boolean;
  debitsPending: number;
  debitsPosted: number;
  creditsPending: number;
  creditsPosted: number;
}

export type BalanceRule =
  | 'debits_must_not_exceed_credits'
  | 'credits_must_not_exceed_debits'
  | 'balance_upper_bound';

/**
 * For each rule, the quantity it bounds and the bound. Pending amounts count, so a reservation
 * cannot be spent twice.
 */
function ruleMeasures(state: AccountState): Array<{ rule: BalanceRule; measure: number; limit: number }> {
  const measures: Array<{ rule: BalanceRule; measure: number; limit: number }> = [];
  const debitExposure = state.debitsPending + state.debitsPosted - state.creditsPosted;
  const creditExposure = state.creditsPending + state.creditsPosted - state.debitsPosted;
  if (state.debitsMustNotExceedCredits) {
    measures.push({ rule: 'debits_must_not_exceed_credits', measure: debitExposure, limit: 0 });
  }
  if (state.creditsMustNotExceedDebits) {
    measures.push({ rule: 'credits_must_not_exceed_debits', measure: creditExposure, limit: 0 });
  }
  if (state.balanceUpperBoundMinor !== null) {
    measures.push({
      rule: 'balance_upper_bound',
      measure: state.normalSide === 'debit' ? debitExposure : creditExposure,
      limit: state.balanceUpperBoundMinor,
    });
  }
  return measures;
}

/**
 * The first rule a change from `before` to `after` breaks, or undefined. A change that lowers an
 * exposure is always allowed, even if the account is still beyond its bound (a payment on a
 * receivable over a lowered credit limit must go through). Allocates nothing when all is well: it
 * runs for every account of every entry.
 */
export function firstBrokenRule(
  before: AccountState,
  after: AccountState,
): { rule: BalanceRule; measure: number; limit: number } | undefined {
  const debitBefore = before.debitsPending + before.debitsPosted - before.creditsPosted;
  const creditBefore = before.creditsPending + before.creditsPosted - before.debitsPosted;
  const debitAfter = after.debitsPending + after.debitsPosted - after.creditsPosted;
  const creditAfter = after.creditsPending + after.creditsPosted - after.debitsPosted;
  if (after.debitsMustNotExceedCredits && debitAfter > 0 && debitAfter > debitBefore) {
    return { rule: 'debits_must_not_exceed_credits', measure: debitAfter, limit: 0 };
  }
  if (after.creditsMustNotExceedDebits && creditAfter > 0 && creditAfter > creditBefore) {
    return { rule: 'credits_must_not_exceed_debits', measure: creditAfter, limit: 0 };
  }
  const bound = after.balanceUpperBoundMinor;
  if (bound !== null) {
    const measure = after.normalSide === 'debit' ? debitAfter : creditAfter;
    const measureBefore = after.normalSide === 'debit' ? debitBefore : creditBefore;
    if (measure > bound && measure > measureBefore)
      return { rule: 'balance_upper_bound', measure, limit: bound };
  }
  return undefined;
}

/** Rules an account breaks as it stands (for verify). */
export function rulesBrokenNow(
  state: AccountState,
): Array<{ rule: BalanceRule; measure: number; limit: number }> {
  return ruleMeasures(state).filter((check) => check.measure > check.limit);
}

export function postedBalance(normalSide: NormalSide, debitsPosted: number, creditsPosted: number): number {
  return normalSide === 'debit' ? debitsPosted - creditsPosted : creditsPosted - debitsPosted;
}

export function balancesOf(state: AccountState): AccountBalances {
  const posted = postedBalance(state.normalSide, state.debitsPosted, state.creditsPosted);
  const pendingOutflow = state.normalSide === 'debit' ? state.creditsPending : state.debitsPending;
  return {
    debitsPendingMinor: state.debitsPending,
    debitsPostedMinor: state.debitsPosted,
    creditsPendingMinor: state.creditsPending,
    creditsPostedMinor: state.creditsPosted,
    balancePostedMinor: posted,
    balanceAvailableMinor: posted - pendingOutflow,
  };
}

export function ruleDescription(rule: BalanceRule, code: string, limit: number): string {
  switch (rule) {
    case 'debits_must_not_exceed_credits':
      return `account ${code} would owe more than it holds (its debits would exceed its credits)`;
    case 'credits_must_not_exceed_debits':
      return `account ${code} would go below zero (its credits would exceed its debits)`;
    case 'balance_upper_bound':
      return `account ${code} would exceed its limit of ${limit} minor units`;
  }
}

/**
 * How one transfer of an entry of `kind` moves its two accounts' totals: the one definition the
 * writer applies and the verifier replays. `releasedPendingMinor` is what a post, void or expiry
 * takes off the pending totals (the pending transfer's amount).
 */
export function applyTransferEffect(
  kind: EntryKind,
  amountMinor: number,
  releasedPendingMinor: number,
  debit: AccountState,
  credit: AccountState,
): void {
  switch (kind) {
    case 'posting':
    case 'reversal':
      debit.debitsPosted += amountMinor;
      credit.creditsPosted += amountMinor;
      break;
    case 'pending':
      debit.debitsPending += amountMinor;
      credit.creditsPending += amountMinor;
      break;
    case 'post_pending':
      debit.debitsPending -= releasedPendingMinor;
      credit.creditsPending -= releasedPendingMinor;
      debit.debitsPosted += amountMinor;
      credit.creditsPosted += amountMinor;
      break;
    case 'void_pending':
    case 'expire_pending':
      debit.debitsPending -= releasedPendingMinor;
      credit.creditsPending -= releasedPendingMinor;
      break;
  }
}
