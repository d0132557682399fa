import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconLock, IconRefresh } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ContractCallError } from '../../../contract/contractError';
import type { AcquiredCustomersReport } from '../../../contract/customerReportSchemas';
import { formatCount } from '../format/formatCount';
import { localizeContractMessage } from '../i18n/contractMessages';
import { currentLocale } from '../i18n/currentLocale';
import { AmountText } from '../ledger/AmountText';
import { useCurrentUser } from '../session/CurrentUserContext';
import { LabelledValue } from '../shell/LabelledValue';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { monthShortText } from './customerMonths';
import { ReportCard } from './ReportCard';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import classes from './ReportsPrint.module.css';
import { reportAsset } from './reportAsset';
import { dayRangeText } from './reportPeriod';
import type { ReportFilters } from './reportQuery';
import { percentText, shareBasisPoints } from './reportRatios';

const chartHeightPx = 220;
/** Resellers the card lists: every one is a click away. */
const cardResellersMax = 5;
/** While pulled sales are still being counted into lines, the card asks again this often. */
const pendingPollMs = 2_000;

type Reseller = AcquiredCustomersReport['top'][number];

function shareText(part: number, whole: number): string {
  const share = shareBasisPoints(part, whole);
  return share === null ? '—' : percentText(share);
}

/**
 * The end-user lines resellers acquired (their first top-up was a reseller's) in the period, what
 * those lines topped up since, how many are still active, by month of acquisition and for the
 * resellers that acquired most. A reseller opens its lines; the lines open their first top-up's
 * journal entry. Lines are personal data: they only ever show their last four digits.
 */
