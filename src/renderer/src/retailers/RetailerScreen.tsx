import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowRight,
  IconArrowsExchange,
  IconBan,
  IconCash,
  IconLock,
  IconPencil,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { AssetView } from '../../../contract/ledgerSchemas';
import type { PaymentView } from '../../../contract/paymentSchemas';
import type { RetailerDetail, RetailerStatus } from '../../../contract/retailerSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { AllocateModal } from '../allocations/AllocateModal';
import { RetailerAllocationsCard } from '../allocations/RetailerAllocationsCard';
import { useOperation } from '../client/useOperation';
import { formatInstant } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { statementPath } from '../ledger/ledgerPaths';
import { PaymentReceiptModal } from '../payments/PaymentReceiptModal';
import { RecordPaymentModal } from '../payments/RecordPaymentModal';
import { RetailerPaymentsCard } from '../payments/RetailerPaymentsCard';
import { useCurrentUser } from '../session/CurrentUserContext';
import { CopyValueButton } from '../shell/CopyValueButton';
import { LabelledValue } from '../shell/LabelledValue';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { useReloadOn } from '../sync/useReloadOn';
import { useSyncChangeKey } from '../sync/useSyncChangeKey';
import { workspaceMoneyAsset } from '../workspace/workspaceMoneyAsset';
import { RetailerFormModal } from './RetailerFormModal';
import { RetailerSalesCard } from './RetailerSalesCard';
import { RetailerStatusBadge } from './RetailerStatusBadge';
import { RetailerStatusModal } from './RetailerStatusModal';
import { retailerLevelLabels, retailerStatusLabels, retailerTermsLabels } from './retailerLabels';
import { retailerBranchPath, retailerPath, retailersPath } from './retailerPaths';

type Retailer = RetailerDetail['retailer'];

/** One retailer: who it is, where it sits, what it holds and owes, and what can be done with it. */
export function RetailerScreen({ code, workspace }: { code: string; workspace: WorkspaceSummary }) {
  const detail = useOperation('retailers.get', { code });
  const assets = useOperation('ledger.assets', {});
  const money = useMemo(() => workspaceMoneyAsset(workspace.baseCurrency), [workspace.baseCurrency]);
  const assetsByCode = useMemo(
    () => new Map((assets.data ?? []).map((asset) => [asset.code, asset])),
    [assets.data],
  );
  const [editing, setEditing] = useState(false);
  const [statusTarget, setStatusTarget] = useState<RetailerStatus | null>(null);
  const [allocating, setAllocating] = useState(false);
  const [recordingPayment, setRecordingPayment] = useState(false);
  const [receipt, setReceipt] = useState<PaymentView | null>(null);
  const [changes, setChanges] = useState(0);
  const connection = useOperation('operator.connection', {});
  const airtime = connection.data == null ? undefined : operatorAmountAsset(connection.data);
  const { changeKey: syncChangeKey } = useSyncChangeKey();
  const changeKey = `${syncChangeKey}|${changes}`;
  useReloadOn(changeKey, detail.reload);
  const changed = () => setChanges((count) => count + 1);
  const current = detail.data?.retailer.code === code ? detail.data : undefined;

  return (
    <Stack gap="lg">
      {detail.error && (
        <OperationErrorAlert
          title={`Retailer ${code} could not be read`}
          error={detail.error}
          onRetry={() => void detail.reload()}
        />
      )}
      {current === undefined && !detail.error && <Skeleton height={420} />}
      {current !== undefined && (
        <>
          <RetailerHeader
            retailer={current.retailer}
            onEdit={() => setEditing(true)}
            onStatus={setStatusTarget}
            onAllocate={connection.data == null ? undefined : () => setAllocating(true)}
            onRecordPayment={() => setRecordingPayment(true)}
          />
          <SimpleGrid cols={{ base: 1, md: current.retailer.level === 'sub_distributor' ? 3 : 2 }}>
            <StockCard detail={current} assetsByCode={assetsByCode} />
            <ReceivableCard
              detail={current}
              asset={assetsByCode.get(current.receivable.assetCode) ?? money}
            />
            {current.retailer.level === 'sub_distributor' && <BranchCard detail={current} />}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            {airtime !== undefined && (
              <RetailerAllocationsCard
                code={current.retailer.code}
                airtime={airtime}
                money={money}
                changeKey={changeKey}
                onChanged={changed}
              />
            )}
            <RetailerPaymentsCard code={current.retailer.code} changeKey={changeKey} />
          </SimpleGrid>
          <RetailerSalesCard code={current.retailer.code} assetsByCode={assetsByCode} changeKey={changeKey} />
          <DetailsCard retailer={current.retailer} asset={money} airtime={airtime} />
          <AllocateModal
            key={`allocate-${String(allocating)}`}
            opened={allocating}
            connection={connection.data}
            retailer={current.retailer}
            money={money}
            onClose={() => setAllocating(false)}
            onAllocated={() => {
              setAllocating(false);
              changed();
            }}
          />
          <RecordPaymentModal
            key={`payment-${String(recordingPayment)}`}
            opened={recordingPayment}
            retailer={current.retailer}
            money={money}
            onClose={() => setRecordingPayment(false)}
            onRecorded={(payment) => {
              setRecordingPayment(false);
              setReceipt(payment);
              changed();
            }}
          />
          <PaymentReceiptModal payment={receipt} onClose={() => setReceipt(null)} />
          <RetailerFormModal
            opened={editing}
            onClose={() => setEditing(false)}
            existing={current.retailer}
            asset={money}
            onSaved={() => {
              setEditing(false);
              void detail.reload();
            }}
          />
          <RetailerStatusModal
            retailer={current.retailer}
            target={statusTarget}
            onClose={() => setStatusTarget(null)}
            onChanged={() => {
              setStatusTarget(null);
              void detail.reload();
            }}
          />
        </>
      )}
    </Stack>
  );
}

