import { hkdfSync, randomBytes, scryptSync } from 'node:crypto';
import type { DatabaseKey } from '../workspace/databaseKey';
import { sealingKeyBytes } from './sealedValue';

/**
 * How a key-encryption key is derived from the workspace's database key, stored with each wrapping
 * so that raising the cost later leaves existing wrappings readable.
 * - A raw key (the desktop's random 256 bits) has full entropy: HKDF-SHA256 is enough.
 * - A passphrase does not: scrypt (2^15 × 8, about 32 MB and a tenth of a second, as for user
 *   passwords), so a wrapped data key that leaves the database (a plaintext dump, say) is no faster
 *   to guess the passphrase from than the database file itself.
 * The info string keeps this key apart from anything else ever derived from the same key.
 */
export const hkdfDerivation = 'hkdf-sha256';
export const scryptDerivation = 'scrypt:15:8:1';
const hkdfInfo = 'airledger credential key-encryption key v1';
const saltBytes = 16;

export function newDerivationSalt(): Buffer {
  return randomBytes(saltBytes);
}

/** The derivation a new wrapping under `key` uses. */
export function derivationFor(key: DatabaseKey): string {
  return key.kind === 'raw' ? hkdfDerivation : scryptDerivation;
}

export function deriveKeyEncryptionKey(key: DatabaseKey, derivation: string, salt: Buffer): Buffer {
  const secret = key.kind === 'raw' ? Buffer.from(key.keyHex, 'hex') : Buffer.from(key.passphrase, 'utf8');
  if (derivation === hkdfDerivation) {
    return Buffer.from(hkdfSync('sha256', secret, salt, hkdfInfo, sealingKeyBytes));
  }
  const scrypt = /^scrypt:(\d+):(\d+):(\d+)$/.exec(derivation);
  if (scrypt === null) throw new Error(`unknown key derivation "${derivation}"`);
  const [log2N, blockSize, parallelism] = scrypt.slice(1).map(Number) as [number, number, number];
  const N = 2 ** log2N;
  // maxmem must exceed 128 × N × r bytes, or scrypt refuses.
  return scryptSync(secret, salt, sealingKeyBytes, {
    N,
    r: blockSize,
    p: parallelism,
    maxmem: 256 * N * blockSize,
  });
}
