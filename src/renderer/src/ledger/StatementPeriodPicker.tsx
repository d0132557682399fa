import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('ledger');
  // Made at each render: cheap, and named in the language of the moment.
  const presets = statementPeriodPresets();
  return (
    <DatePickerInput
      type="range"
      label={t('period.label')}
      aria-label={t('period.ariaLabel')}
      leftSection={<IconCalendar size={16} />}
      valueFormat={t('period.valueFormat')}
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
        previousMonth: t('period.previousMonth'),
        nextMonth: t('period.nextMonth'),
        monthLevelControl: t('period.chooseMonth'),
      }}
      w={300}
    />
  );
}
