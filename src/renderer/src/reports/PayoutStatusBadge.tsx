import { Badge } from '@mantine/core';
import type { PayoutStatus } from '../../../contract/payoutSchemas';

export const payoutStatusLabels: Record<PayoutStatus, string> = {
  accruing: 'Accruing',
  due: 'Due',
  on_hold: 'On hold',
  paid: 'Paid',
  nothing_earned: 'Nothing earned',
};

/** Mantine colours: blue while the month runs, orange once it is owed, red when held back. */
export const payoutStatusColors: Record<PayoutStatus, string> = {
  accruing: 'blue',
  due: 'orange',
  on_hold: 'red',
  paid: 'green',
  nothing_earned: 'gray',
};

const payoutStatusHints: Record<PayoutStatus, string> = {
  accruing: 'The month is not over: the slab reached, and so the rate, may still rise.',
  due: 'The month is over and the commission is still to pay.',
  on_hold: 'The reseller is suspended or closed: review it before paying.',
  paid: 'Settled: nothing is left to pay.',
  nothing_earned: 'No commission: no plan, or no sales.',
};

/** Where a reseller's payout stands, in a word and a colour, with why on hover. */
export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  return (
    <Badge
      variant="light"
      color={payoutStatusColors[status]}
      tt="none"
      title={payoutStatusHints[status]}
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {payoutStatusLabels[status]}
    </Badge>
  );
}
