import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The data key that seals secrets stored in rows (operator client secrets and API keys), wrapped
 * under a key derived from the database key. One row normally; two only between the steps of a
 * change of database key (the same data key wrapped under the old and the new key), until the
 * rekey finishes or a crash in between is tidied up at the next open.
 */
export const credentialKeys = sqliteTable('credential_keys', {
  id: text('id').primaryKey(),
  /** How the key-encryption key is derived from the database key: `hkdf-sha256` or `scrypt:15:8:1`. */
  derivation: text('derivation').notNull(),
  /** base64url. */
  salt: text('salt').notNull(),
  /** The data key sealed with AES-256-GCM under the key-encryption key (`sealed:v1:…`). */
  wrappedKey: text('wrapped_key').notNull(),
  createdAt: integer('created_at').notNull(),
});
