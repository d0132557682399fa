import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { ledgerProblemCount } from './LedgerVerifyPanel';
import { ledgerPath } from './ledgerPaths';

/** On the dashboard: says so at once when the ledger's last check found problems. */
export function LedgerProblemsAlert() {
  const { t } = useTranslation('ledger');
  const last = useOperation('ledger.lastVerify', {});
  const report = last.data;
  if (report === undefined || report === null || report.ok) return null;
  const count = ledgerProblemCount(report);
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle />}
      title={t('problemsAlert.title', { count, countText: formatCount(count) })}
      data-testid="ledger-problems-alert"
    >
      <Text size="sm">
        {t('problemsAlert.body')}{' '}
        <Anchor component={Link} href={ledgerPath} c="white" fw={700} underline="always">
          {t('problemsAlert.link')}
        </Anchor>
      </Text>
    </Alert>
  );
}
