import type Database from 'better-sqlite3';
import type { AccountView, AssetView } from '../../contract/ledgerSchemas';
import { AppError } from '../appError';
import { normalSideByType } from './chartOfAccounts';
import { assertMinor } from './ledgerAssert';
import type { AccountRequest, AssetRequest } from './ledgerRequests';
import type { AccountRow, AssetRow } from './ledgerRows';
import { accountViewOf, assetViewOf } from './ledgerViews';

const assetCodePattern = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
const accountCodePattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

function badInput(path: string, message: string): AppError {
  return new AppError('bad_input', `${path} ${message}`, { issues: [{ path, message }] });
}

/**
 * Assets and accounts: created once with client ids (the same request twice returns the first
 * result, a different one under the same id is refused), never deleted.
 */
export class LedgerAccounts {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  createAsset(request: AssetRequest): AssetView {
    if (!assetCodePattern.test(request.code)) {
      throw badInput('code', 'must be 2 to 32 capitals, digits, - or _ (e.g. XOF, AIRTIME-MTN-CI)');
    }
    if (!Number.isInteger(request.scale) || request.scale < 0 || request.scale > 9) {
      throw badInput('scale', 'must be a whole number from 0 to 9');
    }
    if (!/^[A-Z]{3}$/.test(request.currency))
      throw badInput('currency', 'must be a three-letter ISO 4217 code');
    const existing = this.sqlite.prepare('SELECT * FROM ledger_assets WHERE code = ?').get(request.code) as
      | AssetRow
      | undefined;
    if (existing !== undefined) {
      const same =
        existing.kind === request.kind &&
        existing.currency === request.currency &&
        existing.scale === request.scale &&
        existing.operator_id === (request.operatorId ?? null);
      if (!same) {
        throw new AppError(
          'business_rule',
          `Asset ${request.code} already exists with another kind, currency or scale.`,
          {
            reason: 'asset_exists',
          },
        );
      }
      return assetViewOf(existing);
    }
    this.sqlite
      .prepare(
        'INSERT INTO ledger_assets (code, kind, currency, scale, name, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        request.code,
        request.kind,
        request.currency,
        request.scale,
        request.name,
        request.operatorId ?? null,
        this.clock(),
      );
    return assetViewOf(
      this.sqlite.prepare('SELECT * FROM ledger_assets WHERE code = ?').get(request.code) as AssetRow,
    );
  }

  createAccount(request: AccountRequest): AccountView {
    if (!accountCodePattern.test(request.code)) {
      throw badInput('code', 'must be 1 to 64 letters, digits or . _ : -');
    }
    if (request.balanceUpperBoundMinor !== undefined && request.balanceUpperBoundMinor !== null) {
      assertMinor(request.balanceUpperBoundMinor, 'balance upper bound');
      if (request.balanceUpperBoundMinor < 0)
        throw badInput('balanceUpperBoundMinor', 'must not be negative');
    }
    const flags = {
      debitsMustNotExceedCredits: request.debitsMustNotExceedCredits ?? false,
      creditsMustNotExceedDebits: request.creditsMustNotExceedDebits ?? false,
      bound: request.balanceUpperBoundMinor ?? null,
    };
    return this.sqlite
      .transaction((): AccountView => {
        const existing = this.sqlite.prepare('SELECT * FROM ledger_accounts WHERE id = ?').get(request.id) as
          | AccountRow
          | undefined;
        if (existing !== undefined) {
          const same =
            existing.code === request.code &&
            existing.asset_code === request.assetCode &&
            existing.type === request.type &&
            existing.owner_kind === request.ownerKind &&
            existing.owner_id === request.ownerId &&
            (existing.debits_must_not_exceed_credits === 1) === flags.debitsMustNotExceedCredits &&
            (existing.credits_must_not_exceed_debits === 1) === flags.creditsMustNotExceedDebits &&
            existing.balance_upper_bound_minor === flags.bound;
          if (!same) {
            throw new AppError(
              'business_rule',
              `Account ${request.id} already exists with different settings.`,
              {
                reason: 'id_reused',
              },
            );
          }
          return accountViewOf(existing);
        }
        if (
          this.sqlite.prepare('SELECT 1 FROM ledger_assets WHERE code = ?').get(request.assetCode) ===
          undefined
        ) {
          throw badInput('assetCode', `names no asset (${request.assetCode})`);
        }
        if (
          this.sqlite.prepare('SELECT 1 FROM ledger_accounts WHERE code = ?').get(request.code) !== undefined
        ) {
          throw new AppError('business_rule', `Another account already has the code ${request.code}.`, {
            reason: 'code_taken',
          });
        }
        this.sqlite
          .prepare(
            `INSERT INTO ledger_accounts (id, code, name, asset_code, type, normal_side, owner_kind, owner_id,
              debits_must_not_exceed_credits, credits_must_not_exceed_debits, balance_upper_bound_minor, closed, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
          )
          .run(
            request.id,
            request.code,
            request.name,
            request.assetCode,
            request.type,
            normalSideByType[request.type],
            request.ownerKind,
            request.ownerId,
            flags.debitsMustNotExceedCredits ? 1 : 0,
            flags.creditsMustNotExceedDebits ? 1 : 0,
            flags.bound,
            request.createdAtMs ?? this.clock(),
          );
        return accountViewOf(
          this.sqlite.prepare('SELECT * FROM ledger_accounts WHERE id = ?').get(request.id) as AccountRow,
        );
      })
      .immediate();
  }

  /**
   * Changes an account's upper bound (a retailer's credit limit). Lowering it below what the account
   * already carries, pending included, is refused: the books would break their own rule at once.
   */
  setBalanceUpperBound(accountId: string, boundMinor: number | null): AccountView {
    if (boundMinor !== null) {
      assertMinor(boundMinor, 'balance upper bound');
      if (boundMinor < 0) throw badInput('balanceUpperBoundMinor', 'must not be negative');
    }
    return this.sqlite
      .transaction((): AccountView => {
        const row = this.sqlite.prepare('SELECT * FROM ledger_accounts WHERE id = ?').get(accountId) as
          | AccountRow
          | undefined;
        if (row === undefined) throw badInput('accountId', `names no account (${accountId})`);
        if (boundMinor !== null) {
          const exposure =
            row.normal_side === 'debit'
              ? row.debits_pending_minor + row.debits_posted_minor - row.credits_posted_minor
              : row.credits_pending_minor + row.credits_posted_minor - row.debits_posted_minor;
          if (exposure > boundMinor) {
            throw new AppError(
              'business_rule',
              `Account ${row.code} already carries ${exposure} minor units; its limit cannot go below that.`,
              { reason: 'limit_below_balance' },
            );
          }
        }
        this.sqlite
          .prepare('UPDATE ledger_accounts SET balance_upper_bound_minor = ? WHERE id = ?')
          .run(boundMinor, accountId);
        return accountViewOf({ ...row, balance_upper_bound_minor: boundMinor });
      })
      .immediate();
  }

  /** A closed account takes no new movements; its pending entries can still be posted or voided. */
  setClosed(accountId: string, closed: boolean): AccountView {
    const changes = this.sqlite
      .prepare('UPDATE ledger_accounts SET closed = ? WHERE id = ?')
      .run(closed ? 1 : 0, accountId).changes;
    if (changes === 0) throw badInput('accountId', `names no account (${accountId})`);
    return accountViewOf(
      this.sqlite.prepare('SELECT * FROM ledger_accounts WHERE id = ?').get(accountId) as AccountRow,
    );
  }
}
