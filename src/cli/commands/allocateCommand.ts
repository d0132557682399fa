import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { uuidv7 } from 'uuidv7';
import type { AllocationImportPreview } from '../../contract/allocationSchemas';
import { AppError } from '../../core/appError';
import { amountArgument } from '../amountArgument';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { type CliCore, withWorkspace } from '../withWorkspace';

interface AllocateOptions {
  retailer?: string;
  amount?: string;
  note?: string;
  id?: string;
  file?: string;
  dryRun?: boolean;
  batchId?: string;
}

function previewText(preview: AllocationImportPreview, units: string): string {
  if (preview.fileError !== null) return preview.fileError;
  const money = (minor: number) => formatMinor(minor, preview.airtimeScale, units);
  return [
    `${preview.rowCount} row(s): ${preview.validCount} ready, ${preview.invalidCount} with problems; ${money(preview.totalAmountMinor)} in the ready rows, ${money(preview.wholesaleAvailableMinor)} of wholesale stock available.`,
    ...preview.rows.flatMap((row) =>
      row.issues.map((issue) => `  row ${row.rowNumber}: ${issue.field} ${issue.message}`),
    ),
  ].join('\n');
}

async function allocateFromFile(
  globals: GlobalOptions,
  { call }: CliCore,
  options: AllocateOptions,
  units: string,
): Promise<number> {
  const file = options.file ?? '';
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AppError('bad_input', `Cannot read ${file}: ${(error as Error).message}.`);
  }
  const input = { fileName: basename(file), contentBase64: bytes.toString('base64') };
  const preview = await call('allocations.importPreview', input);
  const refused = preview.fileError !== null || preview.invalidCount > 0;
  if (refused || options.dryRun === true) {
    printResult(
      globals,
      preview,
      `${previewText(preview, units)}\n${refused ? 'Nothing was allocated.' : 'Dry run: nothing was allocated.'}`,
    );
    if (refused && globals.json !== true)
      process.stderr.write(`airledger: ${file} has problems; nothing was allocated.\n`);
    return refused ? exitCode.badInput : exitCode.success;
  }
  // The batch id makes a retried run (after a crash or a timeout) queue nothing twice.
  const result = await call('allocations.importApply', { ...input, batchId: options.batchId ?? uuidv7() });
  printResult(
    globals,
    result,
    `Queued ${result.queued} allocation(s), ${formatMinor(result.totalAmountMinor, preview.airtimeScale, units)} in all; \`airledger sync\` sends them.`,
  );
  return exitCode.success;
}

/** `airledger allocate`: one allocation through the clerk's desk (maker-checker applies), or a file. */
export function allocateCommand(program: Command, run: CommandRunner): void {
  program
    .command('allocate')
    .description(
      'allocate stock to a retailer (held for approval above the threshold), or every row of a CSV/XLSX file with --file',
    )
    .option('--retailer <code>', "the retailer's reseller code")
    .option('--amount <amount>', "amount in the operator's units, e.g. 150000")
    .option('--note <text>', 'a note for the books')
    .option('--id <id>', 'client-generated id (UUIDv7); the same id twice records one allocation')
    .option('--file <file>', 'a CSV or XLSX file with retailer_code, amount and note columns')
    .option('--dry-run', 'with --file: check every row, allocate nothing')
    .option('--batch-id <id>', 'with --file: the batch id to reuse when retrying the same file')
    .action(
      run(async (globals: GlobalOptions, options: AllocateOptions) =>
        withWorkspace(globals, async (cli) => {
          const connection = await cli.call('operator.connection', {});
          if (connection === null) {
            throw new AppError(
              'business_rule',
              'No operator is connected; run `airledger operator connect` first.',
              {
                reason: 'operator_not_connected',
              },
            );
          }
          if (options.file !== undefined) return allocateFromFile(globals, cli, options, connection.units);
          if (options.retailer === undefined || options.amount === undefined) {
            throw new AppError('bad_input', 'allocate needs --retailer and --amount, or --file.', {
              issues: [
                { path: options.retailer === undefined ? '--retailer' : '--amount', message: 'is required' },
              ],
            });
          }
          const outcome = await cli.call('allocations.create', {
            id: options.id ?? uuidv7(),
            retailerCode: options.retailer,
            amountMinor: amountArgument(options.amount, connection.scale),
            ...(options.note === undefined ? {} : { note: options.note }),
          });
          const amount = formatMinor(
            outcome.allocation?.amountMinor ?? outcome.approval?.amountMinor ?? 0,
            connection.scale,
            connection.units,
          );
          const text =
            outcome.status === 'queued'
              ? `Allocation to ${outcome.allocation?.retailerName ?? options.retailer} of ${amount}: queued (reference ${outcome.allocation?.clientReference}).\n  \`airledger sync\` sends it.`
              : `Allocation to ${outcome.approval?.retailerName ?? options.retailer} of ${amount}: held for a second person's approval. ${outcome.approval?.explanation ?? ''}`;
          printResult(globals, outcome, text);
          return exitCode.success;
        }),
      ),
    );
}
