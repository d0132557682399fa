import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommissionPlanView } from '../../../contract/retailerSchemas';
import { retailerLimits } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import type { AmountAsset } from '../format/formatMinor';
import { FormButtons } from '../shell/FormButtons';
import {
  emptyOverride,
  emptySlab,
  type PlanValues,
  planInputOf,
  planValuesOf,
  type RateValues,
} from './commissionPlanForm';
import { commissionRateSummary } from './commissionRateSummary';

type PlanForm = UseFormReturnType<PlanValues>;

/** Creates a commission plan or changes one: a flat rate or monthly-volume slabs, and overrides. */
export function CommissionPlanModal({
  opened,
  plan,
  airtime,
  operators,
  onClose,
  onSaved,
}: {
  opened: boolean;
  /** The plan changed, or null for a new one. */
  plan: CommissionPlanView | null;
  /** Volumes and denominations are airtime face value. */
  airtime: AmountAsset;
  operators: Array<{ value: string; label: string }>;
  onClose: () => void;
  onSaved: (plan: CommissionPlanView) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        plan === null ? t('commissionPlan.newTitle') : t('commissionPlan.editTitle', { name: plan.name })
      }
      size="xl"
    >
      <PlanEditor
        key={plan?.code ?? 'new'}
        plan={plan}
        airtime={airtime}
        operators={operators}
        onCancel={onClose}
        onSaved={onSaved}
      />
    </Modal>
  );
}

