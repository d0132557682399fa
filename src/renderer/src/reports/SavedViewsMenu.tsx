import { Button, Group, Menu, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconBookmark,
  IconBookmarkFilled,
  IconBookmarkPlus,
  IconCheck,
  IconChevronDown,
  IconPencil,
  IconSettings,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../contract/savedViewSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import type { ReportView } from './reportQuery';
import { SavedViewNameModal, type SavedViewNaming } from './SavedViewNameModal';
import { SavedViewsManager } from './SavedViewsManager';
import { appliedViewOf, reportViewOfSaved, savedFiltersText } from './savedViewFilters';

/**
 * The user's saved views of the dashboard: a click applies one (its filters go to the address, a
 * moving period counted from today), and the filters on screen can be saved under a name. The
 * view whose filters are on screen is marked, in the menu and beside it.
 */
export function SavedViewsMenu({
  view,
  today,
  onApply,
}: {
  view: ReportView;
  today: string;
  onApply: (view: ReportView) => void;
}) {
  const { t } = useTranslation('reports');
  const client = useClient();
  const list = useOperation('reports.views.list', {});
  const views = list.data ?? [];
  const applied = appliedViewOf(views, view);
  const [naming, setNaming] = useState<SavedViewNaming | null>(null);
  const [managing, setManaging] = useState(false);

  const apply = (saved: SavedView) => onApply(reportViewOfSaved(saved.filters, today));

  const confirmDelete = (saved: SavedView) =>
    modals.openConfirmModal({
      title: t('savedViews.confirmDelete.title', { name: saved.name }),
      children: (
        <Text size="sm">
          {t('savedViews.confirmDelete.body', { filters: savedFiltersText(saved.filters) })}
        </Text>
      ),
      labels: {
        confirm: t('savedViews.confirmDelete.confirm'),
        cancel: t('savedViews.confirmDelete.cancel'),
      },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        client.call('reports.views.delete', { id: saved.id }).then(
          () => {
            notifications.show({
              color: 'teal',
              title: t('savedViews.deleted', { name: saved.name }),
              message: t('savedViews.deletedMessage'),
            });
            void list.reload();
          },
          (caught: unknown) =>
            notifications.show({
              color: 'red',
              title: t('savedViews.notDeleted', { name: saved.name }),
              message: asContractError(caught).message,
            }),
        );
      },
    });

  return (
    <Group gap="xs" wrap="nowrap" ml="auto">
      <Menu position="bottom-end" withinPortal shadow="md" width={320}>
        <Menu.Target>
          <Button
            variant={applied === undefined ? 'default' : 'light'}
            leftSection={
              applied === undefined ? <IconBookmark size={16} /> : <IconBookmarkFilled size={16} />
            }
            rightSection={<IconChevronDown size={14} />}
            maw={360}
          >
            {t('savedViews.views')}
            {applied !== undefined && (
              // The view on screen is named in the button itself, so the bar keeps its layout.
              <>
                <Text span inherit mx={6} c="dimmed">
                  ·
                </Text>
                <Text span inherit truncate="end" fw={400} data-testid="applied-view" title={applied.name}>
                  {applied.name}
                </Text>
              </>
            )}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="saved-views-menu">
          <Menu.Label>{t('savedViews.yours')}</Menu.Label>
          {list.error !== undefined && (
            <Menu.Item disabled>{t('savedViews.readError', { message: list.error.message })}</Menu.Item>
          )}
          {list.error === undefined && views.length === 0 && (
            <Menu.Item disabled>{list.loading ? t('savedViews.loading') : t('savedViews.noneYet')}</Menu.Item>
          )}
          {views.map((saved) => {
            const isApplied = saved.id === applied?.id;
            return (
              <Menu.Item
                key={saved.id}
                data-view={saved.name}
                aria-current={isApplied ? 'true' : undefined}
                leftSection={
                  isApplied ? (
                    <IconCheck size={14} aria-hidden />
                  ) : (
                    <span style={{ display: 'inline-block', width: 14 }} />
                  )
                }
                onClick={() => apply(saved)}
              >
                <Text span display="block" size="sm" fw={isApplied ? 600 : undefined}>
                  {saved.name}
                </Text>
                <Text span display="block" size="xs" c="dimmed">
                  {savedFiltersText(saved.filters)}
                </Text>
              </Menu.Item>
            );
          })}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconBookmarkPlus size={14} />}
            onClick={() => setNaming({ kind: 'save', view })}
          >
            {t('savedViews.saveCurrent')}
          </Menu.Item>
          {applied !== undefined && (
            <>
              <Menu.Item
                leftSection={<IconPencil size={14} />}
                onClick={() => setNaming({ kind: 'rename', saved: applied })}
              >
                {t('savedViews.renameApplied', { name: applied.name })}
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => confirmDelete(applied)}
              >
                {t('savedViews.deleteApplied', { name: applied.name })}
              </Menu.Item>
            </>
          )}
          {views.length > 0 && (
            <Menu.Item leftSection={<IconSettings size={14} />} onClick={() => setManaging(true)}>
              {t('savedViews.manage')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <SavedViewNameModal
        naming={naming}
        onClose={() => setNaming(null)}
        onSaved={(saved) => {
          const renamed = naming?.kind === 'rename';
          setNaming(null);
          notifications.show({
            color: 'teal',
            title: renamed
              ? t('savedViews.renamed', { name: saved.name })
              : t('savedViews.saved', { name: saved.name }),
            message: savedFiltersText(saved.filters),
          });
          void list.reload();
          // Saved with its days pinned, the view on screen becomes those days, so it shows as applied.
          if (!renamed) apply(saved);
        }}
      />
      <SavedViewsManager
        opened={managing}
        views={views}
        appliedId={applied?.id ?? null}
        onClose={() => setManaging(false)}
        onApply={(saved) => {
          setManaging(false);
          apply(saved);
        }}
        onRename={(saved) => setNaming({ kind: 'rename', saved })}
        onDelete={confirmDelete}
      />
    </Group>
  );
}
