import { AppError } from '../appError';

/** `2026-11-22` → that day in the local time zone, as a clerk means it. */
function localDayMs(isoDate: string): { startMs: number; endMs: number } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return {
    startMs: new Date(year, month - 1, day).getTime(),
    endMs: new Date(year, month - 1, day + 1).getTime(),
  };
}

/**
 * The instant money moved on the day a clerk typed (`field` names it in the refusal): today's is
 * booked now, an earlier day's at the end of that day; a day still to come is refused.
 */
export function instantOfBusinessDay(isoDate: string | undefined, nowMs: number, field: string): number {
  if (isoDate === undefined) return nowMs;
  const { startMs, endMs } = localDayMs(isoDate);
  if (startMs > nowMs) {
    throw new AppError('bad_input', `${field} ${isoDate} is in the future.`, {
      issues: [{ path: field, message: 'is in the future' }],
    });
  }
  return nowMs < endMs ? nowMs : endMs - 1;
}
