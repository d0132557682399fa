import {
  Anchor,
  Button,
  Card,
  CloseButton,
  Group,
  MultiSelect,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useSessionStorage } from '@mantine/hooks';
import { IconBuildingStore, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  type RetailerListInput,
  type RetailerStatus,
  retailerSortKeys,
} from '../../../contract/retailerSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { workspaceMoneyAsset } from '../workspace/workspaceMoneyAsset';
import { RetailerFormModal } from './RetailerFormModal';
import { RetailerImportModal } from './RetailerImportModal';
import { RetailersTable } from './RetailersTable';
import { retailerLevelOptions, retailerStatusOptions, retailerTermsOptions } from './retailerLabels';
import { retailerPath, retailersPath } from './retailerPaths';
import { type RetailerQuery, useRetailerPages } from './useRetailerPages';

const searchDebounceMs = 300;

type SortKey = (typeof retailerSortKeys)[number];
interface RetailerFilters {
  search: string;
  statuses: RetailerStatus[];
  level: RetailerListInput['level'] | null;
  region: string | null;
  terms: RetailerListInput['terms'] | null;
  sort: SortKey;
  direction: 'asc' | 'desc';
}
const noFilters: RetailerFilters = {
  search: '',
  statuses: [],
  level: null,
  region: null,
  terms: null,
  sort: 'name',
  direction: 'asc',
};

function queryOf(filters: RetailerFilters, branchOf: string | undefined): RetailerQuery {
  return {
    sort: filters.sort,
    direction: filters.direction,
    ...(filters.search.trim() === '' ? {} : { search: filters.search.trim() }),
    ...(filters.statuses.length === 0 ? {} : { statuses: filters.statuses }),
    ...(filters.level === null ? {} : { level: filters.level }),
    ...(filters.region === null ? {} : { region: filters.region }),
    ...(filters.terms === null ? {} : { terms: filters.terms }),
    ...(branchOf === undefined ? {} : { branchOf }),
  };
}

function isFiltered(filters: RetailerFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.statuses.length > 0 ||
    filters.level !== null ||
    filters.region !== null ||
    filters.terms !== null
  );
}

/**
 * Retailers and sub-distributors: searched, filtered and sorted by the core, a page at a time, so
 * the screen stays quick with a hundred thousand of them. A row opens the retailer.
 */
