import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type OperatorTermsView, productKinds } from '../../../contract/purchaseSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, minorToDecimalString } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { basisPointsToPercentText, parsePercentBasisPoints } from '../format/parsePercentBasisPoints';
import { i18n } from '../i18n/i18n';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { paymentTermsLabel, productKindLabel } from './purchaseLabels';

interface ProductRow {
  code: string;
  name: string;
  kind: (typeof productKinds)[number];
  /** Face values in the operator's units, comma-separated as typed: "500, 1000, 2000". */
  denominations: string;
}

interface TermsFormValues {
  /** Per cent as typed: "3.5". */
  discount: string;
  paymentTerms: OperatorTermsView['paymentTerms'];
  creditLimit: string;
  dueDays: number | string;
  catalogue: ProductRow[];
}

const productsMax = 100;
/** The product kinds to choose from, named in the current language. */
function kindOptions() {
  return productKinds.map((kind) => ({ value: kind, label: productKindLabel(kind) }));
}

function initialValues(terms: OperatorTermsView, money: AmountAsset, airtime: AmountAsset): TermsFormValues {
  return {
    discount: basisPointsToPercentText(terms.wholesaleDiscountBasisPoints),
    paymentTerms: terms.paymentTerms,
    creditLimit:
      terms.paymentTerms === 'credit' ? minorToDecimalString(terms.creditLimitMinor, money.scale) : '',
    dueDays: terms.dueDays,
    catalogue: terms.catalogue.map((product) => ({
      code: product.code,
      name: product.name,
      kind: product.kind,
      denominations: product.denominationsMinor
        .map((amountMinor) => minorToDecimalString(amountMinor, airtime.scale))
        .join(', '),
    })),
  };
}

/** The form as the contract takes it, and what could not be read, on the field it came from. */
function toInput(values: TermsFormValues, money: AmountAsset, airtime: AmountAsset) {
  const t = i18n.getFixedT(null, 'purchases');
  const errors: FormErrors = {};
  const discount = parsePercentBasisPoints(values.discount);
  if (!discount.ok) errors.discount = discount.message;
  let creditLimitMinor = 0;
  if (values.paymentTerms === 'credit') {
    const parsed = parseMajorAmount(values.creditLimit, money.scale);
    if (parsed.ok) creditLimitMinor = parsed.amountMinor;
    else
      errors.creditLimit = values.creditLimit.trim() === '' ? t('terms.creditLimitRequired') : parsed.message;
  }
  const catalogue = values.catalogue.map((product, index) => {
    const denominationsMinor: number[] = [];
    for (const text of product.denominations.split(',').filter((part) => part.trim() !== '')) {
      const parsed = parseMajorAmount(text, airtime.scale);
      if (parsed.ok) denominationsMinor.push(parsed.amountMinor);
      else
        errors[`catalogue.${index}.denominations`] = t('terms.denominationError', {
          text: text.trim(),
          problem: parsed.message,
        });
    }
    return { code: product.code.trim(), name: product.name.trim(), kind: product.kind, denominationsMinor };
  });
  const input = {
    wholesaleDiscountBasisPoints: discount.ok ? discount.basisPoints : 0,
    paymentTerms: values.paymentTerms,
    creditLimitMinor,
    dueDays: values.paymentTerms === 'credit' ? Number(values.dueDays) || 0 : 0,
    catalogue,
  };
  return { input, errors };
}

/** The contract's paths onto the fields the clerk typed them in. */
function onFormFields(issues: Array<{ path: string; message: string }>): FormErrors {
  const fieldOf: Record<string, string> = {
    wholesaleDiscountBasisPoints: 'discount',
    creditLimitMinor: 'creditLimit',
  };
  const mapped: FormErrors = {};
  for (const issue of issues) {
    const path = issue.path.replace(/\.denominationsMinor(\.\d+)?$/, '.denominations');
    mapped[fieldOf[path] ?? path] = issue.message;
  }
  return mapped;
}

