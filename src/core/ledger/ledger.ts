import type Database from 'better-sqlite3';
import { LedgerAccounts } from './ledgerAccounts';
import { LedgerReader } from './ledgerReader';
import { LedgerVerifier } from './ledgerVerifier';
import { LedgerWriter } from './ledgerWriter';

/**
 * The ledger of one workspace: the only way money and airtime move. Writes go through one writer
 * (entries) and the account registry; reads and verification never write.
 */
export class Ledger {
  readonly accounts: LedgerAccounts;
  readonly writer: LedgerWriter;
  readonly reader: LedgerReader;
  readonly verifier: LedgerVerifier;

  constructor(sqlite: Database.Database, clock: () => number = Date.now) {
    this.accounts = new LedgerAccounts(sqlite, clock);
    this.writer = new LedgerWriter(sqlite, clock);
    this.reader = new LedgerReader(sqlite);
    this.verifier = new LedgerVerifier(sqlite, clock);
  }
}
