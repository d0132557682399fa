import { describe, expect, it } from 'vitest';
import { SettlementCycle } from '../../../src/contract/settlementSchemas';
import { periodContaining, periodStartingAt } from '../../../src/core/settlements/settlementCycle';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

describe('settlement cycles', () => {
  it('cut calendar months in UTC by default', () => {
    const period = periodContaining(
      { kind: 'monthly', startDay: 1, startTime: '00:00', timeZone: 'UTC' },
      at('2026-11-22T10:00:00Z'),
    );
    expect(iso(period.startsAtMs)).toBe('2026-11-01T00:00:00.000Z');
    expect(iso(period.endsAtMs)).toBe('2026-12-01T00:00:00.000Z');
    expect(period).toMatchObject({ key: '2026-11', label: 'November 2026' });
  });

  it('cut at a day and time of a time zone: the 25th at 18:00 in Lagos (UTC+1)', () => {
    const cycle = { kind: 'monthly', startDay: 25, startTime: '18:00', timeZone: 'Africa/Lagos' } as const;
    const before = periodContaining(cycle, at('2026-11-25T16:59:00Z'));
    expect(iso(before.startsAtMs)).toBe('2026-10-25T17:00:00.000Z');
    expect(iso(before.endsAtMs)).toBe('2026-11-25T17:00:00.000Z');
    const after = periodContaining(cycle, at('2026-11-25T17:00:00Z'));
    expect(iso(after.startsAtMs)).toBe('2026-11-25T17:00:00.000Z');
    expect(iso(after.endsAtMs)).toBe('2026-12-25T17:00:00.000Z');
    expect(after.label).toBe('25 Nov 2026 – 25 Dec 2026');
  });

  it('cut weeks from the chosen weekday, and keep the wall-clock cut-off across daylight saving', () => {
    const monday = periodContaining(
      { kind: 'weekly', startDay: 1, startTime: '00:00', timeZone: 'UTC' },
      at('2026-11-22T23:59:59Z'), // a Sunday
    );
    expect(iso(monday.startsAtMs)).toBe('2026-11-16T00:00:00.000Z');
    expect(iso(monday.endsAtMs)).toBe('2026-11-23T00:00:00.000Z');
    expect(monday).toMatchObject({ key: 'W2026-11-16', label: 'Week of 16 Nov 2026' });
    // Paris leaves summer time on 25 October 2026: the cut-off stays at 06:00 local.
    const paris = periodContaining(
      { kind: 'weekly', startDay: 5, startTime: '06:00', timeZone: 'Europe/Paris' },
      at('2026-10-24T12:00:00Z'),
    );
    expect(iso(paris.startsAtMs)).toBe('2026-10-23T04:00:00.000Z');
    expect(iso(paris.endsAtMs)).toBe('2026-10-30T05:00:00.000Z');
  });

  it('after a change of cycle, run the next period from the last close to the new cut-off', () => {
    const weekly = { kind: 'weekly', startDay: 1, startTime: '00:00', timeZone: 'UTC' } as const;
    const next = periodStartingAt(weekly, at('2026-11-20T00:00:00Z'));
    expect(iso(next.startsAtMs)).toBe('2026-11-20T00:00:00.000Z');
    expect(iso(next.endsAtMs)).toBe('2026-11-23T00:00:00.000Z');
  });

  it('refuse cycles a calendar cannot keep, naming the field', () => {
    const refused = SettlementCycle.safeParse({
      kind: 'monthly',
      startDay: 31,
      startTime: '00:00',
      timeZone: 'UTC',
    });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({
        path: ['startDay'],
        message: 'must be 1 to 28 for a monthly cycle (every month has those days)',
      }),
    ]);
    const zone = SettlementCycle.safeParse({
      kind: 'weekly',
      startDay: 1,
      startTime: '24:00',
      timeZone: 'Mars/Olympus',
    });
    expect(zone.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['startTime', 'timeZone']);
  });
});
