import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { OperatorTermsView } from '../../../contract/purchaseSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

interface PayValues {
  amount: string;
  method: 'cash' | 'bank_transfer' | 'mobile_money';
  reference: string;
  paidOn: string | null;
}

const methodOptions = [
  { value: 'bank_transfer', label: 'Bank transfer' },
  { value: 'mobile_money', label: 'Mobile money' },
  { value: 'cash', label: 'Cash' },
];

/**
 * Pays the operator what is owed on credit terms: never more than owed; the core settles the
 * purchase orders due first and says which.
 */
export function PayOperatorModal({
  opened,
  terms,
  money,
  onClose,
  onPaid,
}: {
  opened: boolean;
  terms: OperatorTermsView;
  money: AmountAsset;
  onClose: () => void;
  onPaid: () => void;
}) {
  const client = useClient();
  // One id per payment being written: a retry after a lost answer records it once.
  const [paymentId] = useState(() => uuidv7());
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<PayValues>({
    mode: 'controlled',
    initialValues: { amount: '', method: 'bank_transfer', reference: '', paidOn: today },
    validate: {
      amount: (text) => {
        const parsed = parseMajorAmount(text, money.scale);
        if (!parsed.ok) return text.trim() === '' ? 'is required' : parsed.message;
        if (parsed.amountMinor <= 0) return 'must be more than zero';
        return parsed.amountMinor > terms.payableMinor
          ? `is more than the ${formatMinor(terms.payableMinor, money)} owed`
          : null;
      },
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    const errors: FormErrors = {};
    for (const issue of issues) errors[issue.path === 'amountMinor' ? 'amount' : issue.path] = issue.message;
    form.setErrors(errors);
  });
  const pay = (values: PayValues) =>
    run(async () => {
      const amount = parseMajorAmount(values.amount, money.scale);
      if (!amount.ok) return;
      const paid = await client.call('operatorPayments.record', {
        id: paymentId,
        operatorId: terms.operatorId,
        method: values.method,
        amountMinor: amount.amountMinor,
        ...(values.reference.trim() === '' ? {} : { reference: values.reference.trim() }),
        ...(values.paidOn === null ? {} : { paidOn: dayjs(values.paidOn).format('YYYY-MM-DD') }),
      });
      notifications.show({
        color: 'teal',
        title: `${paid.number}: ${formatMinor(paid.amountMinor, money)} paid to ${terms.operatorName}`,
        message:
          paid.applications.length === 0
            ? `Still owed: ${formatMinor(paid.owedAfterMinor, money)}.`
            : `Settles ${paid.applications.map((application) => application.number).join(', ')}; still owed ${formatMinor(paid.owedAfterMinor, money)}.`,
      });
      onPaid();
    });
  return (
    <Modal opened={opened} onClose={onClose} title={`Pay ${terms.operatorName}`} centered>
      <form aria-label="Pay the operator" noValidate onSubmit={form.onSubmit((values) => void pay(values))}>
        <Stack gap="sm">
          <Text size="sm">
            You owe {formatMinor(terms.payableMinor, money)}. The payment settles the purchase orders due
            first.
          </Text>
          <TextInput
            label="Amount"
            rightSection={money.currency}
            rightSectionWidth={48}
            withAsterisk
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <Select
            label="Paid by"
            data={methodOptions}
            allowDeselect={false}
            {...form.getInputProps('method')}
          />
          <TextInput
            label="Reference"
            description="Bank transfer or transaction reference"
            {...form.getInputProps('reference')}
          />
          <DatePickerInput label="Paid on" maxDate={today} {...form.getInputProps('paidOn')} />
          {failure !== null && <OperationErrorAlert title="The payment was not recorded" error={failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              Back
            </Button>
            <Button type="submit" loading={busy}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
