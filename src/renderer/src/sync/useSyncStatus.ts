import { useEffect } from 'react';
import { type OperationState, useOperation } from '../client/useOperation';

/** While a cycle runs its progress is read every second; otherwise now and then, to notice a scheduled one. */
export const statusPollRunningMs = 1_000;
export const statusPollIdleMs = 5_000;

/** `sync.status`, kept fresh: the next read is armed when the previous one has answered, never two at once. */
export function useSyncStatus(): OperationState<'sync.status'> {
  const status = useOperation('sync.status', {});
  const { reload, data, loading } = status;
  const running = data?.running != null;
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => void reload(), running ? statusPollRunningMs : statusPollIdleMs);
    return () => clearTimeout(timer);
  }, [loading, running, reload]);
  return status;
}
