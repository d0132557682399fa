import { Anchor, Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCash, IconPencil } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AccountView } from '../../../contract/ledgerSchemas';
import type { OperatorConnectionView, SyncStatus } from '../../../contract/operatorSchemas';
import type { OperatorTermsView } from '../../../contract/purchaseSchemas';
import type { AmountAsset } from '../format/formatMinor';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { AmountText } from '../ledger/AmountText';
import { statementPath } from '../ledger/ledgerPaths';
import { LabelledValue } from '../shell/LabelledValue';
import { SyncNowButton } from '../sync/SyncNowButton';
import { connectionColors, connectionLabel } from '../sync/syncLabels';
import { syncPath } from '../sync/syncPaths';
import { paymentTermsLabel } from './purchaseLabels';

/** The operator at a glance: who, whether it answers, what stock we hold there, and our contract with it. */
export function OperatorSummaryCard({
  connection,
  status,
  terms,
  wholesale,
  airtime,
  money,
  onEditTerms,
  onPayOperator,
  onSynced,
}: {
  connection: OperatorConnectionView;
  status: SyncStatus | undefined;
  terms: OperatorTermsView | undefined;
  wholesale: AccountView | undefined;
  airtime: AmountAsset;
  money: AmountAsset;
  /** Undefined when the user may not change the terms (or pay): the button is not shown. */
  onEditTerms: (() => void) | undefined;
  onPayOperator: (() => void) | undefined;
  onSynced: () => void;
}) {
  const { t } = useTranslation('purchases');
  const state = status?.connection ?? 'connected';
  return (
    <Card withBorder padding="lg" radius="md" data-testid="operator-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="md">
        <div>
          <Group gap="xs">
            <Title order={3}>{connection.name}</Title>
            <Badge color={connectionColors[state]} variant="light" style={{ textTransform: 'none' }}>
              {connectionLabel(state)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            <Trans
              t={t}
              i18nKey="summary.operatorLine"
              values={{ id: connection.id, units: connection.units }}
              components={{ code: <Text span ff="monospace" size="sm" /> }}
            />{' '}
            <Anchor component={Link} href={syncPath} size="sm">
              {t('summary.syncLink')} <IconArrowRight size={12} />
            </Anchor>
          </Text>
        </div>
        <Group gap="sm">
          <SyncNowButton onDone={onSynced} />
          {onPayOperator !== undefined && terms !== undefined && terms.payableMinor > 0 && (
            <Button variant="light" leftSection={<IconCash size={16} />} onClick={onPayOperator}>
              {t('summary.payOperator')}
            </Button>
          )}
          {onEditTerms !== undefined && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={onEditTerms}
              disabled={terms === undefined}
            >
              {t('summary.editTerms')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap={6} data-testid="wholesale-stock">
          <Group justify="space-between">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {t('summary.wholesaleStock')}
            </Text>
            {wholesale !== undefined && (
              <Anchor component={Link} href={statementPath(wholesale.id)} size="sm">
                {t('summary.statement')} <IconArrowRight size={12} />
              </Anchor>
            )}
          </Group>
          <LabelledValue label={t('summary.available')} testId="wholesale-available">
            <AmountText
              amountMinor={wholesale?.balances.balanceAvailableMinor ?? 0}
              asset={airtime}
              fw={700}
              size="lg"
            />
          </LabelledValue>
          <LabelledValue label={t('summary.posted')} testId="wholesale-posted">
            <AmountText amountMinor={wholesale?.balances.balancePostedMinor ?? 0} asset={airtime} />
          </LabelledValue>
          <LabelledValue label={t('summary.reserved')}>
            <AmountText amountMinor={wholesale?.balances.creditsPendingMinor ?? 0} asset={airtime} />
          </LabelledValue>
          <LabelledValue label={t('summary.incoming')}>
            <AmountText amountMinor={wholesale?.balances.debitsPendingMinor ?? 0} asset={airtime} />
          </LabelledValue>
        </Stack>
        <Stack gap={6} data-testid="operator-terms">
          <Divider hiddenFrom="md" />
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {terms !== undefined && !terms.saved ? t('summary.termsDefaults') : t('summary.terms')}
          </Text>
          {terms === undefined ? (
            <Text size="sm" c="dimmed">
              {t('summary.readingTerms')}
            </Text>
          ) : (
            <>
              <LabelledValue label={t('summary.discount')} testId="terms-discount">
                <Text size="sm" fw={600}>
                  {t('summary.discountValue', {
                    percent: basisPointsToPercentText(terms.wholesaleDiscountBasisPoints),
                  })}
                </Text>
              </LabelledValue>
              <LabelledValue label={t('summary.payment')} testId="terms-payment">
                <Text size="sm" fw={600}>
                  {terms.paymentTerms === 'credit' ? (
                    <Trans
                      t={t}
                      i18nKey="summary.creditTerms"
                      count={terms.dueDays}
                      values={{ terms: paymentTermsLabel(terms.paymentTerms), days: terms.dueDays }}
                      components={{
                        amount: (
                          <AmountText amountMinor={terms.creditLimitMinor} asset={money} size="sm" fw={600} />
                        ),
                      }}
                    />
                  ) : (
                    paymentTermsLabel(terms.paymentTerms)
                  )}
                </Text>
              </LabelledValue>
              <LabelledValue label={t('summary.payable')} testId="terms-payable">
                <AmountText amountMinor={terms.payableMinor} asset={money} fw={600} />
              </LabelledValue>
              <LabelledValue label={t('summary.creditAvailable')} testId="terms-available-credit">
                {terms.availableCreditMinor === null ? (
                  <Text size="sm" c="dimmed">
                    {t('summary.noCredit')}
                  </Text>
                ) : (
                  <AmountText
                    amountMinor={terms.availableCreditMinor}
                    asset={money}
                    c={terms.availableCreditMinor <= 0 ? 'red' : 'teal'}
                    fw={600}
                  />
                )}
              </LabelledValue>
              <LabelledValue label={t('summary.catalogue')}>
                <Text size="sm">
                  {terms.catalogue.length === 0
                    ? t('summary.noProducts')
                    : terms.catalogue.map((product) => product.name).join(', ')}
                </Text>
              </LabelledValue>
            </>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
