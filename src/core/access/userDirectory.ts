import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { roles as knownRoles, type Role } from '../../contract/permissions';
import type { UserView } from '../../contract/userSchemas';
import { AppError } from '../appError';
import { decoyPasswordHash, hashPassword, passwordMatches } from './passwordHashing';

/** After this many failed sign-ins in a row the account locks, first for a minute, doubling after. */
export const failedSignInsBeforeLockOut = 5;
const firstLockOutMs = 60_000;
const longestLockOutMs = 30 * 60_000;

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  roles: string;
  password_hash: string;
  must_change_password: number;
  password_changed_at: number;
  failed_sign_ins: number;
  locked_until: number | null;
  last_sign_in_at: number | null;
  created_at: number;
  created_by: string;
  disabled_at: number | null;
  disabled_by: string | null;
  branch_code: string | null;
}

export interface Actor {
  readonly userId: string;
  readonly displayName: string;
}

export function rolesOf(row: UserRow): Role[] {
  return row.roles
    .split(',')
    .filter((role): role is Role => (knownRoles as readonly string[]).includes(role));
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** How long an account stays locked after `failures` failed sign-ins in a row. */
export function lockOutMs(failures: number): number {
  if (failures < failedSignInsBeforeLockOut) return 0;
  return Math.min(longestLockOutMs, firstLockOutMs * 2 ** (failures - failedSignInsBeforeLockOut));
}

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * The workspace's user accounts: creating them, signing them in, changing what they may do. Checks
 * that protect the workspace from locking itself out (the last administrator) live here, in the core.
 */
export class UserDirectory {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  anyExist(): boolean {
    return this.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM users)').pluck().get() === 1;
  }

  byId(id: string): UserRow | undefined {
    return this.sqlite.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  }

  private byUsername(username: string): UserRow | undefined {
    return this.sqlite.prepare('SELECT * FROM users WHERE username = ?').get(username.toLowerCase()) as
      | UserRow
      | undefined;
  }

  private require(id: string): UserRow {
    const row = this.byId(id);
    if (row === undefined) throw new AppError('not_found', `User ${id} does not exist in this workspace.`);
    return row;
  }

  list(): UserView[] {
    const rows = this.sqlite.prepare('SELECT * FROM users ORDER BY disabled_at IS NOT NULL, username').all();
    return (rows as UserRow[]).map((row) => this.view(row));
  }

  view(row: UserRow): UserView {
    const now = this.clock();
    const locked = row.locked_until !== null && row.locked_until > now;
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: rolesOf(row),
      state: row.disabled_at !== null ? 'disabled' : locked ? 'locked' : 'active',
      mustChangePassword: row.must_change_password === 1,
      lockedUntil: locked ? iso(row.locked_until) : null,
      lastSignInAt: iso(row.last_sign_in_at),
      createdAt: new Date(row.created_at).toISOString(),
      createdBy: row.created_by,
      disabledAt: iso(row.disabled_at),
      disabledBy: row.disabled_by,
      branchCode: row.branch_code,
    };
  }

  /** The first account of a workspace: its administrator, created by whoever sets the workspace up. */
  async setUpAdministrator(input: {
    username: string;
    displayName: string;
    password: string;
  }): Promise<UserRow> {
    const passwordHash = await hashPassword(input.password);
    return this.sqlite
      .transaction(() => {
        if (this.anyExist()) {
          throw new AppError('business_rule', 'This workspace already has users: sign in instead.', {
            reason: 'already_set_up',
          });
        }
        return this.insert({ ...input, roles: ['administrator'], passwordHash, mustChange: false }, 'setup');
      })
      .immediate();
  }

  async create(
    input: {
      username: string;
      displayName: string;
      roles: Role[];
      temporaryPassword: string;
      branchCode?: string | null | undefined;
    },
    actor: Actor,
  ): Promise<UserView> {
    this.refuseTakenUsername(input.username);
    this.refuseUnknownBranch(input.branchCode ?? null);
    const passwordHash = await hashPassword(input.temporaryPassword);
    const row = this.sqlite
      .transaction(() => {
        this.refuseTakenUsername(input.username);
        return this.insert({ ...input, passwordHash, mustChange: true }, actor.displayName);
      })
      .immediate();
    return this.view(row);
  }

  /** A partner office's branch is headed by a sub-distributor of this workspace. */
  private refuseUnknownBranch(branchCode: string | null): void {
    if (branchCode === null) return;
    const level = this.sqlite.prepare('SELECT level FROM retailers WHERE code = ?').pluck().get(branchCode) as
      | string
      | undefined;
    if (level !== 'sub_distributor') {
      throw new AppError(
        'bad_input',
        level === undefined
          ? `No retailer has the code ${branchCode}: a partner office's branch is a sub-distributor.`
          : `${branchCode} is a retailer, not a sub-distributor: a partner office's branch is headed by a sub-distributor.`,
        { issues: [{ path: 'branchCode', message: 'must name a sub-distributor' }] },
      );
    }
  }

  private refuseTakenUsername(username: string): void {
    const taken = this.byUsername(username);
    if (taken !== undefined) {
      throw new AppError('business_rule', `The username ${username} is taken (by ${taken.display_name}).`, {
        reason: 'username_taken',
        issues: [{ path: 'username', message: 'is taken' }],
      });
    }
  }

  private insert(
    input: {
      username: string;
      displayName: string;
      roles: Role[];
      passwordHash: string;
      mustChange: boolean;
      branchCode?: string | null | undefined;
    },
    createdBy: string,
  ): UserRow {
    const now = this.clock();
    const id = `usr_${randomUUID()}`;
    this.sqlite
      .prepare(
        `INSERT INTO users (id, username, display_name, roles, password_hash, must_change_password,
           password_changed_at, created_at, created_by, branch_code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.username.toLowerCase(),
        input.displayName,
        input.roles.join(','),
        input.passwordHash,
        input.mustChange ? 1 : 0,
        now,
        now,
        createdBy,
        input.branchCode ?? null,
      );
    return this.require(id);
  }

  update(
    input: {
      userId: string;
      displayName?: string | undefined;
      roles?: Role[] | undefined;
      disabled?: boolean | undefined;
      branchCode?: string | null | undefined;
    },
    actor: Actor,
  ): UserView {
    return this.sqlite
      .transaction(() => {
        const row = this.require(input.userId);
        const nextRoles = input.roles ?? rolesOf(row);
        const nextDisabled = input.disabled ?? row.disabled_at !== null;
        const nextBranch = input.branchCode === undefined ? row.branch_code : input.branchCode;
        this.refuseUnknownBranch(nextBranch === row.branch_code ? null : nextBranch);
        if (input.userId === actor.userId && nextDisabled) {
          throw new AppError(
            'business_rule',
            'You cannot disable your own account; another administrator can.',
            {
              reason: 'self_disable',
            },
          );
        }
        // Only an administrator of the whole network manages users: one restricted to a branch does not count.
        const staysAdministrator =
          nextRoles.includes('administrator') && !nextDisabled && nextBranch === null;
        const wasAdministrator =
          rolesOf(row).includes('administrator') && row.disabled_at === null && row.branch_code === null;
        if (!staysAdministrator && wasAdministrator) {
          if (this.activeAdministratorCount() <= 1) {
            throw new AppError(
              'business_rule',
              `${row.display_name} is the last active administrator: make another user administrator first.`,
              { reason: 'last_administrator' },
            );
          }
        }
        const now = this.clock();
        this.sqlite
          .prepare(
            `UPDATE users SET display_name = ?, roles = ?, disabled_at = ?, disabled_by = ?, branch_code = ? WHERE id = ?`,
          )
          .run(
            input.displayName ?? row.display_name,
            nextRoles.join(','),
            nextDisabled ? (row.disabled_at ?? now) : null,
            nextDisabled ? (row.disabled_by ?? actor.displayName) : null,
            nextBranch,
            row.id,
          );
        return this.view(this.require(row.id));
      })
      .immediate();
  }

  private activeAdministratorCount(): number {
    return this.sqlite
      .prepare(
        `SELECT count(*) FROM users WHERE disabled_at IS NULL AND branch_code IS NULL
           AND ',' || roles || ',' LIKE '%,administrator,%'`,
      )
      .pluck()
      .get() as number;
  }

  /** Sample users of a demo keep their published password rather than being asked to change it. */
  markPasswordChosen(userId: string): void {
    this.sqlite.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(userId);
  }

  /** A temporary password, to change at the next sign-in; it also lifts a lock-out. */
  async resetPassword(input: { userId: string; temporaryPassword: string }): Promise<UserView> {
    this.require(input.userId);
    const passwordHash = await hashPassword(input.temporaryPassword);
    this.sqlite
      .prepare(
        `UPDATE users SET password_hash = ?, must_change_password = 1, password_changed_at = ?,
           failed_sign_ins = 0, locked_until = NULL WHERE id = ?`,
      )
      .run(passwordHash, this.clock(), input.userId);
    return this.view(this.require(input.userId));
  }

  /**
   * Checks a username and password. Wrong answers count towards a lock-out; an unknown username
   * costs as much time as a known one and gets the same message.
   */
  async signIn(username: string, password: string): Promise<UserRow> {
    const row = this.byUsername(username);
    if (row === undefined) {
      await passwordMatches(password, await decoyPasswordHash());
      throw wrongCredentials();
    }
    this.refuseWhileLockedOut(row);
    if (!(await passwordMatches(password, row.password_hash))) {
      const lockedForMs = this.countFailure(row);
      if (lockedForMs > 0) {
        throw new AppError(
          'unauthenticated',
          `Wrong username or password. After ${row.failed_sign_ins + 1} failed attempts the account is locked for ${minutesText(lockedForMs)}.`,
          { reason: 'locked_out' },
        );
      }
      throw wrongCredentials();
    }
    if (row.disabled_at !== null) {
      throw new AppError(
        'unauthenticated',
        `This account was disabled by ${row.disabled_by ?? 'an administrator'}; ask an administrator to enable it.`,
        { reason: 'user_disabled' },
      );
    }
    this.sqlite
      .prepare('UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?')
      .run(this.clock(), row.id);
    return this.require(row.id);
  }

  private refuseWhileLockedOut(row: UserRow): void {
    const now = this.clock();
    if (row.locked_until !== null && row.locked_until > now) {
      throw new AppError(
        'unauthenticated',
        `Too many failed sign-ins for ${row.username}: try again in ${minutesText(row.locked_until - now)}, or ask an administrator to reset the password.`,
        { reason: 'locked_out' },
      );
    }
  }

  /** Records a failed attempt; returns how long the account is now locked for (0: not locked). */
  private countFailure(row: UserRow): number {
    const failures = row.failed_sign_ins + 1;
    const lockedForMs = lockOutMs(failures);
    this.sqlite
      .prepare('UPDATE users SET failed_sign_ins = ?, locked_until = ? WHERE id = ?')
      .run(failures, lockedForMs > 0 ? this.clock() + lockedForMs : null, row.id);
    return lockedForMs;
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<UserRow> {
    const row = this.require(userId);
    this.refuseWhileLockedOut(row);
    if (!(await passwordMatches(currentPassword, row.password_hash))) {
      this.countFailure(row);
      throw new AppError('business_rule', 'The current password is wrong.', {
        reason: 'wrong_password',
        issues: [{ path: 'currentPassword', message: 'is wrong' }],
      });
    }
    if (currentPassword === newPassword) {
      throw new AppError('bad_input', 'The new password must differ from the current one.', {
        issues: [{ path: 'newPassword', message: 'must differ from the current password' }],
      });
    }
    if (newPassword.toLowerCase().includes(row.username)) {
      throw new AppError('bad_input', 'The new password must not contain the username.', {
        issues: [{ path: 'newPassword', message: 'must not contain the username' }],
      });
    }
    const passwordHash = await hashPassword(newPassword);
    this.sqlite
      .prepare(
        `UPDATE users SET password_hash = ?, must_change_password = 0, password_changed_at = ?,
           failed_sign_ins = 0, locked_until = NULL WHERE id = ?`,
      )
      .run(passwordHash, this.clock(), userId);
    return this.require(userId);
  }
}

function wrongCredentials(): AppError {
  return new AppError('unauthenticated', 'Wrong username or password.', { reason: 'wrong_credentials' });
}
