import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCash, IconCheck, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatDay, formatInstant } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { formatPercent } from '../format/formatPercent';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { ApproveStatementModal } from './ApproveStatementModal';
import { CorrectStatementModal } from './CorrectStatementModal';
import { MarkStatementPaidModal } from './MarkStatementPaidModal';
import { NetAmount } from './NetAmount';
import { periodLabelText } from './periodLabelText';
import { FigureRow, RollForwardDifference, RollForwardTable } from './RollForwardTable';
import { SettlementBreadcrumbs } from './SettlementBreadcrumbs';
import { StatementStateBadge } from './StatementStateBadge';
import { StatementTimeline } from './StatementTimeline';
import { statementStateLabel } from './settlementLabels';
import { settlementPeriodTrail, settlementStatementPath } from './settlementPaths';
import { statementAsset } from './statementAsset';
import { statementRollForward } from './statementRollForward';

/** `?version=N` in the hash, or the latest version when absent or not a version number. */
function versionOf(search: string): number | undefined {
  const version = Number(new URLSearchParams(search).get('version'));
  return Number.isInteger(version) && version >= 1 ? version : undefined;
}

/**
 * One reseller's statement for a closed period: its roll-forward, commission and adjustments, who
 * moved it along, its versions, and what the signed-in user may do next.
 */
export function StatementScreen({ statementId }: { statementId: string }) {
  const { t } = useTranslation('settlements');
  const version = versionOf(useSearch());
  const statement = useOperation('settlements.statement', {
    statementId,
    ...(version === undefined ? {} : { version }),
  });
  const data = statement.data;
  return (
    <Stack gap="lg">
      {statement.error && (
        <OperationErrorAlert
          title={t('statement.readError')}
          error={statement.error}
          onRetry={() => void statement.reload()}
        />
      )}
      {data === undefined && !statement.error && <Skeleton height={300} />}
      {data !== undefined && <StatementDetail statement={data} onChanged={statement.reload} />}
    </Stack>
  );
}

