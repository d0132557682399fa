import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconLink } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CommissionLine, PayoutDetail, PayoutRow } from '../../../contract/payoutSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatGroupedMinor } from '../format/formatGroupedMinor';
import { formatInstantCompact } from '../format/formatInstant';
import { currentLocale } from '../i18n/currentLocale';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { shortId } from '../ledger/ledgerLabels';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { PayoutStatusBadge } from './PayoutStatusBadge';
import { payoutMonthsText } from './payoutMonthsText';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import classes from './ReportsPrint.module.css';
import { reportAsset } from './reportAsset';
import { payoutsPath, reportsPath, resellerSalesRowsPath } from './reportPaths';
import { reportHref } from './reportQuery';
import { percentText } from './reportRatios';
import { useOptionalRead } from './useOptionalRead';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

type Allocation = PayoutDetail['allocations'][number];

const dash = (
  <Text size="sm" c="dimmed" span>
    —
  </Text>
);

/** "2026-11" → "Nov 2026", in the screens' language. */
function monthText(month: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Where a line's rate came from, in words: the core names the rule by what it matched. */
function ruleText(t: TFunction<'payouts'>, rule: string): string {
  if (rule === 'default') return t('detail.rules.planDefault');
  if (rule.startsWith('denomination ')) return t('detail.rules.amount');
  if (rule.includes(', denomination ')) return t('detail.rules.operatorAndAmount');
  return t('detail.rules.operator', { rule });
}

/** The reseller's status as the core names it, in words when it is one we know. */
function resellerStatusText(t: TFunction<'payouts'>, status: string): string {
  switch (status) {
    case 'active':
    case 'suspended':
    case 'closed':
      return t(`resellerStatus.${status}`);
    default:
      return status;
  }
}

/**
 * One reseller's payout over the whole months of the period: per operator its stock and
 * commission, every commission line (rule, slab, rate, base), and the allocations behind
 * "allocated", each opening its journal entry. Its sales are a link away.
 */
export function PayoutDetailScreen({ code }: { code: string }) {
  const { t } = useTranslation('payouts');
  const { view, filters, hrefOf, today } = useReportView();
  const { can } = useCurrentUser();
  usePrintableReport();
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const detail = useOperation('reports.payout', { filters, retailerCode: code });
  const connections = useOptionalRead('operator.connections', {}, can('sync.read'));
  const retailer = useOptionalRead('retailers.get', { code }, can('retailers.read'));
  const data = detail.error === undefined ? detail.data : undefined;
  const name = data?.rows[0]?.name ?? retailer?.retailer.name ?? code;
  const title = t('detail.title', { name });
  const months = data === undefined ? null : payoutMonthsText(data.period);
  const operatorName = (operatorId: string) =>
    connections?.find((operator) => operator.id === operatorId)?.name ?? operatorId;
  const openEntry = can('ledger.read') ? (entryId: string) => setEntryTrail([entryId]) : null;
  const exportRequest = { report: 'payout' as const, filters, retailerCode: code };
  // The sales behind the payout are those of its whole months (up to today), whatever the channel.
  const salesHref =
    data === undefined
      ? hrefOf(resellerSalesRowsPath(code))
      : reportHref(resellerSalesRowsPath(code), {
          ...view,
          preset: 'custom',
          from: data.period.from,
          to: data.period.to < today ? data.period.to : today,
          channels: [],
        });

  return (
    <Stack gap="md">
      <ReportDrillDownHeader
        trail={[
          { label: t('trail.reports'), href: hrefOf(reportsPath) },
          { label: t('trail.payouts'), href: hrefOf(payoutsPath) },
        ]}
        title={title}
        subtitle={months === null ? t('detail.subtitle', { code }) : t('detail.subtitleMonths', { months })}
        view={view}
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <Anchor component={Link} href={salesHref} size="sm" data-testid="payout-sales-link">
              {t('detail.salesLink', { code })} <IconArrowRight size={12} />
            </Anchor>
            <ReportDownloadMenu
              title={title}
              csv={{ ...exportRequest, card: 'commission' }}
              xlsx={exportRequest}
            />
          </Group>
        }
      />
      {detail.error && (
        <OperationErrorAlert
          title={detail.error.body.code === 'not_found' ? t('detail.notFound', { code }) : t('detail.error')}
          error={detail.error}
          onRetry={detail.error.body.code === 'not_found' ? undefined : () => void detail.reload()}
        />
      )}
      {detail.loading && data === undefined && detail.error === undefined && (
        <Text c="dimmed" data-testid="payout-loading">
          {t('detail.loading')}
        </Text>
      )}
      {data !== undefined && (
        <Stack gap="md" data-testid="payout-detail">
          {data.rows.length === 0 ? (
            <Text c="dimmed" ta="center" py="lg" data-testid="payout-detail-empty">
              {t('detail.empty', { code, months: months ?? '' })}
            </Text>
          ) : (
            data.rows.map((row) => (
              <PayoutSummary key={row.operatorId} row={row} operatorName={operatorName(row.operatorId)} />
            ))
          )}
          <CommissionLines
            lines={data.lines}
            rows={data.rows}
            severalOperators={data.rows.length > 1}
            operatorName={operatorName}
          />
          <Allocations
            detail={data}
            severalOperators={data.rows.length > 1}
            operatorName={operatorName}
            onOpenEntry={openEntry}
          />
        </Stack>
      )}
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </Stack>
  );
}

