import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are stored as scrypt hashes (memory-hard, in Node's own crypto): 2^15 × 8 × 1 costs
 * about 32 MB and a tenth of a second per guess. The parameters travel with each hash, so raising
 * them later leaves existing hashes verifiable.
 */
const costLog2 = 15;
const blockSize = 8;
const parallelism = 1;
const keyBytes = 32;
const saltBytes = 16;

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** log2N;
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128 × N × r bytes, or scrypt refuses.
    scrypt(password.normalize('NFC'), salt, keyBytes, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, costLog2, blockSize, parallelism);
  return [
    'scrypt',
    costLog2,
    blockSize,
    parallelism,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || key === undefined || salt === undefined) return false;
  const expected = Buffer.from(key, 'base64url');
  const derived = await derive(password, Buffer.from(salt, 'base64url'), Number(log2N), Number(r), Number(p));
  return derived.length === expected.length && timingSafeEqual(derived, expected);
}

/** A hash no password matches, checked when the username is unknown so both answers take as long. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoyHash;
}
