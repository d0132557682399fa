import { Badge, Group, Tooltip } from '@mantine/core';
import type { AccountView, AssetView } from '../../../contract/ledgerSchemas';
import { formatMinor } from '../format/formatMinor';

interface RuleBadge {
  label: string;
  explanation: string;
  color: string;
}

/** The balance rules the ledger enforces on an account, in a clerk's words. */
export function accountRuleBadges(account: AccountView, asset: AssetView | undefined): RuleBadge[] {
  const badges: RuleBadge[] = [];
  // The rule on the side opposite the normal one keeps the balance from going below zero.
  const noOverdraft =
    account.normalSide === 'debit' ? account.creditsMustNotExceedDebits : account.debitsMustNotExceedCredits;
  const neverPositive =
    account.normalSide === 'debit' ? account.debitsMustNotExceedCredits : account.creditsMustNotExceedDebits;
  if (noOverdraft) {
    badges.push({
      label: 'no overdraft',
      explanation: 'The balance can never go below zero, pending reservations included.',
      color: 'blue',
    });
  }
  if (neverPositive) {
    badges.push({
      label: 'never above zero',
      explanation: 'The balance can never rise above zero, pending reservations included.',
      color: 'blue',
    });
  }
  if (account.balanceUpperBoundMinor !== null) {
    const limit =
      asset === undefined
        ? `${account.balanceUpperBoundMinor} minor units`
        : formatMinor(account.balanceUpperBoundMinor, asset);
    badges.push({
      label: `limit ${limit}`,
      explanation: `The balance, pending reservations included, can never exceed ${limit}.`,
      color: 'violet',
    });
  }
  return badges;
}

export function AccountRuleBadges({
  account,
  asset,
}: {
  account: AccountView;
  asset: AssetView | undefined;
}) {
  const badges = accountRuleBadges(account, asset);
  if (badges.length === 0 && !account.closed) return null;
  return (
    <Group gap={4} mt={2}>
      {badges.map((badge) => (
        <Tooltip key={badge.label} label={badge.explanation} withArrow>
          <Badge
            size="sm"
            variant="light"
            color={badge.color}
            style={{ textTransform: 'none', flexShrink: 0 }}
          >
            {badge.label}
          </Badge>
        </Tooltip>
      ))}
      {account.closed && (
        <Tooltip label="Closed: no new movements can be recorded on it." withArrow>
          <Badge size="sm" variant="filled" color="gray">
            closed
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
