import type { RelativePeriod, SavedView, SavedViewFilters } from '../../../contract/savedViewSchemas';
import { formatCount } from '../format/formatCount';
import { i18n } from '../i18n/i18n';
import { dayRangeText, periodPresetLabel, presetRange, type RelativePreset } from './reportPeriod';
import type { ReportView } from './reportQuery';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The contract's moving periods are the filter bar's presets: a type error here if either list changes alone. */
export const savedPeriodsAreBarPresets: Same<RelativePeriod, RelativePreset> = true;

/**
 * The filters of `view` as a saved view keeps them. A preset period stays a preset ("Last 30 days"
 * means the 30 days up to the day the view is opened) unless `fixDays` pins the days shown now.
 */
export function savedFiltersOf(view: ReportView, fixDays = false): SavedViewFilters {
  return {
    period:
      view.preset === 'custom' || fixDays
        ? { kind: 'days', from: view.from, to: view.to }
        : { kind: 'relative', preset: view.preset },
    ...(view.operatorIds.length === 0 ? {} : { operatorIds: view.operatorIds }),
    ...(view.retailerCodes.length === 0 ? {} : { retailerCodes: view.retailerCodes }),
    ...(view.regions.length === 0 ? {} : { regions: view.regions }),
    ...(view.channels.length === 0 ? {} : { channels: view.channels }),
    ...(view.denominationsMinor.length === 0 ? {} : { denominationsMinor: view.denominationsMinor }),
    ...(view.units === null ? {} : { units: view.units }),
    ...(view.withPending ? { status: 'with_pending' as const } : {}),
  };
}

/** The report view a saved view opens, seen from `today` (a UTC day). */
export function reportViewOfSaved(filters: SavedViewFilters, today: string): ReportView {
  const period = filters.period;
  return {
    ...(period.kind === 'relative'
      ? { preset: period.preset, ...presetRange(period.preset, today) }
      : { preset: 'custom' as const, from: period.from, to: period.to }),
    operatorIds: filters.operatorIds ?? [],
    retailerCodes: filters.retailerCodes ?? [],
    regions: filters.regions ?? [],
    channels: filters.channels ?? [],
    denominationsMinor: filters.denominationsMinor ?? [],
    units: filters.units ?? null,
    withPending: filters.status === 'with_pending',
  };
}

/** One text per set of filters, whatever order the lists were chosen in. */
function filtersKey(filters: SavedViewFilters): string {
  const sorted = <T extends string | number>(items: T[] | undefined) =>
    [...(items ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    filters.period.kind === 'relative' ? filters.period.preset : [filters.period.from, filters.period.to],
    sorted(filters.operatorIds),
    sorted(filters.retailerCodes),
    sorted(filters.regions),
    sorted(filters.channels),
    sorted(filters.denominationsMinor),
    filters.units ?? null,
    filters.status ?? 'final',
  ]);
}

/** The saved view whose filters are the ones on screen, if any (the first by name when several are). */
export function appliedViewOf(views: readonly SavedView[], view: ReportView): SavedView | undefined {
  const shown = filtersKey(savedFiltersOf(view));
  return views.find((saved) => filtersKey(saved.filters) === shown);
}

/** "Last 30 days · 2 operators · Regions: Dakar · Channels: ussd", for a menu or a form. */
export function savedFiltersText(filters: SavedViewFilters, locale?: string): string {
  const period = filters.period;
  const parts = [
    period.kind === 'relative'
      ? periodPresetLabel(period.preset)
      : dayRangeText({ from: period.from, to: period.to }, locale),
  ];
  const count = (items: unknown[] | undefined, key: 'operators' | 'resellers' | 'amounts') => {
    if (items !== undefined && items.length > 0)
      parts.push(
        i18n.t(`reports:savedViews.filtersText.${key}`, {
          count: items.length,
          countText: formatCount(items.length, locale),
        }),
      );
  };
  count(filters.operatorIds, 'operators');
  count(filters.retailerCodes, 'resellers');
  if (filters.regions !== undefined && filters.regions.length > 0)
    parts.push(i18n.t('reports:filterBadges.regions', { list: filters.regions.join(', ') }));
  if (filters.channels !== undefined && filters.channels.length > 0)
    parts.push(i18n.t('reports:filterBadges.channels', { list: filters.channels.join(', ') }));
  count(filters.denominationsMinor, 'amounts');
  if (filters.units !== undefined) parts.push(i18n.t('reports:filterBadges.units', { units: filters.units }));
  if (filters.status === 'with_pending') parts.push(i18n.t('reports:savedViews.filtersText.withPending'));
  return parts.join(' · ');
}
