import {
  ActionIcon,
  Badge,
  Button,
  Drawer,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView, TransferView } from '../../../contract/ledgerSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstantPrecise } from '../format/formatInstant';
import { CopyValueButton } from '../shell/CopyValueButton';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { AmountText } from './AmountText';
import {
  entryKindColors,
  entryKindLabel,
  referenceKindLabel,
  resolutionLabel,
  shortId,
} from './ledgerLabels';
import type { LedgerChart } from './useLedgerChart';

/**
 * One journal entry, opened from a statement line. Links to the entries it reverses or resolves
 * (and those that reverse or resolve it) open in place; "Back" returns along the trail.
 */
export function EntryDrawer({
  trail,
  onTrailChange,
  chart,
}: {
  /** The entries opened so far, the shown one last; empty when the drawer is closed. */
  trail: string[];
  onTrailChange: (trail: string[]) => void;
  chart: LedgerChart;
}) {
  const { t } = useTranslation('ledger');
  const entryId = trail.at(-1);
  return (
    <Drawer
      opened={entryId !== undefined}
      onClose={() => onTrailChange([])}
      position="right"
      size={720}
      title={
        <Group gap="xs">
          {trail.length > 1 && (
            <Tooltip label={t('entry.back')}>
              <ActionIcon
                variant="subtle"
                aria-label={t('entry.back')}
                onClick={() => onTrailChange(trail.slice(0, -1))}
              >
                <IconArrowLeft size={18} />
              </ActionIcon>
            </Tooltip>
          )}
          <Title order={3}>{t('entry.title')}</Title>
        </Group>
      }
    >
      {entryId !== undefined && (
        <EntryDetail
          key={entryId}
          entryId={entryId}
          chart={chart}
          onOpenEntry={(next) => onTrailChange([...trail, next])}
        />
      )}
    </Drawer>
  );
}

function EntryDetail({
  entryId,
  chart,
  onOpenEntry,
}: {
  entryId: string;
  chart: LedgerChart;
  onOpenEntry: (entryId: string) => void;
}) {
  const { t } = useTranslation('ledger');
  const entry = useOperation('ledger.entry', { entryId });
  if (entry.error) {
    return (
      <OperationErrorAlert
        title={t('entry.readError', { id: shortId(entryId) })}
        error={entry.error}
        onRetry={() => void entry.reload()}
      />
    );
  }
  if (entry.data === undefined) {
    return (
      <Stack gap="sm" data-testid="entry-loading">
        <Skeleton height={28} width="50%" />
        <Skeleton height={120} />
        <Skeleton height={80} />
      </Stack>
    );
  }
  return <EntryContent entry={entry.data} chart={chart} onOpenEntry={onOpenEntry} />;
}

function EntryLink({
  children,
  entryId,
  onOpenEntry,
}: {
  children: ReactNode;
  entryId: string;
  onOpenEntry: (entryId: string) => void;
}) {
  return (
    <Button
      variant="light"
      size="xs"
      leftSection={<IconLink size={14} />}
      onClick={() => onOpenEntry(entryId)}
      styles={{ label: { fontWeight: 500 } }}
    >
      {children}
    </Button>
  );
}

function EntryLinks({ entry, onOpenEntry }: { entry: EntryView; onOpenEntry: (entryId: string) => void }) {
  const { t } = useTranslation('ledger');
  const links: ReactNode[] = [];
  if (entry.reversesEntryId !== null) {
    links.push(
      <EntryLink key="reverses" entryId={entry.reversesEntryId} onOpenEntry={onOpenEntry}>
        {t('entry.links.reverses', { id: shortId(entry.reversesEntryId) })}
      </EntryLink>,
    );
  }
  if (entry.reversedByEntryId !== null) {
    links.push(
      <EntryLink key="reversed" entryId={entry.reversedByEntryId} onOpenEntry={onOpenEntry}>
        {t('entry.links.reversedBy', { id: shortId(entry.reversedByEntryId) })}
      </EntryLink>,
    );
  }
  if (entry.resolvesEntryId !== null) {
    links.push(
      <EntryLink key="resolves" entryId={entry.resolvesEntryId} onOpenEntry={onOpenEntry}>
        {t('entry.links.resolves', {
          id: shortId(entry.resolvesEntryId),
          resolution: resolutionLabel(entry.kind),
        })}
      </EntryLink>,
    );
  }
  if (entry.resolvedBy !== null) {
    links.push(
      <EntryLink key="resolved" entryId={entry.resolvedBy.entryId} onOpenEntry={onOpenEntry}>
        {t('entry.links.resolvedBy', {
          id: shortId(entry.resolvedBy.entryId),
          resolution: resolutionLabel(entry.resolvedBy.kind),
        })}
      </EntryLink>,
    );
  }
  if (links.length === 0) return null;
  return (
    <Group gap="xs" data-testid="entry-links">
      {links}
    </Group>
  );
}

