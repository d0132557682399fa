import { Alert, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('allocations');
  const who = allocation.retailerName ?? allocation.partyId ?? t('reverse.theRetailer');
  return (
    <Modal opened={opened} onClose={onClose} title={t('reverse.title', { who })} size="md">
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
  const { t } = useTranslation('allocations');
  const client = useClient();
  // One id for the reversal being written: a retried submit can never queue it twice.
  const [reversalId] = useState(() => uuidv7());
  const leftMinor = leftToReverseMinor(allocation);
  const who = allocation.retailerName ?? allocation.partyId ?? t('reverse.theRetailer');
  const form = useForm<ReverseValues>({
    mode: 'controlled',
    initialValues: { amount: formatGroupedMinor(leftMinor, airtime.scale), reason: '' },
    validate: {
      amount: (text) => positiveAmountIssue(text, airtime.scale),
      reason: (text) =>
        text.trim().length < reasonLengthMin
          ? t('reverse.errors.reasonRequired', { min: reasonLengthMin })
          : null,
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
        title: t('reverse.queuedTitle', { amount: formatMinor(action.amountMinor, airtime), who }),
        message: t('reverse.queuedMessage'),
      });
      onReversed();
    });
  };

  return (
    <form
      aria-label={t('reverse.ariaLabel')}
      noValidate
      onSubmit={form.onSubmit((values) => void submit(values))}
    >
      <Stack gap="md">
        <Text size="sm" data-testid="reverse-left">
          <Trans
            t={t}
            i18nKey={allocation.reversedMinor > 0 ? 'reverse.leftAfterReversals' : 'reverse.left'}
            components={{
              allocated: (
                <AmountText amountMinor={allocation.amountMinor} asset={airtime} size="sm" fw={600} />
              ),
              reversed: (
                <AmountText amountMinor={allocation.reversedMinor} asset={airtime} size="sm" fw={600} />
              ),
              left: <AmountText amountMinor={leftMinor} asset={airtime} size="sm" fw={600} />,
            }}
          />
        </Text>
        <TextInput
          label={t('reverse.amount')}
          description={t('reverse.amountDescription', { currency: airtime.currency })}
          rightSection={airtime.currency}
          rightSectionWidth={48}
          withAsterisk
          data-autofocus
          {...form.getInputProps('amount')}
        />
        <Textarea
          label={t('reverse.reason')}
          description={t('reverse.reasonDescription')}
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
          <Trans
            t={t}
            i18nKey={
              allocation.chargedMinor === null ? 'reverse.confirmation' : 'reverse.confirmationRefunded'
            }
            values={{
              what: amountMinor === null ? t('reverse.theAmount') : formatMinor(amountMinor, airtime),
              who,
            }}
            components={{ what: amountMinor === null ? <span /> : <b /> }}
          />
        </Text>
        {failure !== null && (
          <Alert
            color="red"
            icon={<IconAlertCircle />}
            title={t('reverse.notReversed')}
            data-testid="reverse-refusal"
          >
            {failure.message}
          </Alert>
        )}
        <FormButtons submitLabel={t('reverse.submit')} color="red" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
