import { Group, Modal, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { type FormErrors, useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { PaymentMethod, PaymentView } from '../../../contract/paymentSchemas';
import type { RetailerView } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { formatDay } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { AmountText } from '../ledger/AmountText';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { shortReference } from '../sync/actionTarget';
import { paymentMethodOptions } from './paymentLabels';
import { settlementPreview } from './settlementPreview';

interface PaymentFormValues {
  method: PaymentMethod;
  /** In the workspace currency as typed: "150,000". */
  amount: string;
  receivedOn: string | null;
  reference: string;
  note: string;
}

const fieldOf: Record<string, keyof PaymentFormValues> = { amountMinor: 'amount' };

/** Money a retailer paid: how, how much, which day; it settles its open allocations oldest first. */
export function RecordPaymentModal({
  opened,
  retailer,
  money,
  onClose,
  onRecorded,
}: {
  opened: boolean;
  retailer: Pick<RetailerView, 'code' | 'name'>;
  money: AmountAsset;
  onClose: () => void;
  onRecorded: (payment: PaymentView) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Record a payment from ${retailer.name}`} size="xl">
      <PaymentForm retailer={retailer} money={money} onCancel={onClose} onRecorded={onRecorded} />
    </Modal>
  );
}

function PaymentForm({
  retailer,
  money,
  onCancel,
  onRecorded,
}: {
  retailer: Pick<RetailerView, 'code' | 'name'>;
  money: AmountAsset;
  onCancel: () => void;
  onRecorded: (payment: PaymentView) => void;
}) {
  const client = useClient();
  const open = useOperation('payments.openAllocations', { code: retailer.code });
  // One id per payment being written: a retry after a lost answer records it once.
  const [paymentId] = useState(() => uuidv7());
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<PaymentFormValues>({
    mode: 'controlled',
    initialValues: { method: 'cash', amount: '', receivedOn: today, reference: '', note: '' },
    validate: {
      amount: (text) => {
        const parsed = parseMajorAmount(text, money.scale);
        if (!parsed.ok) return text.trim() === '' ? 'is required' : parsed.message;
        return parsed.amountMinor > 0 ? null : 'must be more than zero';
      },
      receivedOn: (day) =>
        day !== null && dayjs(day).isAfter(dayjs(), 'day') ? 'must not be in the future' : null,
      reference: (text) => (text.trim().length > 80 ? 'is longer than 80 characters' : null),
      note: (text) => (text.trim().length > 200 ? 'is longer than 200 characters' : null),
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    const errors: FormErrors = {};
    for (const issue of issues) errors[fieldOf[issue.path] ?? issue.path] = issue.message;
    form.setErrors(errors);
  });
  const parsed = parseMajorAmount(form.values.amount, money.scale);
  const preview = settlementPreview(parsed.ok ? parsed.amountMinor : 0, open.data ?? []);
  const outstandingMinor = (open.data ?? []).reduce(
    (sum, allocation) => sum + allocation.outstandingMinor,
    0,
  );

  const submit = (values: PaymentFormValues) =>
    run(async () => {
      const amount = parseMajorAmount(values.amount, money.scale);
      if (!amount.ok) return;
      const payment = await client.call('payments.record', {
        id: paymentId,
        retailerCode: retailer.code,
        method: values.method,
        amountMinor: amount.amountMinor,
        ...(values.receivedOn === null ? {} : { receivedOn: dayjs(values.receivedOn).format('YYYY-MM-DD') }),
        ...(values.reference.trim() === '' ? {} : { reference: values.reference.trim() }),
        ...(values.note.trim() === '' ? {} : { note: values.note.trim() }),
      });
      onRecorded(payment);
    });

  return (
    <form aria-label="Record payment" noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Method
            </Text>
            <SegmentedControl
              aria-label="Method"
              data={paymentMethodOptions}
              {...form.getInputProps('method')}
            />
          </Stack>
          <TextInput
            label="Amount"
            description={`Received, in ${money.currency}`}
            rightSection={money.currency}
            rightSectionWidth={48}
            withAsterisk
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <DatePickerInput
            label="Received on"
            leftSection={<IconCalendar size={16} />}
            valueFormat="MMM D, YYYY"
            maxDate={today}
            getDayProps={(date) => ({ 'aria-label': dayjs(date).format('D MMMM YYYY') })}
            {...form.getInputProps('receivedOn')}
          />
          <TextInput
            label="Reference"
            description="Bank or mobile money transaction, receipt book number…"
            {...form.getInputProps('reference')}
          />
        </SimpleGrid>
        <TextInput label="Note" {...form.getInputProps('note')} />
        <Stack gap="xs" data-testid="payment-settles">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              What it settles, oldest first
            </Text>
            <Text size="sm" c="dimmed">
              Outstanding{' '}
              <AmountText
                amountMinor={outstandingMinor}
                asset={money}
                size="sm"
                fw={600}
                c="var(--mantine-color-text)"
              />
            </Text>
          </Group>
          {open.error && (
            <OperationErrorAlert title="The open allocations could not be read" error={open.error} />
          )}
          {open.data !== undefined && open.data.length === 0 && (
            <Text size="sm" c="dimmed">
              No confirmed allocation is waiting to be paid: the payment is kept as paid in advance.
            </Text>
          )}
          {open.data !== undefined && open.data.length > 0 && (
            <Table withTableBorder fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Allocation</Table.Th>
                  <Table.Th>Confirmed</Table.Th>
                  <Table.Th ta="right">Outstanding</Table.Th>
                  <Table.Th ta="right">This payment</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {open.data.map((allocation) => {
                  const applied =
                    preview.lines.find((line) => line.allocation.actionId === allocation.actionId)
                      ?.appliedMinor ?? 0;
                  return (
                    <Table.Tr key={allocation.actionId} data-action-id={allocation.actionId}>
                      <Table.Td ff="monospace">{shortReference(allocation.actionId)}</Table.Td>
                      <Table.Td>
                        {allocation.confirmedAt === null ? '—' : formatDay(allocation.confirmedAt)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <AmountText amountMinor={allocation.outstandingMinor} asset={money} size="sm" />
                      </Table.Td>
                      <Table.Td ta="right">
                        {applied === 0 ? (
                          <Text size="sm" c="dimmed" span>
                            —
                          </Text>
                        ) : (
                          <AmountText amountMinor={applied} asset={money} size="sm" fw={600} c="teal" />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          {preview.advanceMinor > 0 && (
            <Text size="sm" c="dimmed" data-testid="payment-advance">
              <AmountText amountMinor={preview.advanceMinor} asset={money} size="sm" /> beyond what is owed
              for allocations is kept as paid in advance.
            </Text>
          )}
        </Stack>
        {failure !== null && <OperationErrorAlert title="The payment was not recorded" error={failure} />}
        <FormButtons submitLabel="Record payment" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