export function AcquiredCustomersCard({
  report,
  units,
  loading,
  error,
  onRetry,
  filters,
  narrowed,
  cohortsHref,
  directLinesHref,
  onOpen,
}: {
  report: AcquiredCustomersReport | undefined;
  /** The units the dashboard draws (one chart cannot add up different units); null: the first. */
  units: string | null;
  loading: boolean;
  error: ContractCallError | undefined;
  onRetry: () => void;
  filters: ReportFilters;
  /** Whether filters narrow the report, for the empty card to say so. */
  narrowed: boolean;
  /** Every reseller's cohorts, and the lines no reseller acquired, with the same filters. */
  cohortsHref: string;
  /** Null for a partner office: lines without a reseller are the head office's. */
  directLinesHref: string | null;
  onOpen: (reseller: Reseller) => void;
}) {
  const { t } = useTranslation('payouts');
  const title = t('acquiredCard.title');
  const { branch } = useCurrentUser();
  const pending = report?.salesPending ?? 0;
  // Pulled sales still being counted (a large pull, a first count after an upgrade): ask again.
  useEffect(() => {
    if (pending === 0 || loading) return;
    const timer = setTimeout(onRetry, pendingPollMs);
    return () => clearTimeout(timer);
  }, [pending, loading, onRetry]);
  const shownUnits = units ?? report?.totals[0]?.units ?? null;
  const total = report?.totals.find((candidate) => candidate.units === shownUnits);
  const cohorts = (report?.cohorts ?? []).filter((cohort) => cohort.units === shownUnits);
  const resellers = (report?.top ?? [])
    .filter((reseller) => reseller.units === shownUnits)
    .slice(0, cardResellersMax);
  const empty =
    report === undefined || error !== undefined
      ? null
      : total === undefined || total.newLines === 0
        ? t(narrowed ? 'acquiredCard.emptyNarrowed' : 'acquiredCard.empty', {
            period: dayRangeText(report.period, currentLocale()),
          })
        : null;
  const open = (event: KeyboardEvent<HTMLTableRowElement>, reseller: Reseller) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(reseller);
  };
  return (
    <ReportCard
      title={title}
      caption={
        shownUnits === null
          ? t('acquiredCard.caption')
          : t('acquiredCard.captionUnits', { units: shownUnits })
      }
      testId="acquired-customers-card"
      // While pending sales are counted, the figures stay up as each new answer replaces them.
      loading={error === undefined && (report === undefined || (loading && pending === 0))}
      empty={empty}
      skeletonHeight={chartHeightPx}
      download={
        <ReportDownloadMenu
          title={title}
          csv={{ report: 'acquired-customers', filters, card: 'resellers' }}
          xlsx={{ report: 'acquired-customers', filters }}
        />
      }
      footer={
        <Stack gap={6}>
          {empty === null && error === undefined && report !== undefined && (
            <Anchor component={Link} href={cohortsHref} size="sm" className={classes.noPrint}>
              {t('acquiredCard.cohortsLink')} <IconArrowRight size={12} />
            </Anchor>
          )}
          <Group gap={6} wrap="nowrap" data-testid="acquired-customers-privacy">
            <IconLock size={14} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              {t('acquiredCard.privacy')}
            </Text>
          </Group>
        </Stack>
      }
    >
      {error !== undefined ? (
        <OperationErrorAlert title={t('acquiredCard.error')} error={error} onRetry={onRetry} />
      ) : (
        report !== undefined &&
        total !== undefined && (
          <Stack gap="md">
            {pending > 0 && (
              <Alert color="blue" icon={<IconRefresh size={16} />} data-testid="acquired-customers-pending">
                {t('customers.pendingCard', { count: pending, n: formatCount(pending) })}
              </Alert>
            )}
            {report.notApplied.map((item) => (
              <Text key={item.filter} size="xs" c="dimmed">
                {localizeContractMessage(item.reason)}
              </Text>
            ))}
            <Grid gap="xl">
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Stack gap={6} data-units={total.units}>
                  <Text fw={700} fz={28} lh={1.15} data-testid="acquired-customers-lines">
                    {formatCount(total.lines)}
                  </Text>
                  <Text size="sm" c="dimmed" mt={-4}>
                    {t('acquiredCard.linesAcquired', { count: total.lines })}
                  </Text>
                  {branch === null && (
                    <LabelledValue label={t('acquiredCard.share')} testId="acquired-customers-share">
                      <Text size="sm" fw={600}>
                        {shareText(total.lines, total.newLines)}
                      </Text>
                    </LabelledValue>
                  )}
                  <LabelledValue label={t('acquiredCard.topupsSince')} testId="acquired-customers-topups">
                    <Text size="sm">{formatCount(total.topupsCount)}</Text>
                  </LabelledValue>
                  <LabelledValue label={t('acquiredCard.lifetimeValue')} testId="acquired-customers-value">
                    <AmountText amountMinor={total.lifetimeValueMinor} asset={reportAsset(total)} size="sm" />
                  </LabelledValue>
                  <LabelledValue label={t('acquiredCard.active30')} testId="acquired-customers-active30">
                    <Text size="sm">
                      {formatCount(total.active30)} ({shareText(total.active30, total.lines)})
                    </Text>
                  </LabelledValue>
                  <LabelledValue label={t('acquiredCard.active90')} testId="acquired-customers-active90">
                    <Text size="sm">
                      {formatCount(total.active90)} ({shareText(total.active90, total.lines)})
                    </Text>
                  </LabelledValue>
                  {directLinesHref !== null && (
                    <LabelledValue label={t('acquiredCard.direct')} testId="acquired-customers-direct">
                      <Anchor component={Link} href={directLinesHref} size="sm">
                        {formatCount(total.directLines)}
                      </Anchor>
                    </LabelledValue>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('acquiredCard.activeAsOf', { date: report.activeAsOf })}
                  </Text>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Stack gap="md">
                  <BarChart
                    h={chartHeightPx}
                    data={cohorts.map((cohort) => ({
                      month: monthShortText(cohort.month),
                      lines: cohort.lines,
                      active90: cohort.active90,
                      active30: cohort.active30,
                    }))}
                    dataKey="month"
                    withLegend
                    series={[
                      { name: 'lines', label: t('acquiredCard.series.lines'), color: 'indigo.6' },
                      { name: 'active90', label: t('acquiredCard.series.active90'), color: 'teal.5' },
                      { name: 'active30', label: t('acquiredCard.series.active30'), color: 'green.7' },
                    ]}
                    valueFormatter={(value) => formatCount(value)}
                    tickLine="y"
                    gridAxis="y"
                    maxBarWidth={48}
                    aria-label={t('acquiredCard.chartLabel', {
                      title,
                      months: cohorts
                        .map((cohort) =>
                          t('acquiredCard.chartMonth', {
                            count: cohort.lines,
                            month: cohort.month,
                            n: String(cohort.lines),
                          }),
                        )
                        .join(', '),
                    })}
                    data-testid="acquired-customers-chart"
                  />
                  {resellers.length > 0 && (
                    <Table.ScrollContainer minWidth={520}>
                      <Table fz="sm" highlightOnHover aria-label={t('acquiredCard.tableLabel')}>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('customers.columns.code')}</Table.Th>
                            <Table.Th>{t('customers.columns.name')}</Table.Th>
                            <Table.Th ta="right">{t('customers.columns.lines')}</Table.Th>
                            <Table.Th ta="right">{t('customers.columns.lifetimeValue')}</Table.Th>
                            <Table.Th ta="right">{t('customers.columns.active30')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {resellers.map((reseller) => (
                            <Table.Tr
                              key={`${reseller.code}|${reseller.units}`}
                              data-reseller={reseller.code}
                              tabIndex={0}
                              onClick={() => onOpen(reseller)}
                              onKeyDown={(event) => open(event, reseller)}
                              style={{ cursor: 'pointer' }}
                            >
                              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                                {reseller.code}
                              </Table.Td>
                              <Table.Td>
                                <Text size="sm" fw={500} truncate maw={200}>
                                  {reseller.name}
                                </Text>
                              </Table.Td>
                              <Table.Td ta="right">{formatCount(reseller.lines)}</Table.Td>
                              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                                <AmountText
                                  amountMinor={reseller.lifetimeValueMinor}
                                  asset={reportAsset(reseller)}
                                  size="sm"
                                />
                              </Table.Td>
                              <Table.Td ta="right">{formatCount(reseller.active30)}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  )}
                </Stack>
              </Grid.Col>
            </Grid>
          </Stack>
        )
      )}
    </ReportCard>
  );
}
