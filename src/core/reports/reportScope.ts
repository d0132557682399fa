import type Database from 'better-sqlite3';
import type { ReportFilters } from '../../contract/reportSchemas';
import { AppError } from '../appError';
import type { OperatorConnectionStore } from '../operator/operatorConnectionStore';

const dayMs = 86_400_000;
/** Above this many resellers, a selection is summed from the daily rollup rather than the register. */
export const registerScopeMax = 100;

export interface ReportOperator {
  id: string;
  name: string;
  units: string;
  scale: number;
}

/** The filters resolved against the workspace: which operators, which resellers' party ids, which days. */
export interface ReportScope {
  from: string;
  to: string;
  fromMs: number;
  /** The first instant after the period. */
  endMs: number;
  operators: ReportOperator[];
  /** Party ids of the resellers selected (branches expanded); null when no reseller or region is named. */
  parties: string[] | null;
  channels: string[] | null;
  denominations: number[] | null;
  /** Whether open desk top-ups are shown beside the final figures. */
  includePending: boolean;
}

export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The period of the same length just before `scope`'s, for growth. */
export function previousPeriod(scope: { fromMs: number; endMs: number }): { from: string; to: string } {
  const lengthMs = scope.endMs - scope.fromMs;
  return { from: dayOf(scope.fromMs - lengthMs), to: dayOf(scope.fromMs - dayMs) };
}

/** Days up to two months are shown day by day, up to a year week by week, longer month by month. */
export function granularityOf(scope: { fromMs: number; endMs: number }): 'day' | 'week' | 'month' {
  const days = (scope.endMs - scope.fromMs) / dayMs;
  return days <= 62 ? 'day' : days <= 366 ? 'week' : 'month';
}

/** SQL turning a `YYYY-MM-DD` column into the period it falls in. */
export function periodSql(dayColumn: string, granularity: 'day' | 'week' | 'month'): string {
  if (granularity === 'day') return dayColumn;
  if (granularity === 'week') return `date(${dayColumn}, 'weekday 0', '-6 days')`;
  return `substr(${dayColumn}, 1, 7) || '-01'`;
}

export function resolveScope(
  sqlite: Database.Database,
  operators: OperatorConnectionStore,
  filters: ReportFilters,
): ReportScope {
  const chosen = operators
    .all()
    .filter((operator) => filters.operatorIds === undefined || filters.operatorIds.includes(operator.id))
    .filter((operator) => filters.units === undefined || operator.units === filters.units)
    .map(({ id, name, units, scale }) => ({ id, name, units, scale }));
  for (const id of filters.operatorIds ?? []) {
    if (!operators.all().some((operator) => operator.id === id)) {
      throw new AppError('bad_input', `No operator ${id} is connected to this workspace.`, {
        issues: [{ path: 'operatorIds', message: `names an unknown operator ${id}` }],
      });
    }
  }
  const fromMs = dayStartMs(filters.from);
  return {
    from: filters.from,
    to: filters.to,
    fromMs,
    endMs: dayStartMs(filters.to) + dayMs,
    operators: chosen,
    parties: selectedParties(sqlite, filters),
    channels: filters.channels === undefined || filters.channels.length === 0 ? null : filters.channels,
    denominations:
      filters.denominationsMinor === undefined || filters.denominationsMinor.length === 0
        ? null
        : filters.denominationsMinor,
    includePending: filters.status === 'with_pending',
  };
}

/** The resellers named (each sub-distributor with its branch) within the regions named. */
function selectedParties(sqlite: Database.Database, filters: ReportFilters): string[] | null {
  const codes = filters.retailerCodes ?? [];
  const regions = filters.regions ?? [];
  if (codes.length === 0 && regions.length === 0) return null;
  const parties = new Set<string>();
  const regionSql = regions.length === 0 ? '' : 'AND region IN (SELECT value FROM json_each(@regions))';
  const regionsJson = JSON.stringify(regions);
  if (codes.length === 0) {
    for (const party of sqlite
      .prepare(`SELECT operator_party_id FROM retailers WHERE 1 ${regionSql}`)
      .pluck()
      .all({ regions: regionsJson }) as string[])
      parties.add(party);
    return [...parties];
  }
  const byCode = sqlite.prepare('SELECT code, ancestry FROM retailers WHERE code = ?');
  const branch = sqlite
    .prepare(
      `SELECT operator_party_id FROM retailers WHERE (code = @code OR (ancestry >= @low AND ancestry < @high)) ${regionSql}`,
    )
    .pluck();
  for (const code of codes) {
    const row = byCode.get(code) as { code: string; ancestry: string } | undefined;
    if (row === undefined) {
      throw new AppError('bad_input', `No reseller ${code} exists in this workspace.`, {
        issues: [{ path: 'retailerCodes', message: `names an unknown reseller ${code}` }],
      });
    }
    const prefix = `${row.ancestry}${row.code}/`;
    for (const party of branch.all({
      code,
      low: prefix,
      high: `${prefix}\uffff`,
      regions: regionsJson,
    }) as string[])
      parties.add(party);
  }
  return [...parties];
}

/** `column IN (…)` over a JSON array parameter, so a list of any length is one bound value. */
export function inJson(column: string): string {
  return `${column} IN (SELECT value FROM json_each(?))`;
}
