import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
import { AmountText } from '../ledger/AmountText';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { periodLabelText } from './periodLabelText';
import { methodLabel } from './settlementLabels';
import { statementAsset } from './statementAsset';

type PaidMethod = 'offset' | 'cash' | 'bank_transfer' | 'mobile_money';

/** The ways a statement's commission is paid, in the order the form offers them. */
const paidMethods: PaidMethod[] = ['offset', 'cash', 'bank_transfer', 'mobile_money'];

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
  const { t } = useTranslation('settlements');
  return (
    <Modal opened={opened} onClose={onClose} title={t('markPaid.title', { id: statement.id })}>
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
  const { t } = useTranslation('settlements');
  const client = useClient();
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<PaidValues>({
    mode: 'controlled',
    initialValues: { method: 'offset', reference: '', paidOn: today },
    validate: {
      method: (value) => (value === null ? t('form.errors.required') : null),
      reference: (value) => {
        const reference = value.trim();
        if (reference === '') return t('form.errors.required');
        return reference.length > referenceLengthMax
          ? t('form.errors.tooLong', { max: formatCount(referenceLengthMax) })
          : null;
      },
      paidOn: (value) => {
        if (value === null || value === '') return t('form.errors.required');
        return value > today ? t('form.errors.inFuture') : null;
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
        title: t('markPaid.doneTitle'),
        message: t('markPaid.doneMessage', {
          code: paid.retailerCode,
          period: periodLabelText(paid.periodLabel),
        }),
      });
      onDone();
    });

  return (
    <form noValidate aria-label={t('markPaid.formLabel')} onSubmit={form.onSubmit(markPaid)}>
      <Stack gap="md">
        <Text size="sm">
          {t('markPaid.commissionToPay', { name: statement.retailerName })}{' '}
          <AmountText
            amountMinor={Math.max(0, statement.commissionMinor)}
            asset={statementAsset(statement)}
          />
        </Text>
        <Select
          label={t('markPaid.method')}
          required
          allowDeselect={false}
          data={paidMethods.map((value) => ({ value, label: methodLabel(value) }))}
          {...form.getInputProps('method')}
        />
        <TextInput
          label={t('markPaid.reference')}
          required
          maxLength={referenceLengthMax}
          data-autofocus
          {...form.getInputProps('reference')}
        />
        <DateInput
          label={t('markPaid.paidOn')}
          required
          valueFormat="YYYY-MM-DD"
          maxDate={today}
          {...form.getInputProps('paidOn')}
        />
        {failure !== null && <OperationErrorAlert title={t('markPaid.failed')} error={failure} />}
        <FormButtons submitLabel={t('markPaid.submit')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