function StatementDetail({
  statement,
  onChanged,
}: {
  statement: StatementView;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('settlements');
  const { can } = useCurrentUser();
  const [, navigate] = useLocation();
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const asset = statementAsset(statement);
  const latestVersion = Math.max(...statement.versions.map((candidate) => candidate.version));
  const isLatest = statement.version === latestVersion;
  const openEntry = can('ledger.read') ? (entryId: string) => setEntryTrail([entryId]) : null;

  return (
    <>
      <div>
        <SettlementBreadcrumbs trail={settlementPeriodTrail(statement)} current={statement.retailerCode} />
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Group gap="sm">
              <Title order={2}>
                {statement.retailerName} · {periodLabelText(statement.periodLabel)}
              </Title>
              <StatementStateBadge state={statement.state} />
            </Group>
            <Text c="dimmed">
              {t('statement.meta', {
                id: statement.id,
                version: statement.version,
                at: formatInstant(statement.createdAt),
                by: statement.createdBy,
              })}
            </Text>
          </div>
          <Group gap="sm" align="flex-end">
            {statement.versions.length > 1 && (
              <Select
                label={t('statement.versionLabel')}
                w={220}
                allowDeselect={false}
                value={String(statement.version)}
                data={statement.versions.map((candidate) => ({
                  value: String(candidate.version),
                  label: t('statement.versionOption', {
                    version: candidate.version,
                    state: statementStateLabel(candidate.state),
                  }),
                }))}
                onChange={(value) => {
                  if (value !== null) navigate(settlementStatementPath(statement.id, Number(value)));
                }}
              />
            )}
            {isLatest && <StatementActions statement={statement} onChanged={onChanged} />}
          </Group>
        </Group>
      </div>
      {!isLatest && (
        <Alert
          color="gray"
          icon={<IconInfoCircle />}
          title={t('statement.supersededTitle', { version: statement.version })}
        >
          {t('statement.supersededText', { latest: latestVersion })}
        </Alert>
      )}
      {statement.correctionReason !== null && (
        <Alert
          color="blue"
          icon={<IconPencil />}
          title={t('statement.correctionTitle')}
          data-testid="correction-reason"
        >
          {statement.correctionReason}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <RollForwardCard statement={statement} asset={asset} />
        <Card withBorder padding="lg" radius="md">
          <Text fw={600} mb="sm">
            {t('statement.steps')}
          </Text>
          <StatementTimeline statement={statement} />
        </Card>
      </SimpleGrid>
      <CommissionLinesCard statement={statement} asset={asset} />
      <AdjustmentsCard statement={statement} asset={asset} onOpenEntry={openEntry} />
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </>
  );
}

/** Approve (the checker), mark paid and correct (the accountant), as the state and the user's roles allow. */
function StatementActions({
  statement,
  onChanged,
}: {
  statement: StatementView;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('settlements');
  const { can } = useCurrentUser();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState<'approve' | 'paid' | 'correct' | null>(null);
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    void onChanged();
  };
  const mayApprove = statement.state === 'draft' && can('settlements.approve');
  const mayPay = statement.state === 'approved' && can('settlements.close');
  const mayCorrect =
    (statement.state === 'draft' || statement.state === 'approved') && can('settlements.close');
  if (!mayApprove && !mayPay && !mayCorrect) return null;
  return (
    <Group gap="sm">
      {mayCorrect && (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setOpen('correct')}>
          {t('statement.actions.correct')}
        </Button>
      )}
      {mayApprove && (
        <Button leftSection={<IconCheck size={16} />} onClick={() => setOpen('approve')}>
          {t('statement.actions.approve')}
        </Button>
      )}
      {mayPay && (
        <Button color="teal" leftSection={<IconCash size={16} />} onClick={() => setOpen('paid')}>
          {t('statement.actions.markPaid')}
        </Button>
      )}
      <ApproveStatementModal
        statement={statement}
        opened={open === 'approve'}
        onClose={close}
        onDone={done}
      />
      <MarkStatementPaidModal statement={statement} opened={open === 'paid'} onClose={close} onDone={done} />
      <CorrectStatementModal
        statement={statement}
        opened={open === 'correct'}
        onClose={close}
        onCorrected={(corrected) => {
          setOpen(null);
          navigate(settlementStatementPath(corrected.id, corrected.version));
          void onChanged();
        }}
      />
    </Group>
  );
}

/** What the reseller owes us, from opening to closing, then the commission it earned and the net. */
function RollForwardCard({ statement, asset }: { statement: StatementView; asset: AmountAsset }) {
  const { t } = useTranslation('settlements');
  const { lines, differenceMinor } = statementRollForward(statement);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="statement-figures">
      <Text fw={600}>{t('statement.figures.title', { code: statement.retailerCode })}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('statement.figures.formula')}
      </Text>
      <RollForwardTable
        opening={{ label: t('statement.figures.opening'), amountMinor: statement.openingBalanceMinor }}
        lines={lines}
        closing={{ label: t('statement.figures.closing'), amountMinor: statement.closingBalanceMinor }}
        asset={asset}
        testIdPrefix="figure"
      >
        <FigureRow
          label={t('statement.figures.commission', {
            count: statement.salesCount,
            number: formatCount(statement.salesCount),
          })}
          amountMinor={-statement.commissionMinor}
          asset={asset}
          testId="figure-commission"
        />
        <Table.Tr data-testid="figure-net">
          <Table.Td fw={700}>{t('statement.figures.net')}</Table.Td>
          <Table.Td ta="right">
            <NetAmount netMinor={statement.netMinor} asset={asset} />
          </Table.Td>
        </Table.Tr>
      </RollForwardTable>
      <Text size="xs" c="dimmed" mt="xs">
        <Trans
          t={t}
          i18nKey="statement.figures.sales"
          components={{
            sales: <AmountText amountMinor={statement.salesMinor} asset={asset} size="xs" />,
            reversed: <AmountText amountMinor={statement.saleReversalsMinor} asset={asset} size="xs" />,
          }}
        />
      </Text>
      <RollForwardDifference
        differenceMinor={differenceMinor}
        closingLabel={t('statement.figures.closingInSentence')}
        asset={asset}
      />
    </Card>
  );
}

