import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { OperatorStatementView } from '../../../contract/operatorStatementSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
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

const moneyFigures = [
  { figure: 'discountMinor', labelKey: 'discountEarned' },
  { figure: 'costMinor', labelKey: 'cost' },
  { figure: 'paidUpFrontMinor', labelKey: 'paidUpFront' },
  { figure: 'onCreditMinor', labelKey: 'onCredit' },
  { figure: 'paymentsMinor', labelKey: 'payments' },
  { figure: 'closingPayableMinor', labelKey: 'closingPayable' },
] as const satisfies ReadonlyArray<{ figure: MoneyFigure; labelKey: string }>;

/**
 * What the distributor bought from each operator in a closed period and what it owes it, frozen at
 * the close: one card per operator, each opening its statement.
 */
export function OperatorStatementsSection({ periodId }: { periodId: string }) {
  const { t } = useTranslation('settlements');
  const statements = useOperation('settlements.operatorStatements', { periodId });
  const rows = statements.data ?? [];
  return (
    <Stack gap="xs" data-testid="operator-statements-section">
      <div>
        <Title order={3}>{t('operators.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('operators.description')}
        </Text>
      </div>
      {statements.error && (
        <OperationErrorAlert
          title={t('operators.readError')}
          error={statements.error}
          onRetry={() => void statements.reload()}
        />
      )}
      {statements.data === undefined && !statements.error && <Skeleton height={120} />}
      {statements.data !== undefined && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg" data-testid="operator-statements-empty">
          {t('operators.empty')}
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
  const { t } = useTranslation('settlements');
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
            {t('operators.purchaseCount', {
              count: statement.purchasesCount,
              number: formatCount(statement.purchasesCount),
            })}{' '}
            · {statement.id}
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
              {t('operators.overdue', { amount: formatMinor(statement.overdueMinor, money) })}
            </Badge>
          ) : (
            <Badge
              color="gray"
              variant="light"
              style={{ textTransform: 'none' }}
              data-testid="operator-overdue"
            >
              {t('operators.nothingOverdue')}
            </Badge>
          )}
          <OperatorLedgerBadge statement={statement} />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="md" verticalSpacing="sm">
        <Figure label={t('operators.figures.faceValueBought')} figure="faceValueUnits">
          <AmountText amountMinor={statement.faceValueUnits} asset={airtime} size="sm" fw={600} />
        </Figure>
        {moneyFigures.map((column) => (
          <Figure
            key={column.figure}
            label={t(`operators.figures.${column.labelKey}`)}
            figure={column.figure}
          >
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
