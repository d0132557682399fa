import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { OperatorTermsView } from '../../../contract/purchaseSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { purchasePaymentLabel } from './purchaseLabels';

interface PayValues {
  amount: string;
  method: 'cash' | 'bank_transfer' | 'mobile_money';
  reference: string;
  paidOn: string | null;
}

/** Ways to pay the operator, the usual first. */
const methods: ReadonlyArray<PayValues['method']> = ['bank_transfer', 'mobile_money', 'cash'];

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
  const { t } = useTranslation('purchases');
  const client = useClient();
  const methodOptions = methods.map((method) => ({ value: method, label: purchasePaymentLabel(method) }));
  // One id per payment being written: a retry after a lost answer records it once.
  const [paymentId] = useState(() => uuidv7());
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<PayValues>({
    mode: 'controlled',
    initialValues: { amount: '', method: 'bank_transfer', reference: '', paidOn: today },
    validate: {
      amount: (text) => {
        const parsed = parseMajorAmount(text, money.scale);
        if (!parsed.ok) return text.trim() === '' ? t('errors.required') : parsed.message;
        if (parsed.amountMinor <= 0) return t('errors.moreThanZero');
        return parsed.amountMinor > terms.payableMinor
          ? t('pay.moreThanOwed', { amount: formatMinor(terms.payableMinor, money) })
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
        title: t('pay.paidTitle', {
          number: paid.number,
          amount: formatMinor(paid.amountMinor, money),
          operator: terms.operatorName,
        }),
        message:
          paid.applications.length === 0
            ? t('pay.stillOwed', { amount: formatMinor(paid.owedAfterMinor, money) })
            : t('pay.settles', {
                numbers: paid.applications.map((application) => application.number).join(', '),
                amount: formatMinor(paid.owedAfterMinor, money),
              }),
      });
      onPaid();
    });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('pay.title', { operator: terms.operatorName })}
      centered
    >
      <form aria-label={t('pay.formLabel')} noValidate onSubmit={form.onSubmit((values) => void pay(values))}>
        <Stack gap="sm">
          <Text size="sm">{t('pay.owed', { amount: formatMinor(terms.payableMinor, money) })}</Text>
          <TextInput
            label={t('pay.amount')}
            rightSection={money.currency}
            rightSectionWidth={48}
            withAsterisk
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <Select
            label={t('pay.paidBy')}
            data={methodOptions}
            allowDeselect={false}
            {...form.getInputProps('method')}
          />
          <TextInput
            label={t('pay.reference')}
            description={t('pay.referenceDescription')}
            {...form.getInputProps('reference')}
          />
          <DatePickerInput label={t('pay.paidOn')} maxDate={today} {...form.getInputProps('paidOn')} />
          {failure !== null && <OperationErrorAlert title={t('pay.error')} error={failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('pay.back')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('pay.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
