import type Database from 'better-sqlite3';
import { type OperationScope, operationScopes } from '../../contract/operationScopes';
import type { OperationName } from '../../contract/operations';
import type { ReportFilters } from '../../contract/reportSchemas';
import type { CoreState } from '../app/operationHandlers';
import { requireWorkspace } from '../app/requireWorkspace';
import { AppError } from '../appError';
import { BranchMembers, branchScope, outsideBranch } from './branchScope';
import type { CallContext } from './callContext';

/**
 * How each branch-scoped operation keeps a partner-office user inside their branch: its input is
 * narrowed or checked before the handler runs (`before`), its output filtered or checked after
 * (`after`). Every operation the scopes call `branch` has a rule here (a test checks it), so none
 * answers a branch user with the whole network by omission.
 */
interface BranchRule {
  before?: (input: never, members: BranchMembers, sqlite: Database.Database) => unknown;
  after?: (output: never, members: BranchMembers) => unknown;
}

type WithFilters = { filters: ReportFilters; retailerCode?: string; kind?: 'reseller' | 'direct' };

/** Reports of the branch: no reseller named means the whole branch; a named one must be in it. */
function narrowFilters(filters: ReportFilters, members: BranchMembers): ReportFilters {
  const named = filters.retailerCodes ?? [];
  if (named.length === 0) return { ...filters, retailerCodes: [members.scope.code] };
  for (const code of named) members.requireRetailer(code);
  return filters;
}

function narrowReport<T extends WithFilters>(input: T, members: BranchMembers): T {
  if (input.kind === 'direct') {
    throw new AppError(
      'permission_denied',
      `Your account works on the branch of ${members.scope.code} only; sales outside resellers are the head office's.`,
      { reason: 'outside_branch' },
    );
  }
  if (input.retailerCode !== undefined) members.requireRetailer(input.retailerCode);
  return { ...input, filters: narrowFilters(input.filters, members) };
}

/** The reports a branch user may export: those about resellers. */
const branchReports = new Set([
  'reseller-sales',
  'resellers',
  'sales',
  'acquired-customers',
  'acquired-lines',
  'payouts',
  'payout',
]);

const requireCode = (input: { code: string }, members: BranchMembers) => {
  members.requireRetailer(input.code);
  return input;
};

const requireRetailerCode = (input: { retailerCode: string }, members: BranchMembers) => {
  members.requireRetailer(input.retailerCode);
  return input;
};

/** A list narrowed to the branch unless it names a retailer of it. */
const withinUnlessNamed = (input: { retailerCode?: string | undefined }, members: BranchMembers) => {
  if (input.retailerCode !== undefined) {
    members.requireRetailer(input.retailerCode);
    return input;
  }
  return { ...input, within: members.scope.code };
};

function statementRetailer(sqlite: Database.Database, statementId: string): string | undefined {
  return sqlite
    .prepare('SELECT retailer_code FROM settlement_statements WHERE id = ? LIMIT 1')
    .pluck()
    .get(statementId) as string | undefined;
}

const requireStatement = (
  input: { statementId: string },
  members: BranchMembers,
  sqlite: Database.Database,
) => {
  const code = statementRetailer(sqlite, input.statementId);
  if (code === undefined || !members.hasRetailer(code)) {
    throw new AppError('not_found', `No statement ${input.statementId} exists in your branch.`, {
      issues: [{ path: 'statementId', message: 'names no statement of your branch' }],
    });
  }
  return input;
};

const requireApproval = (input: { id: string }, members: BranchMembers, sqlite: Database.Database) => {
  const code = sqlite
    .prepare('SELECT retailer_code FROM allocation_approvals WHERE id = ?')
    .pluck()
    .get(input.id) as string | undefined;
  if (code === undefined || !members.hasRetailer(code)) {
    throw new AppError('not_found', `No allocation waits for approval under ${input.id} in your branch.`, {
      reason: 'unknown_approval',
    });
  }
  return input;
};

/** Settlement workbooks: one reseller of the branch, or every statement of the branch. */
const narrowExport = (input: { retailerCode?: string | undefined }, members: BranchMembers) => {
  if (input.retailerCode !== undefined) {
    members.requireRetailer(input.retailerCode);
    return input;
  }
  return { ...input, within: members.scope.code };
};

