import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format/formatCount';

/** Under a paged list: which rows are shown of how many, and the pages. Hidden pages when one is enough. */
export function ListPagination({
  page,
  pageRows,
  total,
  noun,
  onPage,
  testId,
}: {
  /** From 1. */
  page: number;
  pageRows: number;
  total: number;
  /** Plural: "purchase orders". */
  noun: string;
  onPage: (page: number) => void;
  testId?: string;
}) {
  const { t } = useTranslation('shell');
  const pages = Math.max(1, Math.ceil(total / pageRows));
  const first = total === 0 ? 0 : (page - 1) * pageRows + 1;
  const last = Math.min(total, page * pageRows);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" data-testid={testId}>
        {total === 0
          ? t('pagination.none', { noun })
          : t('pagination.range', {
              first: formatCount(first),
              last: formatCount(last),
              total: formatCount(total),
              noun,
            })}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={onPage} />}
    </Group>
  );
}
