import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { RetailerListInput, RetailerView } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';

const searchDebounceMs = 250;
/** Retailers offered at once; typing narrows the search on the server. */
const optionsMax = 50;

export interface RetailerOption {
  value: string;
  label: string;
}

export function retailerOption(code: string, name: string | null): RetailerOption {
  return { value: code, label: name === null ? code : `${name} · ${code}` };
}

/**
 * A retailer picked by code or name, searched on the server (a network may have thousands), among
 * those the `filters` allow. The chosen retailer's row is handed over with its code.
 */
export function RetailerSelect({
  value,
  onChange,
  initialOption,
  excludeCode,
  filters,
  ...props
}: {
  value: string | null;
  onChange: (code: string | null, retailer: RetailerView | null) => void;
  /** The retailer already chosen, so its label shows before any search. */
  initialOption: RetailerOption | null;
  excludeCode?: string;
  filters: Pick<RetailerListInput, 'level' | 'statuses'>;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<RetailerOption | null>(initialOption);
  const [found, setFound] = useState<RetailerView[]>([]);
  const [debouncedSearch] = useDebouncedValue(search, searchDebounceMs);
  // The input shows the chosen option's label: that is not a search.
  const searchText = debouncedSearch === selected?.label ? '' : debouncedSearch.trim();
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    let current = true;
    client
      .call('retailers.list', {
        ...(JSON.parse(filtersKey) as Pick<RetailerListInput, 'level' | 'statuses'>),
        ...(searchText === '' ? {} : { search: searchText }),
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: optionsMax,
      })
      .then(
        (page) => {
          if (current) setFound(page.rows);
        },
        () => {
          if (current) setFound([]);
        },
      );
    return () => {
      current = false;
    };
  }, [client, searchText, filtersKey]);

  const options = found
    .filter((retailer) => retailer.code !== excludeCode)
    .map((retailer) => retailerOption(retailer.code, retailer.name));
  if (selected !== null && !options.some((option) => option.value === selected.value)) {
    options.unshift(selected);
  }

  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={(code, option) => {
        setSelected(code === null || option === null ? null : { value: code, label: option.label });
        onChange(code, found.find((retailer) => retailer.code === code) ?? null);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already; the names it matched may not contain the typed text.
      filter={({ options: all }) => all}
      clearable
    />
  );
}
