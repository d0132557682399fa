import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResellerSalesReport } from '../../../contract/reportSchemas';
import { formatMinor } from '../format/formatMinor';
import { useCurrentUser } from '../session/CurrentUserContext';
import type { ReportFilterOptions } from './ReportFilterBar';
import { reportAsset } from './reportAsset';
import type { ReportFilters } from './reportQuery';
import { unavailableReason } from './unavailableReason';
import { useOptionalRead } from './useOptionalRead';

/**
 * What the filter bar offers: the operators and regions of the workspace, and the amounts sold in
 * the period. Amounts come from the report without its own denomination filter, so choosing one
 * keeps the others on offer.
 */
export function useReportFilterOptions(
  filters: ReportFilters,
  report: ResellerSalesReport | undefined,
): ReportFilterOptions {
  const { t } = useTranslation('reports');
  const { can } = useCurrentUser();
  const mayListResellers = can('retailers.read');
  const connections = useOptionalRead('operator.connections', {}, can('sync.read'));
  const regions = useOptionalRead('retailers.regions', {}, mayListResellers);
  // Channels of the period at the chosen operators; the channel filter itself left aside, so every one stays on offer.
  const channelRows = useOptionalRead(
    'reports.channels',
    {
      from: filters.from,
      to: filters.to,
      ...(filters.operatorIds === undefined ? {} : { operatorIds: filters.operatorIds }),
    },
    can('reports.read'),
  );
  const { denominationsMinor, ...withoutDenominations } = filters;
  const withoutDenominationsReport = useOptionalRead(
    'reports.resellerSales',
    withoutDenominations,
    denominationsMinor !== undefined,
  );
  const amountsReport = denominationsMinor === undefined ? report : withoutDenominationsReport;

  return useMemo(() => {
    // Without the right to read connections, the operators that sold stand in for them.
    const operators =
      connections?.map((operator) => ({ id: operator.id, name: operator.name, units: operator.units })) ??
      (report?.byOperator ?? []).map((row) => ({
        id: row.operatorId,
        name: row.operatorName,
        units: row.units,
      }));
    const units = [
      ...new Set([
        ...operators.map((operator) => operator.units),
        ...(report?.totals ?? []).map((total) => total.units),
      ]),
    ];
    const amounts = new Map<number, string>();
    for (const row of amountsReport?.byDenomination ?? []) {
      const label = formatMinor(row.denominationMinor, reportAsset(row));
      const known = amounts.get(row.denominationMinor);
      // One amount in two units is offered once, named in both.
      amounts.set(
        row.denominationMinor,
        known === undefined || known === label ? label : `${known} / ${label}`,
      );
    }
    return {
      operators: operators.map((operator) => ({
        value: operator.id,
        label: units.length > 1 ? `${operator.name} (${operator.units})` : operator.name,
      })),
      regions: regions ?? [],
      channels: (channelRows ?? []).map((row) => ({
        value: row.channel,
        label: row.channel,
        description:
          row.kinds.length > 1
            ? t('filterBar.channelKinds.both')
            : row.kinds[0] === 'reseller'
              ? t('filterBar.channelKinds.reseller')
              : t('filterBar.channelKinds.direct'),
      })),
      denominations: [...amounts].sort(([a], [b]) => a - b).map(([value, label]) => ({ value, label })),
      denominationsUnavailable:
        amountsReport === undefined ? null : unavailableReason(amountsReport, 'byDenomination'),
      units,
      mayListResellers,
    };
  }, [connections, regions, channelRows, report, amountsReport, mayListResellers, t]);
}