export function RetailersScreen({ workspace, branchOf }: { workspace: WorkspaceSummary; branchOf?: string }) {
  const { t } = useTranslation('retailers');
  const [, navigate] = useLocation();
  const { canCall } = useCurrentUser();
  const mayManage = canCall('retailers.add');
  // Imports reach the whole network: a partner office adds its retailers one by one.
  const mayImport = canCall('retailers.importPreview');
  // Kept for the session, so coming back from a retailer finds the list as it was left.
  const [stored, setStored] = useSessionStorage<RetailerFilters>({
    key: 'airledger.retailerFilters',
    defaultValue: noFilters,
    getInitialValueInEffect: false,
  });
  const filters: RetailerFilters = { ...noFilters, ...stored };
  const setFilters = (change: Partial<RetailerFilters>) =>
    setStored((previous) => ({ ...previous, ...change }));
  const [searchText, setSearchText] = useState(filters.search);
  const [debouncedSearch] = useDebouncedValue(searchText, searchDebounceMs);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text moves the filter
  useEffect(() => {
    if (debouncedSearch !== filters.search) setFilters({ search: debouncedSearch });
  }, [debouncedSearch]);

  const query = queryOf(filters, branchOf);
  const queryKey = JSON.stringify(query);
  const pages = useRetailerPages(query);
  const regions = useOperation('retailers.regions', {});
  const asset = useMemo(() => workspaceMoneyAsset(workspace.baseCurrency), [workspace.baseCurrency]);
  const [formOpen, setFormOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);

  const refresh = () => {
    pages.reload();
    void regions.reload();
  };
  const clearFilters = () => {
    setSearchText('');
    setStored(noFilters);
  };
  const sortBy = (key: string) => {
    const sort = retailerSortKeys.find((candidate) => candidate === key) ?? 'name';
    setFilters({ sort, direction: filters.sort === sort && filters.direction === 'asc' ? 'desc' : 'asc' });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('list.title')}</Title>
          <Text c="dimmed">{t('list.intro')}</Text>
        </div>
        {mayManage && (
          <Group gap="sm">
            {mayImport && (
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} />}
                onClick={() => setImportOpen(true)}
              >
                {t('list.import')}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setFormOpen(true)}>
              {t('list.add')}
            </Button>
          </Group>
        )}
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('list.filters.label')}>
        <TextInput
          label={t('list.filters.search')}
          placeholder={t('list.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          rightSection={
            searchText === '' ? null : (
              <CloseButton
                size="sm"
                aria-label={t('list.filters.clearSearch')}
                onClick={() => setSearchText('')}
              />
            )
          }
          w={260}
        />
        <MultiSelect
          label={t('list.filters.status')}
          placeholder={filters.statuses.length === 0 ? t('list.filters.anyStatus') : undefined}
          data={retailerStatusOptions()}
          value={filters.statuses}
          onChange={(statuses) => setFilters({ statuses: statuses as RetailerStatus[] })}
          clearable
          w={230}
        />
        <Select
          label={t('list.filters.level')}
          placeholder={t('list.filters.anyLevel')}
          data={retailerLevelOptions()}
          value={filters.level}
          onChange={(level) => setFilters({ level: level as RetailerFilters['level'] })}
          clearable
          w={160}
        />
        <Select
          label={t('list.filters.region')}
          placeholder={t('list.filters.anyRegion')}
          data={regions.data ?? []}
          value={filters.region}
          onChange={(region) => setFilters({ region })}
          searchable
          clearable
          nothingFoundMessage={t('list.filters.noRegion')}
          w={170}
        />
        <Select
          label={t('list.filters.terms')}
          placeholder={t('list.filters.anyTerms')}
          data={retailerTermsOptions()}
          value={filters.terms}
          onChange={(terms) => setFilters({ terms: terms as RetailerFilters['terms'] })}
          clearable
          w={140}
        />
        {isFiltered(filters) && (
          <Button variant="subtle" onClick={clearFilters}>
            {t('list.filters.clear')}
          </Button>
        )}
      </Group>

      <Group gap="xs" mih={24}>
        <Text size="sm" data-testid="retailers-total">
          {pages.total === undefined
            ? t(branchOf === undefined ? 'list.counting' : 'list.countingInBranch')
            : t(branchOf === undefined ? 'list.total' : 'list.totalInBranch', {
                count: pages.total,
                total: formatCount(pages.total),
              })}
        </Text>
        {branchOf !== undefined && (
          <Group gap={4}>
            <BranchLink code={branchOf} />
            <CloseButton size="sm" aria-label={t('list.showAll')} onClick={() => navigate(retailersPath)} />
          </Group>
        )}
      </Group>

      {pages.error && (
        <OperationErrorAlert title={t('list.readError')} error={pages.error} onRetry={refresh} />
      )}
      {pages.total === undefined && !pages.error && <Skeleton height={320} />}
      {pages.total === 0 && (
        <EmptyRetailers
          filtered={isFiltered(filters) || branchOf !== undefined}
          mayAdd={mayManage}
          onClear={branchOf !== undefined ? () => navigate(retailersPath) : clearFilters}
          onAdd={() => setFormOpen(true)}
          onImport={mayImport ? () => setImportOpen(true) : undefined}
        />
      )}
      {pages.total !== undefined && pages.total > 0 && (
        <RetailersTable
          // A new query starts at the top of the list.
          key={queryKey}
          total={pages.total}
          rowAt={pages.rowAt}
          asset={asset}
          sort={{ key: filters.sort, direction: filters.direction }}
          onSort={sortBy}
          onRangeChange={pages.showRange}
          onOpen={(retailer) => navigate(retailerPath(retailer.code))}
        />
      )}

      <RetailerFormModal
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        existing={null}
        asset={asset}
        onSaved={() => {
          setFormOpen(false);
          refresh();
        }}
      />
      <RetailerImportModal
        opened={importOpen && mayImport}
        onClose={() => setImportOpen(false)}
        asset={asset}
        onImported={() => {
          setImportOpen(false);
          refresh();
        }}
      />
    </Stack>
  );
}

/** The sub-distributor whose branch the list shows, by name once it is read. */
function BranchLink({ code }: { code: string }) {
  const branch = useOperation('retailers.get', { code });
  return (
    <Anchor component={Link} href={retailerPath(code)} size="sm">
      {branch.data?.retailer.name ?? code}
    </Anchor>
  );
}

function EmptyRetailers({
  filtered,
  mayAdd,
  onClear,
  onAdd,
  onImport,
}: {
  filtered: boolean;
  /** Whether the user may onboard retailers; otherwise the empty list only says so. */
  mayAdd: boolean;
  onClear: () => void;
  onAdd: () => void;
  /** None when the user's branch keeps imports from them. */
  onImport: (() => void) | undefined;
}) {
  const { t } = useTranslation('retailers');
  return (
    <Card withBorder padding="xl" radius="md" data-testid="retailers-empty">
      <Stack align="center" gap="xs" py="md">
        <ThemeIcon size={44} radius="xl" variant="light" color="gray">
          {filtered ? <IconSearch size={22} /> : <IconBuildingStore size={22} />}
        </ThemeIcon>
        <Text fw={600}>{filtered ? t('list.empty.filteredTitle') : t('list.empty.title')}</Text>
        <Text c="dimmed" ta="center" maw={520} size="sm">
          {filtered ? t('list.empty.filteredText') : t('list.empty.text')}
        </Text>
        <Group mt="sm">
          {filtered ? (
            <Button variant="light" onClick={onClear}>
              {t('list.filters.clear')}
            </Button>
          ) : (
            mayAdd && (
              <>
                {onImport !== undefined && (
                  <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onImport}>
                    {t('list.empty.importFile')}
                  </Button>
                )}
                <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
                  {t('list.add')}
                </Button>
              </>
            )
          )}
        </Group>
      </Stack>
    </Card>
  );
}
