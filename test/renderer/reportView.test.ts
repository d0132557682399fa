import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayRangeText,
  isReportDay,
  presetRange,
  utcDayOf,
} from '../../src/renderer/src/reports/reportPeriod';
import {
  defaultReportView,
  queryOfReportView,
  reportFiltersOf,
  reportHref,
  reportViewOf,
} from '../../src/renderer/src/reports/reportQuery';

describe('report periods, counted in UTC days', () => {
  it('names the day an instant falls on in UTC, whatever the clock of the machine', () => {
    expect(utcDayOf(Date.parse('2026-03-31T23:30:00-02:00'))).toBe('2026-04-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(isReportDay('2026-02-29')).toBe(false);
    expect(isReportDay('2026-2-1')).toBe(false);
    expect(isReportDay('2024-02-29')).toBe(true);
  });

  it('turns each preset into the days it covers, seen from 15 March 2026', () => {
    const today = '2026-03-15';
    expect(presetRange('today', today)).toEqual({ from: '2026-03-15', to: '2026-03-15' });
    expect(presetRange('last-7-days', today)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(presetRange('last-30-days', today)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
    expect(presetRange('this-month', today)).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(presetRange('last-month', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('last-month', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    // 15 March 2026 is a Sunday: its week began on Monday the 9th.
    expect(presetRange('this-week', today)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(presetRange('last-week', today)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(presetRange('this-week', '2026-03-16')).toEqual({ from: '2026-03-16', to: '2026-03-16' });
  });
});

describe('report filters in the address, so a view can be bookmarked', () => {
  const today = '2026-03-15';

  it('shows the last 30 days with no filter when the address says nothing', () => {
    const view = reportViewOf('', today);
    expect(view).toEqual(defaultReportView(today));
    expect(view).toMatchObject({ preset: 'last-30-days', from: '2026-02-14', to: '2026-03-15' });
    expect(queryOfReportView(view)).toBe('');
    expect(reportFiltersOf(view)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
  });

  it('reads a custom period and every list back as it was written', () => {
    const query =
      'from=2026-01-01&to=2026-01-31&operators=op-1,op-2&resellers=SD-0001,R-0042&regions=Dakar,Thi%C3%A8s&channels=retail-pos,ussd&denominations=500,1000&units=xof&status=with_pending';
    const view = reportViewOf(query, today);
    expect(view).toEqual({
      preset: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
      operatorIds: ['op-1', 'op-2'],
      retailerCodes: ['SD-0001', 'R-0042'],
      regions: ['Dakar', 'Thiès'],
      channels: ['retail-pos', 'ussd'],
      denominationsMinor: [500, 1000],
      units: 'XOF',
      withPending: true,
    });
    expect(reportViewOf(queryOfReportView(view), today)).toEqual(view);
    expect(reportFiltersOf(view)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      operatorIds: ['op-1', 'op-2'],
      retailerCodes: ['SD-0001', 'R-0042'],
      regions: ['Dakar', 'Thiès'],
      channels: ['retail-pos', 'ussd'],
      denominationsMinor: [500, 1000],
      units: 'XOF',
      status: 'with_pending',
    });
  });

  it('keeps a comma or an ampersand inside a region name', () => {
    const view = { ...defaultReportView(today), regions: ['Kaolack, Fatick', 'Saint-Louis & Louga'] };
    const query = queryOfReportView(view);
    expect(query).toBe('regions=Kaolack%2C%20Fatick,Saint-Louis%20%26%20Louga');
    expect(reportViewOf(query, today).regions).toEqual(['Kaolack, Fatick', 'Saint-Louis & Louga']);
  });

  it('writes a preset by name, so a bookmark of "Last 7 days" moves with the days', () => {
    const view = {
      ...defaultReportView(today),
      preset: 'last-7-days' as const,
      ...presetRange('last-7-days', today),
    };
    expect(queryOfReportView(view)).toBe('period=last-7-days');
    expect(reportViewOf('period=last-7-days', '2026-04-02')).toMatchObject({
      preset: 'last-7-days',
      from: '2026-03-27',
      to: '2026-04-02',
    });
  });

  it('falls back to the default for what it cannot read, rather than failing the screen', () => {
    const view = reportViewOf(
      'from=2026-02-30&to=2026-03-01&period=yesterday&denominations=1000,-5,abc,1000&units=francs&resellers=,,R-1,R-1',
      today,
    );
    expect(view).toMatchObject({ preset: 'last-30-days', from: '2026-02-14', to: '2026-03-15' });
    expect(view.denominationsMinor).toEqual([1000]);
    expect(view.units).toBeNull();
    expect(view.retailerCodes).toEqual(['R-1']);
    // A period that ends before it starts is not a period.
    expect(reportViewOf('from=2026-03-10&to=2026-03-01', today).preset).toBe('last-30-days');
  });

  it('links the drill-downs with the same filters', () => {
    const view = reportViewOf('period=this-month&operators=op-1', today);
    expect(reportHref('/reports/resellers', view)).toBe(
      '/reports/resellers?period=this-month&operators=op-1',
    );
    expect(reportHref('/reports', defaultReportView(today))).toBe('/reports');
  });
});

describe('a report period as the screen writes it', () => {
  // Intl puts thin spaces around the dash; the test reads them as spaces.
  const text = (from: string, to: string) => dayRangeText({ from, to }, 'en-US').replace(/\s/g, ' ');

  it('says the days of the period once each, a single day alone', () => {
    expect(text('2026-02-14', '2026-03-15')).toBe('Feb 14 – Mar 15, 2026');
    expect(text('2025-12-01', '2026-01-31')).toBe('Dec 1, 2025 – Jan 31, 2026');
    expect(text('2026-03-15', '2026-03-15')).toBe('Mar 15, 2026');
  });
});
