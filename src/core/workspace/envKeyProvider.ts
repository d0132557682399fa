import { workspaceUnavailable } from '../appError';
import { type DatabaseKey, type KeyProvider, passphraseLengthMin } from './databaseKey';
import { readPassphraseFile } from './passphraseFile';
import { passphraseRotation } from './passphraseRotation';

export const keyEnvironmentVariable = 'AIRLEDGER_DB_KEY';

/**
 * The CLI's and browser mode's key: a passphrase from `--key-file` (first line) or from the
 * AIRLEDGER_DB_KEY environment variable. The same passphrase opens every workspace it created.
 */
export async function envKeyProvider(options: {
  keyFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /**
   * A change of key writes the new passphrase into the key file (browser mode, whose server reads
   * it at every start). Otherwise the new passphrase is used by this process only, and whoever set
   * the variable or the file updates it.
   */
  keyFileFollowsRotation?: boolean;
}): Promise<KeyProvider> {
  const env = options.env ?? process.env;
  let passphrase: string | undefined;
  let source: string;
  if (options.keyFile !== undefined) {
    source = `the key file ${options.keyFile}`;
    passphrase = await readPassphraseFile(options.keyFile);
  } else {
    source = `the ${keyEnvironmentVariable} environment variable`;
    passphrase = env[keyEnvironmentVariable];
  }

  const resolveKey = async (): Promise<DatabaseKey> => {
    if (passphrase === undefined || passphrase.length === 0) {
      throw workspaceUnavailable(
        'key_missing',
        `No database key: set ${keyEnvironmentVariable} or pass --key-file with the workspace's passphrase.`,
      );
    }
    if (passphrase.length < passphraseLengthMin) {
      throw workspaceUnavailable(
        'key_too_short',
        `The database key from ${source} is shorter than ${passphraseLengthMin} characters.`,
      );
    }
    return { kind: 'passphrase', passphrase };
  };

  const rotation = passphraseRotation({
    source,
    keyFile: options.keyFileFollowsRotation === true ? options.keyFile : undefined,
    variable: options.keyFile === undefined ? keyEnvironmentVariable : undefined,
    // The new passphrase is the one this process opens workspaces with from now on.
    onCommit: (newPassphrase) => {
      passphrase = newPassphrase;
    },
  });
  return { source, keyForNewWorkspace: resolveKey, keyForExistingWorkspace: resolveKey, ...rotation };
}
