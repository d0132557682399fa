import { Group, Pagination, Text } from '@mantine/core';

const countFormat = new Intl.NumberFormat();

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
  const pages = Math.max(1, Math.ceil(total / pageRows));
  const first = total === 0 ? 0 : (page - 1) * pageRows + 1;
  const last = Math.min(total, page * pageRows);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" data-testid={testId}>
        {total === 0
          ? `No ${noun}`
          : `${countFormat.format(first)}–${countFormat.format(last)} of ${countFormat.format(total)} ${noun}`}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={onPage} />}
    </Group>
  );
}
