import { Text, Timeline } from '@mantine/core';
import { IconCash, IconCheck, IconLock, IconPencil, IconReplace } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { StatementStep, StatementView } from '../../../contract/settlementSchemas';
import { formatDay, formatInstant } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { paidMethodLabels } from './MarkStatementPaidModal';
import { statementAsset } from './statementAsset';

const stepTitles: Record<StatementStep['step'], string> = {
  closed: 'Closed',
  corrected: 'Corrected',
  approved: 'Approved',
  paid: 'Paid',
  superseded: 'Superseded',
};

const stepIcons: Record<StatementStep['step'], ReactNode> = {
  closed: <IconLock size={12} />,
  corrected: <IconPencil size={12} />,
  approved: <IconCheck size={12} />,
  paid: <IconCash size={12} />,
  superseded: <IconReplace size={12} />,
};

/** Who moved this version along, and when, oldest first. */
export function StatementTimeline({ statement }: { statement: StatementView }) {
  const asset = statementAsset(statement);
  return (
    <Timeline active={statement.steps.length - 1} bulletSize={22} lineWidth={2} data-testid="statement-steps">
      {statement.steps.map((step) => (
        <Timeline.Item
          key={`${step.step}|${step.at}`}
          bullet={stepIcons[step.step]}
          title={stepTitles[step.step]}
          data-step={step.step}
        >
          <Text size="sm" c="dimmed">
            by {step.by} · {formatInstant(step.at)}
          </Text>
          {step.note !== null && <Text size="sm">“{step.note}”</Text>}
          {step.payment !== null && (
            <Text size="sm" data-testid="payment-step">
              <AmountText amountMinor={step.payment.amountMinor} asset={asset} size="sm" /> ·{' '}
              {paidMethodLabels[step.payment.method]} · reference {step.payment.reference} · paid on{' '}
              {formatDay(`${step.payment.paidOn}T12:00:00Z`)}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