function Figure({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fw={600} fz="md" style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** One operator's payout of the reseller: how its stock moved, then what it earned and is owed. */
function PayoutSummary({ row, operatorName }: { row: PayoutRow; operatorName: string }) {
  const { t } = useTranslation('payouts');
  const asset = reportAsset(row);
  const amount = (amountMinor: number, testId?: string) => (
    <AmountText amountMinor={amountMinor} asset={asset} inherit data-testid={testId} />
  );
  const counted = (
    amountMinor: number,
    count: number,
    noun: 'detail.summary.allocations' | 'detail.summary.sales' | 'detail.summary.reversals',
  ) => (
    <>
      {amount(amountMinor)}{' '}
      <Text span size="xs" c="dimmed" fw={400}>
        {t(noun, { count, n: formatCount(count) })}
      </Text>
    </>
  );
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      className={classes.card}
      data-testid="payout-summary"
      data-operator={row.operatorId}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} fz="md" fw={600}>
              {operatorName}
            </Title>
            <Text size="xs" c="dimmed">
              {row.region === null
                ? t('detail.summary.airtime', {
                    units: row.units,
                    status: resellerStatusText(t, row.resellerStatus),
                  })
                : t('detail.summary.airtimeRegion', {
                    units: row.units,
                    region: row.region,
                    status: resellerStatusText(t, row.resellerStatus),
                  })}
            </Text>
          </div>
          <Group gap="xs">
            {row.planName === null ? (
              <Badge variant="outline" color="orange" tt="none">
                {t('detail.summary.noPlan')}
              </Badge>
            ) : (
              <Badge variant="outline" color="gray" tt="none" title={row.planCode ?? undefined}>
                {t('detail.summary.plan', { name: row.planName })}
              </Badge>
            )}
            <PayoutStatusBadge status={row.status} />
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: row.allocationReversalsMinor > 0 ? 6 : 5 }} spacing="md">
          <Figure label={t('detail.summary.opening')}>
            {amount(row.openingStockMinor, 'payout-opening-stock')}
          </Figure>
          <Figure label={t('detail.summary.allocated')}>
            {counted(row.allocatedMinor, row.allocatedCount, 'detail.summary.allocations')}
          </Figure>
          {row.allocationReversalsMinor > 0 && (
            <Figure label={t('detail.summary.allocationsTakenBack')}>
              {amount(row.allocationReversalsMinor)}
            </Figure>
          )}
          <Figure label={t('detail.summary.sold')}>
            {counted(row.salesMinor, row.salesCount, 'detail.summary.sales')}
          </Figure>
          <Figure label={t('detail.summary.reversed')}>
            {counted(row.reversalsMinor, row.reversalsCount, 'detail.summary.reversals')}
          </Figure>
          <Figure label={t('detail.summary.closing')}>
            {amount(row.closingStockMinor, 'payout-closing-stock')}
          </Figure>
        </SimpleGrid>
        <SimpleGrid
          cols={{ base: 2, sm: 3, lg: 5 }}
          spacing="md"
          pt="md"
          style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
        >
          <Figure label={t('detail.summary.gross')}>
            {amount(row.grossCommissionMinor, 'payout-gross')}
          </Figure>
          <Figure label={t('detail.summary.adjustments')}>
            {amount(row.adjustmentsMinor, 'payout-adjustments')}
          </Figure>
          <Figure label={t('detail.summary.netPayable')}>
            <Text span fw={700} inherit c="var(--mantine-primary-color-filled)">
              {amount(row.netPayableMinor, 'payout-net-payable')}
            </Text>
          </Figure>
          <Figure label={t('detail.summary.paid')}>{amount(row.paidMinor, 'payout-paid')}</Figure>
          <Figure label={t('detail.summary.balanceDue')}>
            {amount(row.balanceDueMinor, 'payout-balance-due')}
          </Figure>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** Commission and taken-back summed per units (different airtime units do not add up). */