function Monospace({ value, shown }: { value: string; shown?: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip
        label={value}
        disabled={shown === undefined}
        maw={460}
        multiline
        style={{ wordBreak: 'break-all' }}
      >
        <Text span ff="monospace" size="sm">
          {shown ?? value}
        </Text>
      </Tooltip>
      <CopyValueButton value={value} />
    </Group>
  );
}

function EntryContent({
  entry,
  chart,
  onOpenEntry,
}: {
  entry: EntryView;
  chart: LedgerChart;
  onOpenEntry: (entryId: string) => void;
}) {
  const { t } = useTranslation('ledger');
  const properties: Array<[string, ReactNode]> = [
    [t('entry.properties.id'), <Monospace key="id" value={entry.id} />],
    [t('entry.properties.sequence'), `#${entry.seq}`],
    [t('entry.properties.code'), entry.code],
    [t('entry.properties.recorded'), formatInstantPrecise(entry.recordedAt)],
    [t('entry.properties.effective'), formatInstantPrecise(entry.effectiveAt)],
  ];
  if (entry.pendingExpiresAt !== null)
    properties.push([t('entry.properties.pendingUntil'), formatInstantPrecise(entry.pendingExpiresAt)]);
  properties.push([
    t('entry.properties.hash'),
    <Monospace key="hash" value={entry.hash} shown={`${entry.hash.slice(0, 16)}…`} />,
  ]);

  return (
    <Stack gap="md" data-testid="entry-detail">
      <div>
        <Group gap="xs">
          <Badge color={entryKindColors[entry.kind]} variant="light" size="lg">
            {entryKindLabel(entry.kind)}
          </Badge>
          <Text fw={600}>{entry.code}</Text>
        </Group>
        {entry.description !== null && (
          <Text size="sm" mt={6}>
            {entry.description}
          </Text>
        )}
      </div>
      <EntryLinks entry={entry} onOpenEntry={onOpenEntry} />
      <Table variant="vertical" withTableBorder fz="sm" layout="fixed">
        <Table.Tbody>
          {properties.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={140}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div>
        <Text fw={600} mb="xs">
          {t('entry.transfers.title')}
        </Text>
        <TransfersTable transfers={entry.transfers} chart={chart} />
      </div>
    </Stack>
  );
}

function AccountName({ accountId, chart }: { accountId: string; chart: LedgerChart }) {
  const account = chart.accountsById.get(accountId);
  if (account === undefined) {
    return (
      <Text span ff="monospace" size="sm">
        {shortId(accountId)}
      </Text>
    );
  }
  return (
    <Tooltip label={account.name}>
      <Text span ff="monospace" size="sm" fw={500}>
        {account.code}
      </Text>
    </Tooltip>
  );
}

function TransfersTable({ transfers, chart }: { transfers: TransferView[]; chart: LedgerChart }) {
  const { t } = useTranslation('ledger');
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder fz="sm" data-testid="entry-transfers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('entry.transfers.columns.debit')}</Table.Th>
            <Table.Th>{t('entry.transfers.columns.credit')}</Table.Th>
            <Table.Th ta="right">{t('entry.transfers.columns.amount')}</Table.Th>
            <Table.Th>{t('entry.transfers.columns.code')}</Table.Th>
            <Table.Th>{t('entry.transfers.columns.references')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transfers.map((transfer) => {
            const asset = chart.assetsByCode.get(transfer.assetCode);
            return (
              <Table.Tr key={transfer.seq}>
                <Table.Td>
                  <AccountName accountId={transfer.debitAccountId} chart={chart} />
                </Table.Td>
                <Table.Td>
                  <AccountName accountId={transfer.creditAccountId} chart={chart} />
                </Table.Td>
                <Table.Td ta="right">
                  <AmountText amountMinor={transfer.amountMinor} asset={asset} size="sm" />
                  {asset?.kind === 'airtime' && (
                    <Text size="xs" c="dimmed">
                      {t('entry.transfers.airtime')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{transfer.code}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {transfer.referenceKind !== null && (
                      <Text size="sm">
                        {referenceKindLabel(transfer.referenceKind)} {transfer.referenceId}
                      </Text>
                    )}
                    {transfer.operatorReference !== null && (
                      <Text size="sm">
                        {t('entry.transfers.operator')}{' '}
                        <Text span ff="monospace" size="sm">
                          {transfer.operatorReference}
                        </Text>
                      </Text>
                    )}
                    {transfer.referenceKind === null && transfer.operatorReference === null && (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
