import type { ReportFilters, ResellerSalesReport } from '../../../contract/reportSchemas';

/** What every chart card of the reseller-sales report is given. */
export interface ChartCardProps {
  report: ResellerSalesReport | undefined;
  /** The airtime units drawn: one chart cannot add up different ones. */
  units: string | null;
  loading: boolean;
  filters: ReportFilters;
  /** Whether filters narrow the report, for the empty card to say so. */
  narrowed: boolean;
}
