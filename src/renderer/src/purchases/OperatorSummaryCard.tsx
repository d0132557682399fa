import { Anchor, Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCash, IconPencil } from '@tabler/icons-react';
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
import { connectionColors, connectionLabels } from '../sync/syncLabels';
import { syncPath } from '../sync/syncPaths';
import { paymentTermsLabels } from './purchaseLabels';

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
  const state = status?.connection ?? 'connected';
  return (
    <Card withBorder padding="lg" radius="md" data-testid="operator-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="md">
        <div>
          <Group gap="xs">
            <Title order={3}>{connection.name}</Title>
            <Badge color={connectionColors[state]} variant="light" style={{ textTransform: 'none' }}>
              {connectionLabels[state]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Operator{' '}
            <Text span ff="monospace" size="sm">
              {connection.id}
            </Text>{' '}
            · airtime in {connection.units} ·{' '}
            <Anchor component={Link} href={syncPath} size="sm">
              Connection and sync queue <IconArrowRight size={12} />
            </Anchor>
          </Text>
        </div>
        <Group gap="sm">
          <SyncNowButton onDone={onSynced} />
          {onPayOperator !== undefined && terms !== undefined && terms.payableMinor > 0 && (
            <Button variant="light" leftSection={<IconCash size={16} />} onClick={onPayOperator}>
              Pay the operator
            </Button>
          )}
          {onEditTerms !== undefined && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={onEditTerms}
              disabled={terms === undefined}
            >
              Edit terms
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap={6} data-testid="wholesale-stock">
          <Group justify="space-between">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              Wholesale stock
            </Text>
            {wholesale !== undefined && (
              <Anchor component={Link} href={statementPath(wholesale.id)} size="sm">
                Statement <IconArrowRight size={12} />
              </Anchor>
            )}
          </Group>
          <LabelledValue label="Available to allocate" testId="wholesale-available">
            <AmountText
              amountMinor={wholesale?.balances.balanceAvailableMinor ?? 0}
              asset={airtime}
              fw={700}
              size="lg"
            />
          </LabelledValue>
          <LabelledValue label="In the ledger (posted)" testId="wholesale-posted">
            <AmountText amountMinor={wholesale?.balances.balancePostedMinor ?? 0} asset={airtime} />
          </LabelledValue>
          <LabelledValue label="Reserved by pending allocations">
            <AmountText amountMinor={wholesale?.balances.creditsPendingMinor ?? 0} asset={airtime} />
          </LabelledValue>
          <LabelledValue label="Incoming (purchases not confirmed)">
            <AmountText amountMinor={wholesale?.balances.debitsPendingMinor ?? 0} asset={airtime} />
          </LabelledValue>
        </Stack>
        <Stack gap={6} data-testid="operator-terms">
          <Divider hiddenFrom="md" />
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Terms{terms !== undefined && !terms.saved ? ' (defaults, not saved yet)' : ''}
          </Text>
          {terms === undefined ? (
            <Text size="sm" c="dimmed">
              Reading the terms…
            </Text>
          ) : (
            <>
              <LabelledValue label="Wholesale discount" testId="terms-discount">
                <Text size="sm" fw={600}>
                  {basisPointsToPercentText(terms.wholesaleDiscountBasisPoints)}% off face value
                </Text>
              </LabelledValue>
              <LabelledValue label="Payment" testId="terms-payment">
                <Text size="sm" fw={600}>
                  {paymentTermsLabels[terms.paymentTerms]}
                  {terms.paymentTerms === 'credit' && (
                    <>
                      {', limit '}
                      <AmountText amountMinor={terms.creditLimitMinor} asset={money} size="sm" fw={600} />
                      {`, due in ${terms.dueDays} ${terms.dueDays === 1 ? 'day' : 'days'}`}
                    </>
                  )}
                </Text>
              </LabelledValue>
              <LabelledValue label="Owed to the operator now" testId="terms-payable">
                <AmountText amountMinor={terms.payableMinor} asset={money} fw={600} />
              </LabelledValue>
              <LabelledValue label="Credit available" testId="terms-available-credit">
                {terms.availableCreditMinor === null ? (
                  <Text size="sm" c="dimmed">
                    None: prepaid
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
              <LabelledValue label="Catalogue">
                <Text size="sm">
                  {terms.catalogue.length === 0
                    ? 'No products listed'
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
