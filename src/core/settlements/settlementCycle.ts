import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { SettlementCycle } from '../../contract/settlementSchemas';

dayjs.extend(utc);
dayjs.extend(timezone);

/** A settlement period: [startsAtMs, endsAtMs), with the label people call it by. */
export interface PeriodBounds {
  startsAtMs: number;
  endsAtMs: number;
  /** `2026-11` for a month, `W2026-11-16` for the week starting that day. */
  key: string;
  label: string;
}

/** The cut-off of the cycle on or before `local` (a time in the cycle's zone). */
function cutoffOnOrBefore(cycle: SettlementCycle, local: Dayjs): Dayjs {
  const [hours, minutes] = cycle.startTime.split(':').map(Number) as [number, number];
  const at = (day: Dayjs) =>
    dayjs.tz(
      `${day.format('YYYY-MM-DD')}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00`,
      cycle.timeZone,
    );
  if (cycle.kind === 'weekly') {
    // dayjs: 0 = Sunday; the cycle: 1 = Monday … 7 = Sunday.
    const back = (local.day() - (cycle.startDay % 7) + 7) % 7;
    let candidate = at(local.subtract(back, 'day'));
    if (candidate.valueOf() > local.valueOf()) candidate = at(local.subtract(back + 7, 'day'));
    return candidate;
  }
  let candidate = at(local.date(cycle.startDay));
  if (candidate.valueOf() > local.valueOf()) candidate = at(local.subtract(1, 'month').date(cycle.startDay));
  return candidate;
}

function nextCutoff(cycle: SettlementCycle, cutoff: Dayjs): Dayjs {
  const local = cutoff.tz(cycle.timeZone);
  const [hours, minutes] = cycle.startTime.split(':').map(Number) as [number, number];
  const next = cycle.kind === 'weekly' ? local.add(7, 'day') : local.add(1, 'month').date(cycle.startDay);
  // Re-anchored on the wall-clock time, so a daylight-saving change does not drift the cut-off.
  return dayjs.tz(
    `${next.format('YYYY-MM-DD')}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00`,
    cycle.timeZone,
  );
}

function describe(cycle: SettlementCycle, start: Dayjs, end: Dayjs): { key: string; label: string } {
  const local = start.tz(cycle.timeZone);
  if (cycle.kind === 'monthly') {
    const plain = cycle.startDay === 1 && cycle.startTime === '00:00';
    return {
      key: local.format('YYYY-MM'),
      label: plain
        ? local.format('MMMM YYYY')
        : `${local.format('D MMM YYYY')} – ${end.tz(cycle.timeZone).subtract(1, 'minute').format('D MMM YYYY')}`,
    };
  }
  return { key: `W${local.format('YYYY-MM-DD')}`, label: `Week of ${local.format('D MMM YYYY')}` };
}

/** The period of `cycle` that contains the instant `ms`. */
export function periodContaining(cycle: SettlementCycle, ms: number): PeriodBounds {
  const start = cutoffOnOrBefore(cycle, dayjs(ms).tz(cycle.timeZone));
  const end = nextCutoff(cycle, start);
  return { startsAtMs: start.valueOf(), endsAtMs: end.valueOf(), ...describe(cycle, start, end) };
}

/**
 * The period that follows one ending at `startsAtMs` (a change of cycle applies from the end of the
 * last closed period: the next one runs from there to the new cycle's next cut-off).
 */
export function periodStartingAt(cycle: SettlementCycle, startsAtMs: number): PeriodBounds {
  const { endsAtMs } = periodContaining(cycle, startsAtMs);
  return { startsAtMs, endsAtMs, ...describe(cycle, dayjs(startsAtMs), dayjs(endsAtMs)) };
}
