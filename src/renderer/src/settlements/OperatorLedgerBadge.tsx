import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OperatorStatementView } from '../../../contract/operatorStatementSchemas';
import { formatMinor } from '../format/formatMinor';
import { operatorStatementMatchesLedger } from './operatorPayableRollForward';
import { statementAsset } from './statementAsset';

/**
 * Whether an operator statement's closing payable and discount are the ledger's own at the close,
 * with the ledger's figures in a tooltip so a mismatch says by how much.
 */
export function OperatorLedgerBadge({ statement }: { statement: OperatorStatementView }) {
  const { t } = useTranslation('settlements');
  const matches = operatorStatementMatchesLedger(statement);
  const money = statementAsset(statement);
  const ledgerText = t('ledgerCheck.tooltip', {
    payable: formatMinor(statement.ledger.closingPayableMinor, money),
    discount: formatMinor(statement.ledger.discountMinor, money),
  });
  return (
    <Tooltip label={ledgerText} multiline maw={320} withArrow>
      <Badge
        color={matches ? 'teal' : 'red'}
        variant="light"
        leftSection={matches ? <IconCheck size={12} /> : <IconAlertTriangle size={12} />}
        style={{ textTransform: 'none' }}
        data-testid="operator-ledger-check"
        data-matches={matches}
      >
        {matches ? t('ledgerCheck.matches') : t('ledgerCheck.differs')}
      </Badge>
    </Tooltip>
  );
}
