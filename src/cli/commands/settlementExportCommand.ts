import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Command } from 'commander';
import type { DocumentLanguage } from '../../contract/documentLanguage';
import type { ExportJobView } from '../../contract/settlementSchemas';
import { AppError } from '../../core/appError';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { languageArgument, languageOption } from '../languageArgument';
import { withWorkspace } from '../withWorkspace';

/** How often the running export is asked how far it is. */
const pollEveryMs = 200;
/** How often a progress line goes to stderr. */
const progressEveryMs = 1_000;

const count = (value: number) => value.toLocaleString('en-US');

function progressLine(job: ExportJobView): string {
  if (job.rowsTotal === 0) return `Writing ${job.fileName}…`;
  const percent = Math.floor((job.rowsWritten * 100) / job.rowsTotal);
  return `Writing ${job.fileName}: ${count(job.rowsWritten)} of ${count(job.rowsTotal)} rows (${percent}%)`;
}

/** Refuses, before any work, a file that is not .xlsx or a folder that does not exist. */
function checkOut(out: string, given: string): void {
  const refuse = (message: string, issue: string) => {
    throw new AppError('bad_input', `--out ${given}: ${message}`, {
      issues: [{ path: 'out', message: issue }],
    });
  };
  if (!out.toLowerCase().endsWith('.xlsx'))
    refuse('a settlement workbook is an .xlsx file.', 'must end in .xlsx');
  const folder = dirname(out);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) refuse(`the folder ${folder} does not exist.`, 'must be in a folder that exists');
}

/**
 * `airledger settlement export`: the workbook is written by an export job of the core, with a
 * progress line a second on stderr, then moved to --out whole. Ctrl-C cancels the job: nothing
 * reaches --out.
 */
export function settlementExportCommand(settlement: Command, run: CommandRunner): void {
  settlement
    .command('export')
    .description("a closed period's settlement workbook (every reseller, or one); Ctrl-C cancels it")
    .requiredOption('--period <key>', 'the closed period (e.g. 2026-11)')
    .option('--reseller <code>', "only this reseller's settlement")
    .requiredOption('--out <file>', 'where to write the .xlsx file')
    .option(languageOption.flags, languageOption.description, languageArgument, languageOption.defaultValue)
    .action(
      run(
        async (
          globals: GlobalOptions,
          options: { period: string; reseller?: string; out: string; lang: DocumentLanguage },
        ) =>
          withWorkspace(globals, async ({ call, moveSettlementExport }) => {
            const out = resolve(options.out);
            checkOut(out, options.out);
            const interrupted = new AbortController();
            const onInterrupt = () => interrupted.abort();
            // Listened to before the job starts, so a Ctrl-C at any point cancels it.
            process.once('SIGINT', onInterrupt);
            try {
              const jobId = randomUUID();
              let job = await call('settlements.exportStart', {
                jobId,
                periodId: `P-${options.period}`,
                ...(options.reseller === undefined ? {} : { retailerCode: options.reseller }),
                language: options.lang,
              });
              let printedAtMs = Number.NEGATIVE_INFINITY;
              while (job.state === 'running' && !interrupted.signal.aborted) {
                if (globals.json !== true && Date.now() - printedAtMs >= progressEveryMs) {
                  process.stderr.write(`${progressLine(job)}\n`);
                  printedAtMs = Date.now();
                }
                await delay(pollEveryMs, undefined, { signal: interrupted.signal }).catch(() => undefined);
                job = await call('settlements.exportJob', { jobId });
              }
              // Stopped while it ran, or just as it finished: either way the file is not wanted.
              if (interrupted.signal.aborted) job = await call('settlements.exportCancel', { jobId });
              if (job.state === 'cancelled') {
                throw new AppError(
                  'business_rule',
                  `The export of ${job.fileName} was cancelled; nothing was written to ${options.out}.`,
                  { reason: 'cancelled' },
                );
              }
              if (job.state === 'failed') {
                throw new AppError(
                  job.error?.code ?? 'internal',
                  job.error?.message ?? `The export of ${job.fileName} failed.`,
                );
              }
              const moved = await moveSettlementExport(jobId, out);
              printResult(
                globals,
                { fileName: moved.fileName, out: options.out, rows: moved.rows, bytes: moved.bytes },
                `Wrote ${moved.fileName} (${moved.rows} rows) to ${options.out}.`,
              );
              return exitCode.success;
            } finally {
              process.removeListener('SIGINT', onInterrupt);
            }
          }),
      ),
    );
}
