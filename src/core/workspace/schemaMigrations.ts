import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError, workspaceUnavailable } from '../appError';

export interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** The migrations this build of Airledger knows, read from drizzle-kit's journal. */
export function readMigrationJournal(migrationsFolder: string): JournalEntry[] {
  const journalPath = join(migrationsFolder, 'meta', '_journal.json');
  if (!existsSync(journalPath)) {
    throw new AppError(
      'internal',
      `The schema migrations are missing (${journalPath} not found); reinstall Airledger.`,
    );
  }
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

export interface SchemaState {
  /** Migrations applied to this database. */
  versionApplied: number;
  /** Migrations this build knows. */
  versionKnown: number;
}

/** Reads which migrations the database has, without changing anything. */
export function readSchemaState(
  sqlite: Database.Database,
  journal: JournalEntry[],
): SchemaState & { newest: number } {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (table === undefined) return { versionApplied: 0, versionKnown: journal.length, newest: 0 };
  const row = sqlite
    .prepare('SELECT count(*) AS n, max(created_at) AS newest FROM __drizzle_migrations')
    .get() as {
    n: number;
    newest: number | null;
  };
  return { versionApplied: row.n, versionKnown: journal.length, newest: Number(row.newest ?? 0) };
}

/**
 * Refuses a workspace written by a newer Airledger (its schema has migrations this build does not
 * know). Reads only, so it runs before anything is written.
 */
export function assertSchemaKnown(sqlite: Database.Database, journal: JournalEntry[], dataDir: string): void {
  const state = readSchemaState(sqlite, journal);
  const newestKnown = journal.at(-1)?.when ?? 0;
  if (state.versionApplied > journal.length || state.newest > newestKnown) {
    throw workspaceUnavailable(
      'newer_schema',
      `The workspace at ${dataDir} was written by a newer Airledger (schema ${state.versionApplied}, this version knows ${journal.length}); update Airledger to open it. Nothing was changed.`,
    );
  }
}

/** Applies the missing migrations in one transaction; running it again changes nothing. */
export function applyMigrations(
  sqlite: Database.Database,
  migrationsFolder: string,
  journal: JournalEntry[],
): SchemaState {
  const state = readSchemaState(sqlite, journal);
  if (state.versionApplied < journal.length) migrate(drizzle(sqlite), { migrationsFolder });
  return readSchemaState(sqlite, journal);
}
