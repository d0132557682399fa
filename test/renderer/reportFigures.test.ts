import { describe, expect, it } from 'vitest';
import { formatCompactMinor } from '../../src/renderer/src/format/formatCompactMinor';
import {
  growthBasisPoints,
  percentText,
  shareBasisPoints,
} from '../../src/renderer/src/reports/reportRatios';
import { periodLabel, periodOfDay, seriesPeriods } from '../../src/renderer/src/reports/seriesPeriods';
import { shareSegmentsOf } from '../../src/renderer/src/reports/shareSegments';
import { base64ToBytes } from '../../src/renderer/src/sync/downloadBase64File';

const xof = { currency: 'XOF', scale: 0, kind: 'airtime' as const };

describe('the figures of the reseller sales report', () => {
  it('gives resellers 4,500,000 of 6,000,000 XOF sold as a 75% share, nothing of nothing as no share', () => {
    expect(shareBasisPoints(4_500_000, 6_000_000)).toBe(7_500);
    expect(percentText(7_500)).toBe('75%');
    expect(shareBasisPoints(1, 3)).toBe(3_333);
    expect(percentText(3_333)).toBe('33.33%');
    expect(shareBasisPoints(0, 0)).toBeNull();
  });

  it('grows 800,000 XOF into 900,000 XOF by +12.5%, and falls back by -12.5% the other way round', () => {
    expect(growthBasisPoints(900_000, 800_000)).toBe(1_250);
    expect(percentText(1_250, { signed: true })).toBe('+12.5%');
    expect(growthBasisPoints(700_000, 800_000)).toBe(-1_250);
    expect(percentText(-1_250, { signed: true })).toBe('-12.5%');
    expect(percentText(0, { signed: true })).toBe('0%');
    // Nothing sold before: no growth to speak of, rather than an infinite one.
    expect(growthBasisPoints(900_000, 0)).toBeNull();
    // From 1 XOF to a billion: computed on integers, grouped for reading.
    expect(percentText(growthBasisPoints(1_000_000_000, 1) as number, { signed: true })).toBe(
      '+99,999,999,900%',
    );
  });

  it('rounds half a basis point away from zero, whatever the size of the amounts', () => {
    expect(growthBasisPoints(2_000_001, 2_000_000 * 2)).toBe(-5_000);
    expect(shareBasisPoints(1, 20_000)).toBe(1);
    expect(shareBasisPoints(9_007_199_254_740_000, 9_007_199_254_740_991)).toBe(10_000);
  });

  it('shows every day of the period on the chart, days without sales included', () => {
    expect(seriesPeriods('2026-02-27', '2026-03-02', 'day')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('counts weeks from their Monday and months from their first, as the core does', () => {
    // 15 March 2026 is a Sunday: its week began on Monday 9 March.
    expect(periodOfDay('2026-03-15', 'week')).toBe('2026-03-09');
    expect(periodOfDay('2026-03-16', 'week')).toBe('2026-03-16');
    expect(seriesPeriods('2026-03-15', '2026-03-30', 'week')).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(seriesPeriods('2025-11-20', '2026-02-03', 'month')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(periodLabel('2026-03-09', 'week', 'en-US')).toBe('Mar 9');
    expect(periodLabel('2026-02-01', 'month', 'en-US')).toBe('Feb 2026');
  });

  it('draws the largest operators first and sums the smallest into "Other"', () => {
    const segments = shareSegmentsOf(
      [
        { name: 'Channel A', valueMinor: 100 },
        { name: 'Channel B', valueMinor: 500 },
        { name: 'Channel C', valueMinor: 300 },
        { name: 'Channel D', valueMinor: 0 },
        { name: 'Channel B', valueMinor: 100 },
      ],
      xof,
      2,
    );
    expect(segments.map((segment) => [segment.name, segment.value])).toEqual([
      ['Channel B', 600],
      ['Other (2)', 400],
    ]);
    expect(segments[1]?.color).toBe('gray.5');
  });

  it('writes chart axis amounts short, from minor units', () => {
    expect(formatCompactMinor(250_000_000, 0, 'en-US')).toBe('250M');
    expect(formatCompactMinor(1_250_000, 2, 'en-US')).toBe('12.5K');
  });

  it('decodes an exported workbook byte for byte', () => {
    const bytes = base64ToBytes(btoa(String.fromCharCode(0x50, 0x4b, 0x03, 0x04, 0xff, 0x00)));
    expect([...bytes]).toEqual([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
  });
});
