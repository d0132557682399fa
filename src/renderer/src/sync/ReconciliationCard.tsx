import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Skeleton,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BucketReconciliation, ReconciliationReport } from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstant, formatInstantPrecise } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { downloadTextFile } from './downloadTextFile';
import { operatorAmountAsset } from './operatorAmountAsset';
import { reconciliationCsv, reconciliationFileName } from './reconciliationCsv';
import { differenceCauseLabel, reconciliationStatusColors, reconciliationStatusLabel } from './syncLabels';
import { useReloadOn } from './useReloadOn';

const columnCount = 6;

function Summary({ report }: { report: ReconciliationReport }) {
  const { t } = useTranslation('sync');
  const { totals } = report;
  const counted = (count: number) => ({ count, number: formatCount(count) });
  return (
    <Group gap="xs" data-testid="reconciliation-totals">
      <Badge variant="light" color="teal">
        {t('reconciliation.totals.matched', counted(totals.matched))}
      </Badge>
      <Badge variant="light" color="blue">
        {t('reconciliation.totals.explained', counted(totals.explained))}
      </Badge>
      <Badge variant="light" color={totals.unexplained > 0 ? 'red' : 'gray'}>
        {t('reconciliation.totals.unexplained', counted(totals.unexplained))}
      </Badge>
      {totals.notPulled > 0 && (
        <Badge variant="light" color="gray">
          {t('reconciliation.totals.notPulled', counted(totals.notPulled))}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {t('reconciliation.totals.ofWallets', {
          ...counted(totals.buckets),
          at: formatInstant(report.generatedAt),
        })}
      </Text>
    </Group>
  );
}

function BucketRow({
  bucket,
  asset,
  expanded,
  onToggle,
}: {
  bucket: BucketReconciliation;
  asset: AmountAsset;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation('sync');
  const expandable = bucket.lines.length > 0 || bucket.linesOmitted > 0;
  return (
    <Fragment>
      <Table.Tr data-bucket-id={bucket.bucketId} data-status={bucket.status}>
        <Table.Td w={36}>
          {expandable && (
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={
                expanded ? t('reconciliation.hideDifferences') : t('reconciliation.showDifferences')
              }
              aria-expanded={expanded}
              onClick={onToggle}
            >
              {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          )}
        </Table.Td>
        <Table.Td>
          <UnstyledButton
            onClick={expandable ? onToggle : undefined}
            style={{ cursor: expandable ? 'pointer' : 'default' }}
          >
            <Text size="sm" fw={500}>
              {bucket.partyName}
            </Text>
            <Text size="xs" c="dimmed">
              {bucket.role === 'wholesale'
                ? t('reconciliation.wholesaleWallet', { bucketId: bucket.bucketId })
                : t('reconciliation.retailerWallet', { partyId: bucket.partyId, bucketId: bucket.bucketId })}
            </Text>
          </UnstyledButton>
        </Table.Td>
        <Table.Td ta="right" data-column="ledger">
          <AmountText amountMinor={bucket.ledgerPostedMinor} asset={asset} size="sm" />
        </Table.Td>
        <Table.Td ta="right" data-column="operator">
          {bucket.operatorTotalMinor === null ? (
            <Text size="sm" c="dimmed">
              —
            </Text>
          ) : (
            <Tooltip
              label={t('reconciliation.readAt', {
                at: bucket.pulledAt === null ? '' : formatInstantPrecise(bucket.pulledAt),
              })}
              openDelay={300}
            >
              <AmountText amountMinor={bucket.operatorTotalMinor} asset={asset} size="sm" />
            </Tooltip>
          )}
        </Table.Td>
        <Table.Td ta="right" data-column="difference">
          {bucket.differenceMinor === null ? (
            <Text size="sm" c="dimmed">
              —
            </Text>
          ) : (
            <AmountText amountMinor={bucket.differenceMinor} asset={asset} signed size="sm" fw={500} />
          )}
        </Table.Td>
        <Table.Td data-column="status">
          <Badge
            variant="light"
            color={reconciliationStatusColors[bucket.status]}
            style={{ textTransform: 'none' }}
          >
            {reconciliationStatusLabel(bucket.status)}
          </Badge>
        </Table.Td>
      </Table.Tr>
      {expanded &&
        bucket.lines.map((line, index) => (
          <Table.Tr
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order is the report's
            key={`${bucket.bucketId}-${index}`}
            data-difference-of={bucket.bucketId}
            bg="var(--mantine-color-default-hover)"
          >
            <Table.Td />
            <Table.Td colSpan={3}>
              <Group gap="xs" wrap="nowrap">
                <Badge
                  size="sm"
                  variant="outline"
                  color="gray"
                  style={{ textTransform: 'none', flexShrink: 0 }}
                >
                  {differenceCauseLabel(line.cause)}
                </Badge>
                <Text size="sm">{localizeContractMessage(line.detail)}</Text>
              </Group>
              <Text size="xs" c="dimmed" ff="monospace">
                {line.reference}
              </Text>
            </Table.Td>
            <Table.Td ta="right" data-column="line-amount">
              <AmountText amountMinor={line.amountMinor} asset={asset} signed size="sm" />
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        ))}
      {expanded && bucket.linesOmitted > 0 && (
        <Table.Tr bg="var(--mantine-color-default-hover)">
          <Table.Td />
          <Table.Td colSpan={columnCount - 1}>
            <Text size="xs" c="dimmed">
              {t('reconciliation.moreLines', {
                count: bucket.linesOmitted,
                number: formatCount(bucket.linesOmitted),
              })}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

/** Ledger against operator, wallet by wallet, each difference with its cause; exported as CSV. */
export function ReconciliationCard({ changeKey }: { changeKey: string }) {
  const { t } = useTranslation('sync');
  const report = useOperation('reconciliation.report', {});
  useReloadOn(changeKey, report.reload);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (bucketId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(bucketId)) next.add(bucketId);
      return next;
    });

  const data = report.data;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="reconciliation-card">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="sm">
        <div>
          <Text fw={600}>{t('reconciliation.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('reconciliation.description')}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          disabled={data === undefined || data.buckets.length === 0}
          onClick={() => {
            if (data !== undefined)
              downloadTextFile(
                reconciliationFileName(data),
                reconciliationCsv(data),
                'text/csv;charset=utf-8',
              );
          }}
        >
          {t('reconciliation.download')}
        </Button>
      </Group>
      {report.error && (
        <OperationErrorAlert
          title={t('reconciliation.buildFailed')}
          error={report.error}
          onRetry={() => void report.reload()}
        />
      )}
      {data === undefined && report.loading && <Skeleton height={100} />}
      {data !== undefined && (
        <>
          <Summary report={data} />
          {data.buckets.length === 0 ? (
            <Text size="sm" c="dimmed" mt="sm" data-testid="reconciliation-empty">
              {t('reconciliation.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={760} mt="sm">
              <Table fz="sm" verticalSpacing={6} data-testid="reconciliation-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={36} />
                    <Table.Th>{t('reconciliation.columns.wallet')}</Table.Th>
                    <Table.Th ta="right">{t('reconciliation.columns.ledgerPosted')}</Table.Th>
                    <Table.Th ta="right">{t('reconciliation.columns.operatorTotal')}</Table.Th>
                    <Table.Th ta="right">{t('reconciliation.columns.difference')}</Table.Th>
                    <Table.Th w={130}>{t('reconciliation.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.buckets.map((bucket) => (
                    <BucketRow
                      key={bucket.bucketId}
                      bucket={bucket}
                      asset={operatorAmountAsset(data)}
                      expanded={expanded.has(bucket.bucketId)}
                      onToggle={() => toggle(bucket.bucketId)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Card>
  );
}
