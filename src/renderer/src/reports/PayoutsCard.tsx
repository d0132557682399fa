import { Alert, Anchor, Grid, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ContractCallError } from '../../../contract/contractError';
import type { PayoutRow, PayoutsReport } from '../../../contract/payoutSchemas';
import { ShareDonut } from '../dashboard/ShareDonut';
import { formatCount } from '../format/formatCount';
import { formatMinor } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { PayoutStatusBadge, payoutStatusColors, payoutStatusLabel } from './PayoutStatusBadge';
import { payoutMonthsText } from './payoutMonthsText';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import classes from './ReportsPrint.module.css';
import { reportAsset } from './reportAsset';
import type { ReportFilters } from './reportQuery';
import { shareSegmentsOf } from './shareSegments';

/** Resellers the card lists: the full list is a click away. */
export const payoutsCardRowsMax = 8;
/** Where commission plans are set (Settings → Commission plans). */
const settingsPath = '/settings';

type PayoutTotal = PayoutsReport['totals'][number];

/** Why the card has nothing to show (and whether plans are what is missing), or null when it has. */
function emptyReason(
  t: TFunction<'payouts'>,
  report: PayoutsReport,
  months: string,
  narrowed: boolean,
): { text: string; noPlans: boolean } | null {
  const totals = report.totals;
  if (totals.length === 0 || totals.every((total) => total.salesMinor === 0)) {
    return {
      text: t(narrowed ? 'card.empty.noSalesNarrowed' : 'card.empty.noSales', { months }),
      noPlans: false,
    };
  }
  if (totals.every((total) => total.withoutPlanSalesMinor >= total.salesMinor)) {
    return { text: t('card.empty.noPlans', { months }), noPlans: true };
  }
  if (totals.every((total) => total.netPayableMinor <= 0)) {
    return {
      text: t(narrowed ? 'card.empty.nothingEarnedNarrowed' : 'card.empty.nothingEarned', { months }),
      noPlans: false,
    };
  }
  return null;
}

/**
 * What the resellers earned in commission over the whole months of the period: net payable and
 * balance due, how it splits by status, and the resellers owed most. A row opens its payout.
 */
export function PayoutsCard({
  report,
  units,
  loading,
  error,
  onRetry,
  filters,
  narrowed,
  everyPayoutHref,
  onOpen,
}: {
  report: PayoutsReport | undefined;
  /** The units the dashboard draws (one chart cannot add up different units); null: the first. */
  units: string | null;
  loading: boolean;
  error: ContractCallError | undefined;
  onRetry: () => void;
  filters: ReportFilters;
  /** Whether filters narrow the report, for the empty card to say so. */
  narrowed: boolean;
  everyPayoutHref: string;
  onOpen: (row: PayoutRow) => void;
}) {
  const { t } = useTranslation('payouts');
  const title = t('title');
  if (error !== undefined) {
    return <OperationErrorAlert title={t('card.error')} error={error} onRetry={onRetry} />;
  }
  const months = report === undefined ? '' : payoutMonthsText(report.period);
  const empty = report === undefined ? null : emptyReason(t, report, months, narrowed);
  const totals = report?.totals ?? [];
  const shown = totals.find((total) => total.units === units) ?? totals[0];
  const others = totals.filter((total) => total !== shown && total.netPayableMinor !== 0);
  return (
    <ReportCard
      title={title}
      caption={report === undefined ? t('card.caption') : t('card.captionMonths', { months })}
      testId="payouts-card"
      loading={loading || report === undefined}
      empty={empty?.text ?? null}
      skeletonHeight={260}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'payouts', filters, card: 'resellers' }}
          xlsx={{ report: 'payouts', filters }}
        />
      }
      footer={
        report === undefined ? undefined : (
          <Stack gap="xs">
            <IgnoredFilters report={report} />
            {empty?.noPlans === true ? (
              <Anchor component={Link} href={settingsPath} size="sm" className={classes.noPrint}>
                {t('card.setPlans')} <IconArrowRight size={12} />
              </Anchor>
            ) : (
              empty === null && (
                <Anchor
                  component={Link}
                  href={everyPayoutHref}
                  size="sm"
                  className={classes.noPrint}
                  data-testid="payouts-card-every"
                >
                  {t('card.every')} <IconArrowRight size={12} />
                </Anchor>
              )
            )}
          </Stack>
        )
      }
    >
      {report !== undefined && shown !== undefined && (
        <Stack gap="md">
          <Grid gap="lg" align="center">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="xs">
                <PayoutFigures total={shown} />
                {others.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('card.alsoNetPayable', {
                      amounts: others
                        .map((total) => formatMinor(total.netPayableMinor, reportAsset(total)))
                        .join(', '),
                    })}
                  </Text>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <StatusDonut report={report} total={shown} />
            </Grid.Col>
          </Grid>
          <TopPayouts rows={report.rows} onOpen={onOpen} />
        </Stack>
      )}
    </ReportCard>
  );
}

function Tile({
  label,
  testId,
  color,
  hint,
  children,
}: {
  label: string;
  testId: string;
  color?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={testId}
      title={hint}
      style={color === undefined ? undefined : { borderColor: `var(--mantine-color-${color}-outline)` }}
    >
      <Text size="xs" tt="uppercase" fw={700} c={color ?? 'dimmed'} lh={1.3}>
        {label}
      </Text>
      <Text fw={700} fz="lg" lh={1.3} mt={4} c={color} style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Text>
    </Paper>
  );
}

