import { Alert, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { AllocationView } from '../../../contract/allocationSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatGroupedMinor } from '../format/formatGroupedMinor';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { positiveAmountIssue } from '../format/positiveAmountIssue';
import { AmountText } from '../ledger/AmountText';
import { FormButtons } from '../shell/FormButtons';
import { leftToReverseMinor } from './allocationReversible';

/** The contract's bounds on a reversal's reason. */
const reasonLengthMin = 3;
const reasonLengthMax = 180;

/**
 * Takes a confirmed allocation back, all of what is left or part of it, with a reason kept on the
 * operator action. The core refuses more than is left or than the retailer still holds; its words
 * are shown here, where the clerk can change the amount.
 */
export function ReverseAllocationModal({
  allocation,
  airtime,
  opened,
  onClose,
  onReversed,
}: {
  allocation: AllocationView;
  airtime: AmountAsset;
  opened: boolean;
  onClose: () => void;
  onReversed: () => void;
}) {
  const who = allocation.retailerName ?? allocation.partyId ?? 'the retailer';
  return (
    <Modal opened={opened} onClose={onClose} title={`Reverse an allocation to ${who}`} size="md">
      {opened && (
        <ReverseForm allocation={allocation} airtime={airtime} onCancel={onClose} onReversed={onReversed} />
      )}
    </Modal>
  );
}

interface ReverseValues {
  /** In the operator's units as typed: "150,000". */
  amount: string;
  reason: string;
}

function ReverseForm({
  allocation,
  airtime,
  onCancel,
  onReversed,
}: {
  allocation: AllocationView;
  airtime: AmountAsset;
  onCancel: () => void;
  onReversed: () => void;
}) {
  const client = useClient();
  // One id for the reversal being written: a retried submit can never queue it twice.
  const [reversalId] = useState(() => uuidv7());
  const leftMinor = leftToReverseMinor(allocation);
  const who = allocation.retailerName ?? allocation.partyId ?? 'the retailer';
  const form = useForm<ReverseValues>({
    mode: 'controlled',
    initialValues: { amount: formatGroupedMinor(leftMinor, airtime.scale), reason: '' },
    validate: {
      amount: (text) => positiveAmountIssue(text, airtime.scale),
      reason: (text) =>
        text.trim().length < reasonLengthMin ? `Say why, in at least ${reasonLengthMin} characters` : null,
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) {
      form.setFieldError(issue.path === 'amountMinor' ? 'amount' : issue.path, issue.message);
    }
  });
  const parsed = parseMajorAmount(form.values.amount, airtime.scale);
  const amountMinor = parsed.ok && parsed.amountMinor > 0 ? parsed.amountMinor : null;

  const submit = (values: ReverseValues) => {
    const amount = parseMajorAmount(values.amount, airtime.scale);
    if (!amount.ok) return;
    return run(async () => {
      const action = await client.call('allocations.reverse', {
        id: reversalId,
        allocationId: allocation.id,
        amountMinor: amount.amountMinor,
        reason: values.reason.trim(),
      });
      notifications.show({
        color: 'teal',
        title: `${formatMinor(action.amountMinor, airtime)} from ${who} is queued to come back`,
        message: 'The next sync sends it: the operator moves the stock back and the charge is refunded.',
      });
      onReversed();
    });
  };

  return (
    <form
      aria-label="Reverse allocation"
      noValidate
      onSubmit={form.onSubmit((values) => void submit(values))}
    >
      <Stack gap="md">
        <Text size="sm" data-testid="reverse-left">
          Allocated <AmountText amountMinor={allocation.amountMinor} asset={airtime} size="sm" fw={600} />
          {allocation.reversedMinor > 0 && (
            <>
              , already reversed{' '}
              <AmountText amountMinor={allocation.reversedMinor} asset={airtime} size="sm" fw={600} />
            </>
          )}
          ; left to reverse <AmountText amountMinor={leftMinor} asset={airtime} size="sm" fw={600} />.
        </Text>
        <TextInput
          label="Amount"
          description={`Airtime face value in ${airtime.currency}; at most what is left`}
          rightSection={airtime.currency}
          rightSectionWidth={48}
          withAsterisk
          data-autofocus
          {...form.getInputProps('amount')}
        />
        <Textarea
          label="Reason"
          description="Kept with the operator action, for whoever looks later"
          withAsterisk
          maxLength={reasonLengthMax}
          autosize
          minRows={2}
          onKeyDown={(event) => {
            // Enter confirms, as in any other field; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          {...form.getInputProps('reason')}
        />
        <Text size="sm" data-testid="reverse-confirmation">
          {amountMinor === null ? 'The amount' : <b>{formatMinor(amountMinor, airtime)}</b>} goes back from{' '}
          {who}'s wallet to the wholesale bucket
          {allocation.chargedMinor === null ? '' : `, and ${who}'s charge for it is refunded`}. It is queued
          now and sent to the operator at the next sync.
        </Text>
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title="Not reversed" data-testid="reverse-refusal">
            {failure.message}
          </Alert>
        )}
        <FormButtons submitLabel="Reverse" color="red" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
