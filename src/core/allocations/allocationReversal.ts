import { AppError } from '../appError';
import { operatorAmountText } from '../operator/operatorAmountText';
import type { OperatorActionRow } from '../sync/operatorActionRows';
import type { Workspace } from '../workspace/workspace';

/**
 * Reverses a confirmed allocation (all of it, or part): the operator transfers the stock back from
 * the retailer's wallet to the wholesale bucket, through the outbox like any operator action, and
 * the retailer's charge for it is given back in the same entry. Never more than was allocated, and
 * never more than the retailer still holds (the ledger refuses it).
 */
export function reverseAllocation(
  workspace: Workspace,
  input: { id: string; allocationId: string; amountMinor?: number | undefined; reason: string },
  actor: { userId: string },
): OperatorActionRow {
  return workspace.sqlite
    .transaction((): OperatorActionRow => {
      const existing = workspace.outbox.action(input.id);
      if (existing !== undefined && existing.kind === 'allocation_reversal') return existing;
      const original = workspace.outbox.action(input.allocationId);
      if (original === undefined || original.kind !== 'allocation') {
        throw new AppError('bad_input', `No allocation has the id ${input.allocationId}.`, {
          reason: 'unknown_allocation',
          issues: [{ path: 'allocationId', message: 'names no allocation' }],
        });
      }
      if (original.state !== 'confirmed') {
        throw new AppError(
          'business_rule',
          `This allocation is ${original.state}; only an allocation the operator confirmed can be reversed (cancel a queued one instead).`,
          { reason: 'not_reversible' },
        );
      }
      const reversedMinor = workspace.sqlite
        .prepare(
          `SELECT coalesce(sum(amount_minor), 0) FROM operator_actions
           WHERE kind = 'allocation_reversal' AND reverses_action_id = ? AND state NOT IN ('failed', 'cancelled')`,
        )
        .pluck()
        .get(original.id) as number;
      const leftMinor = original.amount_minor - reversedMinor;
      const amountMinor = input.amountMinor ?? leftMinor;
      if (leftMinor <= 0 || amountMinor > leftMinor) {
        throw new AppError(
          'business_rule',
          `Only ${operatorAmountText(workspace.sqlite, original.operator_id, leftMinor)} of this allocation of ${operatorAmountText(workspace.sqlite, original.operator_id, original.amount_minor)} is left to reverse.`,
          { reason: 'over_reversal' },
        );
      }
      return workspace.outbox.enqueue({
        id: input.id,
        operatorId: original.operator_id,
        kind: 'allocation_reversal',
        amountMinor,
        partyId: original.party_id ?? '',
        reversesActionId: original.id,
        note: `Reversal: ${input.reason}`.slice(0, 200),
        requestedBy: actor.userId,
      });
    })
    .immediate();
}
