import type {
  DirectSalesReport,
  ExceptionsReport,
  FloatMovementReport,
  ResellerFigure,
  ResellerSalesReport,
} from '../../contract/reportSchemas';
import type { ReportTable } from './reportTable';

const scaleOf = (rows: Array<{ scale: number }>) => rows[0]?.scale ?? 0;

function resellerTable(title: string, figures: ResellerFigure[]): ReportTable {
  const scale = scaleOf(figures);
  return {
    title,
    columns: [
      { header: 'Reseller code', kind: 'text' },
      { header: 'Name', kind: 'text' },
      { header: 'Region', kind: 'text' },
      { header: 'Status', kind: 'text' },
      { header: 'Units', kind: 'text' },
      { header: 'Sales', kind: 'count' },
      { header: 'Face value', kind: 'money', scale },
      { header: 'Reversals', kind: 'count' },
      { header: 'Reversed value', kind: 'money', scale },
    ],
    rows: figures.map((figure) => [
      figure.code,
      figure.name,
      figure.region,
      figure.status,
      figure.units,
      figure.count,
      figure.faceValueMinor,
      figure.reversalsCount,
      figure.reversalsMinor,
    ]),
  };
}

/** Growth as a fraction (0.125 for +12.5%), null when there was nothing before to grow from. */
function growth(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}

/** The reseller-sales report's cards, each a table (its key is the card's name). */
/** Sales per operator: the same card in the reseller and the non-reseller reports. */
function operatorTable(
  scale: number,
  rows: Array<{ operatorName: string; units: string; count: number; faceValueMinor: number }>,
): ReportTable {
  return {
    title: 'By operator',
    columns: [
      { header: 'Operator', kind: 'text' },
      { header: 'Units', kind: 'text' },
      { header: 'Sales', kind: 'count' },
      { header: 'Face value', kind: 'money', scale },
    ],
    rows: rows.map((row) => [row.operatorName, row.units, row.count, row.faceValueMinor]),
  };
}

export function resellerSalesTables(report: ResellerSalesReport): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  const operatorNames = new Map(report.byOperator.map((row) => [row.operatorId, row.operatorName]));
  return {
    totals: {
      title: 'Totals',
      columns: [
        { header: 'Units', kind: 'text' },
        { header: 'Sales', kind: 'count' },
        { header: 'Face value', kind: 'money', scale },
        { header: 'Share of all sales', kind: 'percent' },
        { header: 'Previous period sales', kind: 'count' },
        { header: 'Previous period face value', kind: 'money', scale },
        { header: 'Growth', kind: 'percent' },
      ],
      rows: report.totals.map((total) => [
        total.units,
        total.count,
        total.faceValueMinor,
        total.allSalesFaceValueMinor === 0 ? null : total.faceValueMinor / total.allSalesFaceValueMinor,
        total.previousCount,
        total.previousFaceValueMinor,
        growth(total.faceValueMinor, total.previousFaceValueMinor),
      ]),
    },
    series: {
      title: `Sales by ${report.granularity}`,
      columns: [
        {
          header:
            report.granularity === 'day' ? 'Day' : report.granularity === 'week' ? 'Week of' : 'Month of',
          kind: 'date',
        },
        { header: 'Units', kind: 'text' },
        { header: 'Sales', kind: 'count' },
        { header: 'Face value', kind: 'money', scale },
      ],
      rows: report.series.map((point) => [point.period, point.units, point.count, point.faceValueMinor]),
    },
    byOperator: operatorTable(scale, report.byOperator),
    byDenomination: {
      title: 'By denomination',
      columns: [
        { header: 'Operator', kind: 'text' },
        { header: 'Denomination', kind: 'money', scale },
        { header: 'Units', kind: 'text' },
        { header: 'Sales', kind: 'count' },
        { header: 'Face value', kind: 'money', scale },
      ],
      rows: report.byDenomination.map((row) => [
        operatorNames.get(row.operatorId) ?? row.operatorId,
        row.denominationMinor,
        row.units,
        row.count,
        row.faceValueMinor,
      ]),
    },
    top: resellerTable('Top resellers', report.top),
    bottom: resellerTable('Bottom resellers', report.bottom),
  };
}

