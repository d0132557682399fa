import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { DocumentLanguage } from '../../contract/documentLanguage';
import type { ReportFilters, ResellerFigure } from '../../contract/reportSchemas';
import { AppError } from '../../core/appError';
import { amountArgument } from '../amountArgument';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { languageArgument, languageOption } from '../languageArgument';
import { type CliCore, withWorkspace } from '../withWorkspace';
import { payoutDetailText, payoutsText } from './payoutText';

export interface ReportOptions {
  from?: string;
  to?: string;
  operator: string[];
  retailer: string[];
  region: string[];
  channel: string[];
  denomination: string[];
  units?: string;
  status?: string;
  format: string;
  card?: string;
  out?: string;
  direct?: boolean;
  sort?: string;
  /** The language of a csv or xlsx file. */
  lang: DocumentLanguage;
}

const collect = (value: string, previous: string[]) => [...previous, value];
const dayMs = 86_400_000;

/** The filters from the options: the last 30 days unless --from/--to say otherwise. */
export async function filtersOf(call: CliCore['call'], options: ReportOptions): Promise<ReportFilters> {
  const to = options.to ?? new Date().toISOString().slice(0, 10);
  const from =
    options.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * dayMs).toISOString().slice(0, 10);
  let denominationsMinor: number[] | undefined;
  if (options.denomination.length > 0) {
    // Denominations are typed in major units of the (first named) operator's airtime.
    const connections = await call('operator.connections', {});
    const operator = connections.find(
      (candidate) => options.operator.length === 0 || options.operator.includes(candidate.id),
    );
    const scale = operator?.scale ?? 0;
    denominationsMinor = options.denomination.map((text) => amountArgument(text, scale, '--denomination'));
  }
  return {
    from,
    to,
    ...(options.operator.length > 0 ? { operatorIds: options.operator } : {}),
    ...(options.retailer.length > 0 ? { retailerCodes: options.retailer } : {}),
    ...(options.region.length > 0 ? { regions: options.region } : {}),
    ...(options.channel.length > 0 ? { channels: options.channel } : {}),
    ...(denominationsMinor === undefined ? {} : { denominationsMinor }),
    ...(options.units === undefined ? {} : { units: options.units }),
    ...(options.status === undefined ? {} : { status: options.status }),
  } as ReportFilters;
}

export function withFilterOptions(command: Command): Command {
  return command
    .option('--from <yyyy-mm-dd>', 'first day (UTC) of the period (default: 29 days before --to)')
    .option('--to <yyyy-mm-dd>', 'last day (UTC) of the period (default: today)')
    .option('--operator <id>', 'only this operator; repeat for several', collect, [])
    .option(
      '--retailer <code>',
      'only this reseller (a sub-distributor: its whole branch); repeat for several',
      collect,
      [],
    )
    .option('--region <name>', 'only resellers of this region; repeat for several', collect, [])
    .option('--channel <name>', 'only sales through this channel; repeat for several', collect, [])
    .option('--denomination <amount>', 'only top-ups of this face value; repeat for several', collect, [])
    .option('--units <currency>', 'only operators counting airtime in this currency')
    .option('--status <status>', 'final (default), or with_pending: our open desk top-ups shown apart')
    .option('--format <format>', 'text, json, csv (one --card) or xlsx (needs --out)', 'text')
    .option('--card <name>', 'one card of the report (csv needs one; xlsx writes every card otherwise)')
    .option('--out <file>', 'write the csv or xlsx file here (csv goes to the terminal otherwise)')
    .option(
      languageOption.flags,
      `with csv or xlsx: ${languageOption.description}`,
      languageArgument,
      languageOption.defaultValue,
    );
}

