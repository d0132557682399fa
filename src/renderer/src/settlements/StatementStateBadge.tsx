import { Badge } from '@mantine/core';
import type { StatementView } from '../../../contract/settlementSchemas';
import { statementStateLabel } from './settlementLabels';

const colours: Record<StatementView['state'], string> = {
  draft: 'yellow',
  approved: 'blue',
  paid: 'teal',
  superseded: 'gray',
};

/** Where a statement stands: draft, approved, paid, or superseded by a correction. */
export function StatementStateBadge({ state }: { state: StatementView['state'] }) {
  return (
    <Badge color={colours[state]} variant="light" data-testid="statement-state">
      {statementStateLabel(state)}
    </Badge>
  );
}
