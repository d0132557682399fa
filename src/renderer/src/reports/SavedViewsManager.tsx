import { ActionIcon, Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import type { SavedView } from '../../../contract/savedViewSchemas';
import { savedFiltersText } from './savedViewFilters';

/** Every saved view of the user in one list, each to apply, rename or delete (with a confirmation). */
export function SavedViewsManager({
  opened,
  views,
  appliedId,
  onClose,
  onApply,
  onRename,
  onDelete,
}: {
  opened: boolean;
  views: readonly SavedView[];
  appliedId: string | null;
  onClose: () => void;
  onApply: (saved: SavedView) => void;
  onRename: (saved: SavedView) => void;
  onDelete: (saved: SavedView) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Your saved views" size="xl">
      {views.length === 0 ? (
        <Text c="dimmed">No saved view left: save the filters you use often from the Views menu.</Text>
      ) : (
        <Table highlightOnHover aria-label="Your saved views" data-testid="saved-views-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Filters</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {views.map((saved) => (
              <Table.Tr key={saved.id} data-view={saved.name}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {saved.id === appliedId && <IconCheck size={14} aria-label="On screen" />}
                    <Text size="sm" fw={saved.id === appliedId ? 600 : undefined}>
                      {saved.name}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {savedFiltersText(saved.filters)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => onApply(saved)}>
                      Apply
                    </Button>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Rename ${saved.name}`}
                      title="Rename"
                      onClick={() => onRename(saved)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${saved.name}`}
                      title="Delete"
                      onClick={() => onDelete(saved)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