function figureLine(figure: ResellerFigure): string {
  const reversals = figure.reversalsCount === 0 ? '' : `, ${figure.reversalsCount} reversed`;
  return `  ${figure.code.padEnd(12)} ${figure.name} (${figure.region ?? 'no region'}): ${figure.count} sales, ${formatMinor(figure.faceValueMinor, figure.scale, figure.units)}${reversals}`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

type ReportName =
  | 'reseller-sales'
  | 'direct-sales'
  | 'resellers'
  | 'sales'
  | 'float-movement'
  | 'exceptions'
  | 'payouts'
  | 'payout';

async function runReport(
  globals: GlobalOptions,
  report: ReportName,
  options: ReportOptions,
): Promise<number> {
  return withWorkspace(globals, async ({ call }) => {
    const filters = await filtersOf(call, options);
    const format = globals.json === true ? 'json' : options.format;
    if (!['text', 'json', 'csv', 'xlsx'].includes(format)) {
      throw new AppError('bad_input', `--format ${format}: must be text, json, csv or xlsx.`, {
        issues: [{ path: 'format', message: 'must be text, json, csv or xlsx' }],
      });
    }
    const sales = {
      kind: options.direct === true ? ('direct' as const) : ('reseller' as const),
      retailerCode: options.retailer[0],
    };
    if (format === 'csv' || format === 'xlsx') {
      if (format === 'xlsx' && options.out === undefined) {
        throw new AppError('bad_input', 'An Excel file needs --out FILE.xlsx.', {
          issues: [{ path: 'out', message: 'is required for xlsx' }],
        });
      }
      const file = await call('reports.export', {
        report,
        filters,
        format,
        ...(options.card === undefined ? {} : { card: options.card }),
        ...(report === 'sales' ? sales : {}),
        ...(report === 'payout' ? { retailerCode: options.retailer[0] } : {}),
        language: options.lang,
      });
      const bytes = Buffer.from(file.contentBase64, 'base64');
      if (options.out === undefined) process.stdout.write(bytes);
      else {
        writeFileSync(options.out, bytes);
        process.stderr.write(`Wrote ${file.rows} rows to ${options.out}.\n`);
      }
      return exitCode.success;
    }
    const json = format === 'json' ? { ...globals, json: true } : globals;
    switch (report) {
      case 'reseller-sales': {
        const result = await call('reports.resellerSales', filters);
        const lines = [`Reseller sales from ${result.period.from} to ${result.period.to}:`];
        for (const total of result.totals) {
          lines.push(
            `  ${total.count} sales, ${formatMinor(total.faceValueMinor, total.scale, total.units)} (${percent(total.faceValueMinor, total.allSalesFaceValueMinor)} of all sales); previous period ${formatMinor(total.previousFaceValueMinor, total.scale, total.units)}`,
          );
        }
        for (const item of result.unavailable) lines.push(`  (${item.card}: ${item.reason})`);
        if (result.top.length > 0)
          lines.push(`Top resellers (${result.resellersWithSales} sold):`, ...result.top.map(figureLine));
        if (result.bottom.length > 0) lines.push('Bottom resellers:', ...result.bottom.map(figureLine));
        printResult(json, result, lines.join('\n'));
        break;
      }
      case 'direct-sales': {
        const result = await call('reports.directSales', filters);
        const lines = [`Non-reseller sales from ${result.period.from} to ${result.period.to}:`];
        for (const total of result.totals) {
          lines.push(
            `  ${total.count} sales, ${formatMinor(total.faceValueMinor, total.scale, total.units)} (${percent(total.faceValueMinor, total.faceValueMinor + total.resellerFaceValueMinor)} of all sales)`,
          );
        }
        for (const pending of result.pending) {
          lines.push(
            `  and ${pending.count} desk top-ups still open at ${pending.operatorId} (${formatMinor(pending.faceValueMinor, pending.scale, pending.units)}), not counted above`,
          );
        }
        for (const channel of result.byChannel) {
          lines.push(
            `  ${channel.channel.padEnd(14)} ${channel.count} sales, ${formatMinor(channel.faceValueMinor, channel.scale, channel.units)}`,
          );
        }
        printResult(json, result, lines.join('\n'));
        break;
      }
      case 'resellers': {
        const sort = (options.sort ?? 'value') as 'value' | 'count' | 'code' | 'name';
        const result = await call('reports.resellers', {
          filters,
          sort,
          direction: sort === 'code' || sort === 'name' ? 'asc' : 'desc',
          limit: 500,
        });
        printResult(
          json,
          result,
          [`${result.total} resellers sold in the period:`, ...result.rows.map(figureLine)].join('\n'),
        );
        break;
      }
      case 'float-movement': {
        const result = await call('reports.floatMovement', filters);
        const lines = [`Float movement from ${result.period.from} to ${result.period.to}:`];
        for (const row of result.byOperator) {
          const money = (movement: { count: number; amountMinor: number }) =>
            `${movement.count} for ${formatMinor(movement.amountMinor, row.scale, row.units)}`;
          lines.push(
            `  ${row.operatorName}: bought ${money(row.purchases)}, allocated ${money(row.allocations)}, taken back ${money(row.reversals)}, desk top-ups ${money(row.directTopups)}; failed ${money(row.failed)}; still open ${money(row.pending)}`,
          );
        }
        printResult(json, result, lines.join('\n'));
        break;
      }
      case 'exceptions': {
        const result = await call('reports.exceptions', filters);
        const words = {
          under_1h: 'under an hour',
          under_1d: 'under a day',
          under_7d: 'under a week',
          older: 'a week or more',
        };
        const lines = [
          `Not final as of ${result.asOf}: ${result.byAge.map((age) => `${age.count} waiting ${words[age.age]}`).join(', ')}.`,
          `  ${result.failedInPeriod} failed from ${filters.from} to ${filters.to}; ${result.salesWaiting} pulled sales wait to be booked.`,
          ...result.oldest
            .slice(0, 10)
            .map(
              (row) =>
                `  ${row.createdAt}  ${row.kind} ${row.id} (${row.state})${row.partyId === null ? '' : ` for ${row.partyId}`}: ${formatMinor(row.amountMinor, row.scale, row.units)}${row.statusReason === null ? '' : ` — ${row.statusReason}`}`,
            ),
        ];
        printResult(json, result, lines.join('\n'));
        break;
      }
      case 'payouts': {
        const sort = (options.sort ?? 'net_payable') as
          | 'net_payable'
          | 'sales'
          | 'code'
          | 'name'
          | 'balance_due';
        const result = await call('reports.payouts', {
          filters,
          sort,
          direction: sort === 'code' || sort === 'name' ? 'asc' : 'desc',
          limit: 500,
        });
        printResult(json, result, payoutsText(result));
        break;
      }
      case 'payout': {
        const retailerCode = options.retailer[0];
        if (retailerCode === undefined) {
          throw new AppError('bad_input', 'Name the reseller: --retailer CODE.', {
            issues: [{ path: 'retailer', message: 'is required' }],
          });
        }
        const result = await call('reports.payout', { filters, retailerCode });
        printResult(json, result, payoutDetailText(result));
        break;
      }
      case 'sales': {
        const result = await call('reports.sales', { filters, ...sales, limit: 500 });
        const lines = [
          `${result.total} sales${result.total > result.rows.length ? ` (the latest ${result.rows.length})` : ''}:`,
        ];
        for (const row of result.rows) {
          lines.push(
            `  ${row.confirmedAt}  ${row.msisdn ?? '—'}  ${formatMinor(row.amountMinor, row.scale, row.units)}  ${row.operatorActionId}  entry ${row.entryId ?? '—'}`,
          );
        }
        printResult(json, result, lines.join('\n'));
        break;
      }
    }
    return exitCode.success;
  });
}

/** `airledger report reseller-sales|direct-sales|resellers|sales`. */
export function salesReportCommands(report: Command, run: CommandRunner): void {
  const commands: Array<[ReportName, string]> = [
    [
      'reseller-sales',
      'sales made by resellers: totals, share, growth, by operator and denomination, top and bottom',
    ],
    ['direct-sales', 'non-reseller sales by channel and operator, beside the reseller-driven ones'],
    ['float-movement', 'purchases, allocations, reversals and desk top-ups per operator'],
    ['exceptions', 'operator actions not final yet, by age, and sales waiting to be booked'],
    [
      'payouts',
      "commission per reseller over whole months, by each reseller's plan: net payable, balance due, status",
    ],
    ['payout', "one reseller's commission lines (--retailer CODE): rule, slab, rate, base"],
    ['resellers', 'every reseller that sold in the period, with its figures'],
    [
      'sales',
      "one reseller's sales (--retailer CODE) or the non-reseller ones (--direct), each with its journal entry",
    ],
  ];
  for (const [name, description] of commands) {
    const command = withFilterOptions(report.command(name).description(description));
    if (name === 'sales') command.option('--direct', 'the non-reseller sales');
    if (name === 'resellers') command.option('--sort <key>', 'value, count, code or name', 'value');
    if (name === 'payouts') {
      command.option('--sort <key>', 'net_payable, balance_due, sales, code or name', 'net_payable');
    }
    command.action(
      run(async (globals: GlobalOptions, options: ReportOptions) => runReport(globals, name, options)),
    );
  }
}
