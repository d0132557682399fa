import { ActionIcon, Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('reports');
  return (
    <Modal opened={opened} onClose={onClose} title={t('savedViews.yours')} size="xl">
      {views.length === 0 ? (
        <Text c="dimmed">{t('savedViews.manager.empty')}</Text>
      ) : (
        <Table highlightOnHover aria-label={t('savedViews.yours')} data-testid="saved-views-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('savedViews.manager.name')}</Table.Th>
              <Table.Th>{t('savedViews.manager.filters')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('savedViews.manager.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {views.map((saved) => (
              <Table.Tr key={saved.id} data-view={saved.name}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {saved.id === appliedId && (
                      <IconCheck size={14} aria-label={t('savedViews.manager.onScreen')} />
                    )}
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
                      {t('savedViews.manager.apply')}
                    </Button>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('savedViews.manager.renameNamed', { name: saved.name })}
                      title={t('savedViews.manager.rename')}
                      onClick={() => onRename(saved)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('savedViews.manager.deleteNamed', { name: saved.name })}
                      title={t('savedViews.manager.delete')}
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
