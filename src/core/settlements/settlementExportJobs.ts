import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ErrorCode } from '../../contract/contractError';
import type { DocumentLanguage } from '../../contract/documentLanguage';
import type { ReportFile } from '../../contract/reportSchemas';
import type { ExportJobView } from '../../contract/settlementSchemas';
import { AppError, workspaceUnavailable } from '../appError';
import { settlementWorkbookFileName, writeSettlementWorkbook } from './settlementWorkbook';
import type { SettlementWorkbookInput } from './settlementWorkbookInput';

/**
 * Settlement workbooks written in the background, one job per export, so a period of a million
 * transactions can show its progress and be cancelled. Jobs live in memory with the open workspace,
 * each in a private temporary folder; only the person who started a job sees it (anyone else is
 * told it does not exist). A finished workbook waits a few minutes to be taken; closing the
 * workspace stops every job and removes every folder.
 */

export interface SettlementExportRequest {
  periodId: string;
  retailerCode?: string | undefined;
  within?: string | undefined;
  /** The language of the workbook's words (English when left out): the same figures either way. */
  language?: DocumentLanguage | undefined;
}

/** Jobs one person holds at once, running or finished; a new one pushes out their oldest finished one. */
export const exportJobsPerUserMax = 4;
/** How long a finished job (and its workbook) is kept for the person to take it. */
export const finishedExportKeptMs = 15 * 60_000;
/** How long a workbook stays once taken, should the download be asked again. */
export const takenExportKeptMs = 60_000;

const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ExportJob {
  readonly id: string;
  readonly userId: string;
  readonly request: SettlementExportRequest;
  readonly folder: string;
  readonly file: string;
  readonly fileName: string;
  readonly startedAtMs: number;
  readonly abort: AbortController;
  state: ExportJobView['state'];
  rowsWritten: number;
  /** 0 until the writer has counted the rows (as it starts). */
  rowsTotal: number;
  bytes: number | null;
  error: { code: ErrorCode; message: string } | null;
  /** The original failure, for whoever awaits the job. */
  failure: unknown;
  finishedAtMs: number | null;
  expiresAtMs: number | null;
  expiry: NodeJS.Timeout | null;
  /** The workbook was moved out to where an in-process host wanted it: nothing left to take. */
  moved: boolean;
  /** Settles once the writer has stopped and the folder holds what the state says. */
  settled: Promise<void>;
}

/** What an in-process host gets when it moves a finished workbook out. */
export interface MovedSettlementExport {
  fileName: string;
  path: string;
  rows: number;
  bytes: number;
}

const keyOf = (userId: string, jobId: string) => `${userId}\u0000${jobId.toLowerCase()}`;

export class SettlementExportJobs {
  /** In the order they started: a person's first finished job is their oldest. */
  private readonly jobs = new Map<string, ExportJob>();
  private disposed = false;
  /** A job that failed for a reason that is a bug (not a refusal): the host logs it. */
  onUnexpectedError: (error: unknown) => void = () => {};

  constructor(
    /** What the workbook of a request shows; refuses an unknown period or reseller at once. */
    private readonly prepare: (request: SettlementExportRequest) => SettlementWorkbookInput,
    private readonly clock: () => number,
  ) {}

  /** Whether any workbook is being written now: an update waits for it. */
  get anyRunning(): boolean {
    for (const job of this.jobs.values()) if (job.state === 'running') return true;
    return false;
  }

  /** Starts writing the workbook of `request` for `userId`; the same job id again returns the same job. */
  start(jobId: string, request: SettlementExportRequest, userId: string): ExportJobView {
    if (this.disposed) {
      throw workspaceUnavailable('workspace_closing', 'The workspace is closing; open it again to export.');
    }
    const existing = this.jobs.get(keyOf(userId, jobId));
    if (existing !== undefined) {
      if (
        existing.request.periodId !== request.periodId ||
        existing.request.retailerCode !== request.retailerCode ||
        existing.request.within !== request.within ||
        (existing.request.language ?? 'en') !== (request.language ?? 'en')
      ) {
        throw new AppError(
          'bad_input',
          `Export job ${jobId} was started for another workbook; make a new job id for this one.`,
          { issues: [{ path: 'jobId', message: 'is already used for another export' }] },
        );
      }
      return this.viewOf(existing);
    }
    const pushedOut = this.roomFor(userId);
    const input = this.prepare(request);
    if (pushedOut !== undefined) void this.forgetJob(pushedOut);
    const folder = mkdtempSync(join(tmpdir(), 'airledger-settlement-'));
    const fileName = settlementWorkbookFileName(input);
    const job: ExportJob = {
      id: jobId,
      userId,
      request: {
        periodId: request.periodId,
        retailerCode: request.retailerCode,
        within: request.within,
        language: request.language,
      },
      folder,
      file: join(folder, fileName),
      fileName,
      startedAtMs: this.clock(),
      abort: new AbortController(),
      state: 'running',
      rowsWritten: 0,
      rowsTotal: 0,
      bytes: null,
      error: null,
      failure: null,
      finishedAtMs: null,
      expiresAtMs: null,
      expiry: null,
      moved: false,
      settled: Promise.resolve(),
    };
    this.jobs.set(keyOf(userId, jobId), job);
    job.settled = this.run(job, input);
    return this.viewOf(job);
  }

