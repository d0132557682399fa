import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redactSecrets } from '../secrets/logRedaction';

/**
 * The app's own log in the user-data folder: one line per record, redacted before it touches the
 * disk, rotated by size so it never fills a clerk's machine. Writes are synchronous: the app has a
 * single writer process and log volume is low, so ordering is exact and a crash loses nothing
 * already logged.
 */
export const logFileName = 'airledger.log';

/** Rotate once the current file would pass this size. */
export const logFileSizeMaxBytesDefault = 5 * 1024 * 1024;
/** How many rotated files (airledger.1.log … airledger.N.log) are kept besides the current one. */
export const logFilesRotatedMaxDefault = 5;
/** A longer message is cut: one runaway record must not rotate good history away. */
export const logMessageLengthMax = 16 * 1024;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface RotatingLogOptions {
  folder: string;
  fileSizeMaxBytes?: number;
  filesRotatedMax?: number;
  /** Told about the first failed write of a streak (never thrown: logging must not break the app). */
  onWriteError?: (error: unknown) => void;
  now?: () => Date;
}

export interface RotatingLog {
  write(level: LogLevel, source: string, message: string): void;
}

/** `airledger.log` for 0, `airledger.N.log` for the N-th rotated file (higher is older). */
export function logFileNameAt(index: number): string {
  return index === 0 ? logFileName : `airledger.${index}.log`;
}

/** The log files that exist in `folder`, newest first, at most `filesMax` of them. */
export function logFilesNewestFirst(folder: string, filesMax: number): string[] {
  const files: string[] = [];
  // Rotation keeps the numbering contiguous, so the first gap ends the list.
  for (let index = 0; files.length < filesMax; index++) {
    const path = join(folder, logFileNameAt(index));
    if (!existsSync(path)) break;
    files.push(path);
  }
  return files;
}

/** One record as one line: newlines in the message are escaped so a record never spans lines. */
export function formatLogLine(time: Date, level: LogLevel, source: string, message: string): string {
  // Redact before cutting, so a cut cannot leave half a secret its pattern no longer recognises.
  let text = redactSecrets(message);
  if (text.length > logMessageLengthMax) text = `${text.slice(0, logMessageLengthMax)}… [cut]`;
  const oneLine = (value: string) => value.replace(/\r\n|\r|\n/g, '\\n');
  return `${time.toISOString()} ${level.toUpperCase()} [${oneLine(redactSecrets(source))}] ${oneLine(text)}\n`;
}

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const fileSizeMaxBytes = options.fileSizeMaxBytes ?? logFileSizeMaxBytesDefault;
  const filesRotatedMax = options.filesRotatedMax ?? logFilesRotatedMaxDefault;
  if (!(fileSizeMaxBytes > 0)) throw new Error('fileSizeMaxBytes must be positive');
  if (!Number.isInteger(filesRotatedMax) || filesRotatedMax < 0)
    throw new Error('filesRotatedMax must be a whole number ≥ 0');
  const now = options.now ?? (() => new Date());
  const currentPath = join(options.folder, logFileName);
  // Known lazily (and again after a failure), so a folder that appears later still works.
  let sizeBytes: number | null = null;
  let failing = false;

  function rotate(): void {
    // Oldest first, so each rename lands on a name already freed.
    rmSync(join(options.folder, logFileNameAt(filesRotatedMax)), { force: true });
    for (let index = filesRotatedMax - 1; index >= 0; index--) {
      const from = join(options.folder, logFileNameAt(index));
      if (existsSync(from)) renameSync(from, join(options.folder, logFileNameAt(index + 1)));
    }
    // With nothing kept, the rename above removed nothing: drop the current file itself.
    if (filesRotatedMax === 0) rmSync(currentPath, { force: true });
    sizeBytes = 0;
  }

  return {
    write(level, source, message) {
      try {
        const line = formatLogLine(now(), level, source, message);
        const lineBytes = Buffer.byteLength(line);
        if (sizeBytes === null) {
          mkdirSync(options.folder, { recursive: true });
          sizeBytes = existsSync(currentPath) ? statSync(currentPath).size : 0;
        }
        // An empty file is never rotated, so a single oversized record still gets written.
        if (sizeBytes > 0 && sizeBytes + lineBytes > fileSizeMaxBytes) rotate();
        appendFileSync(currentPath, line);
        sizeBytes += lineBytes;
        failing = false;
      } catch (error) {
        sizeBytes = null;
        if (failing) return;
        failing = true;
        try {
          options.onWriteError?.(error);
        } catch {
          // The reporter failing too must still not reach the caller.
        }
      }
    },
  };
}
