import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import type { DatesRangeValue } from '@mantine/dates';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, type AuditOutcome, auditOutcomes } from '../../../contract/auditSchemas';
import { type Transport, transports } from '../../../contract/permissions';
import { useOperation } from '../client/useOperation';
import { DateRangeFilter, dateRangeInput } from '../shell/DateRangeFilter';
import { auditOperationOptions, auditOutcomeLabel, transportLabel } from './auditLabels';

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
  const { t } = useTranslation('audit');
  const actors = useOperation('audit.actors', {});
  // Made at each render: cheap, and named in the language of the moment.
  const operationOptions = auditOperationOptions();
  const filtered = Object.values(auditFiltersInput(value)).length > 0;

  return (
    <Group gap="sm" align="flex-end" data-testid="audit-filters">
      <DateRangeFilter label={t('filters.days')} value={value.days} onChange={(days) => onChange({ days })} />
      <Select
        label={t('filters.who')}
        placeholder={t('filters.anyone')}
        data={(actors.data ?? []).map((actor) => ({ value: actor.userId, label: actor.displayName }))}
        value={value.actorUserId}
        onChange={(actorUserId) => onChange({ actorUserId })}
        searchable
        clearable
        w={160}
      />
      <Select
        label={t('filters.operation')}
        placeholder={t('filters.any')}
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
        label={t('filters.outcome')}
        placeholder={t('filters.any')}
        data={auditOutcomes.map((outcome) => ({ value: outcome, label: auditOutcomeLabel(outcome) }))}
        value={value.outcome}
        onChange={(outcome) => onChange({ outcome: outcome as AuditOutcome | null })}
        clearable
        w={130}
      />
      <Select
        label={t('filters.transport')}
        placeholder={t('filters.any')}
        data={transports.map((transport) => ({ value: transport, label: transportLabel(transport) }))}
        value={value.transport}
        onChange={(transport) => onChange({ transport: transport as Transport | null })}
        clearable
        w={150}
      />
      {filtered && (
        <Tooltip label={t('filters.clear')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            mb={2}
            aria-label={t('filters.clear')}
            onClick={() => onChange(noAuditFilters)}
          >
            <IconX size={18} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
