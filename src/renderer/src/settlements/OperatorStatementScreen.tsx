import { Badge, Card, Divider, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorStatementView } from '../../../contract/operatorStatementSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatDay, formatInstant, formatInstantCompact } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { LabelledValue } from '../shell/LabelledValue';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { OperatorLedgerBadge } from './OperatorLedgerBadge';
import { operatorPayableRollForward } from './operatorPayableRollForward';
import { periodLabelText } from './periodLabelText';
import { RollForwardDifference, RollForwardTable } from './RollForwardTable';
import { SettlementBreadcrumbs } from './SettlementBreadcrumbs';
import { methodLabel } from './settlementLabels';
import { settlementPeriodTrail } from './settlementPaths';
import { statementAsset } from './statementAsset';

interface Assets {
  money: AmountAsset;
  airtime: AmountAsset;
}

/**
 * One operator's purchase statement of a closed period: what we owe it from opening to closing,
 * the credit bought and the discount earned, and the purchases, payments and open orders behind them.
 */
export function OperatorStatementScreen({ periodId, operatorId }: { periodId: string; operatorId: string }) {
  const { t } = useTranslation('settlements');
  const statements = useOperation('settlements.operatorStatements', { periodId });
  const statement = statements.data?.find((candidate) => candidate.operatorId === operatorId);
  return (
    <Stack gap="lg">
      {statements.error && (
        <OperationErrorAlert
          title={t('operatorStatement.readError')}
          error={statements.error}
          onRetry={() => void statements.reload()}
        />
      )}
      {statements.data === undefined && !statements.error && <Skeleton height={300} />}
      {statements.data !== undefined && statement === undefined && (
        <div>
          <SettlementBreadcrumbs
            trail={settlementPeriodTrail({ periodId, periodLabel: periodId })}
            current={operatorId}
          />
          <Text c="dimmed" ta="center" py="lg" data-testid="operator-statement-missing">
            {t('operatorStatement.missing', { operator: operatorId })}
          </Text>
        </div>
      )}
      {statement !== undefined && <OperatorStatementDetail statement={statement} />}
    </Stack>
  );
}

function OperatorStatementDetail({ statement }: { statement: OperatorStatementView }) {
  const { t } = useTranslation('settlements');
  const assets: Assets = {
    money: statementAsset(statement),
    airtime: operatorAmountAsset({ units: statement.airtimeUnits, scale: statement.airtimeScale }),
  };
  return (
    <>
      <div>
        <SettlementBreadcrumbs trail={settlementPeriodTrail(statement)} current={statement.operatorName} />
        <Group gap="sm">
          <Title order={2}>
            {statement.operatorName} · {periodLabelText(statement.periodLabel)}
          </Title>
          <OperatorLedgerBadge statement={statement} />
        </Group>
        <Text c="dimmed">
          {t('operatorStatement.meta', {
            id: statement.id,
            at: formatInstant(statement.createdAt),
            by: statement.createdBy,
            currency: statement.currency,
            units: statement.airtimeUnits,
          })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PayableCard statement={statement} assets={assets} />
        <CreditBoughtCard statement={statement} assets={assets} />
      </SimpleGrid>
      <PurchasesCard statement={statement} assets={assets} />
      <MovementsCard statement={statement} assets={assets} />
      <OpenOrdersCard statement={statement} assets={assets} />
    </>
  );
}

/** What we owe the operator, from opening to closing, then how much of it was overdue. */
function PayableCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  const { t } = useTranslation('settlements');
  const { lines, differenceMinor } = operatorPayableRollForward(statement);
  const { money } = assets;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="operator-payable">
      <Text fw={600}>{t('operatorStatement.payable.title', { operator: statement.operatorName })}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('operatorStatement.payable.formula')}
      </Text>
      <RollForwardTable
        opening={{
          label: t('operatorStatement.payable.opening'),
          amountMinor: statement.openingPayableMinor,
        }}
        lines={lines}
        closing={{
          label: t('operatorStatement.payable.closing'),
          amountMinor: statement.closingPayableMinor,
        }}
        asset={money}
        testIdPrefix="payable"
      />
      <Stack gap={6} mt="sm">
        <LabelledValue label={t('operatorStatement.payable.overdue')} testId="payable-overdue">
          <AmountText
            amountMinor={statement.overdueMinor}
            asset={money}
            size="sm"
            c={statement.overdueMinor > 0 ? 'red.7' : undefined}
            fw={statement.overdueMinor > 0 ? 700 : undefined}
          />
        </LabelledValue>
        <LabelledValue label={t('operatorStatement.payable.notYetDue')} testId="payable-not-yet-due">
          <AmountText amountMinor={statement.notYetDueMinor} asset={money} size="sm" />
        </LabelledValue>
        {statement.carriedInMinor !== 0 && (
          <LabelledValue label={t('operatorStatement.payable.carriedIn')} testId="payable-carried-in">
            <AmountText amountMinor={statement.carriedInMinor} asset={money} size="sm" signed />
          </LabelledValue>
        )}
      </Stack>
      <RollForwardDifference
        differenceMinor={differenceMinor}
        closingLabel={t('operatorStatement.payable.closingInSentence')}
        asset={money}
      />
    </Card>
  );
}

