import { Anchor, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstant } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { NetAmount } from './NetAmount';
import { OperatorStatementsSection } from './OperatorStatementsSection';
import { periodDatesText } from './periodDatesText';
import { periodLabelText } from './periodLabelText';
import { SettlementBreadcrumbs } from './SettlementBreadcrumbs';
import { StatementStateBadge } from './StatementStateBadge';
import { settlementStatementPath, settlementsPath } from './settlementPaths';
import { statementAsset } from './statementAsset';
import { TableAmount } from './TableAmount';
import { useSettlementDownload } from './useSettlementDownload';

type Figure = keyof Pick<
  StatementView,
  | 'openingBalanceMinor'
  | 'allocationsMinor'
  | 'paymentsMinor'
  | 'adjustmentsMinor'
  | 'closingBalanceMinor'
  | 'commissionMinor'
  | 'netMinor'
>;

const figureColumns = [
  { figure: 'openingBalanceMinor', labelKey: 'opening' },
  { figure: 'allocationsMinor', labelKey: 'allocations' },
  { figure: 'paymentsMinor', labelKey: 'payments' },
  { figure: 'adjustmentsMinor', labelKey: 'adjustments' },
  { figure: 'closingBalanceMinor', labelKey: 'closing' },
  { figure: 'commissionMinor', labelKey: 'commission' },
] as const satisfies ReadonlyArray<{ figure: Exclude<Figure, 'netMinor'>; labelKey: string }>;

const sumOf = (statements: StatementView[], figure: Figure) =>
  statements.reduce((sum, statement) => sum + statement[figure], 0);

/** A closed period's statements, one per reseller (latest version), with the period's totals. */
export function PeriodScreen({ periodId }: { periodId: string }) {
  const { t } = useTranslation('settlements');
  const statements = useOperation('settlements.statements', { periodId });
  const periods = useOperation('settlements.periods', {});
  const [, navigate] = useLocation();
  // What the distributor owes its operators is the head office's, not a partner office's.
  const mayReadOperators = useCurrentUser().canCall('settlements.operatorStatements');
  const period = periods.data?.periods.find((candidate) => candidate.id === periodId);
  const rows = statements.data ?? [];
  const label = periodLabelText(period?.label ?? rows[0]?.periodLabel ?? periodId);
  const first = rows[0];
  const asset: AmountAsset | undefined = first === undefined ? undefined : statementAsset(first);
  const workbook = useSettlementDownload();
  const title = t('period.title', { period: label });

  return (
    <Stack gap="lg">
      <div>
        <SettlementBreadcrumbs
          trail={[{ label: t('breadcrumbs.settlements'), href: settlementsPath }]}
          current={label}
        />
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2}>{title}</Title>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={workbook.busy}
            disabled={rows.length === 0}
            onClick={() => void workbook.download({ periodId })}
          >
            {t('period.workbook')}
          </Button>
        </Group>
        {period !== undefined && (
          <Text c="dimmed" data-testid="period-summary">
            {[
              asset === undefined ? null : t('period.amountsIn', { currency: asset.currency }),
              periodDatesText(period),
              period.closedAt === null
                ? null
                : t('period.closedBy', {
                    at: formatInstant(period.closedAt),
                    name: period.closedBy ?? t('period.someone'),
                  }),
            ]
              .filter((part) => part !== null)
              .join(' · ')}
          </Text>
        )}
      </div>
      {statements.error && (
        <OperationErrorAlert
          title={t('period.readError')}
          error={statements.error}
          onRetry={() => void statements.reload()}
        />
      )}
      {statements.data === undefined && !statements.error && <Skeleton height={200} />}
      {statements.data !== undefined && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('period.empty', { period: label })}
        </Text>
      )}
      {asset !== undefined && (
        <Card withBorder padding={0} radius="md">
          <Table.ScrollContainer minWidth={960}>
            <Table
              highlightOnHover
              verticalSpacing="xs"
              horizontalSpacing="xs"
              fz="sm"
              style={{ whiteSpace: 'nowrap' }}
              data-testid="period-statements"
              aria-label={title}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('period.columns.reseller')}</Table.Th>
                  <Table.Th>{t('period.columns.state')}</Table.Th>
                  {figureColumns.map((column) => (
                    <Table.Th key={column.figure} ta="right">
                      {t(`period.columns.${column.labelKey}`)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('period.columns.net')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((statement) => {
                  const href = settlementStatementPath(statement.id);
                  return (
                    <Table.Tr
                      key={statement.id}
                      data-statement={statement.id}
                      data-reseller={statement.retailerCode}
                      style={{ cursor: 'pointer' }}
                      onClick={() => navigate(href)}
                    >
                      <Table.Td>
                        <Anchor
                          component={Link}
                          href={href}
                          fw={600}
                          size="sm"
                          onClick={(event: MouseEvent) => event.stopPropagation()}
                        >
                          {statement.retailerCode}
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate="end" maw={190}>
                          {statement.retailerName}
                          {statement.version > 1 &&
                            ` · ${t('period.version', { version: statement.version })}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatementStateBadge state={statement.state} />
                      </Table.Td>
                      {figureColumns.map((column) => (
                        <Table.Td key={column.figure} ta="right">
                          <TableAmount amountMinor={statement[column.figure]} scale={asset.scale} />
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">
                        <NetAmount netMinor={statement.netMinor} asset={asset} inTable />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="period-totals">
                  <Table.Th>{t('period.total')}</Table.Th>
                  <Table.Th>
                    {t('period.statementCount', { count: rows.length, number: formatCount(rows.length) })}
                  </Table.Th>
                  {figureColumns.map((column) => (
                    <Table.Th key={column.figure} ta="right">
                      <TableAmount amountMinor={sumOf(rows, column.figure)} scale={asset.scale} fw={700} />
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">
                    <NetAmount netMinor={sumOf(rows, 'netMinor')} asset={asset} inTable />
                  </Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {mayReadOperators && <OperatorStatementsSection periodId={periodId} />}
    </Stack>
  );
}
