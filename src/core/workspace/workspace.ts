import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import type { VerifyReport, WorkspaceSummary } from '../../contract/workspaceSchemas';
import { UserDirectory } from '../access/userDirectory';
import { AllocationDesk } from '../allocations/allocationDesk';
import { Replenishment } from '../allocations/replenishment';
import { AppError, workspaceUnavailable } from '../appError';
import { AuditTrail } from '../audit/auditTrail';
import { Ledger } from '../ledger/ledger';
import { currencyScale } from '../money/currencyScale';
import { embeddedSandboxOperatorId, startEmbeddedSandbox } from '../operator/embeddedSandbox';
import { OperatorConnectionStore } from '../operator/operatorConnectionStore';
import type { OperatorSandbox } from '../operatorSandbox/startOperatorSandbox';
import { OperatorPayments } from '../purchases/operatorPayments';
import { OperatorTermsStore } from '../purchases/operatorTermsStore';
import { PurchaseOrders } from '../purchases/purchaseOrders';
import { customerLineCounter } from '../reports/customerLines';
import { plansByCode } from '../reports/payouts';
import { AllocationTerms } from '../retailers/allocationTerms';
import { CommissionPlans } from '../retailers/commissionPlans';
import { RetailerPayments } from '../retailers/retailerPayments';
import { RetailerRegistry } from '../retailers/retailerRegistry';
import { WorkspaceSettingsStore } from '../settings/workspaceSettingsStore';
import { SettlementBook } from '../settlements/settlementBook';
import { settlementExportSource } from '../settlements/settlementExport';
import { SettlementExportJobs } from '../settlements/settlementExportJobs';
import * as schema from '../storage/schema';
import { MoneyLegsByKind } from '../sync/actionMoneyLegs';
import { OperatorOutbox } from '../sync/operatorOutbox';
import { SyncManager } from '../sync/syncManager';
import { BackgroundCheckpoints } from './backgroundCheckpoints';
import type { KeyProvider } from './databaseKey';
import { applyConnectionSettings, openEncryptedDatabase, readFileHeader } from './openEncryptedDatabase';
import { openWithProvidedKey } from './openWithProvidedKey';
import { migrateWithBackup } from './preMigrationBackup';
import {
  applyMigrations,
  assertSchemaKnown,
  readMigrationJournal,
  readSchemaState,
} from './schemaMigrations';

/** The database file inside a workspace folder. Its WAL and SHM companions sit beside it. */
export const databaseFileName = 'airledger.db';
const profileId = 1;

function clockOf(environment: WorkspaceEnvironment): () => number {
  const now = environment.now;
  return now === undefined ? Date.now : () => now().getTime();
}

export function databasePath(dataDir: string): string {
  return join(dataDir, databaseFileName);
}

export function workspaceExists(dataDir: string): boolean {
  return existsSync(databasePath(dataDir));
}

export interface WorkspaceEnvironment {
  keyProvider: KeyProvider;
  migrationsFolder: string;
  appVersion: string;
  now?: () => Date;
}

/** An open workspace: one encrypted database, migrated to this build's schema. */
export class Workspace {
  /** The books: every movement of money and airtime goes through it. */
  readonly ledger: Ledger;
  readonly operators: OperatorConnectionStore;
  /** Each operator's contract terms, and the purchase orders that buy bulk credit. */
  readonly operatorTerms: OperatorTermsStore;
  readonly purchases: PurchaseOrders;
  /** Money paid to operators against what is owed on credit terms. */
  readonly operatorPayments: OperatorPayments;
  /** Operator-bound actions, each written with its pending ledger entry. */
  readonly outbox: OperatorOutbox;
  readonly sync: SyncManager;
  /** The distributor's resellers and the commission plans they earn by. */
  readonly retailers: RetailerRegistry;
  readonly commissionPlans: CommissionPlans;
  /** Rule settings (approval threshold, fraud guard) and the desk that applies them to allocations. */
  readonly settings: WorkspaceSettingsStore;
  readonly allocationDesk: AllocationDesk;
  readonly replenishment: Replenishment;
  /** Money retailers pay, against their receivables. */
  readonly payments: RetailerPayments;
  /** The people who sign in, their roles and their passwords' hashes. */
  readonly users: UserDirectory;
  readonly settlements: SettlementBook;
  /** Settlement workbooks being written in the background, for as long as the workspace is open. */
  readonly settlementExports: SettlementExportJobs;
  /** Who changed what, when and through which transport: append-only and hash-chained. */
  readonly audit: AuditTrail;
  readonly clock: () => number;

