import { Badge, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconCloudUpload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../contract/dashboardSchemas';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { allocationApprovalsPath } from '../allocations/allocationPaths';
import { useOperation } from '../client/useOperation';
import { AlertsPanel } from '../dashboard/AlertsPanel';
import { FigureCard } from '../dashboard/FigureCard';
import { ShareDonutCard } from '../dashboard/ShareDonutCard';
import { WorkspaceHealthCard } from '../dashboard/WorkspaceHealthCard';
import { formatCount } from '../format/formatCount';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { AmountText } from '../ledger/AmountText';
import { LedgerProblemsAlert } from '../ledger/LedgerProblemsAlert';
import { operatorPath } from '../purchases/operatorPaths';
import { retailersPath } from '../retailers/retailerPaths';
import { LabelledValue } from '../shell/LabelledValue';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { DemoNetworkCard } from '../sync/DemoNetworkCard';
import { DemoOperatorCard } from '../sync/DemoOperatorCard';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { syncPath } from '../sync/syncPaths';
import { useReloadOn } from '../sync/useReloadOn';
import { useSyncChangeKey } from '../sync/useSyncChangeKey';
import { NextStepCard } from './NextStepCard';

/** The back office at a glance: stock, money owed, today's sales, what is in flight and what needs attention. */
export function DashboardScreen({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation('dashboard');
  const connection = useOperation('operator.connection', {});
  return (
    <Stack gap="lg">
      <LedgerProblemsAlert />
      <div>
        <Title order={2}>{t('screen.title')}</Title>
        <Text c="dimmed">{workspace.distributorName}</Text>
      </div>
      {connection.error && (
        <OperationErrorAlert
          title={t('screen.connectionError')}
          error={connection.error}
          onRetry={() => void connection.reload()}
        />
      )}
      {connection.data === undefined && !connection.error && <Skeleton height={320} />}
      {connection.data === null && <FirstSteps onConnected={() => void connection.reload()} />}
      {connection.data != null && <Figures connection={connection.data} workspace={workspace} />}
      <WorkspaceHealthCard workspace={workspace} />
    </Stack>
  );
}

/** Before any operator: no figure can exist yet, so the dashboard says what to do first. */
function FirstSteps({ onConnected }: { onConnected: () => void }) {
  const { t } = useTranslation('dashboard');
  return (
    <Stack gap="lg">
      <DemoOperatorCard onConnected={onConnected} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="first-steps">
        <NextStepCard
          eyebrow={t('firstSteps.operator.eyebrow')}
          headline={t('firstSteps.operator.headline')}
          text={t('firstSteps.operator.text')}
          action={{
            label: t('firstSteps.operator.action'),
            href: syncPath,
            icon: <IconCloudUpload size={16} />,
          }}
        />
        <NextStepCard
          eyebrow={t('firstSteps.retailers.eyebrow')}
          headline={t('firstSteps.retailers.headline')}
          text={t('firstSteps.retailers.text')}
          action={{
            label: t('firstSteps.retailers.action'),
            href: retailersPath,
            icon: <IconBuildingStore size={16} />,
          }}
        />
      </SimpleGrid>
    </Stack>
  );
}

function Figures({
  connection,
  workspace,
}: {
  connection: OperatorConnectionView;
  workspace: WorkspaceSummary;
}) {
  const { t } = useTranslation('dashboard');
  const summary = useOperation('dashboard.summary', {});
  const { changeKey } = useSyncChangeKey();
  // A finished sync moves stock, sales and the queue: the figures follow it.
  useReloadOn(changeKey, summary.reload);
  const airtime = useMemo(() => operatorAmountAsset(connection), [connection]);

  if (summary.error) {
    return (
      <OperationErrorAlert
        title={t('screen.figuresError')}
        error={summary.error}
        onRetry={() => void summary.reload()}
      />
    );
  }
  return (
    <>
      <DemoNetworkCard connection={connection} onBuilt={() => void summary.reload()} />
      {summary.data === undefined ? (
        <Skeleton height={420} />
      ) : (
        <SummaryFigures summary={summary.data} airtime={airtime} workspace={workspace} />
      )}
    </>
  );
}

function SummaryFigures({
  summary,
  airtime,
  workspace,
}: {
  summary: DashboardSummary;
  airtime: AmountAsset;
  workspace: WorkspaceSummary;
}) {
  const { t } = useTranslation('dashboard');
  const percent = (basisPoints: number) => t('percent', { value: basisPointsToPercentText(basisPoints) });
  /** Whose airtime an asset is: the operator's name when it has a connection, else the asset code. */
  const operatorNameOf = (assetCode: string): string =>
    summary.wholesale.find((entry) => entry.assetCode === assetCode)?.operatorName ?? assetCode;
  const airtimeOf = (assetCode: string): AmountAsset => {
    const operator = summary.wholesale.find((entry) => entry.assetCode === assetCode);
    return operator === undefined
      ? airtime
      : { currency: operator.units, scale: operator.scale, kind: 'airtime' };
  };
  const money: AmountAsset = {
    currency: summary.receivables.currency,
    scale: summary.receivables.scale,
    kind: 'money',
  };
  const { receivables, todaySales, pendingActions } = summary;
  const inFlight = pendingActions.purchases + pendingActions.allocations + pendingActions.topups;
  const primary = summary.wholesale[0];
  const primaryStock = summary.retailerStock.find((entry) => entry.assetCode === primary?.assetCode);
  const directShareBasisPoints =
    todaySales.faceValueMinor === 0 ? 0 : 10_000 - todaySales.resellerShareBasisPoints;
  const lowStock = summary.retailerStock.reduce((sum, entry) => sum + entry.lowStock, 0);

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <FigureCard
          eyebrow={t('wholesale.eyebrow')}
          testId="wholesale-card"
          headline={
            primary === undefined ? (
              '—'
            ) : (
              <AmountText amountMinor={primary.availableMinor} asset={airtimeOf(primary.assetCode)} inherit />
            )
          }
          caption={
            primary === undefined
              ? t('wholesale.captionNone')
              : t('wholesale.caption', { operator: primary.operatorName })
          }
          link={{ label: t('wholesale.link'), href: operatorPath }}
        >
          {summary.wholesale.map((entry) => {
            const asset = airtimeOf(entry.assetCode);
            return (
              <Stack key={entry.operatorId} gap={2} data-operator={entry.operatorId}>
                {summary.wholesale.length > 1 && (
                  <Text size="sm" fw={600}>
                    <Trans
                      t={t}
                      i18nKey="wholesale.operatorTotal"
                      values={{ operator: entry.operatorName }}
                      components={{
                        amount: (
                          <AmountText amountMinor={entry.availableMinor} asset={asset} size="sm" fw={600} />
                        ),
                      }}
                    />
                  </Text>
                )}
                <LabelledValue label={t('wholesale.posted')}>
                  <AmountText amountMinor={entry.postedMinor} asset={asset} size="sm" />
                </LabelledValue>
                <LabelledValue label={t('wholesale.incoming')} testId="wholesale-incoming">
                  <AmountText amountMinor={entry.incomingMinor} asset={asset} size="sm" />
                </LabelledValue>
              </Stack>
            );
          })}
        </FigureCard>
        <FigureCard
          eyebrow={t('retailerStock.eyebrow')}
          testId="retailer-stock-card"
          headline={
            primaryStock === undefined ? (
              '—'
            ) : (
              <AmountText
                amountMinor={primaryStock.totalMinor}
                asset={airtimeOf(primaryStock.assetCode)}
                inherit
              />
            )
          }
          caption={
            summary.retailerStock.length > 1 && primaryStock !== undefined
              ? t('retailerStock.captionAt', { operator: operatorNameOf(primaryStock.assetCode) })
              : t('retailerStock.caption')
          }
          link={{ label: t('retailerStock.link'), href: retailersPath }}
        >
          {summary.retailerStock.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('retailerStock.none')}
            </Text>
          )}
          {summary.retailerStock.map((entry) => (
            <Stack key={entry.assetCode} gap={2} data-asset={entry.assetCode}>
              {summary.retailerStock.length > 1 && (
                <Text size="sm" fw={600}>
                  <Trans
                    t={t}
                    i18nKey="retailerStock.operatorTotal"
                    values={{ operator: operatorNameOf(entry.assetCode) }}
                    components={{
                      amount: (
                        <AmountText
                          amountMinor={entry.totalMinor}
                          asset={airtimeOf(entry.assetCode)}
                          size="sm"
                          fw={600}
                        />
                      ),
                    }}
                  />
                </Text>
              )}
              <LabelledValue label={t('retailerStock.holding')}>
                <Text size="sm">{formatCount(entry.retailersWithStock)}</Text>
              </LabelledValue>
              <LabelledValue label={t('retailerStock.lowStock')} testId="retailer-low-stock">
                <Text
                  size="sm"
                  fw={entry.lowStock > 0 ? 700 : undefined}
                  c={entry.lowStock > 0 ? 'orange' : undefined}
                >
                  {formatCount(entry.lowStock)}
                </Text>
              </LabelledValue>
            </Stack>
          ))}
        </FigureCard>
        <FigureCard
          eyebrow={t('receivables.eyebrow')}
          testId="receivables-card"
          headline={<AmountText amountMinor={receivables.owedMinor} asset={money} inherit />}
          caption={t('receivables.caption', { count: receivables.retailersOwing })}
          link={{ label: t('receivables.link'), href: retailersPath }}
        >
          <LabelledValue
            label={t('receivables.overdue', { days: receivables.overdueAfterDays })}
            testId="receivables-overdue"
          >
            <AmountText
              amountMinor={receivables.overdueMinor}
              asset={money}
              size="sm"
              fw={receivables.overdueMinor > 0 ? 700 : undefined}
              c={receivables.overdueMinor > 0 ? 'red' : undefined}
            />
          </LabelledValue>
          <LabelledValue label={t('receivables.prepaid')} testId="receivables-prepaid">
            <AmountText amountMinor={receivables.prepaidMinor} asset={money} size="sm" />
          </LabelledValue>
        </FigureCard>
        <FigureCard
          eyebrow={t('sales.eyebrow')}
          testId="sales-card"
          headline={<AmountText amountMinor={todaySales.faceValueMinor} asset={airtime} inherit />}
          caption={t('sales.caption', { count: todaySales.count })}
          link={{ label: t('sales.link'), href: syncPath }}
        >
          <LabelledValue label={t('sales.byRetailers')} testId="sales-reseller-share">
            <Text size="sm">{percent(todaySales.resellerShareBasisPoints)}</Text>
          </LabelledValue>
          <LabelledValue label={t('sales.direct')}>
            <Text size="sm">{percent(directShareBasisPoints)}</Text>
          </LabelledValue>
        </FigureCard>
        <FigureCard
          eyebrow={t('actions.eyebrow')}
          testId="actions-card"
          headline={
            <Group gap="xs" align="baseline">
              <span>{t('actions.inFlight', { count: inFlight })}</span>
              {pendingActions.failed > 0 && (
                <Badge color="red" variant="filled" size="lg">
                  {t('actions.failed', { count: pendingActions.failed })}
                </Badge>
              )}
            </Group>
          }
          caption={t('actions.caption')}
          link={{ label: t('actions.link'), href: syncPath }}
        >
          <LabelledValue label={t('actions.purchases')}>
            <Text size="sm">{formatCount(pendingActions.purchases)}</Text>
          </LabelledValue>
          <LabelledValue label={t('actions.allocations')}>
            <Text size="sm">{formatCount(pendingActions.allocations)}</Text>
          </LabelledValue>
          <LabelledValue label={t('actions.topups')}>
            <Text size="sm">{formatCount(pendingActions.topups)}</Text>
          </LabelledValue>
          <LabelledValue label={t('actions.failedToRetry')} testId="actions-failed">
            <Text
              size="sm"
              c={pendingActions.failed > 0 ? 'red' : undefined}
              fw={pendingActions.failed > 0 ? 700 : undefined}
            >
              {formatCount(pendingActions.failed)}
            </Text>
          </LabelledValue>
        </FigureCard>
        <FigureCard
          eyebrow={t('approvals.eyebrow')}
          testId="approvals-card"
          headline={t('approvals.headline', { count: summary.approvalsWaiting })}
          caption={t('approvals.caption')}
          link={{ label: t('approvals.link'), href: allocationApprovalsPath }}
        >
          <Text size="sm" c="dimmed">
            {summary.approvalsWaiting === 0 ? t('approvals.none') : t('approvals.some')}
          </Text>
        </FigureCard>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <ShareDonutCard
          testId="stock-chart"
          title={t('stockChart.title')}
          caption={lowStock > 0 ? t('stockChart.captionLow', { count: lowStock }) : t('stockChart.caption')}
          centre={primary?.units ?? airtime.currency}
          empty={t('stockChart.empty')}
          segments={[
            {
              name: t('stockChart.wholesale'),
              value: Math.max(0, primary?.availableMinor ?? 0),
              color: 'blue.6',
              label: formatMinor(
                primary?.availableMinor ?? 0,
                primary === undefined ? airtime : airtimeOf(primary.assetCode),
              ),
            },
            {
              name: t('stockChart.held'),
              value: Math.max(0, primaryStock?.totalMinor ?? 0),
              color: 'teal.6',
              label: formatMinor(
                primaryStock?.totalMinor ?? 0,
                primary === undefined ? airtime : airtimeOf(primary.assetCode),
              ),
            },
          ]}
        />
        <ShareDonutCard
          testId="sales-chart"
          title={t('salesChart.title')}
          caption={t('salesChart.caption')}
          centre={percent(todaySales.resellerShareBasisPoints)}
          empty={t('salesChart.empty')}
          segments={[
            {
              name: t('salesChart.retailers'),
              value: todaySales.resellerShareBasisPoints,
              color: 'teal.6',
              label: percent(todaySales.resellerShareBasisPoints),
            },
            {
              name: t('salesChart.direct'),
              value: directShareBasisPoints,
              color: 'gray.5',
              label: percent(directShareBasisPoints),
            },
          ]}
        />
        <AlertsPanel alerts={summary.alerts} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" ta="right">
        {t('screen.footnote', { currency: workspace.baseCurrency })}
      </Text>
    </>
  );
}
