import { Button, Card, Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar, IconFilterOff } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './ReportsPrint.module.css';
import { ResellerMultiSelect } from './ResellerMultiSelect';
import { isPeriodPreset, periodPresetLabel, periodPresets, presetRange } from './reportPeriod';
import { defaultReportView, queryOfReportView, type ReportView, reportFilterLimits } from './reportQuery';
import { SavedViewsMenu } from './SavedViewsMenu';

export interface ReportFilterOptions {
  operators: Array<{ value: string; label: string }>;
  regions: string[];
  /** Channels with sales in the period; `description` says who sold through each. */
  channels: Array<{ value: string; label: string; description: string }>;
  denominations: Array<{ value: number; label: string }>;
  /** Why denominations cannot be chosen now (the report cannot count them for this selection). */
  denominationsUnavailable: string | null;
  /** Airtime units of the operators; a choice is offered when they count in more than one. */
  units: string[];
  /** Whether the user's role may list resellers and regions. */
  mayListResellers: boolean;
}

/** The filters every card of the reports shares; each change goes to the address, so the view can be bookmarked. */
export function ReportFilterBar({
  view,
  today,
  options,
  onChange,
}: {
  view: ReportView;
  today: string;
  options: ReportFilterOptions;
  onChange: (view: ReportView) => void;
}) {
  const { t } = useTranslation('reports');
  const periodOptions = periodPresets.map((preset) => ({ value: preset, label: periodPresetLabel(preset) }));
  const periodLabelId = useId();
  // A range being picked is kept here until both ends are chosen; the report follows then.
  const [picked, setPicked] = useState<DatesRangeValue<string>>([view.from, view.to]);
  useEffect(() => setPicked([view.from, view.to]), [view.from, view.to]);
  // The picker works in the user's days; a day ahead of UTC's today has no sales yet, but is allowed.
  const localToday = dayjs().format('YYYY-MM-DD');
  const lastDay = localToday > today ? localToday : today;
  const change = (patch: Partial<ReportView>) => onChange({ ...view, ...patch });
  const unitsShown = options.units.length > 1 || view.units !== null;

  return (
    <Card withBorder padding="md" radius="md" className={classes.noPrint}>
      <Stack gap="sm" role="search" aria-label={t('filterBar.ariaLabel')}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id={periodLabelId}>
              {t('filterBar.period')}
            </Text>
            <SegmentedControl
              aria-labelledby={periodLabelId}
              data={periodOptions}
              value={view.preset}
              onChange={(preset) => {
                if (!isPeriodPreset(preset)) return;
                if (preset === 'custom') change({ preset });
                else change({ preset, ...presetRange(preset, today) });
              }}
            />
          </Stack>
          <DatePickerInput
            type="range"
            label={t('filterBar.days')}
            leftSection={<IconCalendar size={16} />}
            valueFormat={t('filterBar.dateFormat')}
            value={picked}
            onChange={(range) => {
              setPicked(range);
              const [from, to] = range;
              if (from !== null && to !== null) {
                change({
                  preset: 'custom',
                  from: dayjs(from).format('YYYY-MM-DD'),
                  to: dayjs(to).format('YYYY-MM-DD'),
                });
              }
            }}
            allowSingleDateInRange
            maxDate={lastDay}
            getDayProps={(date) => ({ 'aria-label': dayjs(date).format('D MMMM YYYY') })}
            ariaLabels={{
              previousMonth: t('filterBar.previousMonth'),
              nextMonth: t('filterBar.nextMonth'),
              monthLevelControl: t('filterBar.chooseMonth'),
            }}
            w={290}
          />
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <MultiSelect
            label={t('filterBar.operators')}
            placeholder={view.operatorIds.length === 0 ? t('filterBar.everyOperator') : undefined}
            data={withChosen(options.operators, view.operatorIds)}
            value={view.operatorIds}
            onChange={(operatorIds) => change({ operatorIds })}
            maxValues={reportFilterLimits.operatorsMax}
            clearable
            w={260}
          />
          <ResellerMultiSelect
            label={t('filterBar.resellers')}
            placeholder={view.retailerCodes.length === 0 ? t('filterBar.everyReseller') : undefined}
            description={options.mayListResellers ? undefined : t('filterBar.cannotListResellers')}
            value={view.retailerCodes}
            onChange={(retailerCodes) => change({ retailerCodes })}
            maxValues={reportFilterLimits.resellersMax}
            nothingFoundMessage={t('filterBar.noResellerMatches')}
            disabled={!options.mayListResellers && view.retailerCodes.length === 0}
            w={280}
          />
          <MultiSelect
            label={t('filterBar.regions')}
            placeholder={view.regions.length === 0 ? t('filterBar.everyRegion') : undefined}
            data={withChosen(
              options.regions.map((region) => ({ value: region, label: region })),
              view.regions,
            )}
            value={view.regions}
            onChange={(regions) => change({ regions })}
            maxValues={reportFilterLimits.regionsMax}
            searchable
            clearable
            nothingFoundMessage={t('filterBar.noSuchRegion')}
            w={200}
          />
          <MultiSelect
            label={t('filterBar.channels')}
            placeholder={view.channels.length === 0 ? t('filterBar.everyChannel') : undefined}
            data={withChosen(options.channels, view.channels)}
            value={view.channels}
            onChange={(channels) => change({ channels })}
            maxValues={reportFilterLimits.channelsMax}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed">
                  {options.channels.find((channel) => channel.value === option.value)?.description}
                </Text>
              </Stack>
            )}
            searchable
            clearable
            nothingFoundMessage={t('filterBar.noSuchChannel')}
            w={200}
          />
          <MultiSelect<number>
            label={t('filterBar.denominations')}
            placeholder={view.denominationsMinor.length === 0 ? t('filterBar.everyAmount') : undefined}
            data={withChosen(options.denominations, view.denominationsMinor)}
            value={view.denominationsMinor}
            onChange={(denominationsMinor) => change({ denominationsMinor })}
            maxValues={reportFilterLimits.denominationsMax}
            disabled={options.denominationsUnavailable !== null && view.denominationsMinor.length === 0}
            description={options.denominationsUnavailable ?? undefined}
            clearable
            w={220}
          />
          {unitsShown && (
            <Select
              label={t('filterBar.units')}
              placeholder={t('filterBar.everyUnit')}
              data={[...new Set([...options.units, ...(view.units === null ? [] : [view.units])])]}
              value={view.units}
              onChange={(units) => change({ units })}
              clearable
              w={130}
            />
          )}
          <Select
            label={t('filterBar.status')}
            data={[
              { value: 'final', label: t('filterBar.finalOnly') },
              { value: 'with_pending', label: t('filterBar.includePending') },
            ]}
            value={view.withPending ? 'with_pending' : 'final'}
            onChange={(status) => change({ withPending: status === 'with_pending' })}
            allowDeselect={false}
            w={150}
          />
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            disabled={queryOfReportView(view) === ''}
            onClick={() => onChange(defaultReportView(today))}
          >
            {t('filterBar.reset')}
          </Button>
          <SavedViewsMenu view={view} today={today} onApply={onChange} />
        </Group>
      </Stack>
    </Card>
  );
}

/** The options with every chosen value among them (a pill needs its option), each value once. */
function withChosen<Value extends string | number>(
  options: Array<{ value: Value; label: string }>,
  chosen: Value[],
): Array<{ value: Value; label: string }> {
  const seen = new Set<Value>();
  const all: Array<{ value: Value; label: string }> = [];
  for (const option of options) {
    if (seen.has(option.value)) continue;
    seen.add(option.value);
    all.push(option);
  }
  for (const value of chosen) {
    if (seen.has(value)) continue;
    seen.add(value);
    all.push({ value, label: String(value) });
  }
  return all;
}
