import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import {
  type OperatorTermsView,
  type PurchaseOrderView,
  purchasePaymentMethods,
} from '../../../contract/purchaseSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type PurchaseCost, purchaseCostOf } from './purchaseCost';
import { purchasePaidHowText, purchasePaymentLabel } from './purchaseLabels';

type PaymentMethod = PurchaseOrderView['paymentMethod'];

interface BuyFormValues {
  /** Face value in the operator's units as typed: "1,000,000". */
  faceValue: string;
  paymentMethod: PaymentMethod;
  reference: string;
  note: string;
}

const referenceMax = 80;
const noteMax = 200;

const fieldOf: Record<string, keyof BuyFormValues> = {
  faceValueMinor: 'faceValue',
  paymentReference: 'reference',
};

function defaultMethod(terms: OperatorTermsView): PaymentMethod {
  return terms.paymentTerms === 'credit' ? 'credit' : 'bank_transfer';
}

/** The cost of what is typed, line by line, as the core will book it. */
function CostLines({
  faceValueMinor,
  cost,
  terms,
  airtime,
  money,
}: {
  faceValueMinor: number | null;
  cost: PurchaseCost | null;
  terms: OperatorTermsView;
  airtime: AmountAsset;
  money: AmountAsset;
}) {
  const { t } = useTranslation('purchases');
  const rows: Array<[string, ReactNode, string]> = [
    [
      t('buy.faceValue'),
      faceValueMinor === null ? (
        '—'
      ) : (
        <AmountText key="face" amountMinor={faceValueMinor} asset={airtime} size="sm" />
      ),
      'buy-face',
    ],
    [
      t('buy.discount', { percent: basisPointsToPercentText(terms.wholesaleDiscountBasisPoints) }),
      cost === null ? (
        '—'
      ) : (
        <AmountText key="discount" amountMinor={-cost.discountMinor} asset={money} size="sm" />
      ),
      'buy-discount',
    ],
    [
      t('buy.costToPay'),
      cost === null ? (
        '—'
      ) : (
        <AmountText key="cost" amountMinor={cost.costMinor} asset={money} size="sm" fw={700} />
      ),
      'buy-cost',
    ],
  ];
  return (
    <Table withTableBorder fz="sm" data-testid="buy-cost-lines">
      <Table.Tbody>
        {rows.map(([label, value, testId]) => (
          <Table.Tr key={label}>
            <Table.Th w="55%">{label}</Table.Th>
            <Table.Td ta="right" data-testid={testId}>
              {value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Buy bulk credit: face value in the operator's units, its cost after the discount shown as it is
 * typed, and how it is paid. A draft waits here; submitting sends it to the operator after the
 * clerk confirms exactly what is bought and paid.
 */
export function BuyCreditCard({
  terms,
  airtime,
  money,
  onCreated,
}: {
  terms: OperatorTermsView;
  airtime: AmountAsset;
  money: AmountAsset;
  onCreated: (order: PurchaseOrderView) => void;
}) {
  const { t } = useTranslation('purchases');
  const client = useClient();
  // One id per order the clerk is writing: a retried call after a lost answer records it once.
  const [orderId, setOrderId] = useState(() => uuidv7());
  const form = useForm<BuyFormValues>({
    mode: 'controlled',
    initialValues: { faceValue: '', paymentMethod: defaultMethod(terms), reference: '', note: '' },
    validate: {
      faceValue: (text) => {
        const parsed = parseMajorAmount(text, airtime.scale);
        if (!parsed.ok) return text.trim() === '' ? t('errors.required') : parsed.message;
        return parsed.amountMinor > 0 ? null : t('errors.moreThanZero');
      },
      reference: (text) =>
        text.trim().length > referenceMax ? t('errors.tooLong', { max: referenceMax }) : null,
      note: (text) => (text.trim().length > noteMax ? t('errors.tooLong', { max: noteMax }) : null),
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    const errors: FormErrors = {};
    for (const issue of issues) errors[fieldOf[issue.path] ?? issue.path] = issue.message;
    form.setErrors(errors);
  });
  const parsed = parseMajorAmount(form.values.faceValue, airtime.scale);
  const faceValueMinor = parsed.ok && parsed.amountMinor > 0 ? parsed.amountMinor : null;
  const cost = faceValueMinor === null ? null : purchaseCostOf(faceValueMinor, terms);
  const methodOptions = purchasePaymentMethods
    .filter((method) => method !== 'credit' || terms.paymentTerms === 'credit')
    .map((method) => ({ value: method, label: purchasePaymentLabel(method) }));

  const create = (values: BuyFormValues, submit: boolean) =>
    run(async () => {
      const amount = parseMajorAmount(values.faceValue, airtime.scale);
      if (!amount.ok) return;
      const order = await client.call('purchases.create', {
        id: orderId,
        operatorId: terms.operatorId,
        faceValueMinor: amount.amountMinor,
        paymentMethod: values.paymentMethod,
        ...(values.reference.trim() === '' ? {} : { paymentReference: values.reference.trim() }),
        ...(values.note.trim() === '' ? {} : { note: values.note.trim() }),
        submit,
      });
      notifications.show({
        color: 'teal',
        title: submit
          ? t('buy.sentTitle', { number: order.number })
          : t('buy.draftTitle', { number: order.number }),
        message: submit
          ? t('buy.sentMessage', { amount: formatMinor(order.faceValueMinor, airtime) })
          : t('buy.draftMessage'),
      });
      form.reset();
      setOrderId(uuidv7());
      onCreated(order);
    });

  const confirmSubmit = (values: BuyFormValues) => {
    const amount = parseMajorAmount(values.faceValue, airtime.scale);
    if (!amount.ok) return;
    const orderCost = purchaseCostOf(amount.amountMinor, terms);
    const bold = <Text span fw={600} size="sm" />;
    const face = formatMinor(amount.amountMinor, airtime);
    const how =
      values.paymentMethod === 'credit'
        ? t('buy.confirm.onCredit', { count: terms.dueDays, days: terms.dueDays })
        : purchasePaidHowText(values.paymentMethod);
    const reference = values.reference.trim();
    modals.openConfirmModal({
      title: t('buy.confirm.title', { amount: face, operator: terms.operatorName }),
      children: (
        <Stack gap="xs" data-testid="buy-confirmation">
          <Text size="sm">
            {orderCost === null ? (
              <Trans t={t} i18nKey="buy.confirm.faceNoCost" values={{ face }} components={{ bold }} />
            ) : (
              <Trans
                t={t}
                i18nKey="buy.confirm.faceCost"
                values={{
                  face,
                  cost: formatMinor(orderCost.costMinor, money),
                  percent: basisPointsToPercentText(terms.wholesaleDiscountBasisPoints),
                  discount: formatMinor(orderCost.discountMinor, money),
                }}
                components={{ bold }}
              />
            )}
          </Text>
          <Text size="sm">
            {reference === '' ? (
              <Trans t={t} i18nKey="buy.confirm.paid" values={{ how }} components={{ bold }} />
            ) : (
              <Trans
                t={t}
                i18nKey="buy.confirm.paidWithReference"
                values={{ how, reference }}
                components={{ bold }}
              />
            )}
          </Text>
          <Text size="sm" c="dimmed">
            {t('buy.confirm.next')}
          </Text>
        </Stack>
      ),
      labels: { confirm: t('buy.submit'), cancel: t('buy.back') },
      onConfirm: () => void create(values, true),
    });
  };

  return (
    <Card withBorder padding="lg" radius="md" data-testid="buy-card">
      <Text fw={600}>{t('buy.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('buy.subtitle', { operator: terms.operatorName })}
      </Text>
      <form
        aria-label={t('buy.formLabel')}
        noValidate
        onSubmit={form.onSubmit((values) => confirmSubmit(values))}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm">
            <TextInput
              label={t('buy.faceValue')}
              description={t('buy.faceValueDescription', { currency: airtime.currency })}
              rightSection={airtime.currency}
              rightSectionWidth={48}
              withAsterisk
              {...form.getInputProps('faceValue')}
            />
            <Select
              label={t('buy.payment')}
              data={methodOptions}
              allowDeselect={false}
              {...form.getInputProps('paymentMethod')}
            />
            <TextInput
              label={t('buy.reference')}
              description={t('buy.referenceDescription')}
              {...form.getInputProps('reference')}
            />
            <TextInput label={t('buy.note')} {...form.getInputProps('note')} />
          </Stack>
          <Stack gap="sm" justify="space-between">
            <CostLines
              faceValueMinor={faceValueMinor}
              cost={cost}
              terms={terms}
              airtime={airtime}
              money={money}
            />
            {terms.availableCreditMinor !== null &&
              form.values.paymentMethod === 'credit' &&
              cost !== null &&
              cost.costMinor > terms.availableCreditMinor && (
                <Text size="sm" c="red" data-testid="buy-over-credit">
                  {t('buy.overCredit', { amount: formatMinor(terms.availableCreditMinor, money) })}
                </Text>
              )}
            {failure !== null && <OperationErrorAlert title={t('buy.createError')} error={failure} />}
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                leftSection={<IconDeviceFloppy size={16} />}
                disabled={busy}
                onClick={() => {
                  if (!form.validate().hasErrors) void create(form.getValues(), false);
                }}
              >
                {t('buy.saveDraft')}
              </Button>
              <Button type="submit" leftSection={<IconSend size={16} />} loading={busy}>
                {t('buy.submit')}
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
      </form>
    </Card>
  );
}
