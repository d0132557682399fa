import type { OperationInput } from '../../../contract/operations';
import {
  type DayRange,
  defaultPeriodPreset,
  isPeriodPreset,
  isReportDay,
  type PeriodPreset,
  presetRange,
} from './reportPeriod';

/** The contract's own caps on each list of the filters. */
export const reportFilterLimits = {
  operatorsMax: 20,
  resellersMax: 500,
  regionsMax: 50,
  channelsMax: 20,
  denominationsMax: 50,
} as const;

export type ReportFilters = OperationInput<'reports.resellerSales'>;

/** What the report screens show, as the address holds it: the period and the filters every card shares. */
export interface ReportView extends DayRange {
  preset: PeriodPreset;
  operatorIds: string[];
  retailerCodes: string[];
  regions: string[];
  /** Sales channels as the operator names them (`retail-pos`, `ussd`); none: every channel. */
  channels: string[];
  denominationsMinor: number[];
  /** Only operators counting airtime in these units (a currency code); null: every operator. */
  units: string | null;
  /** Show our desk's top-ups still open at the operator beside the final figures. */
  withPending: boolean;
}

export function defaultReportView(today: string): ReportView {
  return {
    preset: defaultPeriodPreset,
    ...presetRange(defaultPeriodPreset, today),
    operatorIds: [],
    retailerCodes: [],
    regions: [],
    channels: [],
    denominationsMinor: [],
    units: null,
    withPending: false,
  };
}

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Raw (still encoded) values by key: lists are split on their commas before decoding, so a comma in a name survives. */
function rawParameters(query: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const key = decodePart(at === -1 ? part : part.slice(0, at));
    if (key !== null && !parameters.has(key)) parameters.set(key, at === -1 ? '' : part.slice(at + 1));
  }
  return parameters;
}

function listOf(raw: string | undefined, itemsMax: number): string[] {
  if (raw === undefined) return [];
  const items = new Set<string>();
  for (const part of raw.split(',')) {
    const item = decodePart(part)?.trim();
    if (item !== undefined && item !== '') items.add(item);
  }
  return [...items].slice(0, itemsMax);
}

/**
 * The view a query asks for, seen from `today` (a UTC day). A `from`–`to` pair is a custom period;
 * else `period` names a preset, which moves with the days, so a bookmark of "Last 7 days" stays so.
 * What cannot be read falls back to the default rather than failing the screen.
 */
export function reportViewOf(query: string, today: string): ReportView {
  const parameters = rawParameters(query);
  const text = (key: string) => {
    const raw = parameters.get(key);
    return raw === undefined ? undefined : (decodePart(raw)?.trim() ?? undefined);
  };
  const from = text('from');
  const to = text('to');
  const period = text('period');
  let range: DayRange & { preset: PeriodPreset };
  if (from !== undefined && to !== undefined && isReportDay(from) && isReportDay(to) && from <= to) {
    range = { preset: 'custom', from, to };
  } else if (period !== undefined && isPeriodPreset(period) && period !== 'custom') {
    range = { preset: period, ...presetRange(period, today) };
  } else {
    range = { preset: defaultPeriodPreset, ...presetRange(defaultPeriodPreset, today) };
  }
  const units = text('units')?.toUpperCase();
  return {
    ...range,
    operatorIds: listOf(parameters.get('operators'), reportFilterLimits.operatorsMax),
    retailerCodes: listOf(parameters.get('resellers'), reportFilterLimits.resellersMax),
    regions: listOf(parameters.get('regions'), reportFilterLimits.regionsMax),
    channels: listOf(parameters.get('channels'), reportFilterLimits.channelsMax).filter(
      (channel) => channel.length <= 40,
    ),
    denominationsMinor: [
      ...new Set(
        listOf(parameters.get('denominations'), reportFilterLimits.denominationsMax)
          .filter((item) => /^\d{1,15}$/.test(item))
          .map(Number)
          .filter((value) => value > 0),
      ),
    ],
    units: units !== undefined && /^[A-Z]{3}$/.test(units) ? units : null,
    withPending: text('status') === 'with_pending',
  };
}

/** The query (without "?") that gives back `view`; defaults are left out, so the plain screen has none. */
export function queryOfReportView(view: ReportView): string {
  const parts: string[] = [];
  const list = (key: string, items: Array<string | number>) => {
    if (items.length > 0) parts.push(`${key}=${items.map((item) => encodeURIComponent(item)).join(',')}`);
  };
  if (view.preset === 'custom') parts.push(`from=${view.from}`, `to=${view.to}`);
  else if (view.preset !== defaultPeriodPreset) parts.push(`period=${view.preset}`);
  list('operators', view.operatorIds);
  list('resellers', view.retailerCodes);
  list('regions', view.regions);
  list('channels', view.channels);
  list('denominations', view.denominationsMinor);
  if (view.units !== null) parts.push(`units=${encodeURIComponent(view.units)}`);
  if (view.withPending) parts.push('status=with_pending');
  return parts.join('&');
}

/** A path with the view's query, for links between the report screens. */
export function reportHref(path: string, view: ReportView): string {
  const query = queryOfReportView(view);
  return query === '' ? path : `${path}?${query}`;
}

/** The filters as the report operations take them: empty lists left out (they would mean "none"). */
export function reportFiltersOf(view: ReportView): ReportFilters {
  return {
    from: view.from,
    to: view.to,
    ...(view.operatorIds.length === 0 ? {} : { operatorIds: view.operatorIds }),
    ...(view.retailerCodes.length === 0 ? {} : { retailerCodes: view.retailerCodes }),
    ...(view.regions.length === 0 ? {} : { regions: view.regions }),
    ...(view.channels.length === 0 ? {} : { channels: view.channels }),
    ...(view.denominationsMinor.length === 0 ? {} : { denominationsMinor: view.denominationsMinor }),
    ...(view.units === null ? {} : { units: view.units }),
    ...(view.withPending ? { status: 'with_pending' as const } : {}),
  };
}

/** Whether any filter narrows the report beyond its period. */
export function isNarrowed(view: ReportView): boolean {
  return (
    view.operatorIds.length > 0 ||
    view.retailerCodes.length > 0 ||
    view.regions.length > 0 ||
    view.channels.length > 0 ||
    view.denominationsMinor.length > 0 ||
    view.units !== null
  );
}
