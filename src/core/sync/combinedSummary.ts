import type { CycleSummary } from './syncService';

/** Outcomes from the one that most needs attention to the one that needs none. */
const outcomeRank: Record<CycleSummary['outcome'], number> = {
  failed: 3,
  offline: 2,
  cancelled: 1,
  completed: 0,
};

/**
 * One summary for a round over several operators: counts added up, the outcome that most needs
 * attention, each operator's message named by the operator.
 */
export function combinedSummary(summaries: readonly CycleSummary[]): CycleSummary {
  const [first] = summaries;
  const last = summaries[summaries.length - 1];
  if (first === undefined || last === undefined) throw new Error('a round has at least one cycle');
  if (summaries.length === 1) return first;
  const sum = (pick: (summary: CycleSummary) => number) =>
    summaries.reduce((total, summary) => total + pick(summary), 0);
  const worst = summaries.reduce((a, b) => (outcomeRank[b.outcome] > outcomeRank[a.outcome] ? b : a));
  const messages = summaries
    .filter((summary) => summary.message !== null)
    .map((summary) => `${summary.operatorId}: ${summary.message}`);
  return {
    id: last.id,
    operatorId: summaries.map((summary) => summary.operatorId).join(','),
    trigger: first.trigger,
    outcome: worst.outcome,
    startedAt: first.startedAt,
    finishedAt: last.finishedAt,
    sent: sum((summary) => summary.sent),
    confirmed: sum((summary) => summary.confirmed),
    failed: sum((summary) => summary.failed),
    cancelled: sum((summary) => summary.cancelled),
    pulled: sum((summary) => summary.pulled),
    booked: sum((summary) => summary.booked),
    balancesPulled: sum((summary) => summary.balancesPulled),
    conflicts: sum((summary) => summary.conflicts),
    stillOpen: sum((summary) => summary.stillOpen),
    message: messages.length === 0 ? null : messages.join(' · '),
  };
}
