import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettings } from '../../../contract/settingsSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { formatGroupedMinor } from '../format/formatGroupedMinor';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

const velocityMultipleMin = 2;
const velocityMultipleMax = 50;
const velocityMultipleDefault = 5;

interface RulesValues {
  /** Major units as typed; empty turns approvals by amount off. */
  threshold: string;
  velocityOn: boolean;
  velocityMultiple: number | string;
}

function valuesOf(settings: WorkspaceSettings, airtime: AmountAsset | undefined): RulesValues {
  return {
    threshold:
      settings.allocationApprovalThresholdMinor === null || airtime === undefined
        ? ''
        : formatGroupedMinor(settings.allocationApprovalThresholdMinor, airtime.scale),
    velocityOn: settings.velocityMultiple !== null,
    velocityMultiple: settings.velocityMultiple ?? velocityMultipleDefault,
  };
}

/**
 * The rules that send an allocation to a second person: an amount above the threshold (in the
 * operator's airtime units), or one far above the retailer's usual allocation.
 */
export function RulesCard({ airtime }: { airtime: AmountAsset | undefined }) {
  const { t } = useTranslation('settings');
  const settings = useOperation('settings.get', {});
  return (
    <Card withBorder padding="lg" radius="md" data-testid="rules-card">
      <Text fw={600}>{t('rules.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('rules.intro')}
      </Text>
      {settings.error && (
        <OperationErrorAlert
          title={t('rules.readFailed')}
          error={settings.error}
          onRetry={() => void settings.reload()}
        />
      )}
      {settings.data === undefined && !settings.error && <Skeleton height={140} />}
      {settings.data !== undefined && (
        <RulesForm
          key={JSON.stringify(settings.data)}
          settings={settings.data}
          airtime={airtime}
          onSaved={() => void settings.reload()}
        />
      )}
    </Card>
  );
}

function RulesForm({
  settings,
  airtime,
  onSaved,
}: {
  settings: WorkspaceSettings;
  airtime: AmountAsset | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation('settings');
  const client = useClient();
  const form = useForm<RulesValues>({
    mode: 'controlled',
    initialValues: valuesOf(settings, airtime),
    validate: {
      threshold: (text) => {
        if (text.trim() === '' || airtime === undefined) return null;
        const parsed = parseMajorAmount(text, airtime.scale);
        if (!parsed.ok) return parsed.message;
        return parsed.amountMinor > 0 ? null : t('rules.errors.thresholdPositive');
      },
      velocityMultiple: (value, values) => {
        if (!values.velocityOn) return null;
        const multiple = Number(value);
        return Number.isInteger(multiple) &&
          multiple >= velocityMultipleMin &&
          multiple <= velocityMultipleMax
          ? null
          : t('rules.errors.multipleRange', { min: velocityMultipleMin, max: velocityMultipleMax });
      },
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) {
      form.setFieldError(
        issue.path === 'allocationApprovalThresholdMinor' ? 'threshold' : issue.path,
        issue.message,
      );
    }
  });

  const save = (values: RulesValues) =>
    run(async () => {
      const parsed = airtime === undefined ? null : parseMajorAmount(values.threshold, airtime.scale);
      // A save names only what it changes: without an operator the threshold's units are unknown,
      // so it is left out and stays as it was (as does the session lock, saved on its own card).
      const threshold =
        airtime === undefined
          ? {}
          : {
              allocationApprovalThresholdMinor:
                values.threshold.trim() === '' || parsed === null || !parsed.ok ? null : parsed.amountMinor,
            };
      const saved = await client.call('settings.save', {
        ...threshold,
        velocityMultiple: values.velocityOn ? Number(values.velocityMultiple) : null,
      });
      notifications.show({
        color: 'teal',
        title: t('rules.saved.title'),
        message: [
          saved.allocationApprovalThresholdMinor === null
            ? t('rules.saved.noThreshold')
            : t('rules.saved.threshold', {
                amount:
                  airtime === undefined
                    ? formatGroupedMinor(saved.allocationApprovalThresholdMinor, 0)
                    : formatMinor(saved.allocationApprovalThresholdMinor, airtime),
              }),
          saved.velocityMultiple === null
            ? t('rules.saved.velocityOff')
            : t('rules.saved.velocity', { multiple: saved.velocityMultiple }),
        ].join(t('rules.saved.separator')),
      });
      onSaved();
    });

  return (
    <form noValidate aria-label={t('rules.formLabel')} onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <TextInput
            label={t('rules.threshold.label')}
            description={
              airtime === undefined
                ? t('rules.threshold.hintNoOperator')
                : t('rules.threshold.hint', { currency: airtime.currency })
            }
            placeholder={t('rules.threshold.placeholder')}
            disabled={airtime === undefined}
            rightSection={airtime?.currency}
            rightSectionWidth={48}
            inputMode="decimal"
            {...form.getInputProps('threshold')}
          />
          <Stack gap={6}>
            <Switch
              label={t('rules.velocity.label')}
              description={t('rules.velocity.hint')}
              {...form.getInputProps('velocityOn', { type: 'checkbox' })}
            />
            <NumberInput
              aria-label={t('rules.velocity.multiple')}
              min={velocityMultipleMin}
              max={velocityMultipleMax}
              allowDecimal={false}
              allowNegative={false}
              suffix="×"
              disabled={!form.values.velocityOn}
              w={140}
              {...form.getInputProps('velocityMultiple')}
            />
          </Stack>
        </SimpleGrid>
        {failure !== null && (
          <Alert color="red" icon={<IconAlertCircle />} title={t('shared.notSaved')}>
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            {t('rules.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
