import { Badge, Card, Divider, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OperatorStatementView } from '../../../contract/operatorStatementSchemas';
import { useOperation } from '../client/useOperation';
import { formatDay, formatInstant, formatInstantCompact } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { paymentMethodLabels } from '../payments/paymentLabels';
import { purchasePaymentLabels } from '../purchases/purchaseLabels';
import { LabelledValue } from '../shell/LabelledValue';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { OperatorLedgerBadge } from './OperatorLedgerBadge';
import { operatorPayableRollForward } from './operatorPayableRollForward';
import { RollForwardDifference, RollForwardTable } from './RollForwardTable';
import { SettlementBreadcrumbs } from './SettlementBreadcrumbs';
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
  const statements = useOperation('settlements.operatorStatements', { periodId });
  const statement = statements.data?.find((candidate) => candidate.operatorId === operatorId);
  return (
    <Stack gap="lg">
      {statements.error && (
        <OperationErrorAlert
          title="The operator's statement could not be read"
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
            No purchases, payments or debt with {operatorId} in this period: it has no statement.
          </Text>
        </div>
      )}
      {statement !== undefined && <OperatorStatementDetail statement={statement} />}
    </Stack>
  );
}

function OperatorStatementDetail({ statement }: { statement: OperatorStatementView }) {
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
            {statement.operatorName} · {statement.periodLabel}
          </Title>
          <OperatorLedgerBadge statement={statement} />
        </Group>
        <Text c="dimmed">
          {statement.id} · frozen {formatInstant(statement.createdAt)} by {statement.createdBy} · money in{' '}
          {statement.currency}, airtime in {statement.airtimeUnits}
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
  const { lines, differenceMinor } = operatorPayableRollForward(statement);
  const { money } = assets;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="operator-payable">
      <Text fw={600}>What we owe {statement.operatorName}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        Opening + bought on credit − payments (+ other movements) = closing.
      </Text>
      <RollForwardTable
        opening={{ label: 'Opening payable', amountMinor: statement.openingPayableMinor }}
        lines={lines}
        closing={{ label: 'Closing payable', amountMinor: statement.closingPayableMinor }}
        asset={money}
        testIdPrefix="payable"
      />
      <Stack gap={6} mt="sm">
        <LabelledValue label="Of which overdue at the period's end" testId="payable-overdue">
          <AmountText
            amountMinor={statement.overdueMinor}
            asset={money}
            size="sm"
            c={statement.overdueMinor > 0 ? 'red.7' : undefined}
            fw={statement.overdueMinor > 0 ? 700 : undefined}
          />
        </LabelledValue>
        <LabelledValue label="Of which falling due later" testId="payable-not-yet-due">
          <AmountText amountMinor={statement.notYetDueMinor} asset={money} size="sm" />
        </LabelledValue>
        {statement.carriedInMinor !== 0 && (
          <LabelledValue label="Carried in late from closed periods" testId="payable-carried-in">
            <AmountText amountMinor={statement.carriedInMinor} asset={money} size="sm" signed />
          </LabelledValue>
        )}
      </Stack>
      <RollForwardDifference differenceMinor={differenceMinor} closingLabel="closing payable" asset={money} />
    </Card>
  );
}

