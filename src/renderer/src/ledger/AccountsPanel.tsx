import {
  Alert,
  Badge,
  Card,
  Center,
  Group,
  LoadingOverlay,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconSearch, IconSelector } from '@tabler/icons-react';
import { Fragment, type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AccountView, AssetView } from '../../../contract/ledgerSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatMinor } from '../format/formatMinor';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { AccountRuleBadges } from './AccountRuleBadges';
import { AmountText } from './AmountText';
import { accountTypeLabel, ownerKindLabel, ownerLabel } from './ledgerLabels';
import { statementPath } from './ledgerPaths';

/** Rows drawn at once; a search narrows a longer list. */
const accountRowsShownMax = 500;

type OwnerKindFilter = 'all' | AccountView['ownerKind'];
type SortColumn = 'code' | 'name' | 'type' | 'owner' | 'asset' | 'posted' | 'available';
interface Sort {
  column: SortColumn;
  descending: boolean;
}

const ownerKindOrder: Record<AccountView['ownerKind'], number> = { distributor: 0, operator: 1, retailer: 2 };

function compareText(left: string, right: string): number {
  return left.localeCompare(right, undefined, { numeric: true, sensitivity: 'base' });
}

function compareOwner(left: AccountView, right: AccountView): number {
  return (
    ownerKindOrder[left.ownerKind] - ownerKindOrder[right.ownerKind] ||
    compareText(left.ownerId, right.ownerId) ||
    compareText(left.assetCode, right.assetCode) ||
    compareText(left.code, right.code)
  );
}

/** Balances only compare within one asset, so amounts sort inside each asset. */
function comparator(column: SortColumn): (left: AccountView, right: AccountView) => number {
  switch (column) {
    case 'code':
      return (left, right) => compareText(left.code, right.code);
    case 'name':
      return (left, right) => compareText(left.name, right.name) || compareText(left.code, right.code);
    case 'type':
      return (left, right) =>
        compareText(accountTypeLabel(left.type), accountTypeLabel(right.type)) || compareOwner(left, right);
    case 'owner':
      return compareOwner;
    case 'asset':
      return (left, right) => compareText(left.assetCode, right.assetCode) || compareOwner(left, right);
    case 'posted':
      return (left, right) =>
        compareText(left.assetCode, right.assetCode) ||
        left.balances.balancePostedMinor - right.balances.balancePostedMinor;
    case 'available':
      return (left, right) =>
        compareText(left.assetCode, right.assetCode) ||
        left.balances.balanceAvailableMinor - right.balances.balanceAvailableMinor;
  }
}

