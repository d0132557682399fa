import type { SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type RetailerOption, RetailerSelect, retailerOption } from './RetailerSelect';

export type ParentOption = RetailerOption;
export const parentOption = retailerOption;

const parentFilters = { level: 'sub_distributor', statuses: ['active', 'suspended'] } as const;

/**
 * A sub-distributor to sit under, searched by code or name on the server. Closed ones are not
 * offered: nothing new may be placed under them.
 */
export function ParentSelect({
  onChange,
  ...props
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  /** The parent already chosen, so its label shows before any search. */
  initialOption: ParentOption | null;
  /** The retailer being edited: it cannot be its own parent. */
  excludeCode?: string;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const { t } = useTranslation('retailers');
  return (
    <RetailerSelect
      {...props}
      filters={{ level: parentFilters.level, statuses: [...parentFilters.statuses] }}
      onChange={(code) => onChange(code)}
      nothingFoundMessage={t('form.noParentFound')}
    />
  );
}
