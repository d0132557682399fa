import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountView, AssetView } from '../../../contract/ledgerSchemas';
import { formatCount } from '../format/formatCount';
import { formatMinor } from '../format/formatMinor';
import { i18n } from '../i18n/i18n';

interface RuleBadge {
  label: string;
  explanation: string;
  color: string;
}

/** The balance rules the ledger enforces on an account, in a clerk's words and the screens' language. */
export function accountRuleBadges(account: AccountView, asset: AssetView | undefined): RuleBadge[] {
  const badges: RuleBadge[] = [];
  // The rule on the side opposite the normal one keeps the balance from going below zero.
  const noOverdraft =
    account.normalSide === 'debit' ? account.creditsMustNotExceedDebits : account.debitsMustNotExceedCredits;
  const neverPositive =
    account.normalSide === 'debit' ? account.debitsMustNotExceedCredits : account.creditsMustNotExceedDebits;
  if (noOverdraft) {
    badges.push({
      label: i18n.t('ledger:rules.noOverdraft.label'),
      explanation: i18n.t('ledger:rules.noOverdraft.explanation'),
      color: 'blue',
    });
  }
  if (neverPositive) {
    badges.push({
      label: i18n.t('ledger:rules.neverPositive.label'),
      explanation: i18n.t('ledger:rules.neverPositive.explanation'),
      color: 'blue',
    });
  }
  if (account.balanceUpperBoundMinor !== null) {
    const limit =
      asset === undefined
        ? i18n.t('ledger:rules.limit.minorUnits', { amount: formatCount(account.balanceUpperBoundMinor) })
        : formatMinor(account.balanceUpperBoundMinor, asset);
    badges.push({
      label: i18n.t('ledger:rules.limit.label', { limit }),
      explanation: i18n.t('ledger:rules.limit.explanation', { limit }),
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
  const { t } = useTranslation('ledger');
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
        <Tooltip label={t('rules.closed.explanation')} withArrow>
          <Badge size="sm" variant="filled" color="gray">
            {t('rules.closed.label')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