  private constructor(
    readonly dataDir: string,
    readonly sqlite: Database.Database,
    readonly db: BetterSQLite3Database<typeof schema>,
    private readonly migrationsFolder: string,
    clock: () => number,
  ) {
    this.clock = clock;
    this.ledger = new Ledger(sqlite, clock);
    this.audit = new AuditTrail(sqlite, clock);
    this.operators = new OperatorConnectionStore(sqlite, this.ledger, clock);
    const currency = () => this.baseCurrency();
    this.operatorTerms = new OperatorTermsStore(sqlite, this.ledger, clock, currency);
    this.operatorPayments = new OperatorPayments(sqlite, this.ledger, clock, currency);
    this.purchases = new PurchaseOrders(
      sqlite,
      this.ledger,
      this.operatorTerms,
      () => this.outbox,
      clock,
      currency,
    );
    const allocationTerms = new AllocationTerms(sqlite, this.ledger, currency);
    this.outbox = new OperatorOutbox(
      sqlite,
      this.ledger,
      clock,
      new MoneyLegsByKind({
        allocation: allocationTerms,
        allocation_reversal: allocationTerms,
        purchase: this.purchases,
      }),
    );
    this.sync = new SyncManager(sqlite, this.ledger, this.outbox, this.operators, clock);
    this.retailers = new RetailerRegistry(sqlite, this.ledger, clock, () => this.baseCurrency());
    this.commissionPlans = new CommissionPlans(sqlite, clock);
    this.settings = new WorkspaceSettingsStore(sqlite, clock);
    this.users = new UserDirectory(sqlite, clock);
    this.allocationDesk = new AllocationDesk(sqlite, this.retailers, this.settings, this.outbox, clock);
    this.replenishment = new Replenishment(sqlite, this.ledger, this.outbox, this.allocationDesk, clock);
    // Stock has just moved at the operator: retailers below their trigger are topped up.
    this.sync.onCycleFinished = () => {
      this.replenishment.run();
      // The sales just pulled are counted into the customer lines in the background, off the pull.
      customerLineCounter(sqlite)
        .catchUpInBackground(clock)
        .catch((error: unknown) => this.sync.onError(error));
    };
    this.payments = new RetailerPayments(sqlite, this.ledger, this.retailers, clock, () =>
      this.baseCurrency(),
    );
    this.settlements = new SettlementBook({
      sqlite,
      ledger: this.ledger,
      cycle: () => this.settings.get().settlementCycle,
      operators: () => this.operators.all().map(({ id, name, units, scale }) => ({ id, name, units, scale })),
      plans: () => plansByCode(this.commissionPlans.list()),
      currency: () => ({ code: this.baseCurrency(), scale: currencyScale(this.baseCurrency()) }),
      createdAtMs: () => Date.parse(this.summary().createdAt),
      clock,
    });
    this.settlementExports = new SettlementExportJobs(
      (request) => settlementExportSource(this, request),
      clock,
    );
  }

  /** The currency money is counted in (what retailers owe and pay). */
  baseCurrency(): string {
    this.baseCurrencyCached ??= this.summary().baseCurrency;
    return this.baseCurrencyCached;
  }

  private baseCurrencyCached: string | undefined;

  static async create(
    environment: WorkspaceEnvironment,
    input: { dataDir: string; distributorName: string; baseCurrency: string },
  ): Promise<Workspace> {
    const path = databasePath(input.dataDir);
    if (existsSync(path)) {
      throw new AppError(
        'business_rule',
        `A workspace already exists at ${input.dataDir}; open it instead.`,
        {
          reason: 'workspace_exists',
        },
      );
    }
    const key = await environment.keyProvider.keyForNewWorkspace(input.dataDir);
    mkdirSync(input.dataDir, { recursive: true });
    let sqlite: Database.Database | undefined;
    try {
      sqlite = openEncryptedDatabase(path, key, { create: true, keySource: environment.keyProvider.source });
      applyConnectionSettings(sqlite);
      const journal = readMigrationJournal(environment.migrationsFolder);
      applyMigrations(sqlite, environment.migrationsFolder, journal);
      const db = drizzle(sqlite, { schema });
      db.insert(schema.workspaceProfile)
        .values({
          id: profileId,
          distributorName: input.distributorName,
          baseCurrency: input.baseCurrency,
          createdAt: (environment.now?.() ?? new Date()).toISOString(),
          createdByAppVersion: environment.appVersion,
        })
        .run();
      return new Workspace(input.dataDir, sqlite, db, environment.migrationsFolder, clockOf(environment));
    } catch (error) {
      // We created this file a moment ago: remove it so a failed creation leaves nothing half-made.
      sqlite?.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      throw error;
    }
  }

  static async open(environment: WorkspaceEnvironment, dataDir: string): Promise<Workspace> {
    const path = databasePath(dataDir);
    if (!existsSync(path)) {
      throw workspaceUnavailable(
        'not_found',
        `There is no Airledger workspace at ${dataDir}; create one first (airledger init).`,
      );
    }
    const sqlite = await openWithProvidedKey(environment.keyProvider, dataDir, path);
    try {
      const journal = readMigrationJournal(environment.migrationsFolder);
      assertSchemaKnown(sqlite, journal, dataDir);
      applyConnectionSettings(sqlite);
      // Migrations still to apply: the encrypted file is copied aside first (see preMigrationBackup).
      await migrateWithBackup({
        sqlite,
        dataDir,
        path,
        migrationsFolder: environment.migrationsFolder,
        journal,
        clock: clockOf(environment),
      });
      const workspace = new Workspace(
        dataDir,
        sqlite,
        drizzle(sqlite, { schema }),
        environment.migrationsFolder,
        clockOf(environment),
      );
      workspace.summary(); // a workspace without its profile row is not one we made
      workspace.operators.sealPlainCredentials(); // credentials stored before they were sealed
      return workspace;
    } catch (error) {
      sqlite.close();
      throw error;
    }
  }

