import { useEffect, useRef } from 'react';

/**
 * Calls each reload when `changeKey` changes (not on mount: the reads already ran then). Keeps the
 * latest reload functions in a ref, so a new input does not count as a change.
 */
export function useReloadOn(changeKey: string, ...reloads: Array<() => Promise<void>>): void {
  const latest = useRef(reloads);
  latest.current = reloads;
  const seenKey = useRef(changeKey);
  useEffect(() => {
    if (seenKey.current === changeKey) return;
    seenKey.current = changeKey;
    for (const reload of latest.current) void reload();
  }, [changeKey]);
}
