import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const searchDebounceMs = 300;

/**
 * Words searched in the events' summaries. The box shows each key at once; the list follows once
 * the typing pauses, and the box empties when the filters are cleared elsewhere.
 */
export function AuditSearchInput({ value, onChange }: { value: string; onChange: (search: string) => void }) {
  const { t } = useTranslation('audit');
  const [text, setText] = useState(value);
  const searchSoon = useDebouncedCallback(onChange, searchDebounceMs);
  useEffect(() => {
    if (value === '') {
      searchSoon.cancel();
      setText('');
    }
  }, [value, searchSoon]);
  return (
    <TextInput
      aria-label={t('search.label')}
      placeholder={t('search.label')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        searchSoon(event.currentTarget.value);
      }}
      w={240}
    />
  );
}
