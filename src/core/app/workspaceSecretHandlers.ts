import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Transport } from '../../contract/permissions';
import { AppError } from '../appError';
import type { DatabaseKey } from '../workspace/databaseKey';
import { twinSourceOf } from '../workspace/openEncryptedDatabase';
import { databasePath, Workspace } from '../workspace/workspace';
import { backUpWorkspace } from '../workspace/workspaceBackup';
import { rekeyDatabaseFile } from '../workspace/workspaceRekey';
import { restoreWorkspace } from '../workspace/workspaceRestore';
import { environment, type Handler, replaceWorkspace, workspaceStatus } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

type SecretOperation = 'workspace.rekey' | 'workspace.backup' | 'workspace.restore';

/** A backup comes back as bytes to download up to this size; a larger one is written with the CLI. */
export const backupDownloadBytesMax = 256 * 1024 * 1024;
/** Transports whose caller runs on the core's machine, and so may name a file to write there. */
const fileWritingTransports: readonly Transport[] = ['cli', 'test'];

/** `airledger-backup-20260501-103000.alb`: sorts by time, says what it is. */
function backupFileName(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `airledger-backup-${stamp}.alb`;
}

export const workspaceSecretHandlers: { [N in SecretOperation]: Handler<N> } = {
  /**
   * The workspace closes (sync and exports stop at a safe point), its file is rekeyed on a
   * connection of its own (see rekeyDatabaseFile for the crash-safe order), and it reopens with the
   * new key, everyone still signed in. If the rekey fails, it reopens with whichever key opens it.
   */
  'workspace.rekey': async (state, input) => {
    const workspace = requireWorkspace(state);
    const provider = state.options.keyProvider;
    if (provider.beginRotation === undefined) {
      throw new AppError(
        'business_rule',
        `This Airledger (keys from ${provider.source}) cannot change a workspace's key.`,
        {
          reason: 'rekey_unsupported',
        },
      );
    }
    const oldKey = twinSourceOf(workspace.sqlite)?.key;
    if (oldKey === undefined || oldKey === null) throw new Error('the open workspace has no database key');
    const dataDir = workspace.dataDir;
    const rotation = await provider.beginRotation(dataDir, input.newPassphrase);
    await workspace.closeGracefully();
    state.workspace = null;
    try {
      const outcome = await rekeyDatabaseFile(databasePath(dataDir), oldKey, rotation, provider.source);
      return { changedAt: new Date(workspace.clock()).toISOString(), keyStorage: outcome.keyStorageNote };
    } finally {
      await replaceWorkspace(state, await Workspace.open(environment(state), dataDir), {
        keepSessions: true,
      });
    }
  },

  'workspace.backup': async (state, input, context) => {
    const workspace = requireWorkspace(state);
    if (input.destination !== undefined && !fileWritingTransports.includes(context.transport)) {
      throw new AppError(
        'bad_input',
        'Only the command line writes a backup to a path; the app downloads it.',
        {
          reason: 'destination_not_allowed',
        },
      );
    }
    // A download is written to a private temporary folder first: it is ciphertext, and removed at once.
    const folder =
      input.destination === undefined ? await mkdtemp(join(tmpdir(), 'airledger-backup-')) : null;
    const destination =
      input.destination === undefined
        ? join(folder as string, backupFileName(workspace.clock()))
        : resolve(input.destination);
    try {
      const written = await backUpWorkspace(workspace, {
        destination,
        passphrase: input.passphrase,
        appVersion: state.options.appVersion,
        onProgress: (progress) =>
          state.options.onProgress?.(
            'backup',
            progress.bytesExpected === 0 ? 1 : Math.min(1, progress.bytesWritten / progress.bytesExpected),
            progress.stage,
          ),
      });
      const result = {
        fileName: basename(destination),
        sizeBytes: written.sizeBytes,
        manifest: written.manifest,
      };
      if (folder === null) return { ...result, path: written.path, contentBase64: null };
      if (written.sizeBytes > backupDownloadBytesMax) {
        throw new AppError(
          'business_rule',
          `This backup is ${Math.ceil(written.sizeBytes / 2 ** 20)} MB, more than a download carries (${backupDownloadBytesMax / 2 ** 20} MB): run \`airledger backup --out FILE\` on this computer instead.`,
          { reason: 'backup_too_large_to_download' },
        );
      }
      return { ...result, path: null, contentBase64: (await readFile(destination)).toString('base64') };
    } finally {
      if (folder !== null) await rm(folder, { recursive: true, force: true });
    }
  },
  /**
   * A workspace that does not open (its key changed with the OS keychain, its file damaged) is
   * replaced by an uploaded backup: checked first (key, schema, ledger chain), re-encrypted with this
   * host's key, swapped in whole; the file that did not open is kept as airledger.db.before-restore-<time>.
   */
  'workspace.restore': async (state, input) => {
    if (state.workspace !== null) {
      throw new AppError(
        'business_rule',
        'A workspace is open: restoring from the first screen is for a workspace that does not open. Close it first, or restore with `airledger restore`.',
        { reason: 'workspace_open' },
      );
    }
    const dataDir = resolve(input.dataDir ?? state.options.defaultDataDir);
    const provider = state.options.keyProvider;
    const workspaceKey = existsSync(databasePath(dataDir))
      ? await provider.keyForExistingWorkspace(dataDir)
      : await provider.keyForNewWorkspace(dataDir);
    const passphrase =
      input.passphrase === undefined || input.passphrase === '' ? undefined : input.passphrase;
    const backupKey: DatabaseKey =
      passphrase === undefined ? workspaceKey : { kind: 'passphrase', passphrase };
    const folder = await mkdtemp(join(tmpdir(), 'airledger-restore-'));
    try {
      const backupFile = join(folder, 'backup.alb');
      await writeFile(backupFile, Buffer.from(input.backupBase64, 'base64'), { mode: 0o600 });
      const now = state.options.now;
      await restoreWorkspace({
        backupFile,
        backupName: input.fileName ?? 'that was uploaded',
        dataDir,
        backupKey,
        backupKeySource: passphrase === undefined ? provider.source : 'the passphrase given',
        workspaceKey,
        migrationsFolder: state.options.migrationsFolder,
        force: true,
        now: now === undefined ? Date.now : () => now().getTime(),
        onProgress: (progress) =>
          state.options.onProgress?.(
            'restore',
            progress.bytesTotal === 0 ? 1 : Math.min(1, progress.bytesDone / progress.bytesTotal),
            progress.stage,
          ),
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    await replaceWorkspace(state, await Workspace.open(environment(state), dataDir));
    return workspaceStatus(state);
  },
};
