import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import type { DatesRangeValue } from '@mantine/dates';
import { IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { type AuditFilters, type AuditOutcome, auditOutcomes } from '../../../contract/auditSchemas';
import { type Transport, transports } from '../../../contract/permissions';
import { useOperation } from '../client/useOperation';
import { DateRangeFilter, dateRangeInput } from '../shell/DateRangeFilter';
import { auditOperationOptions, auditOutcomeLabels, transportLabels } from './auditLabels';

/** The filters as the screen keeps them: the day range as the date picker holds it. */
export interface AuditFilterState {
  days: DatesRangeValue<string>;
  actorUserId: string | null;
  operation: string | null;
  outcome: AuditOutcome | null;
  transport: Transport | null;
  search: string;
}

export const noAuditFilters: AuditFilterState = {
  days: [null, null],
  actorUserId: null,
  operation: null,
  outcome: null,
  transport: null,
  search: '',
};

/** The filters as `audit.list` and `audit.export` take them: only those set. */
export function auditFiltersInput(state: AuditFilterState): AuditFilters {
  return {
    ...dateRangeInput(state.days),
    ...(state.actorUserId === null ? {} : { actorUserId: state.actorUserId }),
    ...(state.operation === null ? {} : { operation: state.operation }),
    ...(state.outcome === null ? {} : { outcome: state.outcome }),
    ...(state.transport === null ? {} : { transport: state.transport }),
    ...(state.search.trim() === '' ? {} : { search: state.search.trim() }),
  };
}

/** Who, when, what, how it ended, from where (the words of the summary are searched in the header). */
export function AuditFilterBar({
  value,
  onChange,
}: {
  value: AuditFilterState;
  onChange: (change: Partial<AuditFilterState>) => void;
}) {
  const actors = useOperation('audit.actors', {});
  const operationOptions = useMemo(() => auditOperationOptions(), []);
  const filtered = Object.values(auditFiltersInput(value)).length > 0;

  return (
    <Group gap="sm" align="flex-end" data-testid="audit-filters">
      <DateRangeFilter label="Days" value={value.days} onChange={(days) => onChange({ days })} />
      <Select
        label="Who"
        placeholder="Anyone"
        data={(actors.data ?? []).map((actor) => ({ value: actor.userId, label: actor.displayName }))}
        value={value.actorUserId}
        onChange={(actorUserId) => onChange({ actorUserId })}
        searchable
        clearable
        w={160}
      />
      <Select
        label="Operation"
        placeholder="Any"
        data={operationOptions}
        value={value.operation}
        onChange={(operation) => onChange({ operation })}
        searchable
        clearable
        w={200}
        comboboxProps={{ width: 300, position: 'bottom-start' }}
        maxDropdownHeight={360}
      />
      <Select
        label="Outcome"
        placeholder="Any"
        data={auditOutcomes.map((outcome) => ({ value: outcome, label: auditOutcomeLabels[outcome] }))}
        value={value.outcome}
        onChange={(outcome) => onChange({ outcome: outcome as AuditOutcome | null })}
        clearable
        w={130}
      />
      <Select
        label="Transport"
        placeholder="Any"
        data={transports.map((transport) => ({ value: transport, label: transportLabels[transport] }))}
        value={value.transport}
        onChange={(transport) => onChange({ transport: transport as Transport | null })}
        clearable
        w={150}
      />
      {filtered && (
        <Tooltip label="Clear filters">
          <ActionIcon
            variant="subtle"
            size="lg"
            mb={2}
            aria-label="Clear filters"
            onClick={() => onChange(noAuditFilters)}
          >
            <IconX size={18} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
