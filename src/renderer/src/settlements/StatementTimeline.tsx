import { Text, Timeline } from '@mantine/core';
import { IconCash, IconCheck, IconLock, IconPencil, IconReplace } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementStep, StatementView } from '../../../contract/settlementSchemas';
import { formatDay, formatInstant } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { methodLabel } from './settlementLabels';
import { statementAsset } from './statementAsset';

const stepIcons: Record<StatementStep['step'], ReactNode> = {
  closed: <IconLock size={12} />,
  corrected: <IconPencil size={12} />,
  approved: <IconCheck size={12} />,
  paid: <IconCash size={12} />,
  superseded: <IconReplace size={12} />,
};

/** Who moved this version along, and when, oldest first. */
export function StatementTimeline({ statement }: { statement: StatementView }) {
  const { t } = useTranslation('settlements');
  const asset = statementAsset(statement);
  return (
    <Timeline active={statement.steps.length - 1} bulletSize={22} lineWidth={2} data-testid="statement-steps">
      {statement.steps.map((step) => (
        <Timeline.Item
          key={`${step.step}|${step.at}`}
          bullet={stepIcons[step.step]}
          title={t(`timeline.steps.${step.step}`)}
          data-step={step.step}
        >
          <Text size="sm" c="dimmed">
            {t('timeline.by', { name: step.by, at: formatInstant(step.at) })}
          </Text>
          {step.note !== null && <Text size="sm">{t('timeline.note', { note: step.note })}</Text>}
          {step.payment !== null && (
            <Text size="sm" data-testid="payment-step">
              <AmountText amountMinor={step.payment.amountMinor} asset={asset} size="sm" /> ·{' '}
              {t('timeline.payment', {
                method: methodLabel(step.payment.method),
                reference: step.payment.reference,
                paidOn: formatDay(`${step.payment.paidOn}T12:00:00Z`),
              })}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
