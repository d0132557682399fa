import { Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationApprovalView } from '../../../contract/allocationSchemas';
import type { OperationState } from '../client/useOperation';
import { formatInstantCompact } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type ApprovalDecision, ApprovalDecisionModal } from './ApprovalDecisionModal';
import { approvalReasonLabel, approvalStateColors, approvalStateLabel } from './approvalLabels';

/** Decided requests shown below the waiting ones; older ones stay in the ledger's history. */
const decidedShownMax = 50;

/**
 * Maker-checker: allocations the core held for a second person, each with why, to approve or
 * reject; and the ones decided, newest first.
 */
export function ApprovalsCard({
  approvals,
  airtime,
  onDecided,
}: {
  approvals: OperationState<'allocations.approvals'>;
  airtime: AmountAsset;
  onDecided: () => void;
}) {
  const { t } = useTranslation('allocations');
  const { can } = useCurrentUser();
  // Only approvers see the decision buttons; the core refuses anyone else all the same.
  const mayDecide = can('allocations.approve');
  const [deciding, setDeciding] = useState<{
    approval: AllocationApprovalView;
    decision: ApprovalDecision;
  } | null>(null);
  const rows = approvals.data ?? [];
  const waiting = rows.filter((row) => row.state === 'awaiting_approval');
  const decided = rows.filter((row) => row.state !== 'awaiting_approval').slice(0, decidedShownMax);

  return (
    <Stack gap="lg">
      {approvals.error && (
        <OperationErrorAlert
          title={t('approvals.readError')}
          error={approvals.error}
          onRetry={() => void approvals.reload()}
        />
      )}
      <Card withBorder padding="lg" radius="md" data-testid="approvals-waiting">
        <Text fw={600}>{t('approvals.waiting.title')}</Text>
        <Text size="sm" c="dimmed" mb="md">
          {t('approvals.waiting.description')}
        </Text>
        {approvals.data === undefined && !approvals.error && <Skeleton height={120} />}
        {approvals.data !== undefined && waiting.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('approvals.waiting.none')}
          </Text>
        )}
        <Stack gap="sm">
          {waiting.map((approval) => (
            <Card key={approval.id} withBorder padding="md" radius="sm" data-approval={approval.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Group gap="xs">
                    <AmountText amountMinor={approval.amountMinor} asset={airtime} fw={700} />
                    <Text fw={600}>
                      {t('approvals.waiting.toRetailer', { retailer: approval.retailerName })}
                    </Text>
                    <Text size="sm" ff="monospace" c="dimmed">
                      {approval.retailerCode}
                    </Text>
                    <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
                      {approvalReasonLabel(approval.reason)}
                    </Badge>
                  </Group>
                  <Text size="sm" data-testid="approval-explanation">
                    {localizeContractMessage(approval.explanation)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {approval.note === null
                      ? t('approvals.waiting.askedBy', {
                          name: approval.requestedByName,
                          date: formatInstantCompact(approval.requestedAt),
                        })
                      : t('approvals.waiting.askedByWithNote', {
                          name: approval.requestedByName,
                          date: formatInstantCompact(approval.requestedAt),
                          note: approval.note,
                        })}
                  </Text>
                </Stack>
                {mayDecide ? (
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      color="teal"
                      leftSection={<IconCheck size={16} />}
                      onClick={() => setDeciding({ approval, decision: 'approve' })}
                    >
                      {t('approvals.waiting.approve')}
                    </Button>
                    <Button
                      variant="light"
                      color="red"
                      leftSection={<IconX size={16} />}
                      onClick={() => setDeciding({ approval, decision: 'reject' })}
                    >
                      {t('approvals.waiting.reject')}
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('approvals.waiting.waitsForApprover')}
                  </Text>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      </Card>
      <Card withBorder padding="lg" radius="md" data-testid="approvals-decided">
        <Text fw={600} mb="md">
          {t('approvals.decided.title')}
        </Text>
        {approvals.data !== undefined && decided.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('approvals.decided.none')}
          </Text>
        )}
        {decided.length > 0 && (
          <Table.ScrollContainer minWidth={960}>
            <Table fz="sm" verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('approvals.decided.columns.decided')}</Table.Th>
                  <Table.Th>{t('approvals.decided.columns.retailer')}</Table.Th>
                  <Table.Th ta="right">{t('approvals.decided.columns.amount')}</Table.Th>
                  <Table.Th>{t('approvals.decided.columns.whyHeld')}</Table.Th>
                  <Table.Th>{t('approvals.decided.columns.decision')}</Table.Th>
                  <Table.Th>{t('approvals.decided.columns.askedBy')}</Table.Th>
                  <Table.Th>{t('approvals.decided.columns.decidedBy')}</Table.Th>
                  <Table.Th>{t('approvals.decided.columns.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decided.map((approval) => (
                  <Table.Tr key={approval.id} data-approval={approval.id} data-state={approval.state}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {approval.decidedAt === null ? '—' : formatInstantCompact(approval.decidedAt)}
                    </Table.Td>
                    <Table.Td>
                      {approval.retailerName}{' '}
                      <Text span size="xs" ff="monospace" c="dimmed">
                        {approval.retailerCode}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <AmountText amountMinor={approval.amountMinor} asset={airtime} size="sm" />
                    </Table.Td>
                    <Table.Td>{approvalReasonLabel(approval.reason)}</Table.Td>
                    <Table.Td style={{ minWidth: 110 }}>
                      <Badge color={approvalStateColors[approval.state]} variant="light">
                        {approvalStateLabel(approval.state)}
                      </Badge>
                    </Table.Td>
                    <Table.Td data-testid="approval-requested-by">{approval.requestedByName}</Table.Td>
                    <Table.Td data-testid="approval-decided-by">{approval.decidedByName ?? '—'}</Table.Td>
                    <Table.Td data-testid="approval-decision-note">{approval.decisionNote ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ApprovalDecisionModal
        approval={deciding?.approval ?? null}
        decision={deciding?.decision ?? 'approve'}
        airtime={airtime}
        onClose={() => setDeciding(null)}
        onDecided={() => {
          setDeciding(null);
          onDecided();
        }}
      />
    </Stack>
  );
}
