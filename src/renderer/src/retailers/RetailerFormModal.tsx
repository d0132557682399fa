import {
  Alert,
  Autocomplete,
  Divider,
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AddRetailerInput, type RetailerView, UpdateRetailerInput } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, minorToDecimalString } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { i18n } from '../i18n/i18n';
import { localizedResolver } from '../i18n/localizedResolver';
import { useCurrentUser } from '../session/CurrentUserContext';
import { FormButtons } from '../shell/FormButtons';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { ParentSelect, parentOption } from './ParentSelect';
import { retailerLevelOptions, retailerTermsOptions } from './retailerLabels';

type Level = RetailerView['level'];
type Terms = RetailerView['terms'];

interface RetailerFormValues {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  contactName: string;
  phone: string;
  email: string;
  region: string;
  walletMsisdn: string;
  operatorPartyId: string;
  terms: Terms;
  /** In major units as typed ("1,500,000"); converted to minor units exactly on submit. */
  creditLimit: string;
  dailyLimit: string;
  commissionPlanCode: string | null;
  /** Spend control, in the operator's airtime major units as typed; empty: off. */
  lowStock: string;
  replenishBelow: string;
  replenishUpTo: string;
}

/** The contract's amount fields and the form fields the clerk types them in. */
const formFieldOf: Record<string, keyof RetailerFormValues> = {
  creditLimitMinor: 'creditLimit',
  dailyAllocationLimitMinor: 'dailyLimit',
  lowStockThresholdMinor: 'lowStock',
  replenishment: 'replenishBelow',
  'replenishment.belowMinor': 'replenishBelow',
  'replenishment.upToMinor': 'replenishUpTo',
};

function initialValues(
  existing: RetailerView | null,
  asset: AmountAsset,
  airtime: AmountAsset | undefined,
): RetailerFormValues {
  const major = (amountMinor: number | null) =>
    amountMinor === null ? '' : minorToDecimalString(amountMinor, asset.scale);
  const airtimeMajor = (amountMinor: number | null | undefined) =>
    amountMinor == null || airtime === undefined ? '' : minorToDecimalString(amountMinor, airtime.scale);
  return {
    code: existing?.code ?? '',
    name: existing?.name ?? '',
    level: existing?.level ?? 'retailer',
    parentCode: existing?.parentCode ?? null,
    contactName: existing?.contactName ?? '',
    phone: existing?.phone ?? '',
    email: existing?.email ?? '',
    region: existing?.region ?? '',
    walletMsisdn: existing?.walletMsisdn ?? '',
    operatorPartyId: existing?.operatorPartyId ?? '',
    terms: existing?.terms ?? 'prepaid',
    creditLimit: existing === null || existing.terms === 'prepaid' ? '' : major(existing.creditLimitMinor),
    dailyLimit: major(existing?.dailyAllocationLimitMinor ?? null),
    commissionPlanCode: existing?.commissionPlanCode ?? null,
    lowStock: airtimeMajor(existing?.lowStockThresholdMinor),
    replenishBelow: airtimeMajor(existing?.replenishment?.belowMinor),
    replenishUpTo: airtimeMajor(existing?.replenishment?.upToMinor),
  };
}

const emptyAsNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The form as the contract takes it, and the amounts that could not be read. */
function toInput(
  values: RetailerFormValues,
  existing: RetailerView | null,
  asset: AmountAsset,
  airtime: AmountAsset | undefined,
) {
  const amountErrors: FormErrors = {};
  const amount = (field: keyof RetailerFormValues, text: string, scale = asset.scale): number | null => {
    if (text.trim() === '') return null;
    const parsed = parseMajorAmount(text, scale);
    if (parsed.ok) return parsed.amountMinor;
    amountErrors[field] = parsed.message;
    return null;
  };
  const creditLimitMinor = values.terms === 'prepaid' ? 0 : amount('creditLimit', values.creditLimit);
  if (values.terms === 'postpaid' && values.creditLimit.trim() === '') {
    amountErrors.creditLimit = i18n.t('retailers:form.errors.creditLimitRequired');
  }
  const code = existing?.code ?? emptyAsNull(values.code);
  const spendControl =
    airtime === undefined ? {} : spendControlInput(values, airtime.scale, amount, amountErrors);
  const operatorPartyId = emptyAsNull(values.operatorPartyId);
  const input = {
    ...(code === null ? {} : { code }),
    name: values.name,
    level: values.level,
    parentCode: values.parentCode,
    contactName: emptyAsNull(values.contactName),
    phone: emptyAsNull(values.phone),
    email: emptyAsNull(values.email),
    region: emptyAsNull(values.region),
    walletMsisdn: emptyAsNull(values.walletMsisdn),
    ...(operatorPartyId === null ? {} : { operatorPartyId }),
    terms: values.terms,
    creditLimitMinor: creditLimitMinor ?? 0,
    dailyAllocationLimitMinor: amount('dailyLimit', values.dailyLimit),
    commissionPlanCode: values.commissionPlanCode,
    ...spendControl,
  };
  return { input, amountErrors };
}