  view(jobId: string, userId: string): ExportJobView {
    return this.viewOf(this.jobOf(jobId, userId));
  }

  /**
   * Stops a running job, or drops a finished workbook not wanted after all: either way nothing of
   * it is kept. A job already failed or cancelled stays as it is.
   */
  cancel(jobId: string, userId: string): ExportJobView {
    const job = this.jobOf(jobId, userId);
    if (job.state === 'running' || job.state === 'done') {
      const wasDone = job.state === 'done';
      job.abort.abort();
      job.bytes = null;
      this.finish(job, 'cancelled');
      // A running writer removes its folder as it stops; a finished one has nothing running.
      if (wasDone) void this.removeFolder(job.folder);
    }
    return this.viewOf(job);
  }

  /** The finished workbook's bytes; it stays a minute more, should the download be asked again. */
  async file(jobId: string, userId: string): Promise<ReportFile> {
    const job = this.jobOf(jobId, userId);
    this.requireFile(job);
    const content = await readFile(job.file);
    this.keepFor(job, takenExportKeptMs);
    return {
      fileName: job.fileName,
      mediaType: xlsxMediaType,
      contentBase64: content.toString('base64'),
      rows: job.rowsWritten,
    };
  }

  /**
   * For hosts in this process (the CLI): moves the finished workbook to `destination` rather than
   * sending its bytes. It appears there whole (a rename, or a copy beside it renamed in place).
   */
  async moveFileTo(jobId: string, userId: string, destination: string): Promise<MovedSettlementExport> {
    const job = this.jobOf(jobId, userId);
    this.requireFile(job);
    job.moved = true;
    try {
      await moveFile(job.file, destination);
    } catch (error) {
      job.moved = false;
      throw new AppError(
        'bad_input',
        `Cannot write the workbook to ${destination}: ${(error as Error).message}. Choose another folder.`,
        { cause: error },
      );
    }
    this.keepFor(job, takenExportKeptMs);
    return { fileName: job.fileName, path: destination, rows: job.rowsWritten, bytes: job.bytes ?? 0 };
  }

  /** Resolves once the job is done; rejects with its failure, or with the cancellation. */
  async whenSettled(jobId: string, userId: string): Promise<ExportJobView> {
    const job = this.jobOf(jobId, userId);
    await job.settled;
    if (job.state === 'failed') throw job.failure;
    if (job.state === 'cancelled') {
      throw new AppError('business_rule', `The export of ${job.fileName} was cancelled; nothing was kept.`, {
        reason: 'cancelled',
      });
    }
    return this.viewOf(job);
  }

  /** Drops a job now (cancelling it if it runs); resolves once its folder is gone. */
  async forget(jobId: string, userId: string): Promise<void> {
    const job = this.jobs.get(keyOf(userId, jobId));
    if (job !== undefined) await this.forgetJob(job);
  }