/** The operator's contract: discount, prepaid or credit (limit, due days) and the products it sells. */
export function OperatorTermsModal({
  terms,
  opened,
  money,
  airtime,
  onClose,
  onSaved,
}: {
  terms: OperatorTermsView;
  opened: boolean;
  money: AmountAsset;
  airtime: AmountAsset;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('purchases');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('terms.modalTitle', { operator: terms.operatorName })}
      size="xl"
    >
      <TermsForm terms={terms} money={money} airtime={airtime} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function TermsForm({
  terms,
  money,
  airtime,
  onCancel,
  onSaved,
}: {
  terms: OperatorTermsView;
  money: AmountAsset;
  airtime: AmountAsset;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('purchases');
  const client = useClient();
  const form = useForm<TermsFormValues>({
    mode: 'controlled',
    initialValues: initialValues(terms, money, airtime),
    validate: (values) => toInput(values, money, airtime).errors,
  });
  const { busy, failure, run } = useSubmission((issues) => form.setErrors(onFormFields(issues)));
  const credit = form.values.paymentTerms === 'credit';

  const submit = (values: TermsFormValues) =>
    run(async () => {
      const { input } = toInput(values, money, airtime);
      const saved = await client.call('operator.saveTerms', { operatorId: terms.operatorId, ...input });
      notifications.show({
        color: 'teal',
        title: t('terms.savedTitle'),
        message: t(saved.paymentTerms === 'credit' ? 'terms.savedCredit' : 'terms.savedPrepaid', {
          percent: basisPointsToPercentText(saved.wholesaleDiscountBasisPoints),
        }),
      });
      onSaved();
    });

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      aria-label={t('terms.formLabel')}
      noValidate
    >
      <Stack gap="md">
        {failure !== null && failure.body.issues === undefined && (
          <OperationErrorAlert title={t('terms.saveError')} error={failure} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('terms.discount')}
            description={t('terms.discountDescription')}
            rightSection="%"
            data-autofocus
            {...form.getInputProps('discount')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('terms.paymentTerms')}
            </Text>
            <SegmentedControl
              aria-label={t('terms.paymentTerms')}
              data={[
                { value: 'prepaid', label: paymentTermsLabel('prepaid') },
                { value: 'credit', label: paymentTermsLabel('credit') },
              ]}
              {...form.getInputProps('paymentTerms')}
            />
          </Stack>
          {credit && (
            <TextInput
              label={t('terms.creditLimit')}
              description={t('terms.creditLimitDescription')}
              rightSection={money.currency}
              rightSectionWidth={48}
              {...form.getInputProps('creditLimit')}
            />
          )}
          {credit && (
            <NumberInput
              label={t('terms.dueDays')}
              description={t('terms.dueDaysDescription')}
              min={0}
              max={365}
              allowDecimal={false}
              {...form.getInputProps('dueDays')}
            />
          )}
        </SimpleGrid>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('terms.catalogue')}
            </Text>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={form.values.catalogue.length >= productsMax}
              onClick={() =>
                form.insertListItem('catalogue', { code: '', name: '', kind: 'airtime', denominations: '' })
              }
            >
              {t('terms.addProduct')}
            </Button>
          </Group>
          {form.values.catalogue.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('terms.noProducts')}
            </Text>
          )}
          {form.values.catalogue.map((_product, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; the index is their place in the list.
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-product-row={index}>
              <TextInput
                aria-label={t('terms.product.code', { n: index + 1 })}
                placeholder={t('terms.product.codePlaceholder')}
                w={110}
                {...form.getInputProps(`catalogue.${index}.code`)}
              />
              <TextInput
                aria-label={t('terms.product.name', { n: index + 1 })}
                placeholder={t('terms.product.namePlaceholder')}
                style={{ flex: 1 }}
                {...form.getInputProps(`catalogue.${index}.name`)}
              />
              <Select
                aria-label={t('terms.product.kind', { n: index + 1 })}
                data={kindOptions()}
                w={110}
                allowDeselect={false}
                {...form.getInputProps(`catalogue.${index}.kind`)}
              />
              <TextInput
                aria-label={t('terms.product.denominations', { n: index + 1 })}
                placeholder={t('terms.product.denominationsPlaceholder', { currency: airtime.currency })}
                style={{ flex: 1.3 }}
                {...form.getInputProps(`catalogue.${index}.denominations`)}
              />
              <Tooltip label={t('terms.product.removeTooltip')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={6}
                  aria-label={t('terms.product.remove', { n: index + 1 })}
                  onClick={() => form.removeListItem('catalogue', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
          {typeof form.errors.catalogue === 'string' && (
            <Text size="sm" c="red">
              {t('terms.catalogueError', { error: form.errors.catalogue })}
            </Text>
          )}
        </Stack>
        <FormButtons submitLabel={t('terms.save')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