/** The credit bought: its face value in airtime and in money, the discount earned and how it was paid. */
function CreditBoughtCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  const { t } = useTranslation('settlements');
  const { money, airtime } = assets;
  const bought: AmountLineProps[] = [
    {
      label: t('operatorStatement.bought.faceValueAirtime'),
      testId: 'bought-face-value-units',
      amountMinor: statement.faceValueUnits,
      asset: airtime,
      strong: true,
    },
    {
      label: t('operatorStatement.bought.faceValueMoney'),
      testId: 'bought-face-value',
      amountMinor: statement.faceValueMinor,
      asset: money,
    },
    {
      label: t('operatorStatement.bought.discountEarned'),
      testId: 'bought-discount',
      amountMinor: statement.discountMinor,
      asset: money,
    },
    {
      label: t('operatorStatement.bought.cost'),
      testId: 'bought-cost',
      amountMinor: statement.costMinor,
      asset: money,
      strong: true,
    },
    {
      label: t('operatorStatement.bought.paidUpFront'),
      testId: 'bought-paid-up-front',
      amountMinor: statement.paidUpFrontMinor,
      asset: money,
    },
    {
      label: t('operatorStatement.bought.onCredit'),
      testId: 'bought-on-credit',
      amountMinor: statement.onCreditMinor,
      asset: money,
    },
  ];
  const ledger: AmountLineProps[] = [
    {
      label: t('operatorStatement.bought.ledgerPayable'),
      testId: 'ledger-payable',
      amountMinor: statement.ledger.closingPayableMinor,
      asset: money,
    },
    {
      label: t('operatorStatement.bought.ledgerDiscount'),
      testId: 'ledger-discount',
      amountMinor: statement.ledger.discountMinor,
      asset: money,
    },
  ];
  return (
    <Card withBorder padding="lg" radius="md" data-testid="operator-bought">
      <Text fw={600}>{t('operatorStatement.bought.title')}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('operatorStatement.bought.summary', {
          count: statement.purchasesCount,
          number: formatCount(statement.purchasesCount),
        })}
      </Text>
      <Stack gap={6}>
        {bought.map((figure) => (
          <AmountLine key={figure.testId} {...figure} />
        ))}
        <Divider my={4} label={t('operatorStatement.bought.ledgerAtClose')} labelPosition="left" />
        {ledger.map((figure) => (
          <AmountLine key={figure.testId} {...figure} />
        ))}
      </Stack>
    </Card>
  );
}

interface AmountLineProps {
  label: string;
  testId: string;
  amountMinor: number;
  asset: AmountAsset;
  strong?: boolean;
}

function AmountLine({ label, testId, amountMinor, asset, strong = false }: AmountLineProps) {
  return (
    <LabelledValue label={label} testId={testId}>
      <AmountText amountMinor={amountMinor} asset={asset} size="sm" fw={strong ? 700 : undefined} />
    </LabelledValue>
  );
}

/** A line that took effect in a closed period and was booked after its close. */
function CarriedInBadge({ originPeriod }: { originPeriod: string | null }) {
  const { t } = useTranslation('settlements');
  return (
    <Badge
      color="orange"
      variant="light"
      size="sm"
      style={{ textTransform: 'none' }}
      data-testid="carried-in"
    >
      {originPeriod === null
        ? t('operatorStatement.carriedInFromClosedPeriod')
        : t('operatorStatement.carriedInFrom', { period: originPeriod })}
    </Badge>
  );
}

/**
 * A card of lines behind the statement: a title, what the lines are, then their table, or what
 * their absence means.
 */