/**
 * The low-stock threshold and the auto-replenishment rule, in airtime minor units. Without an
 * operator their units are unknown, so they are left out (an edit then keeps them as they were).
 */
function spendControlInput(
  values: RetailerFormValues,
  scale: number,
  amount: (field: keyof RetailerFormValues, text: string, scale: number) => number | null,
  amountErrors: FormErrors,
) {
  const belowMinor = amount('replenishBelow', values.replenishBelow, scale);
  const upToMinor = amount('replenishUpTo', values.replenishUpTo, scale);
  const belowEmpty = values.replenishBelow.trim() === '';
  const upToEmpty = values.replenishUpTo.trim() === '';
  if (belowEmpty !== upToEmpty) {
    amountErrors[belowEmpty ? 'replenishBelow' : 'replenishUpTo'] = i18n.t(
      'retailers:form.errors.replenishmentPair',
    );
  }
  return {
    lowStockThresholdMinor: amount('lowStock', values.lowStock, scale),
    replenishment: belowMinor === null || upToMinor === null ? null : { belowMinor, upToMinor },
  };
}

/** Errors the contract names by its own paths, put on the fields the clerk typed them in. */
function onFormFields(errors: Array<{ path: string; message: string }>): FormErrors {
  const mapped: FormErrors = {};
  for (const error of errors) mapped[formFieldOf[error.path] ?? error.path] = error.message;
  return mapped;
}

const validateAdd = localizedResolver(AddRetailerInput);
const validateUpdate = localizedResolver(UpdateRetailerInput);

/**
 * Onboards a retailer or sub-distributor, or changes one. Checked as the core checks it (the
 * contract's own schema) before it is sent; what only the core can know (a code or wallet
 * already taken, a closed parent) comes back onto the field concerned. Enter submits.
 */
export function RetailerFormModal({
  opened,
  onClose,
  existing,
  asset,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  existing: RetailerView | null;
  asset: AmountAsset;
  onSaved: (retailer: RetailerView) => void;
}) {
  const { t } = useTranslation('retailers');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={existing === null ? t('form.addTitle') : t('form.editTitle', { name: existing.name })}
      size="xl"
    >
      <RetailerForm existing={existing} asset={asset} onSaved={onSaved} onCancel={onClose} />
    </Modal>
  );
}

