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
import { useLocation, useSearch } from 'wouter';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useOperation } from '../client/useOperation';
import { formatDay, formatInstant } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { ApproveStatementModal } from './ApproveStatementModal';
import { CorrectStatementModal } from './CorrectStatementModal';
import { MarkStatementPaidModal } from './MarkStatementPaidModal';
import { NetAmount } from './NetAmount';
import { FigureRow, RollForwardDifference, RollForwardTable } from './RollForwardTable';
import { SettlementBreadcrumbs } from './SettlementBreadcrumbs';
import { StatementStateBadge } from './StatementStateBadge';
import { StatementTimeline } from './StatementTimeline';
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
          title="The statement could not be read"
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
                {statement.retailerName} · {statement.periodLabel}
              </Title>
              <StatementStateBadge state={statement.state} />
            </Group>
            <Text c="dimmed">
              {statement.id} · version {statement.version} · made {formatInstant(statement.createdAt)} by{' '}
              {statement.createdBy}
            </Text>
          </div>
          <Group gap="sm" align="flex-end">
            {statement.versions.length > 1 && (
              <Select
                label="Version"
                w={220}
                allowDeselect={false}
                value={String(statement.version)}
                data={statement.versions.map((candidate) => ({
                  value: String(candidate.version),
                  label: `Version ${candidate.version} (${candidate.state})`,
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
        <Alert color="gray" icon={<IconInfoCircle />} title={`Version ${statement.version} is superseded`}>
          A correction issued version {latestVersion}; this one stays readable as it was.
        </Alert>
      )}
      {statement.correctionReason !== null && (
        <Alert color="blue" icon={<IconPencil />} title="Correction" data-testid="correction-reason">
          {statement.correctionReason}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <RollForwardCard statement={statement} asset={asset} />
        <Card withBorder padding="lg" radius="md">
          <Text fw={600} mb="sm">
            Steps
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
          Correct
        </Button>
      )}
      {mayApprove && (
        <Button leftSection={<IconCheck size={16} />} onClick={() => setOpen('approve')}>
          Approve
        </Button>
      )}
      {mayPay && (
        <Button color="teal" leftSection={<IconCash size={16} />} onClick={() => setOpen('paid')}>
          Mark paid
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
  const { lines, differenceMinor } = statementRollForward(statement);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="statement-figures">
      <Text fw={600}>What {statement.retailerCode} owes us</Text>
      <Text size="sm" c="dimmed" mb="sm">
        Opening + allocations − reversals − payments + adjustments = closing.
      </Text>
      <RollForwardTable
        opening={{ label: 'Opening balance', amountMinor: statement.openingBalanceMinor }}
        lines={lines}
        closing={{ label: 'Closing balance', amountMinor: statement.closingBalanceMinor }}
        asset={asset}
        testIdPrefix="figure"
      >
        <FigureRow
          label={`Commission on ${statement.salesCount.toLocaleString()} sales`}
          amountMinor={-statement.commissionMinor}
          asset={asset}
          testId="figure-commission"
        />
        <Table.Tr data-testid="figure-net">
          <Table.Td fw={700}>Net</Table.Td>
          <Table.Td ta="right">
            <NetAmount netMinor={statement.netMinor} asset={asset} />
          </Table.Td>
        </Table.Tr>
      </RollForwardTable>
      <Text size="xs" c="dimmed" mt="xs">
        Sales <AmountText amountMinor={statement.salesMinor} asset={asset} size="xs" />, of which reversed{' '}
        <AmountText amountMinor={statement.saleReversalsMinor} asset={asset} size="xs" />.
      </Text>
      <RollForwardDifference differenceMinor={differenceMinor} closingLabel="closing balance" asset={asset} />
    </Card>
  );
}

function CommissionLinesCard({ statement, asset }: { statement: StatementView; asset: AmountAsset }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600} mb="sm">
        Commission
      </Text>
      {statement.commissionLines.length === 0 ? (
        <Text size="sm" c="dimmed">
          No commission: {statement.retailerCode} has no plan, or made no sale in the period.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" data-testid="commission-lines" aria-label="Commission lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Month</Table.Th>
                <Table.Th>Operator</Table.Th>
                <Table.Th>Rule</Table.Th>
                <Table.Th ta="right">Rate</Table.Th>
                <Table.Th ta="right">Sales</Table.Th>
                <Table.Th ta="right">Face value</Table.Th>
                <Table.Th ta="right">Reversed</Table.Th>
                <Table.Th ta="right">Commission</Table.Th>
                <Table.Th ta="right">Clawback</Table.Th>
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
                        from <AmountText amountMinor={line.slabFromMinor} asset={asset} size="xs" />
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{(line.basisPoints / 100).toFixed(2)}%</Table.Td>
                  <Table.Td ta="right">{line.salesCount.toLocaleString()}</Table.Td>
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
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fw={600}>Adjustments</Text>
      <Text size="sm" c="dimmed" mb="sm">
        Entries posted after their period closed, carried into this one.
      </Text>
      {statement.adjustments.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="adjustments-empty">
          No late entry was carried into this statement.
        </Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="statement-adjustments" aria-label="Adjustments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Took effect</Table.Th>
              <Table.Th>Origin period</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Journal entry</Table.Th>
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
                      aria-label={`Open journal entry ${adjustment.entryId}`}
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
