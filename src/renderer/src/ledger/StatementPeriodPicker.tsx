import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { type StatementPeriod, statementPeriodPresets } from './statementPeriod';

/**
 * The statement's period. The statement changes only once both days are picked; until then the
 * previous period stays on screen.
 */
export function StatementPeriodPicker({
  period,
  onChange,
}: {
  period: StatementPeriod;
  onChange: (period: StatementPeriod) => void;
}) {
  const [draft, setDraft] = useState<DatesRangeValue<string>>(period);
  useEffect(() => setDraft(period), [period]);
  const presets = useMemo(() => statementPeriodPresets(), []);
  return (
    <DatePickerInput
      type="range"
      label="Period"
      aria-label="Statement period"
      leftSection={<IconCalendar size={16} />}
      valueFormat="MMM D, YYYY"
      value={draft}
      allowSingleDateInRange
      presets={presets}
      onChange={(value) => {
        setDraft(value);
        const [from, to] = value;
        if (from !== null && to !== null) onChange([from, to]);
      }}
      onDropdownClose={() => setDraft(period)}
      getDayProps={(date) => ({ 'aria-label': dayjs(date).format('D MMMM YYYY') })}
      ariaLabels={{
        previousMonth: 'Previous month',
        nextMonth: 'Next month',
        monthLevelControl: 'Choose a month',
      }}
      w={300}
    />
  );
}
