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
  const settings = useOperation('settings.get', {});
  return (
    <Card withBorder padding="lg" radius="md" data-testid="rules-card">
      <Text fw={600}>Allocation approval rules</Text>
      <Text size="sm" c="dimmed" mb="md">
        An allocation these rules catch waits on the Allocations screen until a second person approves it;
        whoever asked for it cannot.
      </Text>
      {settings.error && (
        <OperationErrorAlert
          title="The rules could not be read"
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
  const client = useClient();
  const form = useForm<RulesValues>({
    mode: 'controlled',
    initialValues: valuesOf(settings, airtime),
    validate: {
      threshold: (text) => {
        if (text.trim() === '' || airtime === undefined) return null;
        const parsed = parseMajorAmount(text, airtime.scale);
        if (!parsed.ok) return parsed.message;
        return parsed.amountMinor > 0 ? null : 'must be more than zero (leave it empty to turn it off)';
      },
      velocityMultiple: (value, values) => {
        if (!values.velocityOn) return null;
        const multiple = Number(value);
        return Number.isInteger(multiple) &&
          multiple >= velocityMultipleMin &&
          multiple <= velocityMultipleMax
          ? null
          : `must be a whole number from ${velocityMultipleMin} to ${velocityMultipleMax}`;
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
        title: 'Approval rules saved',
        message: [
          saved.allocationApprovalThresholdMinor === null
            ? 'No threshold'
            : `Above ${airtime === undefined ? saved.allocationApprovalThresholdMinor : formatMinor(saved.allocationApprovalThresholdMinor, airtime)} waits for approval`,
          saved.velocityMultiple === null
            ? 'unusual amounts are not held'
            : `so does more than ${saved.velocityMultiple}× a retailer's 30-day average`,
        ].join('; '),
      });
      onSaved();
    });

  return (
    <form noValidate aria-label="Approval rules" onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <TextInput
            label="Approval threshold"
            description={
              airtime === undefined
                ? 'In the operator’s airtime units: connect the operator first'
                : `Allocations above this much airtime (${airtime.currency}) wait for approval; empty: no threshold`
            }
            placeholder="No threshold"
            disabled={airtime === undefined}
            rightSection={airtime?.currency}
            rightSectionWidth={48}
            inputMode="decimal"
            {...form.getInputProps('threshold')}
          />
          <Stack gap={6}>
            <Switch
              label="Hold unusual amounts"
              description="More than this many times the retailer's average allocation over 30 days (at least 3 of them)"
              {...form.getInputProps('velocityOn', { type: 'checkbox' })}
            />
            <NumberInput
              aria-label="Unusual-amount multiple"
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
          <Alert color="red" icon={<IconAlertCircle />} title="Not saved">
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            Save rules
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
