import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CustomerFigures } from '../../contract/customerReportSchemas';
import type { ReportFilters } from '../../contract/reportSchemas';
import { AppError } from '../../core/appError';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { type CliCore, withWorkspace } from '../withWorkspace';
import { filtersOf, percent, type ReportOptions, withFilterOptions } from './salesReportCommands';

interface AcquiredOptions extends ReportOptions {
  lines?: boolean;
}

/** Reads the report until every pulled sale is counted into the lines: the command's figures are exact. */
async function countedReport(call: CliCore['call'], filters: ReportFilters) {
  let report = await call('reports.acquiredCustomers', filters);
  let said = false;
  while (report.salesPending > 0) {
    process.stderr.write(`Counting the sales into customer lines: ${report.salesPending} left…\n`);
    said = true;
    report = await call('reports.acquiredCustomers', filters);
  }
  if (said) process.stderr.write('Counted.\n');
  return report;
}

function figuresText(figures: CustomerFigures): string {
  return `${figures.lines} lines, ${figures.topupsCount} top-ups since, lifetime value ${formatMinor(figures.lifetimeValueMinor, figures.scale, figures.units)}; active ${figures.active30} in the last 30 days, ${figures.active90} in the last 90`;
}

async function runAcquiredCustomers(globals: GlobalOptions, options: AcquiredOptions): Promise<number> {
  return withWorkspace(globals, async ({ call }) => {
    const filters = await filtersOf(call, options);
    const format = globals.json === true ? 'json' : options.format;
    if (!['text', 'json', 'csv', 'xlsx'].includes(format)) {
      throw new AppError('bad_input', `--format ${format}: must be text, json, csv or xlsx.`, {
        issues: [{ path: 'format', message: 'must be text, json, csv or xlsx' }],
      });
    }
    const report = await countedReport(call, filters);
    const lines = {
      kind: options.direct === true ? ('direct' as const) : ('reseller' as const),
      retailerCode: options.retailer[0],
    };
    if (options.lines === true && lines.kind === 'reseller' && lines.retailerCode === undefined) {
      throw new AppError(
        'bad_input',
        '--lines lists one reseller’s customers: add --retailer CODE (or --direct).',
        {
          issues: [{ path: 'retailer', message: 'is required with --lines' }],
        },
      );
    }
    if (format === 'csv' || format === 'xlsx') {
      if (format === 'xlsx' && options.out === undefined) {
        throw new AppError('bad_input', 'An Excel file needs --out FILE.xlsx.', {
          issues: [{ path: 'out', message: 'is required for xlsx' }],
        });
      }
      const file = await call('reports.export', {
        report: options.lines === true ? 'acquired-lines' : 'acquired-customers',
        filters,
        format,
        ...(options.card === undefined ? {} : { card: options.card }),
        ...(options.lines === true ? lines : {}),
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
    if (options.lines === true) {
      const result = await call('reports.acquiredLines', {
        filters,
        ...lines,
        sort: options.sort === 'value' ? 'value' : 'acquired',
        limit: 500,
      });
      const text = [
        `${result.total} lines acquired ${lines.kind === 'direct' ? 'without a reseller' : `by ${lines.retailerCode}`} from ${filters.from} to ${filters.to}${result.total > result.rows.length ? ` (the first ${result.rows.length})` : ''}:`,
        ...result.rows.map(
          (row) =>
            `  ${row.acquiredAt}  ${row.msisdnMasked}  ${row.topupsCount} top-ups  ${formatMinor(row.lifetimeValueMinor, row.scale, row.units)}  last ${row.lastTopupAt}${row.active30 ? '  active' : ''}  entry ${row.acquisitionEntryId ?? '—'}`,
        ),
        'Lines show their last four digits only.',
      ];
      printResult(json, result, text.join('\n'));
      return exitCode.success;
    }
    const text = [
      `Customers acquired via resellers from ${report.period.from} to ${report.period.to} (active as of ${report.activeAsOf}):`,
    ];
    for (const total of report.totals) {
      text.push(
        `  ${total.lines} lines acquired by resellers: ${percent(total.lines, total.newLines)} of ${total.newLines} new lines (${total.directLines} first topped up without a reseller)`,
        `  ${total.topupsCount} top-ups since, lifetime value ${formatMinor(total.lifetimeValueMinor, total.scale, total.units)}; active ${total.active30} in the last 30 days, ${total.active90} in the last 90`,
      );
    }
    for (const item of report.notApplied) text.push(`  (${item.filter}: ${item.reason})`);
    if (report.cohorts.length > 0) {
      text.push('By month of acquisition:');
      for (const cohort of report.cohorts) text.push(`  ${cohort.month}  ${figuresText(cohort)}`);
    }
    if (report.top.length > 0) {
      text.push(`Top resellers (of ${report.resellersWithCustomers} that acquired customers):`);
      for (const row of report.top) {
        text.push(`  ${row.code.padEnd(12)} ${row.name} (${row.region ?? 'no region'}): ${figuresText(row)}`);
      }
    }
    printResult(json, report, text.join('\n'));
    return exitCode.success;
  });
}

/** `airledger report acquired-customers`: the lines resellers acquired, by month and reseller, and their lines. */
export function acquiredCustomersCommand(report: Command, run: CommandRunner): void {
  withFilterOptions(
    report
      .command('acquired-customers')
      .description(
        'end-user lines first topped up by a reseller in the period: by month of acquisition and reseller, top-ups since, lifetime value, active in the last 30 and 90 days',
      ),
  )
    .option('--lines', "list the lines (masked) one reseller acquired (--retailer CODE), or --direct's")
    .option('--direct', 'with --lines: the lines first topped up without a reseller')
    .option('--sort <key>', 'with --lines: acquired (newest first) or value', 'acquired')
    .action(
      run(async (globals: GlobalOptions, options: AcquiredOptions) => runAcquiredCustomers(globals, options)),
    );
}
