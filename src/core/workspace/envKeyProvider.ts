import { readFile } from 'node:fs/promises';
import { AppError, workspaceUnavailable } from '../appError';
import { type DatabaseKey, type KeyProvider, passphraseLengthMin } from './databaseKey';

export const keyEnvironmentVariable = 'AIRLEDGER_DB_KEY';
const keyFileBytesMax = 4096;

/**
 * The CLI's and browser mode's key: a passphrase from `--key-file` (first line) or from the
 * AIRLEDGER_DB_KEY environment variable. The same passphrase opens every workspace it created.
 */
export async function envKeyProvider(options: {
  keyFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
}): Promise<KeyProvider> {
  const env = options.env ?? process.env;
  let passphrase: string | undefined;
  let source: string;
  if (options.keyFile !== undefined) {
    source = `the key file ${options.keyFile}`;
    let text: string;
    try {
      const bytes = await readFile(options.keyFile);
      if (bytes.length > keyFileBytesMax) {
        throw new AppError(
          'bad_input',
          `The key file ${options.keyFile} is larger than ${keyFileBytesMax} bytes; it should hold one line.`,
        );
      }
      text = bytes.toString('utf8');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(
        'bad_input',
        `Cannot read the key file ${options.keyFile}: ${(error as Error).message}.`,
      );
    }
    passphrase = text.split(/\r?\n/, 1)[0];
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

  return { source, keyForNewWorkspace: resolveKey, keyForExistingWorkspace: resolveKey };
}
