import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { AmountText } from '../ledger/AmountText';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { statementAsset } from './statementAsset';

type PaidMethod = 'offset' | 'cash' | 'bank_transfer' | 'mobile_money';

export const paidMethodLabels: Record<PaidMethod, string> = {
  offset: 'Offset against what it owes us',
  cash: 'Cash',
  bank_transfer: 'Bank transfer',
  mobile_money: 'Mobile money',
};

/** The contract's bound on a payment reference. */
const referenceLengthMax = 80;

interface PaidValues {
  method: PaidMethod | null;
  reference: string;
  paidOn: string | null;
}

/** Records an approved statement's commission as paid, which posts the payout entry. */
export function MarkStatementPaidModal({
  statement,
  opened,
  onClose,
  onDone,
}: {
  statement: StatementView;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Mark ${statement.id} paid`}>
      {opened && <MarkPaidForm statement={statement} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function MarkPaidForm({
  statement,
  onCancel,
  onDone,
}: {
  statement: StatementView;
  onCancel: () => void;
  onDone: () => void;
}) {
  const client = useClient();
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<PaidValues>({
    mode: 'controlled',
    initialValues: { method: 'offset', reference: '', paidOn: today },
    validate: {
      method: (value) => (value === null ? 'is required' : null),
      reference: (value) => {
        const reference = value.trim();
        if (reference === '') return 'is required';
        return reference.length > referenceLengthMax
          ? `is longer than ${referenceLengthMax} characters`
          : null;
      },
      paidOn: (value) => {
        if (value === null || value === '') return 'is required';
        return value > today ? 'cannot be in the future' : null;
      },
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });
  const markPaid = (values: PaidValues) =>
    run(async () => {
      const paid = await client.call('settlements.markPaid', {
        statementId: statement.id,
        version: statement.version,
        method: values.method ?? 'offset',
        reference: values.reference.trim(),
        paidOn: values.paidOn ?? today,
      });
      notifications.show({
        color: 'teal',
        title: 'Statement paid',
        message: `${paid.retailerCode}'s commission for ${paid.periodLabel} is recorded as paid.`,
      });
      onDone();
    });

  return (
    <form noValidate aria-label="Mark statement paid" onSubmit={form.onSubmit(markPaid)}>
      <Stack gap="md">
        <Text size="sm">
          Commission to pay {statement.retailerName}:{' '}
          <AmountText
            amountMinor={Math.max(0, statement.commissionMinor)}
            asset={statementAsset(statement)}
          />
        </Text>
        <Select
          label="How it was paid"
          required
          allowDeselect={false}
          data={Object.entries(paidMethodLabels).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('method')}
        />
        <TextInput
          label="Payment reference"
          required
          maxLength={referenceLengthMax}
          data-autofocus
          {...form.getInputProps('reference')}
        />
        <DateInput
          label="Paid on"
          required
          valueFormat="YYYY-MM-DD"
          maxDate={today}
          {...form.getInputProps('paidOn')}
        />
        {failure !== null && <OperationErrorAlert title="Not marked paid" error={failure} />}
        <FormButtons submitLabel="Mark paid" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