function lineTotals(lines: CommissionLine[]) {
  const totals = new Map<
    string,
    { units: string; scale: number; commissionMinor: number; clawbackMinor: number }
  >();
  for (const line of lines) {
    const total = totals.get(line.units) ?? {
      units: line.units,
      scale: line.scale,
      commissionMinor: 0,
      clawbackMinor: 0,
    };
    total.commissionMinor += line.commissionMinor;
    total.clawbackMinor += line.clawbackMinor;
    totals.set(line.units, total);
  }
  return [...totals.values()];
}

/** How the commission was computed: per month and rate, the rule, the slab the month reached and the base. */
function CommissionLines({
  lines,
  rows,
  severalOperators,
  operatorName,
}: {
  lines: CommissionLine[];
  rows: PayoutRow[];
  severalOperators: boolean;
  operatorName: (operatorId: string) => string;
}) {
  const { t } = useTranslation('payouts');
  const totals = lineTotals(lines);
  const columnCount = severalOperators ? 10 : 9;
  return (
    <Card withBorder radius="md" padding="lg" className={classes.card} data-testid="commission-lines">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" fw={600}>
            {t('detail.lines.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('detail.lines.description')}
          </Text>
        </div>
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="commission-lines-empty">
            {rows.some((row) => row.planName === null) ? t('detail.lines.noPlan') : t('detail.lines.noSales')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table fz="sm" verticalSpacing={6} aria-label={t('detail.lines.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.lines.columns.month')}</Table.Th>
                  {severalOperators && <Table.Th>{t('detail.lines.columns.operator')}</Table.Th>}
                  <Table.Th>{t('detail.lines.columns.rule')}</Table.Th>
                  <Table.Th>{t('detail.lines.columns.denominations')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('detail.lines.columns.monthVolume')}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('detail.lines.columns.slab')}
                  </Table.Th>
                  <Table.Th ta="right">{t('detail.lines.columns.rate')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('detail.lines.columns.salesValue')}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('detail.lines.columns.commission')}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('detail.lines.columns.takenBack')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => {
                  const asset = reportAsset(line);
                  const denominations = line.denominationsMinor
                    .map((denomination) => formatGroupedMinor(denomination, line.scale))
                    // Not a comma: amounts have their own.
                    .join(' · ');
                  return (
                    <Table.Tr
                      key={`${line.month}|${line.operatorId}|${line.rule}|${line.basisPoints}`}
                      data-commission-line={line.month}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthText(line.month)}</Table.Td>
                      {severalOperators && <Table.Td>{operatorName(line.operatorId)}</Table.Td>}
                      <Table.Td style={{ whiteSpace: 'nowrap' }} title={line.rule}>
                        {ruleText(t, line.rule)}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" truncate maw={140} title={denominations}>
                          {denominations}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AmountText amountMinor={line.monthlyVolumeMinor} asset={asset} size="sm" />
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {line.slabFromMinor === null ? (
                          <Text size="sm" c="dimmed" span title={t('detail.lines.flatHint')}>
                            {t('detail.lines.flat')}
                          </Text>
                        ) : (
                          <Text size="sm" span>
                            <Trans
                              t={t}
                              i18nKey="detail.lines.slabFrom"
                              components={{
                                amount: (
                                  <AmountText amountMinor={line.slabFromMinor} asset={asset} size="sm" />
                                ),
                              }}
                            />
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="commission-rate">
                        {percentText(line.basisPoints)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AmountText amountMinor={line.salesMinor} asset={asset} size="sm" />
                        <Text size="xs" c="dimmed">
                          {t('detail.lines.sales', {
                            count: line.salesCount,
                            n: formatCount(line.salesCount),
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AmountText
                          amountMinor={line.commissionMinor}
                          asset={asset}
                          size="sm"
                          data-testid="commission-line-commission"
                        />
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {line.clawbackMinor === 0 ? (
                          dash
                        ) : (
                          <AmountText
                            amountMinor={line.clawbackMinor}
                            asset={asset}
                            size="sm"
                            data-testid="commission-line-clawback"
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                {totals.map((total) => {
                  const asset = reportAsset(total);
                  return [
                    <Table.Tr key={`${total.units}|sum`} fw={600} data-units={total.units}>
                      <Table.Td colSpan={columnCount - 2}>
                        {totals.length > 1
                          ? t('detail.lines.totalIn', { units: total.units })
                          : t('detail.lines.total')}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AmountText amountMinor={total.commissionMinor} asset={asset} size="sm" inherit />
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AmountText amountMinor={total.clawbackMinor} asset={asset} size="sm" inherit />
                      </Table.Td>
                    </Table.Tr>,
                    <Table.Tr key={`${total.units}|net`} fw={700} data-units={total.units}>
                      <Table.Td colSpan={columnCount - 1}>{t('detail.lines.net')}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AmountText
                          amountMinor={total.commissionMinor + total.clawbackMinor}
                          asset={asset}
                          size="sm"
                          inherit
                          data-testid="commission-lines-net"
                        />
                      </Table.Td>
                    </Table.Tr>,
                  ];
                })}
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

/** The allocations behind "allocated", newest first, each opening the journal entry that books it. */
function Allocations({
  detail,
  severalOperators,
  operatorName,
  onOpenEntry,
}: {
  detail: PayoutDetail;
  severalOperators: boolean;
  operatorName: (operatorId: string) => string;
  onOpenEntry: ((entryId: string) => void) | null;
}) {
  const { t } = useTranslation('payouts');
  const entryCell = (allocation: Allocation) => {
    if (allocation.entryId === null) {
      return (
        <Text size="sm" c="dimmed">
          {t('detail.allocations.notBooked')}
        </Text>
      );
    }
    if (onOpenEntry === null) {
      return (
        <Text size="sm" ff="monospace">
          {shortId(allocation.entryId)}
        </Text>
      );
    }
    const entryId = allocation.entryId;
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconLink size={14} />}
        onClick={() => onOpenEntry(entryId)}
        aria-label={t('customers.openEntry', { id: entryId })}
        styles={{ label: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      >
        {shortId(entryId)}
      </Button>
    );
  };
  return (
    <Card withBorder radius="md" padding="lg" className={classes.card} data-testid="payout-allocations">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" fw={600}>
            {t('detail.allocations.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {detail.allocationsTruncated
              ? t('detail.allocations.descriptionTruncated', { n: formatCount(detail.allocations.length) })
              : t('detail.allocations.description')}
          </Text>
        </div>
        {detail.allocations.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="payout-allocations-empty">
            {t('detail.allocations.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table
              fz="sm"
              verticalSpacing={4}
              highlightOnHover
              aria-label={t('detail.allocations.tableLabel')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.allocations.columns.confirmed')}</Table.Th>
                  {severalOperators && <Table.Th>{t('detail.allocations.columns.operator')}</Table.Th>}
                  <Table.Th>{t('detail.allocations.columns.movement')}</Table.Th>
                  <Table.Th ta="right">{t('detail.allocations.columns.amount')}</Table.Th>
                  <Table.Th>{t('detail.allocations.columns.entry')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.allocations.map((allocation) => (
                  <Table.Tr
                    key={allocation.actionId}
                    data-allocation={allocation.actionId}
                    {...(allocation.entryId === null ? {} : { 'data-entry': allocation.entryId })}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatInstantCompact(allocation.confirmedAt)}
                    </Table.Td>
                    {severalOperators && <Table.Td>{operatorName(allocation.operatorId)}</Table.Td>}
                    <Table.Td>
                      {allocation.kind === 'allocation'
                        ? t('detail.allocations.allocated')
                        : t('detail.allocations.takenBack')}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <AmountText
                        amountMinor={
                          allocation.kind === 'allocation' ? allocation.amountMinor : -allocation.amountMinor
                        }
                        asset={reportAsset(allocation)}
                        size="sm"
                        signed
                      />
                    </Table.Td>
                    <Table.Td>{entryCell(allocation)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