function matchesSearch(account: AccountView, words: string[]): boolean {
  const haystack = `${account.code} ${account.name} ${account.ownerId}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The chart of accounts with balances: filter by owner, asset and text; sort by any column. */
export function AccountsPanel() {
  const { t } = useTranslation('ledger');
  const [ownerKind, setOwnerKind] = useState<OwnerKindFilter>('all');
  const [assetCode, setAssetCode] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>({ column: 'owner', descending: false });
  const searchInput = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchInput.current?.focus()]]);

  const assets = useOperation('ledger.assets', {});
  const accounts = useOperation('ledger.accounts', {
    ...(ownerKind === 'all' ? {} : { ownerKind }),
    ...(assetCode === null ? {} : { assetCode }),
  });
  const assetsByCode = useMemo(
    () => new Map((assets.data ?? []).map((asset) => [asset.code, asset])),
    [assets.data],
  );

  const words = useMemo(() => search.trim().toLowerCase().split(/\s+/).filter(Boolean), [search]);
  const rows = useMemo(() => {
    const matching = (accounts.data ?? []).filter((account) => matchesSearch(account, words));
    const compare = comparator(sort.column);
    matching.sort((left, right) => (sort.descending ? -compare(left, right) : compare(left, right)));
    return matching;
  }, [accounts.data, words, sort]);

  const filtered = ownerKind !== 'all' || assetCode !== null || words.length > 0;

  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="md" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Text fw={600}>{t('accounts.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('accounts.hint')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('accounts.ownerFilter')}
            value={ownerKind}
            onChange={(value) => setOwnerKind(value as OwnerKindFilter)}
            data={[
              { value: 'all', label: t('accounts.allOwners') },
              ...(['distributor', 'operator', 'retailer'] as const).map((kind) => ({
                value: kind,
                label: ownerKindLabel(kind),
              })),
            ]}
          />
          <Select
            aria-label={t('accounts.assetFilter')}
            placeholder={t('accounts.allAssets')}
            clearable
            value={assetCode}
            onChange={setAssetCode}
            data={(assets.data ?? []).map((asset) => ({
              value: asset.code,
              label:
                asset.kind === 'airtime'
                  ? t('accounts.assetOption.airtime', { code: asset.code })
                  : t('accounts.assetOption.money', { code: asset.code }),
            }))}
            w={230}
          />
          <TextInput
            ref={searchInput}
            aria-label={t('accounts.search.label')}
            placeholder={t('accounts.search.placeholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setSearch('');
            }}
            w={260}
          />
        </Group>
      </Group>
      {assets.error && <OperationErrorAlert title={t('accounts.assetsError')} error={assets.error} />}
      {accounts.error && (
        <OperationErrorAlert
          title={t('accounts.accountsError')}
          error={accounts.error}
          onRetry={() => void accounts.reload()}
        />
      )}
      {accounts.data === undefined && accounts.loading && <TableSkeleton />}
      {accounts.data !== undefined && (
        <div style={{ position: 'relative' }}>
          <LoadingOverlay
            visible={accounts.loading}
            overlayProps={{ blur: 1 }}
            loaderProps={{ size: 'sm' }}
          />
          {rows.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed" ta="center" maw={520}>
                {accounts.data.length === 0 && !filtered
                  ? t('accounts.empty.noAccounts')
                  : t('accounts.empty.noMatch')}
              </Text>
            </Center>
          ) : (
            <AccountsTable
              accounts={rows.slice(0, accountRowsShownMax)}
              assetsByCode={assetsByCode}
              sort={sort}
              onSort={(column) =>
                setSort((current) => ({
                  column,
                  descending: current.column === column ? !current.descending : false,
                }))
              }
            />
          )}
          {rows.length > accountRowsShownMax && (
            <Alert color="blue" mt="sm">
              {t('accounts.truncated', {
                shown: formatCount(accountRowsShownMax),
                total: formatCount(rows.length),
              })}
            </Alert>
          )}
          {rows.length > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              {filtered
                ? t('accounts.countFiltered', {
                    count: rows.length,
                    countText: formatCount(rows.length),
                    total: formatCount(accounts.data.length),
                  })
                : t('accounts.count', { count: rows.length, countText: formatCount(rows.length) })}
            </Text>
          )}
        </div>
      )}
    </Card>
  );
}

function TableSkeleton() {
  return (
    <Stack gap="xs" data-testid="accounts-loading">
      {[0, 1, 2, 3, 4].map((row) => (
        <Skeleton key={row} height={28} />
      ))}
    </Stack>
  );
}

function SortHeader({
  column,
  sort,
  onSort,
  children,
  alignRight = false,
  widthMinPx,
}: {
  column: SortColumn;
  sort: Sort;
  onSort: (column: SortColumn) => void;
  children: ReactNode;
  alignRight?: boolean;
  widthMinPx?: number;
}) {
  const active = sort.column === column;
  const Icon = active ? (sort.descending ? IconChevronDown : IconChevronUp) : IconSelector;
  return (
    <Table.Th
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      style={{ whiteSpace: 'nowrap', minWidth: widthMinPx }}
    >
      <UnstyledButton onClick={() => onSort(column)} style={{ width: '100%' }}>
        <Group gap={4} justify={alignRight ? 'flex-end' : 'flex-start'} wrap="nowrap">
          <Text fw={600} size="sm">
            {children}
          </Text>
          <Icon size={14} stroke={1.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function ownerGroupKey(account: AccountView): string {
  return `${account.ownerKind}:${account.ownerId}`;
}

function AccountsTable({
  accounts,
  assetsByCode,
  sort,
  onSort,
}: {
  accounts: AccountView[];
  assetsByCode: Map<string, AssetView>;
  sort: Sort;
  onSort: (column: SortColumn) => void;
}) {
  const { t } = useTranslation('ledger');
  const [, navigate] = useLocation();
  const open = (account: AccountView) => navigate(statementPath(account.id));
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, account: AccountView) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(account);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const rows = [...(event.currentTarget.closest('tbody')?.querySelectorAll('tr[data-account-id]') ?? [])];
      const next = rows[rows.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1)];
      (next as HTMLElement | undefined)?.focus();
    }
  };
  // Grouping by owner reads like a chart of accounts: each owner's accounts under its name.
  const grouped = sort.column === 'owner';
  const columnCount = 7;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing={6} fz="sm" data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="code" sort={sort} onSort={onSort}>
              {t('accounts.columns.code')}
            </SortHeader>
            <SortHeader column="name" sort={sort} onSort={onSort} widthMinPx={200}>
              {t('accounts.columns.name')}
            </SortHeader>
            <SortHeader column="type" sort={sort} onSort={onSort}>
              {t('accounts.columns.type')}
            </SortHeader>
            <SortHeader column="owner" sort={sort} onSort={onSort}>
              {t('accounts.columns.owner')}
            </SortHeader>
            <SortHeader column="asset" sort={sort} onSort={onSort}>
              {t('accounts.columns.asset')}
            </SortHeader>
            <SortHeader column="posted" sort={sort} onSort={onSort} alignRight>
              {t('accounts.columns.posted')}
            </SortHeader>
            <SortHeader column="available" sort={sort} onSort={onSort} alignRight>
              {t('accounts.columns.available')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account, index) => {
            const asset = assetsByCode.get(account.assetCode);
            const previous = accounts[index - 1];
            const startsGroup =
              grouped && (previous === undefined || ownerGroupKey(previous) !== ownerGroupKey(account));
            const reservedMinor =
              account.balances.balancePostedMinor - account.balances.balanceAvailableMinor;
            return (
              <Fragment key={account.id}>
                {startsGroup && (
                  <Table.Tr bg="var(--mantine-color-default-hover)">
                    <Table.Td colSpan={columnCount} py={4}>
                      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                        {ownerLabel(account)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr
                  data-account-id={account.id}
                  data-account-code={account.code}
                  tabIndex={0}
                  onClick={() => open(account)}
                  onKeyDown={(event) => onRowKey(event, account)}
                  style={{ cursor: 'pointer' }}
                  aria-label={t('accounts.openStatement', { code: account.code, name: account.name })}
                >
                  <Table.Td
                    ff="monospace"
                    fw={600}
                    c="var(--mantine-primary-color-filled)"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {account.code}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{account.name}</Text>
                    <AccountRuleBadges account={account} asset={asset} />
                  </Table.Td>
                  <Table.Td>{accountTypeLabel(account.type)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{ownerLabel(account)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {account.assetCode}
                      </Text>
                      {asset?.kind === 'airtime' && (
                        <Badge size="xs" variant="light" color="cyan" style={{ flexShrink: 0 }}>
                          {t('accounts.airtime')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" data-column="posted">
                    <AmountText amountMinor={account.balances.balancePostedMinor} asset={asset} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right" data-column="available">
                    {reservedMinor === 0 ? (
                      <AmountText
                        amountMinor={account.balances.balanceAvailableMinor}
                        asset={asset}
                        size="sm"
                      />
                    ) : (
                      <Tooltip
                        label={t('accounts.reserved', {
                          amount: asset ? formatMinor(reservedMinor, asset) : formatCount(reservedMinor),
                        })}
                      >
                        <AmountText
                          amountMinor={account.balances.balanceAvailableMinor}
                          asset={asset}
                          size="sm"
                          c="var(--mantine-color-orange-text)"
                        />
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
