import { Badge, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconCloudUpload } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { DashboardSummary } from '../../../contract/dashboardSchemas';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { allocationApprovalsPath } from '../allocations/allocationPaths';
import { useOperation } from '../client/useOperation';
import { AlertsPanel } from '../dashboard/AlertsPanel';
import { FigureCard } from '../dashboard/FigureCard';
import { ShareDonutCard } from '../dashboard/ShareDonutCard';
import { WorkspaceHealthCard } from '../dashboard/WorkspaceHealthCard';
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

const countFormat = new Intl.NumberFormat('en-US');

/** The back office at a glance: stock, money owed, today's sales, what is in flight and what needs attention. */
export function DashboardScreen({ workspace }: { workspace: WorkspaceSummary }) {
  const connection = useOperation('operator.connection', {});
  return (
    <Stack gap="lg">
      <LedgerProblemsAlert />
      <div>
        <Title order={2}>Dashboard</Title>
        <Text c="dimmed">{workspace.distributorName}</Text>
      </div>
      {connection.error && (
        <OperationErrorAlert
          title="The operator connection could not be read"
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
  return (
    <Stack gap="lg">
      <DemoOperatorCard onConnected={onConnected} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="first-steps">
        <NextStepCard
          eyebrow="Operator"
          headline="No operator connected yet"
          text="Stock, allocations and sales figures appear here once an operator account is connected. Connect yours on the Sync screen, or use the demo operator above."
          action={{
            label: 'Connect on the Sync screen',
            href: syncPath,
            icon: <IconCloudUpload size={16} />,
          }}
        />
        <NextStepCard
          eyebrow="Retailers"
          headline="Onboard your retailers"
          text="Add retailers one by one or from a spreadsheet, then allocate stock to them."
          action={{ label: 'Retailers', href: retailersPath, icon: <IconBuildingStore size={16} /> }}
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
  const summary = useOperation('dashboard.summary', {});
  const { changeKey } = useSyncChangeKey();
  // A finished sync moves stock, sales and the queue: the figures follow it.
  useReloadOn(changeKey, summary.reload);
  const airtime = useMemo(() => operatorAmountAsset(connection), [connection]);

  if (summary.error) {
    return (
      <OperationErrorAlert
        title="The dashboard's figures could not be read"
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
          eyebrow="Wholesale stock"
          testId="wholesale-card"
          headline={
            primary === undefined ? (
              '—'
            ) : (
              <AmountText amountMinor={primary.availableMinor} asset={airtimeOf(primary.assetCode)} inherit />
            )
          }
          caption={
            primary === undefined ? 'No stock bought yet' : `Available to allocate at ${primary.operatorName}`
          }
          link={{ label: 'Operator & purchases', href: operatorPath }}
        >
          {summary.wholesale.map((entry) => {
            const asset = airtimeOf(entry.assetCode);
            return (
              <Stack key={entry.operatorId} gap={2} data-operator={entry.operatorId}>
                {summary.wholesale.length > 1 && (
                  <Text size="sm" fw={600}>
                    {entry.operatorName}:{' '}
                    <AmountText amountMinor={entry.availableMinor} asset={asset} size="sm" fw={600} />
                  </Text>
                )}
                <LabelledValue label="In the ledger (posted)">
                  <AmountText amountMinor={entry.postedMinor} asset={asset} size="sm" />
                </LabelledValue>
                <LabelledValue label="Incoming (purchases not confirmed)" testId="wholesale-incoming">
                  <AmountText amountMinor={entry.incomingMinor} asset={asset} size="sm" />
                </LabelledValue>
              </Stack>
            );
          })}
        </FigureCard>
        <FigureCard
          eyebrow="Stock held by retailers"
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
              ? `At ${operatorNameOf(primaryStock.assetCode)}, in retailers' wallets as the ledger has it`
              : "In retailers' wallets, as the ledger has it"
          }
          link={{ label: 'Retailers', href: retailersPath }}
        >
          {summary.retailerStock.length === 0 && (
            <Text size="sm" c="dimmed">
              No retailer holds stock yet: allocate to them first.
            </Text>
          )}
          {summary.retailerStock.map((entry) => (
            <Stack key={entry.assetCode} gap={2} data-asset={entry.assetCode}>
              {summary.retailerStock.length > 1 && (
                <Text size="sm" fw={600}>
                  {operatorNameOf(entry.assetCode)}:{' '}
                  <AmountText
                    amountMinor={entry.totalMinor}
                    asset={airtimeOf(entry.assetCode)}
                    size="sm"
                    fw={600}
                  />
                </Text>
              )}
              <LabelledValue label="Retailers holding stock">
                <Text size="sm">{countFormat.format(entry.retailersWithStock)}</Text>
              </LabelledValue>
              <LabelledValue label="At or below their low-stock alert" testId="retailer-low-stock">
                <Text
                  size="sm"
                  fw={entry.lowStock > 0 ? 700 : undefined}
                  c={entry.lowStock > 0 ? 'orange' : undefined}
                >
                  {countFormat.format(entry.lowStock)}
                </Text>
              </LabelledValue>
            </Stack>
          ))}
        </FigureCard>
        <FigureCard
          eyebrow="Receivables"
          testId="receivables-card"
          headline={<AmountText amountMinor={receivables.owedMinor} asset={money} inherit />}
          caption={`Owed by ${countFormat.format(receivables.retailersOwing)} retailer${receivables.retailersOwing === 1 ? '' : 's'}`}
          link={{ label: 'Retailers', href: retailersPath }}
        >
          <LabelledValue
            label={`Overdue (over ${receivables.overdueAfterDays} days)`}
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
          <LabelledValue label="Paid in advance (prepaid)" testId="receivables-prepaid">
            <AmountText amountMinor={receivables.prepaidMinor} asset={money} size="sm" />
          </LabelledValue>
        </FigureCard>
        <FigureCard
          eyebrow="Today's sales"
          testId="sales-card"
          headline={<AmountText amountMinor={todaySales.faceValueMinor} asset={airtime} inherit />}
          caption={`${countFormat.format(todaySales.count)} top-up${todaySales.count === 1 ? '' : 's'} pulled from the operator today`}
          link={{ label: 'Sales feed on the Sync screen', href: syncPath }}
        >
          <LabelledValue label="By retailers" testId="sales-reseller-share">
            <Text size="sm">{basisPointsToPercentText(todaySales.resellerShareBasisPoints)}%</Text>
          </LabelledValue>
          <LabelledValue label="Direct (your own desk)">
            <Text size="sm">{basisPointsToPercentText(directShareBasisPoints)}%</Text>
          </LabelledValue>
        </FigureCard>
        <FigureCard
          eyebrow="Operator actions"
          testId="actions-card"
          headline={
            <Group gap="xs" align="baseline">
              <span>{countFormat.format(inFlight)} in flight</span>
              {pendingActions.failed > 0 && (
                <Badge color="red" variant="filled" size="lg">
                  {pendingActions.failed} failed
                </Badge>
              )}
            </Group>
          }
          caption="Queued here or waiting for the operator's answer"
          link={{ label: 'Sync queue', href: syncPath }}
        >
          <LabelledValue label="Purchases">
            <Text size="sm">{countFormat.format(pendingActions.purchases)}</Text>
          </LabelledValue>
          <LabelledValue label="Allocations">
            <Text size="sm">{countFormat.format(pendingActions.allocations)}</Text>
          </LabelledValue>
          <LabelledValue label="Direct top-ups">
            <Text size="sm">{countFormat.format(pendingActions.topups)}</Text>
          </LabelledValue>
          <LabelledValue label="Failed, to retry or leave" testId="actions-failed">
            <Text
              size="sm"
              c={pendingActions.failed > 0 ? 'red' : undefined}
              fw={pendingActions.failed > 0 ? 700 : undefined}
            >
              {countFormat.format(pendingActions.failed)}
            </Text>
          </LabelledValue>
        </FigureCard>
        <FigureCard
          eyebrow="Approvals"
          testId="approvals-card"
          headline={`${countFormat.format(summary.approvalsWaiting)} waiting`}
          caption="Allocations held for a second person"
          link={{ label: 'Approvals', href: allocationApprovalsPath }}
        >
          <Text size="sm" c="dimmed">
            {summary.approvalsWaiting === 0
              ? 'Nothing waits: allocations above your threshold or unusual for a retailer would.'
              : 'Someone other than the clerk who asked approves or rejects each one.'}
          </Text>
        </FigureCard>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <ShareDonutCard
          testId="stock-chart"
          title="Where the airtime is"
          caption={`Wholesale stock available against stock in retailers' wallets${lowStock > 0 ? ` (${lowStock} low)` : ''}`}
          centre={primary?.units ?? airtime.currency}
          empty="No airtime yet: buy credit on the Operator & purchases screen."
          segments={[
            {
              name: 'Wholesale (available)',
              value: Math.max(0, primary?.availableMinor ?? 0),
              color: 'blue.6',
              label: formatMinor(
                primary?.availableMinor ?? 0,
                primary === undefined ? airtime : airtimeOf(primary.assetCode),
              ),
            },
            {
              name: 'Held by retailers',
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
          title="Today's sales by channel"
          caption="Face value sold through retailers and at your own desk"
          centre={`${basisPointsToPercentText(todaySales.resellerShareBasisPoints)}%`}
          empty="No sale pulled today yet: the next sync brings the operator's sales feed."
          segments={[
            {
              name: 'Retailers',
              value: todaySales.resellerShareBasisPoints,
              color: 'teal.6',
              label: `${basisPointsToPercentText(todaySales.resellerShareBasisPoints)}%`,
            },
            {
              name: 'Direct',
              value: directShareBasisPoints,
              color: 'gray.5',
              label: `${basisPointsToPercentText(directShareBasisPoints)}%`,
            },
          ]}
        />
        <AlertsPanel alerts={summary.alerts} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" ta="right">
        Money in {workspace.baseCurrency}; airtime at face value in the operator's units. Figures refresh
        after each sync.
      </Text>
    </>
  );
}
