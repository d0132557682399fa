import type Database from 'better-sqlite3';
import { AppError } from '../appError';

/**
 * One sub-distributor's branch of the retailer hierarchy: the sub-distributor and everything under
 * it. A retailer's `ancestry` lists its parents' codes (`/SD-01/SD-07/`), so the branch of SD-01 is
 * SD-01 itself and every ancestry starting `<SD-01's ancestry>SD-01/`.
 */
export interface BranchScope {
  readonly code: string;
  /** The ancestry every member below the sub-distributor starts with. */
  readonly prefix: string;
}

export function branchScope(sqlite: Database.Database, code: string): BranchScope {
  const ancestry = sqlite.prepare('SELECT ancestry FROM retailers WHERE code = ?').pluck().get(code) as
    | string
    | undefined;
  // A branch whose head is gone matches nothing rather than everything.
  return { code, prefix: ancestry === undefined ? '\u0000' : `${ancestry}${code}/` };
}

/** A SQL condition on a retailers row `alias` being in the branch, with its parameters. */
export function branchCondition(
  scope: BranchScope,
  alias: string,
): { sql: string; parameters: [string, string, string] } {
  return {
    sql: `(${alias}.code = ? OR (${alias}.ancestry >= ? AND ${alias}.ancestry < ?))`,
    parameters: [scope.code, scope.prefix, `${scope.prefix}\uffff`],
  };
}

export function outsideBranch(scope: BranchScope, what: string): AppError {
  return new AppError(
    'permission_denied',
    `Your account works on the branch of ${scope.code} only; ${what} is outside it.`,
    { reason: 'outside_branch' },
  );
}

/** Reads of branch membership, by retailer code or by operator party id. */
export class BranchMembers {
  constructor(
    private readonly sqlite: Database.Database,
    readonly scope: BranchScope,
  ) {}

  private member(column: 'code' | 'operator_party_id', value: string): boolean {
    const condition = branchCondition(this.scope, 'r');
    return (
      this.sqlite
        .prepare(`SELECT 1 FROM retailers r WHERE r.${column} = ? AND ${condition.sql}`)
        .get(value, ...condition.parameters) !== undefined
    );
  }

  hasRetailer(code: string): boolean {
    return this.member('code', code.toUpperCase());
  }

  hasParty(partyId: string): boolean {
    return this.member('operator_party_id', partyId);
  }

  /** Refuses a retailer outside the branch (or unknown: the branch user learns nothing of others). */
  requireRetailer(code: string): void {
    if (!this.hasRetailer(code)) throw outsideBranch(this.scope, `retailer ${code.toUpperCase()}`);
  }

  requireParty(partyId: string): void {
    if (!this.hasParty(partyId)) throw outsideBranch(this.scope, `wallet ${partyId}`);
  }

  /** Whether a ledger account belongs to a retailer of the branch (receivables by code, stock by party). */
  hasAccount(accountId: string): boolean {
    const owner = this.sqlite
      .prepare('SELECT owner_kind, owner_id FROM ledger_accounts WHERE id = ?')
      .get(accountId) as { owner_kind: string; owner_id: string } | undefined;
    if (owner === undefined || owner.owner_kind !== 'retailer') return false;
    return this.hasRetailer(owner.owner_id) || this.hasParty(owner.owner_id);
  }
}
