import type { SyncStatus } from '../../../contract/operatorSchemas';
import { useSyncStatus } from './useSyncStatus';

/**
 * A key that changes whenever the operator may have answered something: a cycle finished (here,
 * on schedule or from the command line) or the queue's counts moved. Screens reload their lists on it.
 */
export function syncChangeKeyOf(status: SyncStatus | undefined): string {
  if (status === undefined) return '';
  return `${status.lastCycle?.id ?? ''}|${status.running?.confirmed ?? ''}|${JSON.stringify(status.counts)}`;
}

export function useSyncChangeKey(): { changeKey: string; status: SyncStatus | undefined } {
  const status = useSyncStatus();
  return { changeKey: syncChangeKeyOf(status.data), status: status.data };
}
