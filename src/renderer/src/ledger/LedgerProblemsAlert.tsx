import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useOperation } from '../client/useOperation';
import { ledgerProblemCount } from './LedgerVerifyPanel';
import { ledgerPath } from './ledgerPaths';

/** On the dashboard: says so at once when the ledger's last check found problems. */
export function LedgerProblemsAlert() {
  const last = useOperation('ledger.lastVerify', {});
  const report = last.data;
  if (report === undefined || report === null || report.ok) return null;
  const count = ledgerProblemCount(report);
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle />}
      title={`The ledger check found ${count} ${count === 1 ? 'problem' : 'problems'}`}
      data-testid="ledger-problems-alert"
    >
      <Text size="sm">
        The books may have been changed outside Airledger, or a write was interrupted.{' '}
        <Anchor component={Link} href={ledgerPath} c="white" fw={700} underline="always">
          See each problem on the Ledger screen
        </Anchor>
      </Text>
    </Alert>
  );
}