function RetailerHeader({
  retailer,
  onEdit,
  onStatus,
  onAllocate,
  onRecordPayment,
}: {
  retailer: Retailer;
  onEdit: () => void;
  onStatus: (status: RetailerStatus) => void;
  /** None while no operator is connected: there is nowhere to allocate at. */
  onAllocate: (() => void) | undefined;
  onRecordPayment: () => void;
}) {
  const closed = retailer.status === 'closed';
  const { can, user } = useCurrentUser();
  const mayManage = can('retailers.manage');
  // A partner office reaches its branch only: what sits above its head is named, not linked.
  const branchAt = user.branchCode === null ? 0 : retailer.ancestry.indexOf(user.branchCode);
  const reachableFrom = branchAt === -1 ? retailer.ancestry.length : branchAt;
  return (
    <Stack gap="sm">
      <Breadcrumbs component="nav" aria-label="Where the retailer sits">
        <Anchor component={Link} href={retailersPath} size="sm">
          Retailers
        </Anchor>
        {retailer.ancestry.map((ancestor, index) =>
          index < reachableFrom ? (
            <Text key={ancestor} size="sm" c="dimmed" ff="monospace">
              {ancestor}
            </Text>
          ) : (
            <Anchor key={ancestor} component={Link} href={retailerPath(ancestor)} size="sm" ff="monospace">
              {ancestor}
            </Anchor>
          ),
        )}
        <Text size="sm" c="dimmed" ff="monospace">
          {retailer.code}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2}>{retailer.name}</Title>
          <Group gap="xs" mt={6}>
            <Group gap={2}>
              <Text ff="monospace" fw={500} data-testid="retailer-code">
                {retailer.code}
              </Text>
              <CopyValueButton value={retailer.code} label="Copy the reseller code" />
            </Group>
            <RetailerStatusBadge status={retailer.status} data-testid="retailer-status" />
            <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
              {retailerLevelLabels[retailer.level]}
            </Badge>
            <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
              {retailerTermsLabels[retailer.terms]}
            </Badge>
            <Text size="sm" c="dimmed">
              {retailer.parentCode === null ? (
                'Directly under the distributor'
              ) : (
                <>
                  Under{' '}
                  {reachableFrom < retailer.ancestry.length ? (
                    <Anchor component={Link} href={retailerPath(retailer.parentCode)} size="sm">
                      {retailer.parentName ?? retailer.parentCode}
                    </Anchor>
                  ) : (
                    (retailer.parentName ?? retailer.parentCode)
                  )}
                </>
              )}
            </Text>
          </Group>
        </div>
        <Group gap="sm">
          {can('operator.act') && (
            <Button
              leftSection={<IconArrowsExchange size={16} />}
              onClick={onAllocate}
              disabled={onAllocate === undefined || retailer.status !== 'active'}
            >
              Allocate
            </Button>
          )}
          {can('payments.record') && (
            <Button
              variant="light"
              leftSection={<IconCash size={16} />}
              onClick={onRecordPayment}
              disabled={closed}
            >
              Record payment
            </Button>
          )}
          {mayManage && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={onEdit}
              disabled={closed}
            >
              Edit
            </Button>
          )}
          {mayManage && retailer.status === 'active' && (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconBan size={16} />}
              onClick={() => onStatus('suspended')}
            >
              Suspend
            </Button>
          )}
          {mayManage && retailer.status === 'suspended' && (
            <Button
              variant="light"
              color="teal"
              leftSection={<IconPlayerPlay size={16} />}
              onClick={() => onStatus('active')}
            >
              Reactivate
            </Button>
          )}
          {mayManage && !closed && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconLock size={16} />}
              onClick={() => onStatus('closed')}
            >
              Close
            </Button>
          )}
        </Group>
      </Group>
      {retailer.status !== 'active' && (
        <Alert
          color={closed ? 'gray' : 'orange'}
          title={`${retailerStatusLabels[retailer.status]}${
            retailer.statusChangedAt === null ? '' : ` on ${formatInstant(retailer.statusChangedAt)}`
          }${retailer.statusChangedBy === null ? '' : ` by ${retailer.statusChangedBy}`}`}
          data-testid="retailer-status-reason"
        >
          {retailer.statusReason ?? 'No reason recorded.'}
        </Alert>
      )}
    </Stack>
  );
}