export function directSalesTables(report: DirectSalesReport): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  // Open desk top-ups, when asked for: a card of their own, never mixed into the sales.
  const pending: Record<string, ReportTable> =
    report.pending.length === 0
      ? {}
      : {
          pending: {
            title: 'Pending desk top-ups',
            columns: [
              { header: 'Operator', kind: 'text' },
              { header: 'Units', kind: 'text' },
              { header: 'Open top-ups', kind: 'count' },
              { header: 'Face value', kind: 'money', scale: scaleOf(report.pending) },
            ],
            rows: report.pending.map((row) => [row.operatorId, row.units, row.count, row.faceValueMinor]),
          },
        };
  return {
    totals: {
      title: 'Totals',
      columns: [
        { header: 'Units', kind: 'text' },
        { header: 'Non-reseller sales', kind: 'count' },
        { header: 'Non-reseller face value', kind: 'money', scale },
        { header: 'Reseller sales', kind: 'count' },
        { header: 'Reseller face value', kind: 'money', scale },
        { header: 'Non-reseller share', kind: 'percent' },
      ],
      rows: report.totals.map((total) => [
        total.units,
        total.count,
        total.faceValueMinor,
        total.resellerCount,
        total.resellerFaceValueMinor,
        total.faceValueMinor + total.resellerFaceValueMinor === 0
          ? null
          : total.faceValueMinor / (total.faceValueMinor + total.resellerFaceValueMinor),
      ]),
    },
    byChannel: {
      title: 'By channel',
      columns: [
        { header: 'Channel', kind: 'text' },
        { header: 'Units', kind: 'text' },
        { header: 'Sales', kind: 'count' },
        { header: 'Face value', kind: 'money', scale },
      ],
      rows: report.byChannel.map((row) => [row.channel, row.units, row.count, row.faceValueMinor]),
    },
    byOperator: operatorTable(scale, report.byOperator),
    series: {
      title: `Sales by ${report.granularity}`,
      columns: [
        { header: 'Period', kind: 'date' },
        { header: 'Kind', kind: 'text' },
        { header: 'Units', kind: 'text' },
        { header: 'Sales', kind: 'count' },
        { header: 'Face value', kind: 'money', scale },
      ],
      rows: report.series.map((point) => [
        point.period,
        point.kind,
        point.units,
        point.count,
        point.faceValueMinor,
      ]),
    },
    ...pending,
  };
}

export { resellerTable };

export function salesRowsTable(
  title: string,
  rows: Array<{
    confirmedAt: string;
    retailerCode: string | null;
    operatorId: string;
    operatorActionId: string;
    msisdn: string | null;
    channel: string | null;
    units: string;
    scale: number;
    amountMinor: number;
    entryId: string | null;
  }>,
): ReportTable {
  return {
    title,
    columns: [
      { header: 'Confirmed at', kind: 'instant' },
      { header: 'Reseller code', kind: 'text' },
      { header: 'Operator', kind: 'text' },
      { header: 'Operator reference', kind: 'text' },
      { header: 'Line', kind: 'text' },
      { header: 'Channel', kind: 'text' },
      { header: 'Units', kind: 'text' },
      { header: 'Face value', kind: 'money', scale: scaleOf(rows) },
      { header: 'Journal entry', kind: 'text' },
    ],
    rows: rows.map((row) => [
      row.confirmedAt,
      row.retailerCode,
      row.operatorId,
      row.operatorActionId,
      row.msisdn,
      row.channel,
      row.units,
      row.amountMinor,
      row.entryId,
    ]),
  };
}

export function floatMovementTables(report: FloatMovementReport): Record<string, ReportTable> {
  const scale = scaleOf(report.byOperator);
  const movements = ['purchases', 'allocations', 'reversals', 'directTopups', 'failed', 'pending'] as const;
  const headers = {
    purchases: 'Purchases',
    allocations: 'Allocations',
    reversals: 'Reversals',
    directTopups: 'Desk top-ups',
    failed: 'Failed',
    pending: 'Still open',
  };
  return {
    byOperator: {
      title: 'Float by operator',
      columns: [
        { header: 'Operator', kind: 'text' },
        { header: 'Units', kind: 'text' },
        ...movements.flatMap((movement) => [
          { header: `${headers[movement]} (count)`, kind: 'count' as const },
          { header: headers[movement], kind: 'money' as const, scale },
        ]),
      ],
      rows: report.byOperator.map((row) => [
        row.operatorName,
        row.units,
        ...movements.flatMap((movement) => [row[movement].count, row[movement].amountMinor]),
      ]),
    },
    series: {
      title: `Float by ${report.granularity}`,
      columns: [
        { header: 'Period', kind: 'date' },
        { header: 'Operator', kind: 'text' },
        { header: 'Movement', kind: 'text' },
        { header: 'Count', kind: 'count' },
        { header: 'Amount', kind: 'money', scale },
      ],
      rows: report.series.map((point) => [
        point.period,
        point.operatorId,
        point.kind,
        point.count,
        point.amountMinor,
      ]),
    },
  };
}

export function exceptionsTables(report: ExceptionsReport): Record<string, ReportTable> {
  const scale = scaleOf(report.oldest);
  const ageWords = {
    under_1h: 'under an hour',
    under_1d: 'under a day',
    under_7d: 'under a week',
    older: 'a week or more',
  };
  return {
    byAge: {
      title: 'Open actions by age',
      columns: [
        { header: 'Waiting', kind: 'text' },
        { header: 'Actions', kind: 'count' },
        { header: 'Amount', kind: 'money', scale },
      ],
      rows: report.byAge.map((row) => [ageWords[row.age], row.count, row.amountMinor]),
    },
    oldest: {
      title: 'Oldest open actions',
      columns: [
        { header: 'Created at', kind: 'instant' },
        { header: 'Action', kind: 'text' },
        { header: 'Operator', kind: 'text' },
        { header: 'Kind', kind: 'text' },
        { header: 'State', kind: 'text' },
        { header: 'Party', kind: 'text' },
        { header: 'Amount', kind: 'money', scale },
        { header: 'Why it waits', kind: 'text' },
      ],
      rows: report.oldest.map((row) => [
        row.createdAt,
        row.id,
        row.operatorId,
        row.kind,
        row.state,
        row.partyId,
        row.amountMinor,
        row.statusReason,
      ]),
    },
  };
}
