import type {
  DirectSalesReport,
  ExceptionsReport,
  FloatMovementReport,
  ResellerFigure,
  ResellerSalesReport,
} from '../../contract/reportSchemas';
import type { ReportTable } from './reportTable';
import { codeWord, type ReportText } from './reportText';

const scaleOf = (rows: Array<{ scale: number }>) => rows[0]?.scale ?? 0;

function resellerTable(text: ReportText, title: string, figures: ResellerFigure[]): ReportTable {
  const scale = scaleOf(figures);
  const h = text.headers;
  return {
    title,
    columns: [
      { header: h.resellerCode, kind: 'text' },
      { header: h.name, kind: 'text' },
      { header: h.region, kind: 'text' },
      { header: h.status, kind: 'text' },
      { header: h.units, kind: 'text' },
      { header: h.sales, kind: 'count' },
      { header: h.faceValue, kind: 'money', scale },
      { header: h.reversals, kind: 'count' },
      { header: h.reversedValue, kind: 'money', scale },
    ],
    rows: figures.map((figure) => [
      figure.code,
      figure.name,
      figure.region,
      codeWord(text.resellerStatuses, figure.status),
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
  text: ReportText,
  scale: number,
  rows: Array<{ operatorName: string; units: string; count: number; faceValueMinor: number }>,
): ReportTable {
  const h = text.headers;
  return {
    title: text.titles.byOperator,
    columns: [
      { header: h.operator, kind: 'text' },
      { header: h.units, kind: 'text' },
      { header: h.sales, kind: 'count' },
      { header: h.faceValue, kind: 'money', scale },
    ],
    rows: rows.map((row) => [row.operatorName, row.units, row.count, row.faceValueMinor]),
  };
}

export function resellerSalesTables(
  report: ResellerSalesReport,
  text: ReportText,
): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  const h = text.headers;
  const operatorNames = new Map(report.byOperator.map((row) => [row.operatorId, row.operatorName]));
  return {
    totals: {
      title: text.titles.totals,
      columns: [
        { header: h.units, kind: 'text' },
        { header: h.sales, kind: 'count' },
        { header: h.faceValue, kind: 'money', scale },
        { header: h.shareOfAllSales, kind: 'percent' },
        { header: h.previousSales, kind: 'count' },
        { header: h.previousFaceValue, kind: 'money', scale },
        { header: h.growth, kind: 'percent' },
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
      title: text.titles.salesBy[report.granularity],
      columns: [
        {
          header: report.granularity === 'day' ? h.day : report.granularity === 'week' ? h.weekOf : h.monthOf,
          kind: 'date',
        },
        { header: h.units, kind: 'text' },
        { header: h.sales, kind: 'count' },
        { header: h.faceValue, kind: 'money', scale },
      ],
      rows: report.series.map((point) => [point.period, point.units, point.count, point.faceValueMinor]),
    },
    byOperator: operatorTable(text, scale, report.byOperator),
    byDenomination: {
      title: text.titles.byDenomination,
      columns: [
        { header: h.operator, kind: 'text' },
        { header: h.denomination, kind: 'money', scale },
        { header: h.units, kind: 'text' },
        { header: h.sales, kind: 'count' },
        { header: h.faceValue, kind: 'money', scale },
      ],
      rows: report.byDenomination.map((row) => [
        operatorNames.get(row.operatorId) ?? row.operatorId,
        row.denominationMinor,
        row.units,
        row.count,
        row.faceValueMinor,
      ]),
    },
    top: resellerTable(text, text.titles.topResellers, report.top),
    bottom: resellerTable(text, text.titles.bottomResellers, report.bottom),
  };
}

export function directSalesTables(report: DirectSalesReport, text: ReportText): Record<string, ReportTable> {
  const scale = scaleOf(report.totals);
  const h = text.headers;
  // Open desk top-ups, when asked for: a card of their own, never mixed into the sales.
  const pending: Record<string, ReportTable> =
    report.pending.length === 0
      ? {}
      : {
          pending: {
            title: text.titles.pendingDeskTopups,
            columns: [
              { header: h.operator, kind: 'text' },
              { header: h.units, kind: 'text' },
              { header: h.openTopups, kind: 'count' },
              { header: h.faceValue, kind: 'money', scale: scaleOf(report.pending) },
            ],
            rows: report.pending.map((row) => [row.operatorId, row.units, row.count, row.faceValueMinor]),
          },
        };
  return {
    totals: {
      title: text.titles.totals,
      columns: [
        { header: h.units, kind: 'text' },
        { header: h.nonResellerSales, kind: 'count' },
        { header: h.nonResellerFaceValue, kind: 'money', scale },
        { header: h.resellerSales, kind: 'count' },
        { header: h.resellerFaceValue, kind: 'money', scale },
        { header: h.nonResellerShare, kind: 'percent' },
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
      title: text.titles.byChannel,
      columns: [
        { header: h.channel, kind: 'text' },
        { header: h.units, kind: 'text' },
        { header: h.sales, kind: 'count' },
        { header: h.faceValue, kind: 'money', scale },
      ],
      rows: report.byChannel.map((row) => [row.channel, row.units, row.count, row.faceValueMinor]),
    },
    byOperator: operatorTable(text, scale, report.byOperator),
    series: {
      title: text.titles.salesBy[report.granularity],
      columns: [
        { header: h.period, kind: 'date' },
        { header: h.kind, kind: 'text' },
        { header: h.units, kind: 'text' },
        { header: h.sales, kind: 'count' },
        { header: h.faceValue, kind: 'money', scale },
      ],
      rows: report.series.map((point) => [
        point.period,
        codeWord(text.saleKinds, point.kind),
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
  text: ReportText,
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
  const h = text.headers;
  return {
    title,
    columns: [
      { header: h.confirmedAt, kind: 'instant' },
      { header: h.resellerCode, kind: 'text' },
      { header: h.operator, kind: 'text' },
      { header: h.operatorReference, kind: 'text' },
      { header: h.line, kind: 'text' },
      { header: h.channel, kind: 'text' },
      { header: h.units, kind: 'text' },
      { header: h.faceValue, kind: 'money', scale: scaleOf(rows) },
      { header: h.journalEntry, kind: 'text' },
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

export function floatMovementTables(
  report: FloatMovementReport,
  text: ReportText,
): Record<string, ReportTable> {
  const scale = scaleOf(report.byOperator);
  const h = text.headers;
  const movements = ['purchases', 'allocations', 'reversals', 'directTopups', 'failed', 'pending'] as const;
  const headers = text.movements;
  return {
    byOperator: {
      title: text.titles.floatByOperator,
      columns: [
        { header: h.operator, kind: 'text' },
        { header: h.units, kind: 'text' },
        ...movements.flatMap((movement) => [
          { header: h.countOf(headers[movement]), kind: 'count' as const },
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
      title: text.titles.floatBy[report.granularity],
      columns: [
        { header: h.period, kind: 'date' },
        { header: h.operator, kind: 'text' },
        { header: h.movement, kind: 'text' },
        { header: h.count, kind: 'count' },
        { header: h.amount, kind: 'money', scale },
      ],
      rows: report.series.map((point) => [
        point.period,
        point.operatorId,
        codeWord(text.actionKinds, point.kind),
        point.count,
        point.amountMinor,
      ]),
    },
  };
}

export function exceptionsTables(report: ExceptionsReport, text: ReportText): Record<string, ReportTable> {
  const scale = scaleOf(report.oldest);
  const h = text.headers;
  return {
    byAge: {
      title: text.titles.openByAge,
      columns: [
        { header: h.waiting, kind: 'text' },
        { header: h.actions, kind: 'count' },
        { header: h.amount, kind: 'money', scale },
      ],
      rows: report.byAge.map((row) => [text.ages[row.age], row.count, row.amountMinor]),
    },
    oldest: {
      title: text.titles.oldestOpen,
      columns: [
        { header: h.createdAt, kind: 'instant' },
        { header: h.action, kind: 'text' },
        { header: h.operator, kind: 'text' },
        { header: h.kind, kind: 'text' },
        { header: h.state, kind: 'text' },
        { header: h.party, kind: 'text' },
        { header: h.amount, kind: 'money', scale },
        { header: h.whyItWaits, kind: 'text' },
      ],
      rows: report.oldest.map((row) => [
        row.createdAt,
        row.id,
        row.operatorId,
        codeWord(text.actionKinds, row.kind),
        codeWord(text.actionStates, row.state),
        row.partyId,
        row.amountMinor,
        row.statusReason,
      ]),
    },
  };
}
