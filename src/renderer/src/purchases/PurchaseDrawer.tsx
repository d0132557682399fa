import { Alert, Button, Drawer, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconSend, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { PurchaseOrderView } from '../../../contract/purchaseSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatInstantPrecise } from '../format/formatInstant';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { useCurrentUser } from '../session/CurrentUserContext';
import { CopyableValue, DetailTable, EntryLink } from '../shell/DetailTable';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';
import { purchasePaymentLabels } from './purchaseLabels';

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
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  return (
    <>
      <Drawer
        opened={orderId !== null && entryTrail.length === 0}
        onClose={onClose}
        position="right"
        size={640}
        title={<Title order={3}>Purchase order</Title>}
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
  const client = useClient();
  const order = useOperation('purchases.get', { id: orderId });
  const mayAct = useCurrentUser().can('operator.act');
  const [busy, setBusy] = useState(false);
  const [commandError, setCommandError] = useState<{ title: string; message: string } | null>(null);

  const command = async (title: string, work: () => Promise<PurchaseOrderView>, done: string) => {
    setBusy(true);
    setCommandError(null);
    try {
      const changed = await work();
      notifications.show({
        color: 'teal',
        title: `${changed.number} ${done}`,
        message: changed.statusReason ?? '',
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
        title="The order could not be read"
        error={order.error}
        onRetry={() => void order.reload()}
      />
    );
  }
  const current = order.data;
  if (current === undefined) return <Skeleton height={480} />;

  const submit = () =>
    modals.openConfirmModal({
      title: `Submit ${current.number} to the operator?`,
      children: (
        <Text size="sm">
          {formatMinor(current.faceValueMinor, airtime)} is reserved in the ledger now and sent to the
          operator at the next sync, paid {purchasePaymentLabels[current.paymentMethod].toLowerCase()}
          {current.costMinor === null ? '' : ` (cost ${formatMinor(current.costMinor, money)})`}.
        </Text>
      ),
      labels: { confirm: 'Submit to operator', cancel: 'Back' },
      onConfirm: () =>
        void command(
          'The order was not submitted',
          () => client.call('purchases.submit', { id: current.id }),
          'submitted',
        ),
    });

  const cancel = () => {
    const modalId = `cancel-${current.id}`;
    modals.open({
      modalId,
      title: `Cancel ${current.number}?`,
      children: (
        <CancelForm
          order={current}
          airtime={airtime}
          onBack={() => modals.close(modalId)}
          onConfirm={(reason) => {
            modals.close(modalId);
            void command(
              'The order was not cancelled',
              () => client.call('purchases.cancel', { id: current.id, reason }),
              current.status === 'draft' ? 'cancelled' : 'cancellation requested',
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
      'Face value',
      <AmountText key="face" amountMinor={current.faceValueMinor} asset={airtime} size="sm" fw={600} />,
    ],
    [
      'Discount',
      current.discountMinor === null ? (
        `${basisPointsToPercentText(current.discountBasisPoints)}%`
      ) : (
        <Text key="discount" size="sm" span>
          {basisPointsToPercentText(current.discountBasisPoints)}% ·{' '}
          <AmountText amountMinor={current.discountMinor} asset={money} size="sm" />
        </Text>
      ),
    ],
    [
      'Cost',
      current.costMinor === null ? (
        none
      ) : (
        <AmountText key="cost" amountMinor={current.costMinor} asset={money} size="sm" fw={600} />
      ),
    ],
    ['Payment', purchasePaymentLabels[current.paymentMethod]],
    ['Payment reference', current.paymentReference ?? none],
    ['Due', current.paymentMethod === 'credit' ? when(current.dueAt) : 'Paid up front'],
    ...(current.outstandingMinor === null
      ? []
      : ([
          [
            'Paid to the operator',
            <AmountText key="paid" amountMinor={current.paidMinor} asset={money} size="sm" />,
          ],
          [
            'Still owed',
            <AmountText key="owed" amountMinor={current.outstandingMinor} asset={money} size="sm" fw={600} />,
          ],
        ] as Array<[string, ReactNode]>)),
    ['Note', current.note ?? none],
    ['Operator says', current.statusReason ?? none],
    ['Created', `${formatInstantPrecise(current.createdAt)} by ${current.createdBy}`],
    ['Submitted', when(current.submittedAt)],
    ['Confirmed', when(current.confirmedAt)],
    ['Order id', <CopyableValue key="id" value={current.id} />],
    ['Client reference', <CopyableValue key="reference" value={current.clientReference} />],
    ['Operator action', <CopyableValue key="operator" value={current.operatorActionId} />],
    [
      'Pending entry',
      <EntryLink
        key="pending"
        entryId={current.pendingEntryId}
        onOpen={onOpenEntry}
        none="None: a draft reserves nothing."
      />,
    ],
    [
      'Resolution entry',
      <EntryLink
        key="resolution"
        entryId={current.resolutionEntryId}
        onOpen={onOpenEntry}
        none="None yet: the reservation stands until the operator confirms, fails or cancels."
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
              Submit to operator…
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
              Cancel order…
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
          {order.status === 'draft'
            ? `The draft of ${formatMinor(order.faceValueMinor, airtime)} is cancelled now; nothing was reserved or sent.`
            : `Airledger asks the operator to cancel this order of ${formatMinor(order.faceValueMinor, airtime)}; if the operator completes it first, it stays confirmed. Its reservation is released once the operator says so.`}
        </Text>
        <TextInput
          label="Reason"
          description="Kept with the order"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={touched && short ? `is required (at least ${reasonLengthMin} characters)` : undefined}
          maxLength={200}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onBack}>
            Keep the order
          </Button>
          <Button type="submit" color="red">
            Cancel the order
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
