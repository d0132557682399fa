import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A secret sealed with AES-256-GCM, as stored in a text column: this prefix, then base64url of
 * nonce ‖ ciphertext ‖ tag. The prefix tells a sealed value from a plain one written before sealing
 * existed, and names the format so a later one can be told apart.
 */
export const sealedPrefix = 'sealed:v1:';
export const sealingKeyBytes = 32;
const nonceBytes = 12;
const tagBytes = 16;

export function isSealed(value: string): boolean {
  return value.startsWith(sealedPrefix);
}

/**
 * Seals `plain` under `key`. `context` (the table, column and row it belongs to) is authenticated
 * with it, so a sealed value copied into another row or column no longer opens.
 */
export function sealBytes(plain: Buffer, key: Buffer, context: string): string {
  if (key.length !== sealingKeyBytes) throw new Error(`a sealing key has ${sealingKeyBytes} bytes`);
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const sealed = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return `${sealedPrefix}${sealed.toString('base64url')}`;
}

/** Opens a sealed value; throws when the key or the context is not the one it was sealed with, or it was altered. */
export function openSealedBytes(sealed: string, key: Buffer, context: string): Buffer {
  if (!isSealed(sealed)) throw new Error('not a sealed value');
  const bytes = Buffer.from(sealed.slice(sealedPrefix.length), 'base64url');
  if (bytes.length < nonceBytes + tagBytes) throw new Error('a sealed value is too short');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, nonceBytes));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
  return Buffer.concat([
    decipher.update(bytes.subarray(nonceBytes, bytes.length - tagBytes)),
    decipher.final(),
  ]);
}

export function sealText(plain: string, key: Buffer, context: string): string {
  return sealBytes(Buffer.from(plain, 'utf8'), key, context);
}

export function openSealedText(sealed: string, key: Buffer, context: string): string {
  return openSealedBytes(sealed, key, context).toString('utf8');
}
