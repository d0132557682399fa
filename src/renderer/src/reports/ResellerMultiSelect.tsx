import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../client/ClientContext';
import { retailerOption } from '../retailers/RetailerSelect';

const searchDebounceMs = 250;
/** Resellers offered at once; typing narrows the search on the server. */
const optionsMax = 50;
/** Names looked up for codes that came in the address; beyond these, the code alone is shown. */
const namesResolvedMax = 20;

/**
 * Resellers picked by code or name, searched on the server (a network may have thousands). Codes
 * that arrive from a bookmarked address are shown by name once looked up.
 */
export function ResellerMultiSelect({
  value,
  onChange,
  ...props
}: {
  value: string[];
  onChange: (codes: string[]) => void;
} & Omit<MultiSelectProps, 'value' | 'onChange' | 'data'>) {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), searchDebounceMs);
  const [found, setFound] = useState<Array<{ value: string; label: string }>>([]);
  // Labels of every reseller seen, so a chosen one keeps its name after the search moves on.
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const remember = useCallback(
    (options: Array<{ value: string; label: string }>) =>
      setLabels((previous) => {
        if (options.every((option) => previous.get(option.value) === option.label)) return previous;
        const next = new Map(previous);
        for (const option of options) next.set(option.value, option.label);
        return next;
      }),
    [],
  );

  useEffect(() => {
    if (props.disabled === true) return;
    let current = true;
    client
      .call('retailers.list', {
        ...(debouncedSearch === '' ? {} : { search: debouncedSearch }),
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: optionsMax,
      })
      .then(
        (page) => {
          if (!current) return;
          const options = page.rows.map((retailer) => retailerOption(retailer.code, retailer.name));
          setFound(options);
          remember(options);
        },
        () => {
          if (current) setFound([]);
        },
      );
    return () => {
      current = false;
    };
  }, [client, debouncedSearch, props.disabled, remember]);

  const unknownKey = value
    .filter((code) => !labels.has(code))
    .slice(0, namesResolvedMax)
    .join(',');
  useEffect(() => {
    if (unknownKey === '' || props.disabled === true) return;
    let current = true;
    void Promise.all(
      unknownKey.split(',').map((code) =>
        client.call('retailers.get', { code }).then(
          (detail) => retailerOption(detail.retailer.code, detail.retailer.name),
          // An unknown code keeps showing as itself; the report says it does not exist.
          () => retailerOption(code, null),
        ),
      ),
    ).then((options) => {
      if (current) remember(options);
    });
    return () => {
      current = false;
    };
  }, [client, unknownKey, props.disabled, remember]);

  // Every chosen code is an option (a pill needs its label), then the search's finds, each once.
  const options = value.map((code) => ({ value: code, label: labels.get(code) ?? code }));
  const chosen = new Set(value);
  for (const option of found) if (!chosen.has(option.value)) options.push(option);

  return (
    <MultiSelect
      {...props}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already; the names it matched may not contain the typed text.
      filter={({ options: all }) => all}
      clearable
    />
  );
}
