import { open, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { redactSecrets } from '../secrets/logRedaction';
import { logFileSizeMaxBytesDefault, logFilesNewestFirst } from './rotatingLog';

/**
 * The support bundle a user saves and sends: versions, the workspace's schema state, the last sync
 * state and the recent logs, in one file. It is a JSON-lines text file, not a zip: no zip library is
 * a direct dependency (exceljs only brings one transitively), and plain text lets the user read
 * exactly what they send. Everything is redacted again on the way out: the logs may predate a
 * redaction rule, and the caller's inputs are not trusted to be clean.
 */
export const diagnosticsBundleFormat = 'airledger-diagnostics/1';

/** How many log files go in by default (the current one and the newest rotated ones). */
export const bundleLogFilesMaxDefault = 3;
/** Only the tail of a log file goes in, so a runaway file cannot make the bundle unsendable. */
export const bundleLogFileBytesMax = logFileSizeMaxBytesDefault;

export interface DiagnosticsInput {
  createdAt: Date;
  appVersion: string;
  /** From the caller (process.platform, os.release(), process.arch), so this stays testable. */
  platform: { os: string; release: string; arch: string };
  /** process.versions as the caller sees it: Electron, Chrome, Node. */
  runtimeVersions: { node: string; electron?: string; chrome?: string };
  /** Read by the caller from the open workspace; null when none is open. */
  workspace: { schemaVersion: string | number | null; migrationsApplied: number } | null;
  /** Whatever the sync worker last reported (JSON-shaped); null before the first sync. */
  lastSyncState: unknown;
  logFolder: string;
  logFilesMax?: number;
}

export interface DiagnosticsBundle {
  suggestedFileName: string;
  text: string;
}

/** A key is secret when the log redaction treats `key=value` as a secret field. */
function isSecretName(key: string): boolean {
  const probe = `${key}=value`;
  return redactSecrets(probe) !== probe;
}

/** Redacts every string and every value under a secret-named key, keeping the JSON shape. */
function redactedValue(value: unknown, depth = 0): unknown {
  // A depth limit, so a cyclic or absurd input cannot hang the bundle.
  if (depth > 20) return '[too deep]';
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map((item) => redactedValue(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        isSecretName(key) ? '[redacted]' : redactedValue(item, depth + 1),
      ]),
    );
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** The last `bytesMax` bytes of a file as lines, the first partial line dropped when cut. */
async function tailLines(path: string, bytesMax: number): Promise<{ lines: string[]; cut: boolean }> {
  const file = await open(path, 'r');
  try {
    const sizeBytes = (await file.stat()).size;
    const start = Math.max(0, sizeBytes - bytesMax);
    const buffer = Buffer.alloc(sizeBytes - start);
    await file.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (start > 0) lines.shift();
    return { lines, cut: start > 0 };
  } finally {
    await file.close();
  }
}

export async function buildDiagnosticsBundle(input: DiagnosticsInput): Promise<DiagnosticsBundle> {
  const logFiles = logFilesNewestFirst(input.logFolder, input.logFilesMax ?? bundleLogFilesMaxDefault);
  const logRecords: object[] = [];
  const logContents: Array<{ file: string; lines: number; cut: boolean }> = [];
  // Oldest file first, so the log lines read in time order.
  for (const path of logFiles.reverse()) {
    const file = basename(path);
    const { lines, cut } = await tailLines(path, bundleLogFileBytesMax);
    for (const line of lines) logRecords.push({ kind: 'log', file, line: redactSecrets(line) });
    logContents.push({ file, lines: lines.length, cut });
  }

  const records: object[] = [
    { kind: 'versions', appVersion: input.appVersion, ...input.runtimeVersions },
    { kind: 'platform', ...input.platform },
    { kind: 'workspace', open: input.workspace !== null, ...input.workspace },
    { kind: 'lastSync', state: input.lastSyncState ?? null },
  ];
  const manifest = {
    kind: 'manifest',
    format: diagnosticsBundleFormat,
    createdAt: input.createdAt.toISOString(),
    contents: [...records.map((record) => (record as { kind: string }).kind), 'log'],
    logFiles: logContents,
    note: 'Secrets are redacted; log lines are the tail of each file, oldest file first.',
  };
  const text = [manifest, ...records, ...logRecords]
    .map((record) => JSON.stringify(redactedValue(record)))
    .join('\n');
  const stamp = input.createdAt.toISOString().replace(/[:.]/g, '-');
  return { suggestedFileName: `airledger-diagnostics-${stamp}.txt`, text: `${text}\n` };
}

/** Builds the bundle and writes it where the user chose (the shell asks through a save dialog). */
export async function saveDiagnosticsBundle(filePath: string, input: DiagnosticsInput): Promise<void> {
  const bundle = await buildDiagnosticsBundle(input);
  await writeFile(filePath, bundle.text, { encoding: 'utf8', mode: 0o600 });
}