/** The headline figures of one unit's payouts, each a tile. */
function PayoutFigures({ total }: { total: PayoutTotal }) {
  const { t } = useTranslation('payouts');
  const asset = reportAsset(total);
  const amount = (amountMinor: number, testId: string) => (
    <AmountText amountMinor={amountMinor} asset={asset} inherit data-testid={testId} />
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
      <Tile
        label={t('card.tiles.netPayable')}
        testId="payouts-tile-net-payable"
        hint={t('card.tiles.netPayableHint')}
      >
        {amount(total.netPayableMinor, 'payouts-net-payable')}
      </Tile>
      <Tile
        label={t('card.tiles.balanceDue')}
        testId="payouts-tile-balance-due"
        hint={t('card.tiles.balanceDueHint')}
      >
        {amount(total.balanceDueMinor, 'payouts-balance-due')}
      </Tile>
      <Tile
        label={t('card.tiles.onHold')}
        testId="payouts-tile-on-hold"
        color={total.onHoldMinor > 0 ? 'red' : undefined}
        hint={t('card.tiles.onHoldHint')}
      >
        {amount(total.onHoldMinor, 'payouts-on-hold')}
      </Tile>
      <Tile
        label={t('card.tiles.gross')}
        testId="payouts-tile-gross"
        hint={t('card.tiles.grossHint', {
          sales: formatCount(total.salesCount),
          resellers: formatCount(total.resellers),
        })}
      >
        {amount(total.grossCommissionMinor, 'payouts-gross')}
      </Tile>
      <Tile
        label={t('card.tiles.adjustments')}
        testId="payouts-tile-adjustments"
        hint={t('card.tiles.adjustmentsHint')}
      >
        {amount(total.adjustmentsMinor, 'payouts-adjustments')}
      </Tile>
      {total.withoutPlanSalesMinor > 0 && (
        <Tile
          label={t('card.tiles.withoutPlan')}
          testId="payouts-tile-without-plan"
          color="orange"
          hint={t('card.tiles.withoutPlanHint')}
        >
          {amount(total.withoutPlanSalesMinor, 'payouts-without-plan')}
        </Tile>
      )}
    </SimpleGrid>
  );
}

/** The resellers owed most (the report's first page, sorted by net payable). */
function TopPayouts({ rows, onOpen }: { rows: PayoutRow[]; onOpen: (row: PayoutRow) => void }) {
  const { t } = useTranslation('payouts');
  const open = (event: KeyboardEvent<HTMLTableRowElement>, row: PayoutRow) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(row);
  };
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table fz="sm" highlightOnHover aria-label={t('card.tableLabel')} data-testid="payouts-card-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.code')}</Table.Th>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.plan')}</Table.Th>
            <Table.Th ta="right">{t('columns.salesValue')}</Table.Th>
            <Table.Th ta="right">{t('columns.netPayable')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, payoutsCardRowsMax).map((row) => (
            <Table.Tr
              key={`${row.code}|${row.operatorId}`}
              data-reseller={row.code}
              tabIndex={0}
              onClick={() => onOpen(row)}
              onKeyDown={(event) => open(event, row)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {row.code}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} truncate maw={280} title={row.name}>
                  {row.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={row.planName === null ? 'orange' : undefined} truncate maw={180}>
                  {row.planName ?? t('noPlan')}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <AmountText amountMinor={row.salesMinor} asset={reportAsset(row)} size="sm" />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <AmountText
                  amountMinor={row.netPayableMinor}
                  asset={reportAsset(row)}
                  size="sm"
                  fw={600}
                  data-testid="payout-net-payable"
                />
              </Table.Td>
              <Table.Td>
                <PayoutStatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Net payable by status, in one unit, coloured as the status badges are. */
function StatusDonut({ report, total }: { report: PayoutsReport; total: PayoutTotal }) {
  const { t } = useTranslation('payouts');
  const buckets = report.byStatus.filter((bucket) => bucket.units === total.units);
  const labelOf = payoutStatusLabel;
  const segments = shareSegmentsOf(
    buckets.map((bucket) => ({ name: labelOf(bucket.status), valueMinor: bucket.netPayableMinor })),
    reportAsset(total),
  ).map((segment) => {
    const bucket = buckets.find((candidate) => labelOf(candidate.status) === segment.name);
    if (bucket === undefined) return segment;
    return {
      ...segment,
      name: t('card.donutSegment', { status: segment.name, n: formatCount(bucket.count) }),
      color: `${payoutStatusColors[bucket.status]}.6`,
    };
  });
  if (segments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('card.nothingPayable', { units: total.units })}
      </Text>
    );
  }
  return <ShareDonut label={t('card.donutLabel')} segments={segments} centre={total.units} />;
}

/** Filters the payouts do not follow, and why: the card's figures would otherwise look narrowed. */
function IgnoredFilters({ report }: { report: PayoutsReport }) {
  const { t } = useTranslation('payouts');
  if (report.ignoredFilters.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconInfoCircle size={16} />}
      p="xs"
      data-testid="payouts-ignored-filters"
    >
      <Group gap={4}>
        {report.ignoredFilters.map((ignored) => (
          <Text key={ignored.filter} size="xs">
            {t('ignoredFilter', { filter: ignored.filter, reason: localizeContractMessage(ignored.reason) })}
          </Text>
        ))}
      </Group>
    </Alert>
  );
}
