import { Alert, Button, Drawer, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconSend, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderView } from '../../../contract/purchaseSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatInstantPrecise } from '../format/formatInstant';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { useCurrentUser } from '../session/CurrentUserContext';
import { CopyableValue, DetailTable, EntryLink } from '../shell/DetailTable';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';
import { purchasePaidHowText, purchasePaymentLabel } from './purchaseLabels';

const reasonLengthMin = 3;

/** One purchase order in full: amounts, payment, the operator's references and its journal entries. */
export function PurchaseDrawer({
  orderId,
  airtime,
  money,
  onClose,
  onChanged,
}: {
  orderId: string | null;
  airtime: AmountAsset;
  money: AmountAsset;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('purchases');
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  return (
    <>
      <Drawer
        opened={orderId !== null && entryTrail.length === 0}
        onClose={onClose}
        position="right"
        size={640}
        title={<Title order={3}>{t('detail.title')}</Title>}
      >
        {orderId !== null && (
          <PurchaseDetail
            key={orderId}
            orderId={orderId}
            airtime={airtime}
            money={money}
            onOpenEntry={(entryId) => setEntryTrail([entryId])}
            onChanged={onChanged}
          />
        )}
      </Drawer>
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </>
  );
}

function PurchaseDetail({
  orderId,
  airtime,
  money,
  onOpenEntry,
  onChanged,
}: {
  orderId: string;
  airtime: AmountAsset;
  money: AmountAsset;
  onOpenEntry: (entryId: string) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('purchases');
  const client = useClient();
  const order = useOperation('purchases.get', { id: orderId });
  const mayAct = useCurrentUser().can('operator.act');
  const [busy, setBusy] = useState(false);
  const [commandError, setCommandError] = useState<{ title: string; message: string } | null>(null);

  const command = async (
    title: string,
    work: () => Promise<PurchaseOrderView>,
    done: (number: string) => string,
  ) => {
    setBusy(true);
    setCommandError(null);
    try {
      const changed = await work();
      notifications.show({
        color: 'teal',
        title: done(changed.number),
        message: changed.statusReason === null ? '' : localizeContractMessage(changed.statusReason),
      });
    } catch (caught) {
      setCommandError({ title, message: asContractError(caught).message });
    } finally {
      setBusy(false);
      void order.reload();
      onChanged();
    }
  };

  if (order.error) {
    return (
      <OperationErrorAlert
        title={t('detail.readError')}
        error={order.error}
        onRetry={() => void order.reload()}
      />
    );
  }
  const current = order.data;
  if (current === undefined) return <Skeleton height={480} />;

  const submit = () =>
    modals.openConfirmModal({
      title: t('detail.submitTitle', { number: current.number }),
      children: (
        <Text size="sm">
          {current.costMinor === null
            ? t('detail.submitBody', {
                face: formatMinor(current.faceValueMinor, airtime),
                how: purchasePaidHowText(current.paymentMethod),
              })
            : t('detail.submitBodyWithCost', {
                face: formatMinor(current.faceValueMinor, airtime),
                how: purchasePaidHowText(current.paymentMethod),
                cost: formatMinor(current.costMinor, money),
              })}
        </Text>
      ),
      labels: { confirm: t('detail.submitConfirm'), cancel: t('detail.back') },
      onConfirm: () =>
        void command(
          t('detail.submitError'),
          () => client.call('purchases.submit', { id: current.id }),
          (number) => t('detail.submitted', { number }),
        ),
    });

  const cancel = () => {
    const modalId = `cancel-${current.id}`;
    modals.open({
      modalId,
      title: t('detail.cancelTitle', { number: current.number }),
      children: (
        <CancelForm
          order={current}
          airtime={airtime}
          onBack={() => modals.close(modalId)}
          onConfirm={(reason) => {
            modals.close(modalId);
            void command(
              t('detail.cancelError'),
              () => client.call('purchases.cancel', { id: current.id, reason }),
              (number) =>
                current.status === 'draft'
                  ? t('detail.cancelled', { number })
                  : t('detail.cancellationRequested', { number }),
            );
          }}
        />
      ),
    });
  };

  const none = (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
  const when = (iso: string | null) => (iso === null ? none : formatInstantPrecise(iso));
  const rows: Array<[string, ReactNode]> = [
    [
      t('detail.rows.faceValue'),
      <AmountText key="face" amountMinor={current.faceValueMinor} asset={airtime} size="sm" fw={600} />,
    ],
    [
      t('detail.rows.discount'),
      current.discountMinor === null ? (
        t('detail.percent', { percent: basisPointsToPercentText(current.discountBasisPoints) })
      ) : (
        <Text key="discount" size="sm" span>
          {t('detail.percent', { percent: basisPointsToPercentText(current.discountBasisPoints) })} ·{' '}
          <AmountText amountMinor={current.discountMinor} asset={money} size="sm" />
        </Text>
      ),
    ],
    [
      t('detail.rows.cost'),
      current.costMinor === null ? (
        none
      ) : (
        <AmountText key="cost" amountMinor={current.costMinor} asset={money} size="sm" fw={600} />
      ),
    ],
    [t('detail.rows.payment'), purchasePaymentLabel(current.paymentMethod)],
    [t('detail.rows.paymentReference'), current.paymentReference ?? none],
    [
      t('detail.rows.due'),
      current.paymentMethod === 'credit' ? when(current.dueAt) : t('detail.paidUpFront'),
    ],
    ...(current.outstandingMinor === null
      ? []
      : ([
          [
            t('detail.rows.paid'),
            <AmountText key="paid" amountMinor={current.paidMinor} asset={money} size="sm" />,
          ],
          [
            t('detail.rows.owed'),
            <AmountText key="owed" amountMinor={current.outstandingMinor} asset={money} size="sm" fw={600} />,
          ],
        ] as Array<[string, ReactNode]>)),
    [t('detail.rows.note'), current.note ?? none],
    [
      t('detail.rows.operatorSays'),
      current.statusReason === null ? none : localizeContractMessage(current.statusReason),
    ],
    [
      t('detail.rows.created'),
      t('detail.createdBy', { when: formatInstantPrecise(current.createdAt), user: current.createdBy }),
    ],
    [t('detail.rows.submitted'), when(current.submittedAt)],
    [t('detail.rows.confirmed'), when(current.confirmedAt)],
    [t('detail.rows.orderId'), <CopyableValue key="id" value={current.id} />],
    [t('detail.rows.clientReference'), <CopyableValue key="reference" value={current.clientReference} />],
    [t('detail.rows.operatorAction'), <CopyableValue key="operator" value={current.operatorActionId} />],
    [
      t('detail.rows.pendingEntry'),
      <EntryLink
        key="pending"
        entryId={current.pendingEntryId}
        onOpen={onOpenEntry}
        none={t('detail.pendingNone')}
      />,
    ],
    [
      t('detail.rows.resolutionEntry'),
      <EntryLink
        key="resolution"
        entryId={current.resolutionEntryId}
        onOpen={onOpenEntry}
        none={t('detail.resolutionNone')}
      />,
    ],
  ];
  const cancellable = mayAct && (current.status === 'draft' || current.status === 'submitted');
  const submittable = mayAct && current.status === 'draft';
  return (
    <Stack gap="md" data-testid="purchase-detail" data-order-id={current.id} data-status={current.status}>
      <Group gap="xs">
        <Text fw={700} ff="monospace" data-testid="purchase-number">
          {current.number}
        </Text>
        <PurchaseStatusBadge status={current.status} size="lg" data-testid="purchase-status" />
        <AmountText amountMinor={current.faceValueMinor} asset={airtime} fw={600} />
      </Group>
      {(submittable || cancellable) && (
        <Group gap="xs">
          {submittable && (
            <Button size="xs" leftSection={<IconSend size={14} />} loading={busy} onClick={submit}>
              {t('detail.submitAction')}
            </Button>
          )}
          {cancellable && (
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconX size={14} />}
              disabled={busy}
              onClick={cancel}
            >
              {t('detail.cancelAction')}
            </Button>
          )}
        </Group>
      )}
      {commandError !== null && (
        <Alert color="red" title={commandError.title} withCloseButton onClose={() => setCommandError(null)}>
          {commandError.message}
        </Alert>
      )}
      <DetailTable rows={rows} />
    </Stack>
  );
}

function CancelForm({
  order,
  airtime,
  onBack,
  onConfirm,
}: {
  order: PurchaseOrderView;
  airtime: AmountAsset;
  onBack: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation('purchases');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const short = reason.trim().length < reasonLengthMin;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (!short) onConfirm(reason.trim());
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t(order.status === 'draft' ? 'detail.cancelForm.draft' : 'detail.cancelForm.submitted', {
            amount: formatMinor(order.faceValueMinor, airtime),
          })}
        </Text>
        <TextInput
          label={t('detail.cancelForm.reason')}
          description={t('detail.cancelForm.reasonDescription')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={
            touched && short ? t('detail.cancelForm.reasonRequired', { min: reasonLengthMin }) : undefined
          }
          maxLength={200}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onBack}>
            {t('detail.cancelForm.keep')}
          </Button>
          <Button type="submit" color="red">
            {t('detail.cancelForm.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