function LinesCard({
  title,
  description,
  columns,
  minWidth,
  testId,
  emptyText,
  children,
}: {
  title: string;
  description: string;
  columns: Array<{ label: string; right?: boolean }>;
  minWidth: number;
  testId: string;
  /** Shown instead of the table when there is no line. */
  emptyText: string | null;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {emptyText !== null ? (
        <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
          {emptyText}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table verticalSpacing="xs" data-testid={testId} aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column.label} ta={column.right ? 'right' : undefined}>
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** An order's or a payment's number, and whether it was carried in late from a closed period. */
function NumberCell({
  number,
  late,
}: {
  number: string | null;
  late: { originPeriod: string | null } | null;
}) {
  return (
    <Table.Td>
      <Group gap="xs" wrap="nowrap">
        <Text span size="sm" ff="monospace">
          {number ?? '—'}
        </Text>
        {late !== null && <CarriedInBadge originPeriod={late.originPeriod} />}
      </Group>
    </Table.Td>
  );
}

function PurchasesCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  const { t } = useTranslation('settlements');
  const { money, airtime } = assets;
  return (
    <LinesCard
      title={t('operatorStatement.purchases.title')}
      description={t('operatorStatement.purchases.description')}
      columns={[
        { label: t('operatorStatement.purchases.columns.order') },
        { label: t('operatorStatement.purchases.columns.confirmed') },
        { label: t('operatorStatement.purchases.columns.faceValue'), right: true },
        { label: t('operatorStatement.purchases.columns.discount'), right: true },
        { label: t('operatorStatement.purchases.columns.cost'), right: true },
        { label: t('operatorStatement.purchases.columns.paidBy') },
      ]}
      minWidth={820}
      testId="operator-purchases"
      emptyText={statement.purchases.length === 0 ? t('operatorStatement.purchases.empty') : null}
    >
      {statement.purchases.map((purchase) => (
        <Table.Tr key={purchase.entryId} data-purchase={purchase.number} data-late={purchase.late}>
          <NumberCell number={purchase.number} late={purchase.late ? purchase : null} />
          <Table.Td>{formatInstantCompact(purchase.effectiveAt)}</Table.Td>
          <Table.Td ta="right">
            <AmountText amountMinor={purchase.faceValueUnits} asset={airtime} size="sm" />
          </Table.Td>
          <Table.Td ta="right">
            <AmountText amountMinor={purchase.discountMinor} asset={money} size="sm" />
          </Table.Td>
          <Table.Td ta="right">
            <AmountText amountMinor={purchase.costMinor} asset={money} size="sm" />
          </Table.Td>
          <Table.Td>{methodLabel(purchase.paidBy)}</Table.Td>
        </Table.Tr>
      ))}
    </LinesCard>
  );
}

/** A payable movement's kind in words: a payment, or the ledger's code for anything else. */
function movementKind(code: string, payment: string): string {
  return code === 'operator_payment' ? payment : code.replaceAll('_', ' ');
}

function MovementsCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  const { t } = useTranslation('settlements');
  return (
    <LinesCard
      title={t('operatorStatement.movements.title')}
      description={t('operatorStatement.movements.description')}
      columns={[
        { label: t('operatorStatement.movements.columns.number') },
        { label: t('operatorStatement.movements.columns.tookEffect') },
        { label: t('operatorStatement.movements.columns.kind') },
        { label: t('operatorStatement.movements.columns.method') },
        { label: t('operatorStatement.movements.columns.reference') },
        { label: t('operatorStatement.movements.columns.amount'), right: true },
      ]}
      minWidth={820}
      testId="operator-movements"
      emptyText={statement.movements.length === 0 ? t('operatorStatement.movements.empty') : null}
    >
      {statement.movements.map((movement) => (
        <Table.Tr key={movement.entryId} data-entry={movement.entryId} data-late={movement.late}>
          <NumberCell number={movement.number} late={movement.late ? movement : null} />
          <Table.Td>{formatInstantCompact(movement.effectiveAt)}</Table.Td>
          <Table.Td>{movementKind(movement.code, t('operatorStatement.movements.payment'))}</Table.Td>
          <Table.Td>{movement.method === null ? '—' : methodLabel(movement.method)}</Table.Td>
          <Table.Td>{movement.reference ?? '—'}</Table.Td>
          <Table.Td ta="right">
            <AmountText amountMinor={movement.amountMinor} asset={assets.money} signed size="sm" />
          </Table.Td>
        </Table.Tr>
      ))}
    </LinesCard>
  );
}

function OpenOrdersCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  const { t } = useTranslation('settlements');
  return (
    <LinesCard
      title={t('operatorStatement.openOrders.title')}
      description={t('operatorStatement.openOrders.description')}
      columns={[
        { label: t('operatorStatement.openOrders.columns.order') },
        { label: t('operatorStatement.openOrders.columns.confirmed') },
        { label: t('operatorStatement.openOrders.columns.due') },
        { label: t('operatorStatement.openOrders.columns.outstanding'), right: true },
        { label: t('operatorStatement.openOrders.columns.atPeriodEnd') },
      ]}
      minWidth={680}
      testId="operator-open-orders"
      emptyText={statement.openOrders.length === 0 ? t('operatorStatement.openOrders.empty') : null}
    >
      {statement.openOrders.map((order) => (
        <Table.Tr key={order.purchaseId} data-order={order.number}>
          <NumberCell number={order.number} late={null} />
          <Table.Td>{formatInstantCompact(order.confirmedAt)}</Table.Td>
          <Table.Td>{formatDay(order.dueAt)}</Table.Td>
          <Table.Td ta="right">
            <AmountText amountMinor={order.outstandingMinor} asset={assets.money} size="sm" />
          </Table.Td>
          <Table.Td>
            {order.overdue ? (
              <Badge color="red" variant="filled" data-testid="open-order-state">
                {t('operatorStatement.openOrders.overdue')}
              </Badge>
            ) : (
              <Badge color="gray" variant="light" data-testid="open-order-state">
                {t('operatorStatement.openOrders.notYetDue')}
              </Badge>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </LinesCard>
  );
}