export const branchRules: Partial<Record<OperationName, BranchRule>> = {
  'retailers.list': {
    before: (input: { within?: string; branchOf?: string }, members) => {
      if (input.branchOf !== undefined) members.requireRetailer(input.branchOf);
      if (input.within !== undefined) {
        members.requireRetailer(input.within);
        return input;
      }
      return { ...input, within: members.scope.code };
    },
  },
  'retailers.get': { before: requireCode },
  'retailers.sales': { before: requireCode },
  'retailers.update': {
    // Nor may it move one out: a new parent must be of the branch too (none: the top of the network).
    before: (input: { code: string; parentCode?: string | null }, members) => {
      members.requireRetailer(input.code);
      if (input.parentCode === null) {
        throw outsideBranch(members.scope, 'the top of the network');
      }
      if (input.parentCode !== undefined) members.requireRetailer(input.parentCode);
      return input;
    },
  },
  'retailers.setStatus': { before: requireCode },
  'payments.openAllocations': { before: requireCode },
  'retailers.add': {
    // A partner office adds retailers under its branch: under its head when no parent is named.
    before: (input: { parentCode?: string | null }, members) => {
      if (input.parentCode === undefined || input.parentCode === null) {
        return { ...input, parentCode: members.scope.code };
      }
      members.requireRetailer(input.parentCode);
      return input;
    },
  },
  'payments.record': { before: requireRetailerCode },
  'payments.get': {
    after: (output: { retailerCode: string }, members) => {
      members.requireRetailer(output.retailerCode);
      return output;
    },
  },
  'payments.list': { before: withinUnlessNamed },
  'allocations.list': { before: withinUnlessNamed },
  'allocations.create': { before: requireRetailerCode },
  'allocations.approvals': {
    after: (output: Array<{ retailerCode: string }>, members) =>
      output.filter((approval) => members.hasRetailer(approval.retailerCode)),
  },
  'allocations.approve': { before: requireApproval },
  'allocations.reject': { before: requireApproval },
  'allocations.reverse': {
    before: (input: { allocationId: string }, members, sqlite) => {
      const partyId = sqlite
        .prepare("SELECT party_id FROM operator_actions WHERE id = ? AND kind = 'allocation'")
        .pluck()
        .get(input.allocationId) as string | null | undefined;
      if (partyId === undefined || partyId === null || !members.hasParty(partyId)) {
        throw new AppError('not_found', `No allocation ${input.allocationId} exists in your branch.`, {
          issues: [{ path: 'allocationId', message: 'names no allocation of your branch' }],
        });
      }
      return input;
    },
  },
  'operator.allocate': {
    before: (input: { partyId: string }, members) => {
      members.requireParty(input.partyId);
      return input;
    },
  },
  'ledger.entry': {
    after: (
      output: { id: string; transfers: Array<{ debitAccountId: string; creditAccountId: string }> },
      members,
    ) => {
      const touches = output.transfers.some(
        (transfer) =>
          members.hasAccount(transfer.debitAccountId) || members.hasAccount(transfer.creditAccountId),
      );
      if (!touches) throw new AppError('not_found', `No journal entry ${output.id} concerns your branch.`);
      return output;
    },
  },
  'reports.resellerSales': {
    before: (input: ReportFilters, members) => narrowFilters(input, members),
    // The whole network's sales are the head office's: the branch's own stand for them.
    after: (output: { totals: Array<{ count: number; faceValueMinor: number }> }) => ({
      ...output,
      totals: output.totals.map((total) => ({
        ...total,
        allSalesCount: total.count,
        allSalesFaceValueMinor: total.faceValueMinor,
      })),
    }),
  },
  'reports.acquiredCustomers': {
    before: (input: ReportFilters, members) => narrowFilters(input, members),
    after: (output: { totals: Array<{ lines: number }> }) => ({
      ...output,
      totals: output.totals.map((total) => ({ ...total, directLines: 0, newLines: total.lines })),
    }),
  },
  'reports.resellers': { before: narrowReport },
  'reports.sales': { before: narrowReport },
  'reports.payouts': { before: narrowReport },
  'reports.payout': { before: narrowReport },
  'reports.acquiredCohorts': { before: narrowReport },
  'reports.acquiredLines': { before: narrowReport },
  'reports.export': {
    before: (input: WithFilters & { report: string }, members) => {
      if (!branchReports.has(input.report)) {
        throw new AppError(
          'permission_denied',
          `Your account works on the branch of ${members.scope.code} only; the ${input.report} report is the head office's.`,
          { reason: 'outside_branch' },
        );
      }
      return narrowReport(input, members);
    },
  },
  'settlements.statements': {
    after: (output: Array<{ retailerCode: string }>, members) =>
      output.filter((statement) => members.hasRetailer(statement.retailerCode)),
  },
  'settlements.statement': {
    after: (output: { id: string; retailerCode: string }, members) => {
      if (!members.hasRetailer(output.retailerCode)) {
        throw new AppError('not_found', `No statement ${output.id} exists in your branch.`);
      }
      return output;
    },
  },
  'settlements.approve': { before: requireStatement },
  'settlements.markPaid': { before: requireStatement },
  'settlements.correct': { before: requireStatement },
  'settlements.export': { before: narrowExport },
  'settlements.exportStart': { before: narrowExport },
};

function scopeOf(name: OperationName): OperationScope {
  return operationScopes[name];
}

/** A branch user calling an operation of the whole network is refused before anything runs. */
export function refuseOutsideBranch(name: OperationName, context: CallContext): void {
  const code = context.branchCode;
  if (code === undefined || code === null || scopeOf(name) !== 'global') return;
  throw new AppError(
    'permission_denied',
    `${context.actor.displayName} works on the branch of ${code} only; ${name} concerns the whole network.`,
    { reason: 'outside_branch' },
  );
}

/** Runs `handler` with the input narrowed to the caller's branch and its output checked. */
export async function withinBranch(
  name: OperationName,
  state: CoreState,
  context: CallContext,
  input: unknown,
  handler: (input: unknown) => unknown,
): Promise<unknown> {
  const code = context.branchCode;
  if (code === undefined || code === null || scopeOf(name) !== 'branch') return handler(input);
  const rule = branchRules[name];
  if (rule === undefined) throw new Error(`operation ${name} is branch-scoped but has no branch rule`);
  const sqlite = requireWorkspace(state).sqlite;
  const members = new BranchMembers(sqlite, branchScope(sqlite, code));
  const narrowed = rule.before === undefined ? input : rule.before(input as never, members, sqlite);
  const output = await handler(narrowed);
  return rule.after === undefined ? output : rule.after(output as never, members);
}
