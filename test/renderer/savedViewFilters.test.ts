import { describe, expect, it } from 'vitest';
import type { SavedView } from '../../src/contract/savedViewSchemas';
import { SavedViewFilters } from '../../src/contract/savedViewSchemas';
import { reportViewOf } from '../../src/renderer/src/reports/reportQuery';
import {
  appliedViewOf,
  reportViewOfSaved,
  savedFiltersOf,
  savedFiltersText,
} from '../../src/renderer/src/reports/savedViewFilters';

const savedOn = '2026-03-15';

function saved(id: string, name: string, filters: SavedViewFilters): SavedView {
  return { id, name, filters, createdAt: '2026-03-15T10:00:00.000Z', updatedAt: '2026-03-15T10:00:00.000Z' };
}

describe('a saved view of the dashboard', () => {
  it('keeps "Last 30 days" as a period that moves: opened a month later, it shows that day’s last 30 days', () => {
    const view = reportViewOf('regions=Dakar&channels=retail-pos', savedOn);
    const filters = savedFiltersOf(view);
    expect(filters).toEqual({
      period: { kind: 'relative', preset: 'last-30-days' },
      regions: ['Dakar'],
      channels: ['retail-pos'],
    });
    // What is saved is what the contract takes.
    expect(SavedViewFilters.parse(filters)).toEqual(filters);
    expect(reportViewOfSaved(filters, '2026-04-20')).toEqual({
      preset: 'last-30-days',
      from: '2026-03-22',
      to: '2026-04-20',
      operatorIds: [],
      retailerCodes: [],
      regions: ['Dakar'],
      channels: ['retail-pos'],
      denominationsMinor: [],
      units: null,
      withPending: false,
    });
  });

  it('keeps fixed days as they were, asked for or pinned when saved', () => {
    const custom = reportViewOf(
      'from=2026-01-01&to=2026-01-31&operators=sandbox&units=XOF&status=with_pending',
      savedOn,
    );
    expect(savedFiltersOf(custom)).toEqual({
      period: { kind: 'days', from: '2026-01-01', to: '2026-01-31' },
      operatorIds: ['sandbox'],
      units: 'XOF',
      status: 'with_pending',
    });
    expect(reportViewOfSaved(savedFiltersOf(custom), '2026-06-01')).toMatchObject({
      preset: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    const thisMonth = reportViewOf('period=this-month', savedOn);
    expect(savedFiltersOf(thisMonth, true).period).toEqual({
      kind: 'days',
      from: '2026-03-01',
      to: '2026-03-15',
    });
  });

  it('is shown as applied when the filters on screen are its own, whatever order the lists were picked in', () => {
    const dakar = saved('v1', 'Dakar', {
      period: { kind: 'relative', preset: 'last-7-days' },
      regions: ['Dakar', 'Thiès'],
      channels: ['retail-pos'],
    });
    const january = saved('v2', 'January', {
      period: { kind: 'days', from: '2026-01-01', to: '2026-01-31' },
    });
    const views = [dakar, january];
    expect(
      appliedViewOf(
        views,
        reportViewOf('period=last-7-days&regions=Thi%C3%A8s,Dakar&channels=retail-pos', savedOn),
      )?.name,
    ).toBe('Dakar');
    // One filter more, or the same days written as a custom range, is not that view.
    expect(
      appliedViewOf(views, reportViewOf('period=last-7-days&regions=Dakar,Thi%C3%A8s', savedOn)),
    ).toBeUndefined();
    expect(
      appliedViewOf(
        views,
        reportViewOf('from=2026-03-09&to=2026-03-15&regions=Dakar,Thi%C3%A8s&channels=retail-pos', savedOn),
      ),
    ).toBeUndefined();
    expect(appliedViewOf(views, reportViewOf('from=2026-01-01&to=2026-01-31', savedOn))?.name).toBe(
      'January',
    );
  });

  it('says its filters in a line', () => {
    expect(
      savedFiltersText({
        period: { kind: 'relative', preset: 'last-month' },
        operatorIds: ['sandbox'],
        retailerCodes: ['R-0001', 'R-0002'],
        regions: ['Dakar'],
        channels: ['retail-pos', 'ussd'],
        units: 'XOF',
      }),
    ).toBe(
      'Last month · 1 operator · 2 resellers · Regions: Dakar · Channels: retail-pos, ussd · Units: XOF',
    );
    expect(
      savedFiltersText({ period: { kind: 'days', from: '2026-01-01', to: '2026-01-31' } }, 'en-US').replace(
        /\s/g,
        ' ',
      ),
    ).toBe('Jan 1 – 31, 2026');
  });
});
