import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { OperatorTermsView, PurchaseOrderView } from '../../../contract/purchaseSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { basisPointsToPercentText } from '../format/parsePercentBasisPoints';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type PurchaseCost, purchaseCostOf } from './purchaseCost';
import { purchasePaymentLabels } from './purchaseLabels';

type PaymentMethod = PurchaseOrderView['paymentMethod'];

interface BuyFormValues {
  /** Face value in the operator's units as typed: "1,000,000". */
  faceValue: string;
  paymentMethod: PaymentMethod;
  reference: string;
  note: string;
}

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
  const rows: Array<[string, ReactNode, string]> = [
    [
      'Face value',
      faceValueMinor === null ? (
        '—'
      ) : (
        <AmountText key="face" amountMinor={faceValueMinor} asset={airtime} size="sm" />
      ),
      'buy-face',
    ],
    [
      `Discount (${basisPointsToPercentText(terms.wholesaleDiscountBasisPoints)}%)`,
      cost === null ? (
        '—'
      ) : (
        <AmountText key="discount" amountMinor={-cost.discountMinor} asset={money} size="sm" />
      ),
      'buy-discount',
    ],
    [
      'Cost to pay',
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
  const client = useClient();
  // One id per order the clerk is writing: a retried call after a lost answer records it once.
  const [orderId, setOrderId] = useState(() => uuidv7());
  const form = useForm<BuyFormValues>({
    mode: 'controlled',
    initialValues: { faceValue: '', paymentMethod: defaultMethod(terms), reference: '', note: '' },
    validate: {
      faceValue: (text) => {
        const parsed = parseMajorAmount(text, airtime.scale);
        if (!parsed.ok) return text.trim() === '' ? 'is required' : parsed.message;
        return parsed.amountMinor > 0 ? null : 'must be more than zero';
      },
      reference: (text) => (text.trim().length > 80 ? 'is longer than 80 characters' : null),
      note: (text) => (text.trim().length > 200 ? 'is longer than 200 characters' : null),
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
  const methodOptions = (Object.keys(purchasePaymentLabels) as PaymentMethod[])
    .filter((method) => method !== 'credit' || terms.paymentTerms === 'credit')
    .map((method) => ({ value: method, label: purchasePaymentLabels[method] }));

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
        title: submit ? `${order.number} sent to the operator` : `${order.number} saved as a draft`,
        message: submit
          ? `${formatMinor(order.faceValueMinor, airtime)} reserved in the ledger; the next sync sends it.`
          : 'Nothing is reserved or sent until you submit it.',
      });
      form.reset();
      setOrderId(uuidv7());
      onCreated(order);
    });

  const confirmSubmit = (values: BuyFormValues) => {
    const amount = parseMajorAmount(values.faceValue, airtime.scale);
    if (!amount.ok) return;
    const orderCost = purchaseCostOf(amount.amountMinor, terms);
    modals.openConfirmModal({
      title: `Buy ${formatMinor(amount.amountMinor, airtime)} from ${terms.operatorName}?`,
      children: (
        <Stack gap="xs" data-testid="buy-confirmation">
          <Text size="sm">
            Face value{' '}
            <Text span fw={600} size="sm">
              {formatMinor(amount.amountMinor, airtime)}
            </Text>
            {orderCost === null ? (
              '; the cost is not computed here (the operator counts airtime in another currency).'
            ) : (
              <>
                , costing{' '}
                <Text span fw={600} size="sm">
                  {formatMinor(orderCost.costMinor, money)}
                </Text>{' '}
                after the {basisPointsToPercentText(terms.wholesaleDiscountBasisPoints)}% discount (
                {formatMinor(orderCost.discountMinor, money)}).
              </>
            )}
          </Text>
          <Text size="sm">
            Paid{' '}
            <Text span fw={600} size="sm">
              {values.paymentMethod === 'credit'
                ? `on credit, due ${terms.dueDays} days after the operator confirms`
                : purchasePaymentLabels[values.paymentMethod].toLowerCase()}
            </Text>
            {values.reference.trim() === '' ? '' : ` (reference ${values.reference.trim()})`}.
          </Text>
          <Text size="sm" c="dimmed">
            The order is reserved in the ledger now and sent to the operator at the next sync; the wholesale
            stock grows when the operator confirms it.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Submit to operator', cancel: 'Back' },
      onConfirm: () => void create(values, true),
    });
  };

  return (
    <Card withBorder padding="lg" radius="md" data-testid="buy-card">
      <Text fw={600}>Buy credit</Text>
      <Text size="sm" c="dimmed" mb="md">
        Order airtime from {terms.operatorName}: it lands in your wholesale stock when the operator confirms.
      </Text>
      <form aria-label="Buy credit" noValidate onSubmit={form.onSubmit((values) => confirmSubmit(values))}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm">
            <TextInput
              label="Face value"
              description={`Airtime in ${airtime.currency}, e.g. 1,000,000`}
              rightSection={airtime.currency}
              rightSectionWidth={48}
              withAsterisk
              {...form.getInputProps('faceValue')}
            />
            <Select
              label="Payment"
              data={methodOptions}
              allowDeselect={false}
              {...form.getInputProps('paymentMethod')}
            />
            <TextInput
              label="Payment reference"
              description="Bank or mobile money transaction, cheque number…"
              {...form.getInputProps('reference')}
            />
            <TextInput label="Note" {...form.getInputProps('note')} />
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
                  More than the {formatMinor(terms.availableCreditMinor, money)} of credit left: the
                  operator's limit refuses it.
                </Text>
              )}
            {failure !== null && <OperationErrorAlert title="The order was not created" error={failure} />}
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                leftSection={<IconDeviceFloppy size={16} />}
                disabled={busy}
                onClick={() => {
                  if (!form.validate().hasErrors) void create(form.getValues(), false);
                }}
              >
                Save as draft
              </Button>
              <Button type="submit" leftSection={<IconSend size={16} />} loading={busy}>
                Submit to operator
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
      </form>
    </Card>
  );
}
