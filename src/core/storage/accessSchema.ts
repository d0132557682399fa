import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The people who sign in to this workspace. A user is disabled, never deleted, so every approval and
 * posting keeps the name of who made it. Sign-in failures and lock-outs live here too, so restarting
 * the app does not reset them.
 */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Stored lower-case: `Awa` and `awa` are one user. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** Comma-separated roles from the contract's list. */
    roles: text('roles').notNull(),
    /** `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`, base64url parts; never the password. */
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
    passwordChangedAt: integer('password_changed_at').notNull(),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: integer('locked_until'),
    lastSignInAt: integer('last_sign_in_at'),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    disabledAt: integer('disabled_at'),
    disabledBy: text('disabled_by'),
    /**
     * A partner-office user sees and acts on this sub-distributor's branch of the retailer
     * hierarchy only (the sub-distributor and everything under it); null: the whole network.
     */
    branchCode: text('branch_code'),
  },
  (table) => [
    uniqueIndex('users_username').on(table.username),
    check('users_username_lower_case', sql`${table.username} = lower(${table.username})`),
    check('users_roles_named', sql`length(${table.roles}) > 0`),
    check('users_failed_sign_ins_not_negative', sql`${table.failedSignIns} >= 0`),
  ],
);
