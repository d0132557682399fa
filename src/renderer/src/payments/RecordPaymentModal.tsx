import { Group, Modal, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { type FormErrors, useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { PaymentMethod, PaymentView } from '../../../contract/paymentSchemas';
import type { RetailerView } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
import { formatDay } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { positiveAmountIssue } from '../format/positiveAmountIssue';
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
const referenceLengthMax = 80;
const noteLengthMax = 200;

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
  const { t } = useTranslation('payments');
  return (
    <Modal opened={opened} onClose={onClose} title={t('record.title', { name: retailer.name })} size="xl">
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
  const { t } = useTranslation('payments');
  const client = useClient();
  const open = useOperation('payments.openAllocations', { code: retailer.code });
  // One id per payment being written: a retry after a lost answer records it once.
  const [paymentId] = useState(() => uuidv7());
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<PaymentFormValues>({
    mode: 'controlled',
    initialValues: { method: 'cash', amount: '', receivedOn: today, reference: '', note: '' },
    validate: {
      amount: (text) => positiveAmountIssue(text, money.scale),
      receivedOn: (day) =>
        day !== null && dayjs(day).isAfter(dayjs(), 'day') ? t('record.errors.future') : null,
      reference: (text) =>
        text.trim().length > referenceLengthMax
          ? t('record.errors.tooLong', { max: formatCount(referenceLengthMax) })
          : null,
      note: (text) =>
        text.trim().length > noteLengthMax
          ? t('record.errors.tooLong', { max: formatCount(noteLengthMax) })
          : null,
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
    <form
      aria-label={t('record.formLabel')}
      noValidate
      onSubmit={form.onSubmit((values) => void submit(values))}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('record.method')}
            </Text>
            <SegmentedControl
              aria-label={t('record.method')}
              data={paymentMethodOptions()}
              {...form.getInputProps('method')}
            />
          </Stack>
          <TextInput
            label={t('record.amount')}
            description={t('record.amountHint', { currency: money.currency })}
            rightSection={money.currency}
            rightSectionWidth={48}
            withAsterisk
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <DatePickerInput
            label={t('record.receivedOn')}
            leftSection={<IconCalendar size={16} />}
            valueFormat="MMM D, YYYY"
            maxDate={today}
            getDayProps={(date) => ({ 'aria-label': dayjs(date).format('D MMMM YYYY') })}
            {...form.getInputProps('receivedOn')}
          />
          <TextInput
            label={t('record.reference')}
            description={t('record.referenceHint')}
            {...form.getInputProps('reference')}
          />
        </SimpleGrid>
        <TextInput label={t('record.note')} {...form.getInputProps('note')} />
        <Stack gap="xs" data-testid="payment-settles">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('record.settles.title')}
            </Text>
            <Text size="sm" c="dimmed">
              <Trans
                t={t}
                i18nKey="record.settles.outstanding"
                components={{
                  amount: (
                    <AmountText
                      amountMinor={outstandingMinor}
                      asset={money}
                      size="sm"
                      fw={600}
                      c="var(--mantine-color-text)"
                    />
                  ),
                }}
              />
            </Text>
          </Group>
          {open.error && <OperationErrorAlert title={t('record.settles.readError')} error={open.error} />}
          {open.data !== undefined && open.data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('record.settles.nothingOpen')}
            </Text>
          )}
          {open.data !== undefined && open.data.length > 0 && (
            <Table withTableBorder fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('record.settles.columns.allocation')}</Table.Th>
                  <Table.Th>{t('record.settles.columns.confirmed')}</Table.Th>
                  <Table.Th ta="right">{t('record.settles.columns.outstanding')}</Table.Th>
                  <Table.Th ta="right">{t('record.settles.columns.thisPayment')}</Table.Th>
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
              <Trans
                t={t}
                i18nKey="record.settles.advance"
                components={{
                  amount: <AmountText amountMinor={preview.advanceMinor} asset={money} size="sm" />,
                }}
              />
            </Text>
          )}
        </Stack>
        {failure !== null && <OperationErrorAlert title={t('record.notRecorded')} error={failure} />}
        <FormButtons submitLabel={t('record.submit')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