  /**
   * As the workspace closes: stops every job and removes every folder. Resolves once the writers
   * have stopped (they read the database, which closes next).
   */
  dispose(): Promise<void> {
    this.disposed = true;
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) {
      if (job.expiry !== null) clearTimeout(job.expiry);
      if (job.state === 'running') {
        job.abort.abort();
        job.state = 'cancelled';
      } else {
        try {
          rmSync(job.folder, { recursive: true, force: true });
        } catch (error) {
          // A folder left in the temporary area is no reason to keep the workspace open.
          this.onUnexpectedError(error);
        }
      }
    }
    return Promise.allSettled(jobs.map((job) => job.settled)).then(() => undefined);
  }

  private async run(job: ExportJob, input: SettlementWorkbookInput): Promise<void> {
    try {
      const result = await writeSettlementWorkbook(input, {
        file: job.file,
        language: job.request.language,
        signal: job.abort.signal,
        onProgress: (rowsWritten, rowsTotal) => {
          job.rowsWritten = rowsWritten;
          job.rowsTotal = rowsTotal;
        },
      });
      if (job.state === 'running') {
        job.rowsWritten = result.rows;
        job.rowsTotal = result.rows;
        job.bytes = result.bytes;
        this.finish(job, 'done');
        return;
      }
    } catch (error) {
      if (job.state === 'running') {
        job.failure = error;
        job.error =
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : {
                code: 'internal',
                message: 'Airledger hit an unexpected error while writing the workbook; it has been logged.',
              };
        this.finish(job, 'failed');
        if (!(error instanceof AppError)) this.onUnexpectedError(error);
      }
    }
    // Cancelled, failed or dropped while it ran: nothing of it is kept.
    await this.removeFolder(job.folder);
  }

  private finish(job: ExportJob, state: 'done' | 'failed' | 'cancelled'): void {
    job.state = state;
    job.finishedAtMs = this.clock();
    job.expiresAtMs = null;
    this.keepFor(job, finishedExportKeptMs);
  }

  /** Forgets the job `ms` from now, or sooner if it was to go sooner already. */
  private keepFor(job: ExportJob, ms: number): void {
    if (this.disposed || this.jobs.get(keyOf(job.userId, job.id)) !== job) return;
    const expiresAtMs = Math.min(job.expiresAtMs ?? Number.POSITIVE_INFINITY, Date.now() + ms);
    if (job.expiresAtMs === expiresAtMs) return;
    job.expiresAtMs = expiresAtMs;
    if (job.expiry !== null) clearTimeout(job.expiry);
    job.expiry = setTimeout(() => void this.forgetJob(job), expiresAtMs - Date.now());
    // A job waiting to be taken never keeps a process alive.
    job.expiry.unref();
  }

  private forgetJob(job: ExportJob): Promise<void> {
    if (job.expiry !== null) clearTimeout(job.expiry);
    job.expiry = null;
    this.jobs.delete(keyOf(job.userId, job.id));
    if (job.state !== 'running') return this.removeFolder(job.folder);
    // The writer removes the folder as it stops.
    job.abort.abort();
    job.state = 'cancelled';
    return job.settled;
  }

  private removeFolder(folder: string): Promise<void> {
    return rm(folder, { recursive: true, force: true }).catch((error: unknown) =>
      this.onUnexpectedError(error),
    );
  }

  /** The job to push out to make room for one more of `userId`'s, if any; refuses when all run. */
  private roomFor(userId: string): ExportJob | undefined {
    const mine = [...this.jobs.values()].filter((job) => job.userId === userId);
    if (mine.length < exportJobsPerUserMax) return undefined;
    const oldestFinished = mine.find((job) => job.state !== 'running');
    if (oldestFinished === undefined) {
      throw new AppError(
        'business_rule',
        `You already have ${exportJobsPerUserMax} settlement exports running: wait for one to finish, or cancel one, then start this one.`,
        { reason: 'too_many_exports' },
      );
    }
    return oldestFinished;
  }

  private jobOf(jobId: string, userId: string): ExportJob {
    const job = this.jobs.get(keyOf(userId, jobId));
    if (job === undefined) {
      throw new AppError(
        'not_found',
        `You have no settlement export ${jobId}: a finished one is kept ${finishedExportKeptMs / 60_000} minutes, and none outlives the workspace being closed. Start it again.`,
        { issues: [{ path: 'jobId', message: 'names none of your exports' }] },
      );
    }
    return job;
  }

  private requireFile(job: ExportJob): void {
    const refuse = (reason: string, message: string) => {
      throw new AppError('business_rule', message, { reason });
    };
    if (job.state === 'running') {
      refuse(
        'export_running',
        `${job.fileName} is still being written (${job.rowsWritten} of ${job.rowsTotal} rows): take it once the export is done.`,
      );
    }
    if (job.state === 'failed') {
      refuse(
        'export_failed',
        `${job.fileName} could not be written (${job.error?.message ?? 'unknown error'}); there is no file to take.`,
      );
    }
    if (job.state === 'cancelled') {
      refuse(
        'export_cancelled',
        `The export of ${job.fileName} was cancelled: nothing was kept. Start it again.`,
      );
    }
    if (job.moved) {
      refuse(
        'export_taken',
        `${job.fileName} was already moved to where it was wanted; nothing is left here.`,
      );
    }
  }

  private viewOf(job: ExportJob): ExportJobView {
    return {
      jobId: job.id,
      periodId: job.request.periodId,
      retailerCode: job.request.retailerCode ?? null,
      state: job.state,
      fileName: job.fileName,
      rowsWritten: job.rowsWritten,
      rowsTotal: job.rowsTotal,
      bytes: job.bytes,
      error: job.error,
      startedAt: new Date(job.startedAtMs).toISOString(),
      finishedAt: job.finishedAtMs === null ? null : new Date(job.finishedAtMs).toISOString(),
    };
  }
}

/** Moves `from` to `to`; across file systems, copies it beside `to` first so `to` never holds part of it. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const beside = join(dirname(to), `.${basename(to)}.${randomUUID().slice(0, 8)}.part`);
  try {
    await copyFile(from, beside);
    await rename(beside, to);
  } catch (error) {
    await rm(beside, { force: true });
    throw error;
  }
  await rm(from, { force: true });
}
