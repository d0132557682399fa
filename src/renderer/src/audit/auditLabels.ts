import type { AuditOutcome } from '../../../contract/auditSchemas';
import { type OperationName, operations } from '../../../contract/operations';
import type { Transport } from '../../../contract/permissions';
import { i18n } from '../i18n/i18n';

/** How a call ended, in the screens' language. */
export function auditOutcomeLabel(outcome: AuditOutcome): string {
  return i18n.t(`audit:labels.outcomes.${outcome}`);
}

export const auditOutcomeColors: Record<AuditOutcome, string> = {
  ok: 'teal',
  refused: 'red',
  interrupted: 'orange',
};

/** Where a call came from, as a person names it. */
export function transportLabel(transport: Transport): string {
  return i18n.t(`audit:labels.transports.${transport}`);
}

/** `retailers.update` → `retailers`: the group an operation belongs to. */
function groupOf(name: string): string {
  return name.slice(0, name.lastIndexOf('.'));
}

/**
 * The operation filter's choices: each group of operations that change state (all of it), then
 * its operations one by one. Reading operations are never in the trail.
 */
export function auditOperationOptions(): Array<{
  group: string;
  items: Array<{ value: string; label: string }>;
}> {
  const names = (Object.keys(operations) as OperationName[]).filter((name) => operations[name].mutates);
  const groups = [...new Set(names.map(groupOf))].sort();
  return groups.map((group) => ({
    group,
    items: [
      { value: group, label: i18n.t('audit:labels.everyOperation', { group }) },
      ...names.filter((name) => groupOf(name) === group).map((name) => ({ value: name, label: name })),
    ],
  }));
}

/** What an operation does, in the contract's words; a name it no longer has stays as it is. */
export function operationSummary(name: string): string {
  return Object.hasOwn(operations, name) ? operations[name as OperationName].summary : '';
}
