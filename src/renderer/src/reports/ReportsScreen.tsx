import { Alert, Button, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconLock, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { AcquiredCustomersCard } from './AcquiredCustomersCard';
import { acquiredCohortsPath, acquiredLinesPath, directLinesPath } from './customerPaths';
import { DenominationCard } from './DenominationCard';
import { DirectSalesCard } from './DirectSalesCard';
import { ExceptionsCard } from './ExceptionsCard';
import { FloatMovementCard } from './FloatMovementCard';
import { OperatorShareCard } from './OperatorShareCard';
import { PayoutsCard, payoutsCardRowsMax } from './PayoutsCard';
import { ReportFilterBar } from './ReportFilterBar';
import classes from './ReportsPrint.module.css';
import { ResellerRankingCard } from './ResellerRankingCard';
import { ResellerTotalsCard } from './ResellerTotalsCard';
import {
  directSalesRowsPath,
  payoutDetailPath,
  payoutsPath,
  resellerSalesRowsPath,
  resellersBreakdownPath,
} from './reportPaths';
import { dayRangeText } from './reportPeriod';
import { isNarrowed } from './reportQuery';
import { SalesSeriesCard } from './SalesSeriesCard';
import { usePrintableReport } from './usePrintableReport';
import { useReportDownload } from './useReportDownload';
import { useReportFilterOptions } from './useReportFilterOptions';
import { useReportView } from './useReportView';

/** The Reseller Management dashboard: what resellers sold, where, and who sold most and least. */
export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const { can } = useCurrentUser();
  usePrintableReport();
  return (
    <Stack gap="lg">
      {can('reports.read') ? (
        <ReportsDashboard />
      ) : (
        <>
          <ReportsHeading />
          <Alert color="gray" icon={<IconLock />} title={t('screen.noRole.title')}>
            {t('screen.noRole.body')}
          </Alert>
        </>
      )}
    </Stack>
  );
}

function ReportsHeading({ actions }: { actions?: ReactNode }) {
  const { t } = useTranslation('reports');
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <div>
        <Title order={2}>{t('screen.title')}</Title>
        <Text c="dimmed">{t('screen.subtitle')}</Text>
      </div>
      {actions}
    </Group>
  );
}

function ReportsDashboard() {
  const { t } = useTranslation('reports');
  const [, navigate] = useLocation();
  const { view, filters, setView, hrefOf, today } = useReportView();
  const { canCall } = useCurrentUser();
  // Sales without resellers, the float and the exceptions are the head office's: a partner office does not see them.
  const mayReadDirect = canCall('reports.directSales');
  const mayReadFloat = canCall('reports.floatMovement');
  const mayReadExceptions = canCall('reports.exceptions');
  const resellerSales = useOperation('reports.resellerSales', filters);
  const directSales = useOperation('reports.directSales', filters, { enabled: mayReadDirect });
  const floatMovement = useOperation('reports.floatMovement', filters, { enabled: mayReadFloat });
  const exceptions = useOperation('reports.exceptions', filters, { enabled: mayReadExceptions });
  const payouts = useOperation('reports.payouts', { filters, limit: payoutsCardRowsMax });
  const acquired = useOperation('reports.acquiredCustomers', filters);
  const options = useReportFilterOptions(filters, resellerSales.data);
  const everything = useReportDownload();
  const report = resellerSales.error === undefined ? resellerSales.data : undefined;
  // One chart cannot add up different airtime units: the cards draw the chosen ones, else the first operator's.
  const units = view.units ?? report?.totals[0]?.units ?? null;
  const loading = resellerSales.loading;
  const narrowed = isNarrowed(view);

  return (
    <>
      <ReportsHeading
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={everything.busy}
              onClick={() => void everything.download({ report: 'reseller-sales', filters, format: 'xlsx' })}
            >
              {t('screen.downloadAll')}
            </Button>
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              {t('screen.print')}
            </Button>
          </Group>
        }
      />
      <ReportFilterBar view={view} today={today} options={options} onChange={setView} />
      <Text size="sm" c="dimmed" data-testid="report-period">
        {t('period.utcDays', { period: dayRangeText(view) })}
        {report !== undefined &&
          !loading &&
          t('screen.comparedWith', { period: dayRangeText(report.previousPeriod) })}
        {units !== null && options.units.length > 1 && view.units === null && t('screen.chartsIn', { units })}
      </Text>
      {resellerSales.error ? (
        <OperationErrorAlert
          title={t('screen.salesError')}
          error={resellerSales.error}
          onRetry={() => void resellerSales.reload()}
        />
      ) : (
        <>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <ResellerTotalsCard report={report} loading={loading} filters={filters} narrowed={narrowed} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <SalesSeriesCard
                report={report}
                units={units}
                loading={loading}
                filters={filters}
                narrowed={narrowed}
              />
            </Grid.Col>
          </Grid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <OperatorShareCard
              report={report}
              units={units}
              loading={loading}
              filters={filters}
              narrowed={narrowed}
            />
            <DenominationCard
              report={report}
              units={units}
              loading={loading}
              filters={filters}
              narrowed={narrowed}
            />
          </SimpleGrid>
          {/* One above the other: six columns need the width of the page. */}
          <Stack gap="md">
            {(['top', 'bottom'] as const).map((end) => (
              <ResellerRankingCard
                key={end}
                end={end}
                report={report}
                loading={loading}
                filters={filters}
                narrowed={narrowed}
                everyResellerHref={hrefOf(resellersBreakdownPath)}
                onOpen={(figure) => navigate(hrefOf(resellerSalesRowsPath(figure.code)))}
              />
            ))}
          </Stack>
        </>
      )}
      <AcquiredCustomersCard
        report={acquired.data}
        units={units}
        loading={acquired.loading}
        error={acquired.error}
        onRetry={acquired.reload}
        filters={filters}
        narrowed={narrowed}
        cohortsHref={hrefOf(acquiredCohortsPath)}
        directLinesHref={mayReadDirect ? hrefOf(directLinesPath) : null}
        onOpen={(reseller) => navigate(hrefOf(acquiredLinesPath(reseller.code)))}
      />
      <PayoutsCard
        report={payouts.data}
        units={units}
        loading={payouts.loading}
        error={payouts.error}
        onRetry={() => void payouts.reload()}
        filters={filters}
        narrowed={narrowed}
        everyPayoutHref={hrefOf(payoutsPath)}
        onOpen={(row) => navigate(hrefOf(payoutDetailPath(row.code)))}
      />
      {mayReadDirect && (
        <DirectSalesCard
          report={directSales.data}
          units={units}
          loading={directSales.loading}
          error={directSales.error}
          onRetry={() => void directSales.reload()}
          filters={filters}
          // Resellers and regions do not narrow sales that have no reseller.
          narrowed={
            view.operatorIds.length > 0 ||
            view.channels.length > 0 ||
            view.denominationsMinor.length > 0 ||
            view.units !== null
          }
          narrowedByResellers={view.retailerCodes.length > 0 || view.regions.length > 0}
          rowsHref={hrefOf(directSalesRowsPath)}
        />
      )}
      {mayReadFloat && (
        <FloatMovementCard report={floatMovement.data} loading={floatMovement.loading} filters={filters} />
      )}
      {mayReadExceptions && (
        <ExceptionsCard report={exceptions.data} loading={exceptions.loading} filters={filters} />
      )}
      {report !== undefined && (
        <Text size="xs" c="dimmed" ta="right">
          {t('screen.footnote.faceValue')}{' '}
          {report.source === 'register' ? t('screen.footnote.register') : t('screen.footnote.daily')}
        </Text>
      )}
    </>
  );
}
