import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { RetailerView } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';

const searchDebounceMs = 250;
/** Sub-distributors offered at once; typing narrows the search on the server. */
const optionsMax = 50;

export interface ParentOption {
  value: string;
  label: string;
}

export function parentOption(code: string, name: string | null): ParentOption {
  return { value: code, label: name === null ? code : `${name} · ${code}` };
}

/**
 * A sub-distributor to sit under, searched by code or name on the server (a network may have
 * thousands). Closed ones are not offered: nothing new may be placed under them.
 */
export function ParentSelect({
  value,
  onChange,
  initialOption,
  excludeCode,
  ...props
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  /** The parent already chosen, so its label shows before any search. */
  initialOption: ParentOption | null;
  /** The retailer being edited: it cannot be its own parent. */
  excludeCode?: string;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ParentOption | null>(initialOption);
  const [found, setFound] = useState<RetailerView[]>([]);
  const [debouncedSearch] = useDebouncedValue(search, searchDebounceMs);
  // The input shows the chosen option's label: that is not a search.
  const searchText = debouncedSearch === selected?.label ? '' : debouncedSearch.trim();

  useEffect(() => {
    let current = true;
    client
      .call('retailers.list', {
        level: 'sub_distributor',
        statuses: ['active', 'suspended'],
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
  }, [client, searchText]);

  const options = found
    .filter((retailer) => retailer.code !== excludeCode)
    .map((retailer) => parentOption(retailer.code, retailer.name));
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
        onChange(code);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already; the names it matched may not contain the typed text.
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage="No sub-distributor matches"
    />
  );
}
