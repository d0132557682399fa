import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';

/** A from–to filter on days ("2026-11-02"), either end open; clearing it shows every day. */
export function DateRangeFilter({
  value,
  onChange,
  label = 'Created',
}: {
  value: DatesRangeValue<string>;
  onChange: (value: DatesRangeValue<string>) => void;
  label?: string;
}) {
  return (
    <DatePickerInput
      type="range"
      label={label}
      placeholder="Any day"
      leftSection={<IconCalendar size={16} />}
      valueFormat="MMM D, YYYY"
      value={value}
      onChange={onChange}
      allowSingleDateInRange
      clearable
      maxDate={dayjs().format('YYYY-MM-DD')}
      getDayProps={(date) => ({ 'aria-label': dayjs(date).format('D MMMM YYYY') })}
      ariaLabels={{
        previousMonth: 'Previous month',
        nextMonth: 'Next month',
        monthLevelControl: 'Choose a month',
      }}
      w={260}
    />
  );
}

/** The range as the list operations take it: `fromDate`/`toDate`, each only when picked. */
export function dateRangeInput(value: DatesRangeValue<string>): { fromDate?: string; toDate?: string } {
  const [from, to] = value;
  return {
    ...(from === null ? {} : { fromDate: dayjs(from).format('YYYY-MM-DD') }),
    ...(to === null ? {} : { toDate: dayjs(to).format('YYYY-MM-DD') }),
  };
}
