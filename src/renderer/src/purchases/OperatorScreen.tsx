import {
  Anchor,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useOperation } from '../client/useOperation';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { syncPath } from '../sync/syncPaths';
import { useReloadOn } from '../sync/useReloadOn';
import { useSyncChangeKey } from '../sync/useSyncChangeKey';
import { DirectTopupCard } from '../topups/DirectTopupCard';
import { workspaceMoneyAsset } from '../workspace/workspaceMoneyAsset';
import { BuyCreditCard } from './BuyCreditCard';
import { OperatorSummaryCard } from './OperatorSummaryCard';
import { OperatorTermsModal } from './OperatorTermsModal';
import { PayOperatorModal } from './PayOperatorModal';
import { PurchaseOrdersCard } from './PurchaseOrdersCard';
import { useWholesaleStock } from './useWholesaleStock';

/** Said where a screen needs the operator and none is connected yet. */
export function NoOperatorCard({ purpose }: { purpose: string }) {
  const { t } = useTranslation('purchases');
  return (
    <Card withBorder padding="xl" radius="md" data-testid="no-operator">
      <Stack align="center" gap="xs" py="md">
        <ThemeIcon size={44} radius="xl" variant="light" color="gray">
          <IconPlugConnectedX size={22} />
        </ThemeIcon>
        <Text fw={600}>{t('noOperator.title')}</Text>
        <Text c="dimmed" ta="center" maw={560} size="sm">
          <Trans
            t={t}
            i18nKey="noOperator.body"
            values={{ purpose }}
            components={{ syncLink: <Anchor component={Link} href={syncPath} size="sm" /> }}
          />
        </Text>
      </Stack>
    </Card>
  );
}

/** The operator we buy from: our stock there, our terms with it, buying credit and the orders so far. */
export function OperatorScreen({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation('purchases');
  const connections = useOperation('operator.connections', {});
  const [chosenId, setChosenId] = useState<string | null>(null);
  const all = connections.data ?? [];
  // The first connected operator unless the clerk picked another (a workspace may buy from several).
  const connection = all.find((candidate) => candidate.id === chosenId) ?? all[0];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('screen.title')}</Title>
          <Text c="dimmed">{t('screen.subtitle')}</Text>
        </div>
        {all.length > 1 && connection !== undefined && (
          <SegmentedControl
            aria-label={t('screen.operatorPicker')}
            value={connection.id}
            onChange={setChosenId}
            data={all.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          />
        )}
      </Group>
      {connections.error && (
        <OperationErrorAlert
          title={t('screen.connectionsError')}
          error={connections.error}
          onRetry={() => void connections.reload()}
        />
      )}
      {connections.data === undefined && !connections.error && <Skeleton height={260} />}
      {connections.data !== undefined && connection === undefined && (
        <NoOperatorCard purpose={t('screen.noOperatorPurpose')} />
      )}
      {connection !== undefined && (
        <ConnectedOperator key={connection.id} connection={connection} workspace={workspace} />
      )}
    </Stack>
  );
}

function ConnectedOperator({
  connection,
  workspace,
}: {
  connection: OperatorConnectionView;
  workspace: WorkspaceSummary;
}) {
  const { t } = useTranslation('purchases');
  const terms = useOperation('operator.terms', { operatorId: connection.id });
  const { can } = useCurrentUser();
  const mayAct = can('operator.act');
  const wholesale = useWholesaleStock(connection.assetCode);
  const { changeKey, status } = useSyncChangeKey();
  const [editingTerms, setEditingTerms] = useState(false);
  const [paying, setPaying] = useState(false);
  const [createdCount, setCreatedCount] = useState(0);
  const airtime = useMemo(() => operatorAmountAsset(connection), [connection]);
  const money = useMemo(() => workspaceMoneyAsset(workspace.baseCurrency), [workspace.baseCurrency]);
  const refresh = () => {
    void terms.reload();
    void wholesale.accounts.reload();
  };
  useReloadOn(changeKey, terms.reload, wholesale.accounts.reload);

  return (
    <>
      {terms.error && (
        <OperationErrorAlert
          title={t('screen.termsError')}
          error={terms.error}
          onRetry={() => void terms.reload()}
        />
      )}
      <OperatorSummaryCard
        connection={connection}
        status={status}
        terms={terms.data}
        wholesale={wholesale.account}
        airtime={airtime}
        money={money}
        onEditTerms={can('operator.manage') ? () => setEditingTerms(true) : undefined}
        onPayOperator={can('payments.record') ? () => setPaying(true) : undefined}
        onSynced={refresh}
      />
      {terms.data === undefined && !terms.error && <Skeleton height={260} />}
      {/* Buying and topping up move stock at the operator: only for those who may. */}
      {terms.data !== undefined && mayAct && (
        <>
          <BuyCreditCard
            terms={terms.data}
            airtime={airtime}
            money={money}
            onCreated={() => {
              setCreatedCount((count) => count + 1);
              refresh();
            }}
          />
          <DirectTopupCard terms={terms.data} airtime={airtime} onQueued={refresh} />
        </>
      )}
      <PurchaseOrdersCard
        operatorId={connection.id}
        airtime={airtime}
        money={money}
        changeKey={`${changeKey}|${createdCount}`}
        onChanged={refresh}
      />
      {terms.data !== undefined && paying && (
        <PayOperatorModal
          opened
          terms={terms.data}
          money={money}
          onClose={() => setPaying(false)}
          onPaid={() => {
            setPaying(false);
            setCreatedCount((count) => count + 1);
            refresh();
          }}
        />
      )}
      {terms.data !== undefined && (
        <OperatorTermsModal
          key={String(editingTerms)}
          terms={terms.data}
          opened={editingTerms}
          money={money}
          airtime={airtime}
          onClose={() => setEditingTerms(false)}
          onSaved={() => {
            setEditingTerms(false);
            void terms.reload();
          }}
        />
      )}
    </>
  );
}
