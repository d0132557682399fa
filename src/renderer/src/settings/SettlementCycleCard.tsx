import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SettlementCycle } from '../../../contract/settlementSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { ordinalDay, settlementCycleText, weekdayNamesText } from '../settlements/settlementCycleText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

const validateCycle = localizedResolver(SettlementCycle);

/** Monthly cycles start on a day every month has. */
const monthlyStartDayMax = 28;

interface CycleValues {
  kind: SettlementCycle['kind'];
  startDay: string;
  startTime: string;
  timeZone: string | null;
}

/** The time zones this computer knows, UTC first; the cycle's own zone is kept even if unlisted. */
function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return ['UTC', ...new Set([current, ...zones].filter((zone) => zone !== 'UTC'))];
}

/** How settlement periods are cut: weekly or monthly, from a day and a time, in a time zone. */
export function SettlementCycleCard() {
  const { t } = useTranslation('settings');
  const settings = useOperation('settings.get', {});
  const cycle = settings.data?.settlementCycle;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="settlement-cycle-card">
      <Text fw={600}>{t('settlementCycle.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('settlementCycle.intro')}
      </Text>
      {settings.error && (
        <OperationErrorAlert
          title={t('settlementCycle.readFailed')}
          error={settings.error}
          onRetry={() => void settings.reload()}
        />
      )}
      {cycle === undefined && !settings.error && <Skeleton height={90} />}
      {cycle !== undefined && (
        <CycleForm key={JSON.stringify(cycle)} cycle={cycle} onSaved={() => void settings.reload()} />
      )}
    </Card>
  );
}

function CycleForm({ cycle, onSaved }: { cycle: SettlementCycle; onSaved: () => void }) {
  const { t } = useTranslation('settings');
  const client = useClient();
  const zones = useMemo(() => timeZoneOptions(cycle.timeZone), [cycle.timeZone]);
  const toCycle = (values: CycleValues): SettlementCycle => ({
    kind: values.kind,
    startDay: Number(values.startDay),
    startTime: values.startTime,
    timeZone: values.timeZone ?? '',
  });
  const form = useForm<CycleValues>({
    mode: 'controlled',
    initialValues: {
      kind: cycle.kind,
      startDay: String(cycle.startDay),
      startTime: cycle.startTime,
      timeZone: cycle.timeZone,
    },
    validate: (values) => validateCycle(toCycle(values)),
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues)
      form.setFieldError(issue.path.replace(/^settlementCycle\./, ''), issue.message);
  });
  const dayOptions =
    form.values.kind === 'weekly'
      ? weekdayNamesText().map((name, index) => ({ value: String(index + 1), label: name }))
      : Array.from({ length: monthlyStartDayMax }, (_, index) => ({
          value: String(index + 1),
          label: t('settlementCycle.monthDay', { day: ordinalDay(index + 1) }),
        }));

  const save = (values: CycleValues) =>
    run(async () => {
      const saved = await client.call('settings.save', { settlementCycle: toCycle(values) });
      notifications.show({
        color: 'teal',
        title: t('settlementCycle.saved.title'),
        message: t('settlementCycle.saved.message', { cycle: settlementCycleText(saved.settlementCycle) }),
      });
      onSaved();
    });

  return (
    <form noValidate aria-label={t('settlementCycle.formLabel')} onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <SegmentedControl
          w={240}
          data={[
            { value: 'monthly', label: t('settlementCycle.monthly') },
            { value: 'weekly', label: t('settlementCycle.weekly') },
          ]}
          value={form.values.kind}
          onChange={(kind) => {
            form.setFieldValue('kind', kind as SettlementCycle['kind']);
            // Monday and the 1st: the natural first day of either cycle.
            form.setFieldValue('startDay', '1');
          }}
          aria-label={t('settlementCycle.cycle')}
        />
        <Group align="flex-start" gap="md">
          <Select
            label={
              form.values.kind === 'weekly' ? t('settlementCycle.startsEvery') : t('settlementCycle.startsOn')
            }
            w={180}
            allowDeselect={false}
            data={dayOptions}
            {...form.getInputProps('startDay')}
          />
          <TextInput
            label={t('settlementCycle.at')}
            w={120}
            placeholder="00:00"
            {...form.getInputProps('startTime')}
          />
          <Select
            label={t('settlementCycle.timeZone')}
            w={260}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('settlementCycle.noTimeZone')}
            data={zones}
            limit={100}
            {...form.getInputProps('timeZone')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            {t('settlementCycle.submit')}
          </Button>
        </Group>
        {failure !== null && <OperationErrorAlert title={t('shared.notSaved')} error={failure} />}
      </Stack>
    </form>
  );
}
