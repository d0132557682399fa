import { describe, expect, it } from 'vitest';
import { canReverse, leftToReverseMinor } from '../../src/renderer/src/allocations/allocationReversible';
import { formatGroupedMinor } from '../../src/renderer/src/format/formatGroupedMinor';
import { parseMajorAmount } from '../../src/renderer/src/format/parseMajorAmount';
import { positiveAmountIssue } from '../../src/renderer/src/format/positiveAmountIssue';

describe('reversing an allocation from the drawer', () => {
  it('offers only a confirmed allocation with something left, and the remainder is what it was less what came back', () => {
    const confirmed = { status: 'confirmed' as const, amountMinor: 400_000, reversedMinor: 150_000 };
    expect(leftToReverseMinor(confirmed)).toBe(250_000);
    expect(canReverse(confirmed)).toBe(true);
    expect(canReverse({ ...confirmed, reversedMinor: 400_000 })).toBe(false);
    expect(canReverse({ ...confirmed, status: 'in_flight', reversedMinor: 0 })).toBe(false);
    expect(canReverse({ ...confirmed, status: 'queued', reversedMinor: 0 })).toBe(false);
  });

  it('defaults the amount to the remainder written in major units, read back to the same minor units', () => {
    // 2,500.05 NGN left at scale 2: shown with groups, parsed back exactly.
    const shown = formatGroupedMinor(250_005, 2);
    expect(shown).toBe('2,500.05');
    expect(parseMajorAmount(shown, 2)).toEqual({ ok: true, amountMinor: 250_005 });
    const large = formatGroupedMinor(123_456_789_012_345, 0);
    expect(parseMajorAmount(large, 0)).toEqual({ ok: true, amountMinor: 123_456_789_012_345 });
  });

  it('asks for an amount above zero in the clerk’s words', () => {
    expect(positiveAmountIssue('', 0)).toBe('is required');
    expect(positiveAmountIssue('0', 0)).toBe('must be more than zero');
    expect(positiveAmountIssue('12x000', 0)).toBe('must be an amount such as 150000 or 1,500.50');
    expect(positiveAmountIssue('150,000', 0)).toBeNull();
  });
});
