import { z } from 'zod';

/** A passphrase chosen now (a new database key, a backup's passphrase): long enough to resist guessing. */
export const chosenPassphraseLengthMin = 12;
const passphraseLengthMax = 1024;

const ChosenPassphrase = z
  .string()
  .min(chosenPassphraseLengthMin, `must have at least ${chosenPassphraseLengthMin} characters`)
  .max(passphraseLengthMax, `is longer than ${passphraseLengthMax} characters`);

/** The passphrase and its repetition must match, so a typo never locks anyone out. */
const repeatedExactly = { message: 'must repeat the passphrase exactly' };

/**
 * A new database key. Hosts keyed by a passphrase (the CLI, browser mode) need the new one; the
 * desktop mints a random key in its keychain and takes none.
 */
export const RekeyWorkspaceInput = z
  .object({
    newPassphrase: ChosenPassphrase.optional(),
    newPassphraseRepeated: z.string().max(passphraseLengthMax).optional(),
  })
  .refine((input) => input.newPassphrase === input.newPassphraseRepeated, {
    ...repeatedExactly,
    path: ['newPassphraseRepeated'],
  });
export type RekeyWorkspaceInput = z.infer<typeof RekeyWorkspaceInput>;

export const RekeyWorkspaceResult = z.object({
  changedAt: z.string(),
  /** Where the new key lives now, and what the person must update (an environment variable, say). */
  keyStorage: z.string(),
});
export type RekeyWorkspaceResult = z.infer<typeof RekeyWorkspaceResult>;

/** What a backup says about itself, stored inside it (encrypted with it). */
export const BackupManifest = z.object({
  format: z.literal('airledger-backup-1'),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** The workspace it was taken from. */
  source: z.object({
    distributorName: z.string(),
    baseCurrency: z.string(),
    workspaceCreatedAt: z.string(),
    dataDir: z.string(),
  }),
  /** What opens it: the workspace's own passphrase, or a passphrase given for the backup. */
  encryptedWith: z.enum(['workspace_key', 'backup_passphrase']),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export const BackupWorkspaceInput = z
  .object({
    /**
     * The backup's own passphrase. Without one the workspace's key encrypts it, which only a
     * workspace opened with a passphrase allows (the desktop's key never leaves its keychain).
     */
    passphrase: ChosenPassphrase.optional(),
    passphraseRepeated: z.string().max(passphraseLengthMax).optional(),
    /** A file on the machine the core runs on (the command line's --out); without one the file comes back to download. */
    destination: z.string().trim().min(1).max(4096).optional(),
  })
  .refine((input) => input.passphrase === input.passphraseRepeated, {
    ...repeatedExactly,
    path: ['passphraseRepeated'],
  });
export type BackupWorkspaceInput = z.infer<typeof BackupWorkspaceInput>;

export const BackupResult = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  manifest: BackupManifest,
  /** Where it was written, for a destination; null for a download. */
  path: z.string().nullable(),
  /** The file itself for a download (it is encrypted); null when written to a destination. */
  contentBase64: z.string().nullable(),
});
export type BackupResult = z.infer<typeof BackupResult>;

/** A backup uploaded to restore (the first-run screen): up to this size; a larger one is restored with the CLI. */
export const backupUploadBytesMax = 256 * 1024 * 1024;

/**
 * Restores a backup over a workspace that does not open (a lost or changed key, a damaged file).
 * Refused while a workspace is open; the file it replaces is kept beside, renamed.
 */
export const RestoreWorkspaceInput = z.object({
  dataDir: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(1024, 'is longer than 1024 characters')
    .optional()
    .describe('Workspace folder; the default folder when omitted'),
  /** The backup file (.alb), as the browser read it. */
  backupBase64: z
    .string()
    .min(1, 'must not be empty')
    .max(Math.ceil((backupUploadBytesMax * 4) / 3) + 4, 'is larger than 256 MB'),
  /** The chosen file's name, for messages (the bytes are written to a temporary file of our own). */
  fileName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'is longer than 255 characters')
    .regex(/^[^/\\\n\r]+$/, 'must be a file name, without a folder')
    .optional(),
  /** The backup's own passphrase; without one, this host's workspace key is tried. */
  passphrase: z
    .string()
    .max(passphraseLengthMax, `is longer than ${passphraseLengthMax} characters`)
    .optional(),
});
export type RestoreWorkspaceInput = z.infer<typeof RestoreWorkspaceInput>;