function CardTitle({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" tt="uppercase" fw={700} c="dimmed">
      {children}
    </Text>
  );
}

function StockCard({
  detail,
  assetsByCode,
}: {
  detail: RetailerDetail;
  assetsByCode: Map<string, AssetView>;
}) {
  const mayOpenStatement = useCurrentUser().canCall('ledger.statement');
  return (
    <Card withBorder padding="lg" radius="md" data-testid="stock-card">
      <Stack gap="sm">
        <CardTitle>Airtime stock</CardTitle>
        {detail.stock.length === 0 && (
          <Text size="sm" c="dimmed">
            No stock yet. Allocations to this retailer, and its wallet balance at the operator, show here.
          </Text>
        )}
        {detail.stock.map((stock) => {
          const asset = assetsByCode.get(stock.assetCode);
          const differs =
            stock.operatorRemainingMinor !== null &&
            stock.operatorRemainingMinor !== stock.balancePostedMinor;
          return (
            <Stack key={stock.accountId} gap={4} data-operator={stock.operatorId}>
              <Group justify="space-between">
                <Text fw={600}>{asset?.name ?? stock.operatorId}</Text>
                {mayOpenStatement && (
                  <Anchor component={Link} href={statementPath(stock.accountId)} size="sm">
                    Statement <IconArrowRight size={12} />
                  </Anchor>
                )}
              </Group>
              <LabelledValue label="In the ledger (posted)">
                <AmountText amountMinor={stock.balancePostedMinor} asset={asset} fw={600} />
              </LabelledValue>
              <LabelledValue label="Available (less pending)">
                <AmountText amountMinor={stock.balanceAvailableMinor} asset={asset} />
              </LabelledValue>
              <LabelledValue label="Operator reports">
                {stock.operatorRemainingMinor === null ? (
                  <Text size="sm" c="dimmed">
                    Not pulled yet
                  </Text>
                ) : (
                  <AmountText
                    amountMinor={stock.operatorRemainingMinor}
                    asset={asset}
                    c={differs ? 'orange' : undefined}
                  />
                )}
              </LabelledValue>
              {stock.pulledAt !== null && (
                <Text size="xs" c="dimmed" ta="right">
                  Pulled {formatInstant(stock.pulledAt)}
                  {differs && ' · differs from the ledger: see the reconciliation on the Sync screen'}
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}

function ReceivableCard({ detail, asset }: { detail: RetailerDetail; asset: AmountAsset }) {
  const { retailer, receivable } = detail;
  const mayOpenStatement = useCurrentUser().canCall('ledger.statement');
  return (
    <Card withBorder padding="lg" radius="md" data-testid="receivable-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <CardTitle>Receivable</CardTitle>
          {mayOpenStatement && (
            <Anchor component={Link} href={statementPath(receivable.accountId)} size="sm">
              Statement <IconArrowRight size={12} />
            </Anchor>
          )}
        </Group>
        <LabelledValue
          label={receivable.balancePostedMinor < 0 ? 'Paid in advance' : 'Owes'}
          testId="receivable-owed"
        >
          <AmountText amountMinor={Math.abs(receivable.balancePostedMinor)} asset={asset} fw={600} />
        </LabelledValue>
        <LabelledValue label="Exposure (owed + pending)" testId="receivable-exposure">
          <AmountText amountMinor={receivable.exposureMinor} asset={asset} />
        </LabelledValue>
        <LabelledValue label="Credit limit" testId="receivable-credit-limit">
          {retailer.terms === 'prepaid' ? (
            <Text size="sm" c="dimmed">
              None: prepaid
            </Text>
          ) : (
            <AmountText amountMinor={retailer.creditLimitMinor} asset={asset} />
          )}
        </LabelledValue>
        <LabelledValue label="Available credit" testId="receivable-available">
          {receivable.availableCreditMinor === null ? (
            <Text size="sm" c="dimmed">
              Pays before allocation
            </Text>
          ) : (
            <AmountText
              amountMinor={receivable.availableCreditMinor}
              asset={asset}
              fw={600}
              c={receivable.availableCreditMinor <= 0 ? 'red' : 'teal'}
            />
          )}
        </LabelledValue>
      </Stack>
    </Card>
  );
}

function BranchCard({ detail }: { detail: RetailerDetail }) {
  const { subDistributors, retailers } = detail.children;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="branch-card">
      <Stack gap="sm">
        <CardTitle>Branch</CardTitle>
        <LabelledValue label="Sub-distributors under it">
          <Text fw={600}>{subDistributors}</Text>
        </LabelledValue>
        <LabelledValue label="Retailers under it">
          <Text fw={600}>{retailers}</Text>
        </LabelledValue>
        <Anchor component={Link} href={retailerBranchPath(detail.retailer.code)} size="sm">
          See the {subDistributors + retailers} in its branch <IconArrowRight size={12} />
        </Anchor>
      </Stack>
    </Card>
  );
}

function DetailsCard({
  retailer,
  asset,
  airtime,
}: {
  retailer: Retailer;
  asset: AmountAsset;
  /** The operator's airtime units spend control is kept in; undefined while no operator is connected. */
  airtime: AmountAsset | undefined;
}) {
  const none = (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
  const text = (value: string | null, monospace = false) =>
    value === null ? (
      none
    ) : (
      <Text size="sm" ff={monospace ? 'monospace' : undefined}>
        {value}
      </Text>
    );
  const details: Array<{ label: string; value: ReactNode }> = [
    { label: 'Contact', value: text(retailer.contactName) },
    { label: 'Phone', value: text(retailer.phone) },
    { label: 'E-mail', value: text(retailer.email) },
    { label: 'Region', value: text(retailer.region) },
    { label: 'Wallet MSISDN', value: text(retailer.walletMsisdn, true) },
    { label: 'Operator party id', value: text(retailer.operatorPartyId, true) },
    { label: 'Terms', value: text(retailerTermsLabels[retailer.terms]) },
    {
      label: 'Daily allocation limit',
      value:
        retailer.dailyAllocationLimitMinor === null ? (
          text('No daily limit')
        ) : (
          <AmountText amountMinor={retailer.dailyAllocationLimitMinor} asset={asset} size="sm" />
        ),
    },
    { label: 'Commission plan', value: text(retailer.commissionPlanCode, true) },
    {
      label: 'Low-stock alert',
      value:
        retailer.lowStockThresholdMinor === null ? (
          text('No alert')
        ) : (
          <Text size="sm">
            At or below <AmountText amountMinor={retailer.lowStockThresholdMinor} asset={airtime} size="sm" />
          </Text>
        ),
    },
    {
      label: 'Auto-replenishment',
      value:
        retailer.replenishment === null ? (
          text('Off')
        ) : (
          <Text size="sm">
            Below <AmountText amountMinor={retailer.replenishment.belowMinor} asset={airtime} size="sm" />, up
            to <AmountText amountMinor={retailer.replenishment.upToMinor} asset={airtime} size="sm" />
          </Text>
        ),
    },
    { label: 'Created', value: text(`${formatInstant(retailer.createdAt)} by ${retailer.createdBy}`) },
    { label: 'Last changed', value: text(formatInstant(retailer.updatedAt)) },
    {
      label: 'Status',
      value: text(
        retailer.statusChangedAt === null
          ? retailerStatusLabels[retailer.status]
          : `${retailerStatusLabels[retailer.status]} since ${formatInstant(retailer.statusChangedAt)}${
              retailer.statusChangedBy === null ? '' : ` (${retailer.statusChangedBy})`
            }${retailer.statusReason === null ? '' : `: ${retailer.statusReason}`}`,
      ),
    },
  ];
  return (
    <Card withBorder padding="lg" radius="md" data-testid="details-card">
      <CardTitle>Details</CardTitle>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="sm" mt="sm">
        {details.map(({ label, value }) => (
          <div key={label} data-detail={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            {value}
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
