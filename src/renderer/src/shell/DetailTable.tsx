import { Button, Group, Table, Text } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import { CopyValueButton } from './CopyValueButton';

/** Label and value rows of a detail drawer. */
export function DetailTable({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <Table variant="vertical" withTableBorder fz="sm" layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label} data-detail={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** An id or reference in full, with a button that copies it; a dash when there is none. */
export function CopyableValue({ value }: { value: string | null }) {
  if (value === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text span ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
      <CopyValueButton value={value} />
    </Group>
  );
}

/** A journal entry id with a button that opens the entry. */
export function EntryLink({
  entryId,
  onOpen,
  none,
}: {
  entryId: string | null;
  onOpen: (entryId: string) => void;
  /** Said when there is no entry (yet). */
  none: string;
}) {
  if (entryId === null) {
    return (
      <Text size="sm" c="dimmed">
        {none}
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between">
      <CopyableValue value={entryId} />
      <Button
        size="xs"
        variant="light"
        leftSection={<IconLink size={14} />}
        onClick={() => onOpen(entryId)}
        style={{ flexShrink: 0 }}
      >
        {i18n.t('shell:detail.openEntry')}
      </Button>
    </Group>
  );
}