function PlanEditor({
  plan,
  airtime,
  operators,
  onCancel,
  onSaved,
}: {
  plan: CommissionPlanView | null;
  airtime: AmountAsset;
  operators: Array<{ value: string; label: string }>;
  onCancel: () => void;
  onSaved: (plan: CommissionPlanView) => void;
}) {
  const { t } = useTranslation('settings');
  const client = useClient();
  const form = useForm<PlanValues>({
    mode: 'controlled',
    initialValues: planValuesOf(plan, airtime.scale),
    validate: (values) => planInputOf(values, airtime.scale).errors,
  });
  const { busy, failure, run } = useSubmission();
  const preview = planInputOf(form.values, airtime.scale);
  const previewText = Object.keys(preview.errors).some((path) => path.startsWith('defaultRate'))
    ? null
    : commissionRateSummary(preview.input.rules.defaultRate, airtime.scale);

  const save = (values: PlanValues) =>
    run(async () => {
      const saved = await client.call('commissionPlans.save', planInputOf(values, airtime.scale).input);
      const summary = commissionRateSummary(saved.rules.defaultRate, airtime.scale);
      notifications.show({
        color: 'teal',
        title: t('commissionPlan.saved.title', { name: saved.name }),
        message:
          saved.retailerCount === 0
            ? t('commissionPlan.saved.message', { summary })
            : t('commissionPlan.saved.messageWithRetailers', { summary, count: saved.retailerCount }),
      });
      onSaved(saved);
    });

  return (
    <form noValidate aria-label={t('commissionPlan.formLabel')} onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <SimpleGrid cols={2}>
          <TextInput
            label={t('commissionPlan.code')}
            description={plan === null ? t('commissionPlan.codeHintNew') : t('commissionPlan.codeHintEdit')}
            withAsterisk
            disabled={plan !== null}
            data-autofocus={plan === null ? true : undefined}
            {...form.getInputProps('code')}
          />
          <TextInput label={t('commissionPlan.name')} withAsterisk {...form.getInputProps('name')} />
        </SimpleGrid>
        <Card withBorder padding="md" radius="sm">
          <Text fw={600} size="sm">
            {t('commissionPlan.rate.title')}
          </Text>
          <Text size="xs" c="dimmed" mb="sm">
            {t('commissionPlan.rate.hint')}
          </Text>
          <RateFields form={form} path="defaultRate" rate={form.values.defaultRate} airtime={airtime} />
          <Text size="sm" mt="sm" data-testid="plan-rate-preview">
            {previewText === null ? ' ' : t('commissionPlan.rate.preview', { summary: previewText })}
          </Text>
        </Card>
        <Card withBorder padding="md" radius="sm">
          <Group justify="space-between" mb="xs">
            <div>
              <Text fw={600} size="sm">
                {t('commissionPlan.overrides.title')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('commissionPlan.overrides.hint')}
              </Text>
            </div>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={form.values.overrides.length >= retailerLimits.commissionOverridesMax}
              onClick={() => form.insertListItem('overrides', emptyOverride(airtime.scale))}
            >
              {t('commissionPlan.overrides.add')}
            </Button>
          </Group>
          {form.values.overrides.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('commissionPlan.overrides.none')}
            </Text>
          )}
          <Stack gap="sm">
            {form.values.overrides.map((override, index) => (
              <Stack key={override.key} gap="xs" data-override={index}>
                {index > 0 && <Divider />}
                <Group align="flex-start" wrap="nowrap">
                  <TextInput
                    label={t('commissionPlan.overrides.denomination')}
                    description={t('commissionPlan.overrides.denominationHint')}
                    rightSection={airtime.currency}
                    rightSectionWidth={48}
                    inputMode="decimal"
                    style={{ flex: 1 }}
                    {...form.getInputProps(`overrides.${index}.denomination`)}
                  />
                  <Select
                    label={t('commissionPlan.overrides.operator')}
                    description={t('commissionPlan.overrides.operatorHint')}
                    placeholder={t('commissionPlan.overrides.operatorPlaceholder')}
                    data={operators}
                    clearable
                    style={{ flex: 1 }}
                    {...form.getInputProps(`overrides.${index}.operatorId`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={46}
                    aria-label={t('commissionPlan.overrides.remove', { number: index + 1 })}
                    onClick={() => form.removeListItem('overrides', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <RateFields
                  form={form}
                  path={`overrides.${index}.rate`}
                  rate={override.rate}
                  airtime={airtime}
                />
              </Stack>
            ))}
          </Stack>
        </Card>
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title={t('shared.notSaved')}>
            {failure.message}
            {failure.body.issues?.map((issue) => (
              <Text size="sm" key={issue.path}>
                {issue.path}: {issue.message}
              </Text>
            ))}
          </Alert>
        )}
        <FormButtons
          submitLabel={plan === null ? t('commissionPlan.create') : t('commissionPlan.save')}
          busy={busy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

/** A flat percentage, or slabs "from this monthly volume, this percentage", the first from 0. */
function RateFields({
  form,
  path,
  rate,
  airtime,
}: {
  form: PlanForm;
  path: string;
  rate: RateValues;
  airtime: AmountAsset;
}) {
  const { t } = useTranslation('settings');
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('commissionPlan.rateFields.kind')}
        w={260}
        data={[
          { value: 'flat', label: t('commissionPlan.rateFields.flat') },
          { value: 'tiered', label: t('commissionPlan.rateFields.tiered') },
        ]}
        {...form.getInputProps(`${path}.kind`)}
      />
      {rate.kind === 'flat' && (
        <TextInput
          label={t('commissionPlan.rateFields.commission')}
          placeholder="3"
          rightSection="%"
          inputMode="decimal"
          w={200}
          {...form.getInputProps(`${path}.percent`)}
        />
      )}
      {rate.kind === 'tiered' && (
        <Stack gap={6}>
          {rate.slabs.map((slab, index) => (
            <Group key={slab.key} align="flex-start" wrap="nowrap" data-slab={index}>
              <TextInput
                label={index === 0 ? t('commissionPlan.rateFields.fromSales') : undefined}
                aria-label={t('commissionPlan.rateFields.slabFrom', { number: index + 1 })}
                rightSection={airtime.currency}
                rightSectionWidth={48}
                inputMode="decimal"
                disabled={index === 0}
                style={{ flex: 1 }}
                {...form.getInputProps(`${path}.slabs.${index}.from`)}
                value={index === 0 ? '0' : slab.from}
              />
              <TextInput
                label={index === 0 ? t('commissionPlan.rateFields.commission') : undefined}
                aria-label={t('commissionPlan.rateFields.slabCommission', { number: index + 1 })}
                rightSection="%"
                inputMode="decimal"
                w={140}
                {...form.getInputProps(`${path}.slabs.${index}.percent`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={index === 0 ? 30 : 6}
                disabled={index === 0}
                aria-label={t('commissionPlan.rateFields.removeSlab', { number: index + 1 })}
                onClick={() => form.removeListItem(`${path}.slabs`, index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              disabled={rate.slabs.length >= retailerLimits.commissionSlabsMax}
              onClick={() => form.insertListItem(`${path}.slabs`, emptySlab())}
            >
              {t('commissionPlan.rateFields.addSlab')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
