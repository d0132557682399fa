import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutStatus } from '../../../contract/payoutSchemas';
import { i18n } from '../i18n/i18n';

/** The catalog key of each status (camelCase, as the catalogs' keys are). */
const statusKeys = {
  accruing: 'accruing',
  due: 'due',
  on_hold: 'onHold',
  paid: 'paid',
  nothing_earned: 'nothingEarned',
} as const satisfies Record<PayoutStatus, string>;

/** Where a reseller's payout stands, in a word, in the current language. */
export function payoutStatusLabel(status: PayoutStatus): string {
  return i18n.t(`payouts:status.labels.${statusKeys[status]}`);
}

/** Mantine colours: blue while the month runs, orange once it is owed, red when held back. */
export const payoutStatusColors: Record<PayoutStatus, string> = {
  accruing: 'blue',
  due: 'orange',
  on_hold: 'red',
  paid: 'green',
  nothing_earned: 'gray',
};

/** Where a reseller's payout stands, in a word and a colour, with why on hover. */
export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const { t } = useTranslation('payouts');
  return (
    <Badge
      variant="light"
      color={payoutStatusColors[status]}
      tt="none"
      title={t(`status.hints.${statusKeys[status]}`)}
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {t(`status.labels.${statusKeys[status]}`)}
    </Badge>
  );
}