  summary(): WorkspaceSummary {
    const profile = this.db.select().from(schema.workspaceProfile).get();
    if (profile === undefined) {
      throw workspaceUnavailable(
        'not_a_workspace',
        `The database at ${this.dataDir} has no workspace profile; it was not created by Airledger.`,
      );
    }
    const journal = readMigrationJournal(this.migrationsFolder);
    return {
      dataDir: this.dataDir,
      distributorName: profile.distributorName,
      baseCurrency: profile.baseCurrency,
      createdAt: profile.createdAt,
      schemaVersion: readSchemaState(this.sqlite, journal).versionApplied,
    };
  }

  verify(): VerifyReport {
    const journal = readMigrationJournal(this.migrationsFolder);
    const state = readSchemaState(this.sqlite, journal);
    const header = readFileHeader(databasePath(this.dataDir), 16).toString('latin1');
    const encrypted = !header.startsWith('SQLite format 3');
    const quickCheck = (this.sqlite.pragma('quick_check', { simple: true }) as string) ?? 'unknown';
    const foreignKeyViolations = (this.sqlite.pragma('foreign_key_check') as unknown[]).length;
    const checks = [
      {
        name: 'encryption',
        ok: encrypted,
        detail: encrypted ? 'file header is ciphertext' : 'file header is plain SQLite',
      },
      {
        name: 'schema',
        ok: state.versionApplied === state.versionKnown,
        detail: `schema ${state.versionApplied} of ${state.versionKnown}`,
      },
      { name: 'integrity', ok: quickCheck === 'ok', detail: `quick_check: ${quickCheck}` },
      {
        name: 'foreign keys',
        ok: foreignKeyViolations === 0,
        detail: `${foreignKeyViolations} violation(s)`,
      },
    ];
    const failed = checks.filter((check) => !check.ok);
    if (failed.length > 0) {
      throw new AppError(
        'workspace_unavailable',
        `The workspace at ${this.dataDir} failed verification: ${failed.map((c) => `${c.name} (${c.detail})`).join('; ')}.`,
        { reason: 'verification_failed' },
      );
    }
    return {
      dataDir: this.dataDir,
      encrypted: true,
      schemaVersion: state.versionApplied,
      schemaVersionExpected: state.versionKnown,
      integrity: 'ok',
      checks,
    };
  }

  /** The demo operators inside the app, by operator id, each started on first use. */
  private readonly embedded = new Map<string, Promise<OperatorSandbox>>();

  /** A demo operator inside the app (the first one by default), started on first use, its state kept in this folder. */
  embeddedSandbox(operatorId: string = embeddedSandboxOperatorId): Promise<OperatorSandbox> {
    let started = this.embedded.get(operatorId);
    if (started === undefined) {
      started = startEmbeddedSandbox(this.dataDir, this.summary().baseCurrency, operatorId).catch(
        (error: unknown) => {
          this.embedded.delete(operatorId);
          throw error;
        },
      );
      this.embedded.set(operatorId, started);
    }
    return started;
  }

  /** Stops the settlement exports and sync (each at a safe point) and the demo operators, then closes the file. */
  async closeGracefully(): Promise<void> {
    await this.settlementExports.dispose();
    await this.sync.close();
    const embedded = [...this.embedded.values()];
    this.embedded.clear();
    for (const sandbox of embedded) await (await sandbox.catch(() => null))?.close();
    this.close();
  }

  private backgroundCheckpoints: BackgroundCheckpoints | undefined;

  /** The checkpoint worker, while one runs. */
  get checkpoints(): BackgroundCheckpoints | undefined {
    return this.backgroundCheckpoints;
  }

  /**
   * Moves WAL checkpoints to a worker thread (long-lived hosts: the desktop, browser mode, the
   * benchmarks); the CLI's short commands keep SQLite's inline checkpoints. False if no worker could start.
   */
  checkpointInBackground(onFailure?: (error: Error) => void): boolean {
    this.backgroundCheckpoints ??= BackgroundCheckpoints.start(this.sqlite, onFailure);
    return this.backgroundCheckpoints !== undefined;
  }

  close(): void {
    // Without closeGracefully's wait, a writer still running stops at its next read.
    void this.settlementExports.dispose();
    this.sync.schedule(null);
    this.backgroundCheckpoints?.stop();
    this.backgroundCheckpoints = undefined;
    if (this.sqlite.open) {
      // Fold the WAL back so the folder holds one self-contained file when the app is closed.
      this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      this.sqlite.close();
    }
  }
}