function RetailerForm({
  existing,
  asset,
  onSaved,
  onCancel,
}: {
  existing: RetailerView | null;
  asset: AmountAsset;
  onSaved: (retailer: RetailerView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('retailers');
  // Spend control is in the operator's airtime units: its fields wait for the connection.
  const connection = useOperation('operator.connection', {});
  const airtime = useMemo(
    () => (connection.data == null ? undefined : operatorAmountAsset(connection.data)),
    [connection.data],
  );
  const client = useClient();
  // A partner office's new retailer with no parent goes under its branch's head (the core places it).
  const { branchCode } = useCurrentUser().user;
  const underBranch = existing === null ? branchCode : null;
  const regions = useOperation('retailers.regions', {});
  const plans = useOperation('commissionPlans.list', {});
  const form = useForm<RetailerFormValues>({
    mode: 'controlled',
    initialValues: initialValues(existing, asset, undefined),
    validateInputOnBlur: true,
    validate: (values) => {
      const { input, amountErrors } = toInput(values, existing, asset, airtime);
      const schemaErrors = (existing === null ? validateAdd : validateUpdate)(input);
      const mapped = onFormFields(
        Object.entries(schemaErrors).map(([path, message]) => ({ path, message: String(message) })),
      );
      return { ...mapped, ...amountErrors };
    },
  });

  const submit = (values: RetailerFormValues) =>
    run(async () => {
      const { input } = toInput(values, existing, asset, airtime);
      const saved =
        existing === null
          ? await client.call('retailers.add', input)
          : await client.call('retailers.update', { ...input, code: existing.code });
      notifications.show({
        color: 'teal',
        title:
          existing === null
            ? t('form.added.title', { name: saved.name })
            : t('form.saved.title', { name: saved.name }),
        message: existing === null ? t('form.added.message', { code: saved.code }) : t('form.saved.message'),
      });
      onSaved(saved);
    });

  const { busy, failure, run } = useSubmission((issues) => form.setErrors(onFormFields(issues)));
  // Filled once, when the operator's units are known; what the clerk types afterwards stays.
  const spendControlFilled = useRef(false);
  const { setValues } = form;
  useEffect(() => {
    if (airtime === undefined || spendControlFilled.current) return;
    spendControlFilled.current = true;
    const { lowStock, replenishBelow, replenishUpTo } = initialValues(existing, asset, airtime);
    setValues({ lowStock, replenishBelow, replenishUpTo });
  }, [airtime, existing, asset, setValues]);
  const prepaid = form.values.terms === 'prepaid';
  const currencyHint = { rightSection: asset.currency, rightSectionWidth: 48 };
  const planOptions = (plans.data ?? []).map((plan) => ({
    value: plan.code,
    label: `${plan.name} · ${plan.code}`,
  }));

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('form.label')}>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput label={t('form.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label={t('form.code')}
            description={existing === null ? t('form.codeNew') : t('form.codeFixed')}
            disabled={existing !== null}
            {...form.getInputProps('code')}
          />
          <Input.Wrapper label={t('form.level')}>
            <SegmentedControl
              fullWidth
              data={retailerLevelOptions()}
              {...form.getInputProps('level')}
              aria-label={t('form.level')}
            />
          </Input.Wrapper>
          <ParentSelect
            label={t('form.parent')}
            description={
              underBranch === null
                ? t('form.parentHint')
                : t('form.parentHintBranch', { branch: underBranch })
            }
            placeholder={
              underBranch === null
                ? t('form.parentNone')
                : t('form.parentNoneBranch', { branch: underBranch })
            }
            value={form.values.parentCode}
            onChange={(code) => form.setFieldValue('parentCode', code)}
            error={form.errors.parentCode}
            initialOption={
              existing?.parentCode == null ? null : parentOption(existing.parentCode, existing.parentName)
            }
            excludeCode={existing?.code}
          />
          <TextInput label={t('form.contactName')} {...form.getInputProps('contactName')} />
          <TextInput
            label={t('form.phone')}
            placeholder="+225 07 00 00 00 01"
            {...form.getInputProps('phone')}
          />
          <TextInput label={t('form.email')} type="email" {...form.getInputProps('email')} />
          <Autocomplete
            label={t('form.region')}
            data={regions.data ?? []}
            {...form.getInputProps('region')}
          />
          <TextInput
            label={t('form.wallet')}
            description={t('form.walletHint')}
            placeholder="2250700000001"
            inputMode="numeric"
            {...form.getInputProps('walletMsisdn')}
          />
          <TextInput
            label={t('form.operatorPartyId')}
            description={t('form.operatorPartyIdHint')}
            {...form.getInputProps('operatorPartyId')}
          />
          <Input.Wrapper label={t('form.terms')} description={t('form.termsHint')}>
            <SegmentedControl
              fullWidth
              data={retailerTermsOptions()}
              {...form.getInputProps('terms')}
              onChange={(terms) => {
                form.setFieldValue('terms', terms as Terms);
                if (terms === 'prepaid') form.setFieldValue('creditLimit', '');
              }}
              aria-label={t('form.terms')}
            />
          </Input.Wrapper>
          <Select
            label={t('form.commissionPlan')}
            placeholder={plans.data?.length === 0 ? t('form.noPlans') : t('form.noCommission')}
            data={planOptions}
            searchable
            clearable
            {...form.getInputProps('commissionPlanCode')}
          />
          <TextInput
            label={t('form.creditLimit')}
            description={prepaid ? t('form.creditLimitPrepaid') : t('form.creditLimitHint')}
            disabled={prepaid}
            required={!prepaid}
            inputMode="decimal"
            {...currencyHint}
            {...form.getInputProps('creditLimit')}
          />
          <TextInput
            label={t('form.dailyLimit')}
            description={t('form.dailyLimitHint')}
            inputMode="decimal"
            {...currencyHint}
            {...form.getInputProps('dailyLimit')}
          />
        </SimpleGrid>
        <Divider
          label={t('form.spendControl')}
          labelPosition="left"
          styles={{ label: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
        />
        <Text size="xs" c="dimmed" mt={-8}>
          {airtime === undefined
            ? t('form.spendControlOffline')
            : t('form.spendControlHint', { currency: airtime.currency })}
        </Text>
        <SimpleGrid cols={3} spacing="md" verticalSpacing="sm" data-testid="spend-control">
          <TextInput
            label={t('form.lowStock')}
            description={t('form.lowStockHint')}
            disabled={airtime === undefined}
            inputMode="decimal"
            rightSection={airtime?.currency}
            rightSectionWidth={48}
            {...form.getInputProps('lowStock')}
          />
          <TextInput
            label={t('form.replenishBelow')}
            description={t('form.replenishBelowHint')}
            disabled={airtime === undefined}
            inputMode="decimal"
            rightSection={airtime?.currency}
            rightSectionWidth={48}
            {...form.getInputProps('replenishBelow')}
          />
          <TextInput
            label={t('form.replenishUpTo')}
            description={t('form.replenishUpToHint')}
            disabled={airtime === undefined}
            inputMode="decimal"
            rightSection={airtime?.currency}
            rightSectionWidth={48}
            {...form.getInputProps('replenishUpTo')}
          />
        </SimpleGrid>
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title={t('form.notSaved')}>
            {failure.message}
          </Alert>
        )}
        <FormButtons
          submitLabel={existing === null ? t('form.submitAdd') : t('form.submitSave')}
          busy={busy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