/** The credit bought: its face value in airtime and in money, the discount earned and how it was paid. */
function CreditBoughtCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  const { money, airtime } = assets;
  const bought: AmountLineProps[] = [
    {
      label: 'Face value (airtime)',
      testId: 'bought-face-value-units',
      amountMinor: statement.faceValueUnits,
      asset: airtime,
      strong: true,
    },
    {
      label: 'Face value in money',
      testId: 'bought-face-value',
      amountMinor: statement.faceValueMinor,
      asset: money,
    },
    {
      label: 'Discount earned',
      testId: 'bought-discount',
      amountMinor: statement.discountMinor,
      asset: money,
    },
    { label: 'Cost', testId: 'bought-cost', amountMinor: statement.costMinor, asset: money, strong: true },
    {
      label: 'Paid up front',
      testId: 'bought-paid-up-front',
      amountMinor: statement.paidUpFrontMinor,
      asset: money,
    },
    {
      label: 'Bought on credit',
      testId: 'bought-on-credit',
      amountMinor: statement.onCreditMinor,
      asset: money,
    },
  ];
  const ledger: AmountLineProps[] = [
    {
      label: 'Operator payable account',
      testId: 'ledger-payable',
      amountMinor: statement.ledger.closingPayableMinor,
      asset: money,
    },
    {
      label: 'Discount income account',
      testId: 'ledger-discount',
      amountMinor: statement.ledger.discountMinor,
      asset: money,
    },
  ];
  return (
    <Card withBorder padding="lg" radius="md" data-testid="operator-bought">
      <Text fw={600}>Credit bought</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {statement.purchasesCount.toLocaleString()} purchase{statement.purchasesCount === 1 ? '' : 's'}{' '}
        confirmed in the period: face value − discount = cost.
      </Text>
      <Stack gap={6}>
        {bought.map((figure) => (
          <AmountLine key={figure.testId} {...figure} />
        ))}
        <Divider my={4} label="The ledger at the close" labelPosition="left" />
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
  return (
    <Badge
      color="orange"
      variant="light"
      size="sm"
      style={{ textTransform: 'none' }}
      data-testid="carried-in"
    >
      carried in from {originPeriod ?? 'a closed period'}
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
  const { money, airtime } = assets;
  return (
    <LinesCard
      title="Purchases"
      description="The purchase orders confirmed in the period, and any of a closed period booked after its close."
      columns={[
        { label: 'Order' },
        { label: 'Confirmed' },
        { label: 'Face value', right: true },
        { label: 'Discount', right: true },
        { label: 'Cost', right: true },
        { label: 'Paid by' },
      ]}
      minWidth={820}
      testId="operator-purchases"
      emptyText={statement.purchases.length === 0 ? 'No purchase was confirmed in the period.' : null}
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
          <Table.Td>{purchasePaymentLabels[purchase.paidBy]}</Table.Td>
        </Table.Tr>
      ))}
    </LinesCard>
  );
}

/** A payable movement's kind in words: a payment, or the ledger's code for anything else. */
function movementKind(code: string): string {
  return code === 'operator_payment' ? 'Payment' : code.replaceAll('_', ' ');
}

function methodLabel(method: string | null): string {
  if (method === null) return '—';
  return method in paymentMethodLabels
    ? paymentMethodLabels[method as keyof typeof paymentMethodLabels]
    : method;
}

function MovementsCard({ statement, assets }: { statement: OperatorStatementView; assets: Assets }) {
  return (
    <LinesCard
      title="Payable movements"
      description="Payments to the operator, and anything else that moved what we owe it, besides purchases on credit."
      columns={[
        { label: 'Number' },
        { label: 'Took effect' },
        { label: 'Kind' },
        { label: 'Method' },
        { label: 'Reference' },
        { label: 'Amount', right: true },
      ]}
      minWidth={820}
      testId="operator-movements"
      emptyText={
        statement.movements.length === 0
          ? 'No payment to the operator and no other movement of the payable in the period.'
          : null
      }
    >
      {statement.movements.map((movement) => (
        <Table.Tr key={movement.entryId} data-entry={movement.entryId} data-late={movement.late}>
          <NumberCell number={movement.number} late={movement.late ? movement : null} />
          <Table.Td>{formatInstantCompact(movement.effectiveAt)}</Table.Td>
          <Table.Td>{movementKind(movement.code)}</Table.Td>
          <Table.Td>{methodLabel(movement.method)}</Table.Td>
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
  return (
    <LinesCard
      title="Open orders"
      description="Purchases on credit still unpaid, in part or whole, when the period ended."
      columns={[
        { label: 'Order' },
        { label: 'Confirmed' },
        { label: 'Due' },
        { label: 'Outstanding', right: true },
        { label: "At the period's end" },
      ]}
      minWidth={680}
      testId="operator-open-orders"
      emptyText={
        statement.openOrders.length === 0
          ? 'Everything bought on credit was paid by the end of the period.'
          : null
      }
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
                Overdue
              </Badge>
            ) : (
              <Badge color="gray" variant="light" data-testid="open-order-state">
                Not yet due
              </Badge>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </LinesCard>
  );
}
