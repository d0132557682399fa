import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** A from–to filter on days ("2026-11-02"), either end open; clearing it shows every day. */
export function DateRangeFilter({
  value,
  onChange,
  label,
}: {
  value: DatesRangeValue<string>;
  onChange: (value: DatesRangeValue<string>) => void;
  label?: string;
}) {
  const { t } = useTranslation('shell');
  return (
    <DatePickerInput
      type="range"
      label={label ?? t('dates.created')}
      placeholder={t('dates.anyDay')}
      leftSection={<IconCalendar size={16} />}
      valueFormat="MMM D, YYYY"
      value={value}
      onChange={onChange}
      allowSingleDateInRange
      clearable
      maxDate={dayjs().format('YYYY-MM-DD')}
      getDayProps={(date) => ({ 'aria-label': dayjs(date).format('D MMMM YYYY') })}
      ariaLabels={{
        previousMonth: t('dates.previousMonth'),
        nextMonth: t('dates.nextMonth'),
        monthLevelControl: t('dates.chooseMonth'),
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
