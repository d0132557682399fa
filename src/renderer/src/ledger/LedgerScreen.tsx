import { ActionIcon, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconArrowRight, IconHash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountsPanel } from './AccountsPanel';
import { EntryDrawer } from './EntryDrawer';
import { LedgerVerifyPanel } from './LedgerVerifyPanel';
import { useLedgerChart } from './useLedgerChart';

/** The longest entry id the contract accepts. */
const entryIdLengthMax = 64;

/** The books: the ledger's own check, then every account with its balances. */
export function LedgerScreen() {
  const { t } = useTranslation('ledger');
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const openEntry = (entryId: string) => setEntryTrail([entryId]);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t('screen.title')}</Title>
          <Text c="dimmed">{t('screen.description')}</Text>
        </div>
        <OpenEntryForm onOpen={openEntry} />
      </Group>
      <LedgerVerifyPanel onOpenEntry={openEntry} />
      <AccountsPanel />
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </Stack>
  );
}

/** Pending and expiry entries never show on a statement; an id from a log or a colleague opens any entry. */
function OpenEntryForm({ onOpen }: { onOpen: (entryId: string) => void }) {
  const { t } = useTranslation('ledger');
  const [entryId, setEntryId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = entryId.trim();
    if (trimmed.length > 0) onOpen(trimmed);
  };
  return (
    <form onSubmit={submit}>
      <TextInput
        aria-label={t('screen.openEntry.label')}
        placeholder={t('screen.openEntry.placeholder')}
        leftSection={<IconHash size={16} />}
        value={entryId}
        maxLength={entryIdLengthMax}
        onChange={(event) => setEntryId(event.currentTarget.value)}
        w={340}
        rightSection={
          <Tooltip label={t('screen.openEntry.submit')}>
            <ActionIcon type="submit" variant="subtle" aria-label={t('screen.openEntry.submit')}>
              <IconArrowRight size={16} />
            </ActionIcon>
          </Tooltip>
        }
      />
    </form>
  );
}

/** The entry drawer with the chart it needs, read only once an entry is opened. */
function ChartedEntryDrawer(props: { trail: string[]; onTrailChange: (trail: string[]) => void }) {
  const chart = useLedgerChart();
  return <EntryDrawer {...props} chart={chart} />;
}
