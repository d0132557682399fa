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
import type { TFunction } from 'i18next';
import { Fragment, type ReactNode, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssetView } from '../../../contract/ledgerSchemas';
import type { PaymentView } from '../../../contract/paymentSchemas';
import type { RetailerDetail, RetailerStatus } from '../../../contract/retailerSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { AllocateModal } from '../allocations/AllocateModal';
import { RetailerAllocationsCard } from '../allocations/RetailerAllocationsCard';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
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
import { retailerLevelLabel, retailerStatusLabel, retailerTermsLabel } from './retailerLabels';
import { retailerBranchPath, retailerPath, retailersPath } from './retailerPaths';

type Retailer = RetailerDetail['retailer'];

/** One retailer: who it is, where it sits, what it holds and owes, and what can be done with it. */
export function RetailerScreen({ code, workspace }: { code: string; workspace: WorkspaceSummary }) {
  const { t } = useTranslation('retailers');
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
          title={t('detail.readError', { code })}
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
  const { t } = useTranslation('retailers');
  const closed = retailer.status === 'closed';
  const { can, user } = useCurrentUser();
  const mayManage = can('retailers.manage');
  // A partner office reaches its branch only: what sits above its head is named, not linked.
  const branchAt = user.branchCode === null ? 0 : retailer.ancestry.indexOf(user.branchCode);
  const reachableFrom = branchAt === -1 ? retailer.ancestry.length : branchAt;
  return (
    <Stack gap="sm">
      <Breadcrumbs component="nav" aria-label={t('detail.breadcrumbs')}>
        <Anchor component={Link} href={retailersPath} size="sm">
          {t('detail.breadcrumbRoot')}
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
              <CopyValueButton value={retailer.code} label={t('detail.copyCode')} />
            </Group>
            <RetailerStatusBadge status={retailer.status} data-testid="retailer-status" />
            <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
              {retailerLevelLabel(retailer.level)}
            </Badge>
            <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
              {retailerTermsLabel(retailer.terms)}
            </Badge>
            <Text size="sm" c="dimmed">
              {retailer.parentCode === null ? (
                t('detail.directlyUnderDistributor')
              ) : (
                <Trans
                  t={t}
                  i18nKey="detail.under"
                  values={{ name: retailer.parentName ?? retailer.parentCode }}
                  components={{
                    parent:
                      reachableFrom < retailer.ancestry.length ? (
                        <Anchor component={Link} href={retailerPath(retailer.parentCode)} size="sm" />
                      ) : (
                        <Fragment />
                      ),
                  }}
                />
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
              {t('detail.actions.allocate')}
            </Button>
          )}
          {can('payments.record') && (
            <Button
              variant="light"
              leftSection={<IconCash size={16} />}
              onClick={onRecordPayment}
              disabled={closed}
            >
              {t('detail.actions.recordPayment')}
            </Button>
          )}
          {mayManage && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={onEdit}
              disabled={closed}
            >
              {t('detail.actions.edit')}
            </Button>
          )}
          {mayManage && retailer.status === 'active' && (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconBan size={16} />}
              onClick={() => onStatus('suspended')}
            >
              {t('detail.actions.suspend')}
            </Button>
          )}
          {mayManage && retailer.status === 'suspended' && (
            <Button
              variant="light"
              color="teal"
              leftSection={<IconPlayerPlay size={16} />}
              onClick={() => onStatus('active')}
            >
              {t('detail.actions.reactivate')}
            </Button>
          )}
          {mayManage && !closed && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconLock size={16} />}
              onClick={() => onStatus('closed')}
            >
              {t('detail.actions.close')}
            </Button>
          )}
        </Group>
      </Group>
      {retailer.status !== 'active' && (
        <Alert
          color={closed ? 'gray' : 'orange'}
          title={statusTitle(retailer, t)}
          data-testid="retailer-status-reason"
        >
          {retailer.statusReason ?? t('detail.noReason')}
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
  const { t } = useTranslation('retailers');
  const mayOpenStatement = useCurrentUser().canCall('ledger.statement');
  return (
    <Card withBorder padding="lg" radius="md" data-testid="stock-card">
      <Stack gap="sm">
        <CardTitle>{t('stock.title')}</CardTitle>
        {detail.stock.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('stock.empty')}
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
                    {t('stock.statement')} <IconArrowRight size={12} />
                  </Anchor>
                )}
              </Group>
              <LabelledValue label={t('stock.posted')}>
                <AmountText amountMinor={stock.balancePostedMinor} asset={asset} fw={600} />
              </LabelledValue>
              <LabelledValue label={t('stock.available')}>
                <AmountText amountMinor={stock.balanceAvailableMinor} asset={asset} />
              </LabelledValue>
              <LabelledValue label={t('stock.operatorReports')}>
                {stock.operatorRemainingMinor === null ? (
                  <Text size="sm" c="dimmed">
                    {t('stock.notPulled')}
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
                  {t(differs ? 'stock.pulledDiffers' : 'stock.pulled', {
                    date: formatInstant(stock.pulledAt),
                  })}
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
  const { t } = useTranslation('retailers');
  const { retailer, receivable } = detail;
  const mayOpenStatement = useCurrentUser().canCall('ledger.statement');
  return (
    <Card withBorder padding="lg" radius="md" data-testid="receivable-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <CardTitle>{t('receivable.title')}</CardTitle>
          {mayOpenStatement && (
            <Anchor component={Link} href={statementPath(receivable.accountId)} size="sm">
              {t('receivable.statement')} <IconArrowRight size={12} />
            </Anchor>
          )}
        </Group>
        <LabelledValue
          label={receivable.balancePostedMinor < 0 ? t('receivable.paidInAdvance') : t('receivable.owes')}
          testId="receivable-owed"
        >
          <AmountText amountMinor={Math.abs(receivable.balancePostedMinor)} asset={asset} fw={600} />
        </LabelledValue>
        <LabelledValue label={t('receivable.exposure')} testId="receivable-exposure">
          <AmountText amountMinor={receivable.exposureMinor} asset={asset} />
        </LabelledValue>
        <LabelledValue label={t('receivable.creditLimit')} testId="receivable-credit-limit">
          {retailer.terms === 'prepaid' ? (
            <Text size="sm" c="dimmed">
              {t('receivable.prepaidNone')}
            </Text>
          ) : (
            <AmountText amountMinor={retailer.creditLimitMinor} asset={asset} />
          )}
        </LabelledValue>
        <LabelledValue label={t('receivable.availableCredit')} testId="receivable-available">
          {receivable.availableCreditMinor === null ? (
            <Text size="sm" c="dimmed">
              {t('receivable.paysBefore')}
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
  const { t } = useTranslation('retailers');
  const { subDistributors, retailers } = detail.children;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="branch-card">
      <Stack gap="sm">
        <CardTitle>{t('branch.title')}</CardTitle>
        <LabelledValue label={t('branch.subDistributors')}>
          <Text fw={600}>{subDistributors}</Text>
        </LabelledValue>
        <LabelledValue label={t('branch.retailers')}>
          <Text fw={600}>{retailers}</Text>
        </LabelledValue>
        <Anchor component={Link} href={retailerBranchPath(detail.retailer.code)} size="sm">
          {t('branch.see', {
            count: subDistributors + retailers,
            total: formatCount(subDistributors + retailers),
          })}{' '}
          <IconArrowRight size={12} />
        </Anchor>
      </Stack>
    </Card>
  );
}

/** The status alert's title: the status, when and by whom it was set, as far as that is known. */
function statusTitle(retailer: Retailer, t: TFunction<'retailers'>): string {
  const status = retailerStatusLabel(retailer.status);
  const date = retailer.statusChangedAt === null ? null : formatInstant(retailer.statusChangedAt);
  const user = retailer.statusChangedBy;
  if (date !== null && user !== null) return t('detail.statusOnBy', { status, date, user });
  if (date !== null) return t('detail.statusOn', { status, date });
  if (user !== null) return t('detail.statusBy', { status, user });
  return status;
}

/** The status as the details card says it: since when, by whom and why, as far as that is known. */
function statusSince(retailer: Retailer, t: TFunction<'retailers'>): string {
  const status = retailerStatusLabel(retailer.status);
  if (retailer.statusChangedAt === null) return status;
  const date = formatInstant(retailer.statusChangedAt);
  const user = retailer.statusChangedBy;
  const reason = retailer.statusReason;
  if (user !== null && reason !== null)
    return t('details.statusSinceByReason', { status, date, user, reason });
  if (user !== null) return t('details.statusSinceBy', { status, date, user });
  if (reason !== null) return t('details.statusSinceReason', { status, date, reason });
  return t('details.statusSince', { status, date });
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
  const { t } = useTranslation('retailers');
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
  // `id` names a detail for tests and support whatever the language: it stays in English.
  const details: Array<{ id: string; label: string; value: ReactNode }> = [
    { id: 'Contact', label: t('details.contact'), value: text(retailer.contactName) },
    { id: 'Phone', label: t('details.phone'), value: text(retailer.phone) },
    { id: 'E-mail', label: t('details.email'), value: text(retailer.email) },
    { id: 'Region', label: t('details.region'), value: text(retailer.region) },
    { id: 'Wallet MSISDN', label: t('details.wallet'), value: text(retailer.walletMsisdn, true) },
    {
      id: 'Operator party id',
      label: t('details.operatorPartyId'),
      value: text(retailer.operatorPartyId, true),
    },
    { id: 'Terms', label: t('details.terms'), value: text(retailerTermsLabel(retailer.terms)) },
    {
      id: 'Daily allocation limit',
      label: t('details.dailyLimit'),
      value:
        retailer.dailyAllocationLimitMinor === null ? (
          text(t('details.noDailyLimit'))
        ) : (
          <AmountText amountMinor={retailer.dailyAllocationLimitMinor} asset={asset} size="sm" />
        ),
    },
    {
      id: 'Commission plan',
      label: t('details.commissionPlan'),
      value: text(retailer.commissionPlanCode, true),
    },
    {
      id: 'Low-stock alert',
      label: t('details.lowStock'),
      value:
        retailer.lowStockThresholdMinor === null ? (
          text(t('details.noAlert'))
        ) : (
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="details.atOrBelow"
              components={{
                amount: (
                  <AmountText amountMinor={retailer.lowStockThresholdMinor} asset={airtime} size="sm" />
                ),
              }}
            />
          </Text>
        ),
    },
    {
      id: 'Auto-replenishment',
      label: t('details.replenishment'),
      value:
        retailer.replenishment === null ? (
          text(t('details.off'))
        ) : (
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="details.replenishRule"
              components={{
                below: (
                  <AmountText amountMinor={retailer.replenishment.belowMinor} asset={airtime} size="sm" />
                ),
                upTo: <AmountText amountMinor={retailer.replenishment.upToMinor} asset={airtime} size="sm" />,
              }}
            />
          </Text>
        ),
    },
    {
      id: 'Created',
      label: t('details.created'),
      value: text(
        t('details.createdBy', { date: formatInstant(retailer.createdAt), user: retailer.createdBy }),
      ),
    },
    { id: 'Last changed', label: t('details.lastChanged'), value: text(formatInstant(retailer.updatedAt)) },
    { id: 'Status', label: t('details.status'), value: text(statusSince(retailer, t)) },
  ];
  return (
    <Card withBorder padding="lg" radius="md" data-testid="details-card">
      <CardTitle>{t('details.title')}</CardTitle>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="sm" mt="sm">
        {details.map(({ id, label, value }) => (
          <div key={id} data-detail={id}>
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
