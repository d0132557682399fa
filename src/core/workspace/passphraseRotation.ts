import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../appError';
import { type DatabaseKey, type KeyProvider, passphraseLengthMin } from './databaseKey';
import { syncFolder, writeFileDurably } from './durableFile';
import { readPassphraseFile } from './passphraseFile';

/**
 * Key changes for hosts keyed by a passphrase (the CLI and browser mode). With a key file it
 * maintains (browser mode), the new passphrase is written beside it as `<file>.next` before the
 * rekey and renamed over it after: a crash in between leaves the pending file, tried when the
 * current one no longer opens the workspace. Otherwise only this process learns the new passphrase.
 */
export function passphraseRotation(options: {
  source: string;
  /** The key file to keep up to date, when this host maintains it. */
  keyFile: string | undefined;
  /** The environment variable the passphrase came from, for the note. */
  variable: string | undefined;
  onCommit: (newPassphrase: string) => void;
}): Pick<KeyProvider, 'beginRotation' | 'pendingKey'> {
  const { keyFile } = options;
  const pendingFile = keyFile === undefined ? undefined : `${keyFile}.next`;
  const promotePending = async () => {
    if (keyFile === undefined || pendingFile === undefined) return;
    await rename(pendingFile, keyFile);
    await syncFolder(dirname(keyFile));
  };
  const rotation: Pick<KeyProvider, 'beginRotation' | 'pendingKey'> = {
    async beginRotation(_dataDir, newPassphrase) {
      if (newPassphrase === undefined || newPassphrase.length < passphraseLengthMin) {
        throw new AppError(
          'bad_input',
          `Changing the key of a workspace opened with ${options.source} needs a new passphrase of at least ${passphraseLengthMin} characters.`,
          { reason: 'new_passphrase_missing' },
        );
      }
      const newKey: DatabaseKey = { kind: 'passphrase', passphrase: newPassphrase };
      if (pendingFile !== undefined) await writeFileDurably(pendingFile, `${newPassphrase}\n`);
      return {
        newKey,
        keyStorageNote:
          keyFile !== undefined
            ? `The key file ${keyFile} now holds the new passphrase.`
            : options.variable !== undefined
              ? `Set ${options.variable} to the new passphrase before the next command: the old one no longer opens this workspace.`
              : `Put the new passphrase in ${options.source} before the next command: the old one no longer opens this workspace.`,
        commit: async () => {
          await promotePending();
          options.onCommit(newPassphrase);
        },
        abandon: async () => {
          if (pendingFile !== undefined) await rm(pendingFile, { force: true });
        },
      };
    },
  };
  if (pendingFile !== undefined) {
    rotation.pendingKey = async () => {
      if (!existsSync(pendingFile)) return null;
      const passphrase = (await readPassphraseFile(pendingFile)) ?? '';
      if (passphrase.length < passphraseLengthMin) return null;
      return {
        key: { kind: 'passphrase', passphrase },
        confirm: async () => {
          await promotePending();
          options.onCommit(passphrase);
        },
      };
    };
  }
  return rotation;
}
