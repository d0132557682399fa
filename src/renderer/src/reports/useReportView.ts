import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import { useHashQuery } from '../shell/hashLocation';
import { utcDayOf } from './reportPeriod';
import {
  queryOfReportView,
  type ReportFilters,
  type ReportView,
  reportFiltersOf,
  reportHref,
  reportViewOf,
} from './reportQuery';

export interface ReportViewState {
  view: ReportView;
  filters: ReportFilters;
  /** Shows another view on the same screen; replaces the address, so Back leaves the screen. */
  setView: (view: ReportView) => void;
  /** A report screen's address with the filters of this view. */
  hrefOf: (path: string) => string;
  /** Today as the reports count days (UTC). */
  today: string;
}

/** The report view the address holds: filters live in the URL so a view can be bookmarked and reloaded. */
export function useReportView(): ReportViewState {
  const query = useHashQuery();
  const [path, navigate] = useLocation();
  const today = utcDayOf(Date.now());
  const view = useMemo(() => reportViewOf(query, today), [query, today]);
  const filters = useMemo(() => reportFiltersOf(view), [view]);
  const setView = useCallback(
    (next: ReportView) => {
      const nextQuery = queryOfReportView(next);
      navigate(nextQuery === '' ? path : `${path}?${nextQuery}`, { replace: true });
    },
    [navigate, path],
  );
  const hrefOf = useCallback((target: string) => reportHref(target, view), [view]);
  return { view, filters, setView, hrefOf, today };
}