function CommissionLinesCard({ statement, asset }: { statement: StatementView; asset: AmountAsset }) {
  const { t } = useTranslation('settlements');
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600} mb="sm">
        {t('statement.commission.title')}
      </Text>
      {statement.commissionLines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('statement.commission.empty', { code: statement.retailerCode })}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table
            verticalSpacing="xs"
            data-testid="commission-lines"
            aria-label={t('statement.commission.tableLabel')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.commission.columns.month')}</Table.Th>
                <Table.Th>{t('statement.commission.columns.operator')}</Table.Th>
                <Table.Th>{t('statement.commission.columns.rule')}</Table.Th>
                <Table.Th ta="right">{t('statement.commission.columns.rate')}</Table.Th>
                <Table.Th ta="right">{t('statement.commission.columns.sales')}</Table.Th>
                <Table.Th ta="right">{t('statement.commission.columns.faceValue')}</Table.Th>
                <Table.Th ta="right">{t('statement.commission.columns.reversed')}</Table.Th>
                <Table.Th ta="right">{t('statement.commission.columns.commission')}</Table.Th>
                <Table.Th ta="right">{t('statement.commission.columns.clawback')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statement.commissionLines.map((line) => (
                <Table.Tr key={`${line.month}|${line.operatorId}|${line.rule}|${line.slabFromMinor ?? ''}`}>
                  <Table.Td>{line.month}</Table.Td>
                  <Table.Td>{line.operatorId}</Table.Td>
                  <Table.Td>
                    {line.rule}
                    {line.slabFromMinor !== null && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        <Trans
                          t={t}
                          i18nKey="statement.commission.slabFrom"
                          components={{
                            amount: <AmountText amountMinor={line.slabFromMinor} asset={asset} size="xs" />,
                          }}
                        />
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatPercent(line.basisPoints / 10_000, 2)}</Table.Td>
                  <Table.Td ta="right">{formatCount(line.salesCount)}</Table.Td>
                  <Table.Td ta="right">
                    <AmountText amountMinor={line.salesMinor} asset={asset} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right">
                    <AmountText amountMinor={line.reversalsMinor} asset={asset} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right">
                    <AmountText amountMinor={line.commissionMinor} asset={asset} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right">
                    <AmountText amountMinor={line.clawbackMinor} asset={asset} size="sm" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function AdjustmentsCard({
  statement,
  asset,
  onOpenEntry,
}: {
  statement: StatementView;
  asset: AmountAsset;
  onOpenEntry: ((entryId: string) => void) | null;
}) {
  const { t } = useTranslation('settlements');
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600}>{t('statement.adjustments.title')}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('statement.adjustments.description')}
      </Text>
      {statement.adjustments.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="adjustments-empty">
          {t('statement.adjustments.empty')}
        </Text>
      ) : (
        <Table
          verticalSpacing="xs"
          data-testid="statement-adjustments"
          aria-label={t('statement.adjustments.title')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('statement.adjustments.columns.tookEffect')}</Table.Th>
              <Table.Th>{t('statement.adjustments.columns.originPeriod')}</Table.Th>
              <Table.Th>{t('statement.adjustments.columns.kind')}</Table.Th>
              <Table.Th ta="right">{t('statement.adjustments.columns.amount')}</Table.Th>
              <Table.Th>{t('statement.adjustments.columns.journalEntry')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.adjustments.map((adjustment) => (
              <Table.Tr key={adjustment.entryId} data-entry={adjustment.entryId}>
                <Table.Td>{formatDay(adjustment.effectiveAt)}</Table.Td>
                <Table.Td>{adjustment.originPeriod ?? '—'}</Table.Td>
                <Table.Td>{adjustment.code}</Table.Td>
                <Table.Td ta="right">
                  <AmountText amountMinor={adjustment.amountMinor} asset={asset} signed size="sm" />
                </Table.Td>
                <Table.Td>
                  {onOpenEntry === null ? (
                    <Text span ff="monospace" size="xs">
                      {adjustment.entryId}
                    </Text>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      ff="monospace"
                      aria-label={t('statement.adjustments.openEntry', { id: adjustment.entryId })}
                      onClick={() => onOpenEntry(adjustment.entryId)}
                    >
                      {adjustment.entryId}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
