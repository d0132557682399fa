import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { OperatorStatementView } from '../../../contract/operatorStatementSchemas';
import { useOperation } from '../client/useOperation';
import { formatMinor } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { OperatorLedgerBadge } from './OperatorLedgerBadge';
import { settlementOperatorStatementPath } from './settlementPaths';
import { statementAsset } from './statementAsset';

type MoneyFigure = keyof Pick<
  OperatorStatementView,
  | 'discountMinor'
  | 'costMinor'
  | 'paidUpFrontMinor'
  | 'onCreditMinor'
  | 'paymentsMinor'
  | 'closingPayableMinor'
>;

const moneyFigures: Array<{ figure: MoneyFigure; label: string }> = [
  { figure: 'discountMinor', label: 'Discount earned' },
  { figure: 'costMinor', label: 'Cost' },
  { figure: 'paidUpFrontMinor', label: 'Paid up front' },
  { figure: 'onCreditMinor', label: 'On credit' },
  { figure: 'paymentsMinor', label: 'Payments' },
  { figure: 'closingPayableMinor', label: 'Closing payable' },
];

/**
 * What the distributor bought from each operator in a closed period and what it owes it, frozen at
 * the close: one card per operator, each opening its statement.
 */
export function OperatorStatementsSection({ periodId }: { periodId: string }) {
  const statements = useOperation('settlements.operatorStatements', { periodId });
  const rows = statements.data ?? [];
  return (
    <Stack gap="xs" data-testid="operator-statements-section">
      <div>
        <Title order={3}>Operator purchases</Title>
        <Text size="sm" c="dimmed">
          Credit bought from each operator, the discount it earned, and what we owe it at the close.
        </Text>
      </div>
      {statements.error && (
        <OperationErrorAlert
          title="The operators' statements could not be read"
          error={statements.error}
          onRetry={() => void statements.reload()}
        />
      )}
      {statements.data === undefined && !statements.error && <Skeleton height={120} />}
      {statements.data !== undefined && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg" data-testid="operator-statements-empty">
          No purchases, payments or debt with any operator in this period.
        </Text>
      )}
      {rows.map((statement) => (
        <OperatorStatementCard key={statement.id} statement={statement} />
      ))}
    </Stack>
  );
}

/** One operator's figures at a glance, the whole card opening its statement. */
function OperatorStatementCard({ statement }: { statement: OperatorStatementView }) {
  const [, navigate] = useLocation();
  const href = settlementOperatorStatementPath(statement.periodId, statement.operatorId);
  const money = statementAsset(statement);
  const airtime = operatorAmountAsset({ units: statement.airtimeUnits, scale: statement.airtimeScale });
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      data-operator={statement.operatorId}
      style={{ cursor: 'pointer' }}
      onClick={() => navigate(href)}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="sm">
        <div>
          <Anchor
            component={Link}
            href={href}
            fw={600}
            onClick={(event: MouseEvent) => event.stopPropagation()}
          >
            {statement.operatorName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {statement.purchasesCount.toLocaleString()} purchase{statement.purchasesCount === 1 ? '' : 's'} ·{' '}
            {statement.id}
          </Text>
        </div>
        <Group gap="xs">
          {statement.overdueMinor > 0 ? (
            <Badge
              color="red"
              variant="filled"
              style={{ textTransform: 'none' }}
              data-testid="operator-overdue"
            >
              Overdue {formatMinor(statement.overdueMinor, money)}
            </Badge>
          ) : (
            <Badge
              color="gray"
              variant="light"
              style={{ textTransform: 'none' }}
              data-testid="operator-overdue"
            >
              Nothing overdue
            </Badge>
          )}
          <OperatorLedgerBadge statement={statement} />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="md" verticalSpacing="sm">
        <Figure label="Face value bought" figure="faceValueUnits">
          <AmountText amountMinor={statement.faceValueUnits} asset={airtime} size="sm" fw={600} />
        </Figure>
        {moneyFigures.map((column) => (
          <Figure key={column.figure} label={column.label} figure={column.figure}>
            <AmountText
              amountMinor={statement[column.figure]}
              asset={money}
              size="sm"
              fw={column.figure === 'closingPayableMinor' ? 700 : 600}
            />
          </Figure>
        ))}
      </SimpleGrid>
    </Card>
  );
}

function Figure({ label, figure, children }: { label: string; figure: string; children: ReactNode }) {
  return (
    // A label that wraps keeps its amount on the line of the others'.
    <Stack gap={2} justify="space-between" data-figure={figure}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <div data-testid="figure-amount">{children}</div>
    </Stack>
  );
}
