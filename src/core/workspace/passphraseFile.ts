import { readFile } from 'node:fs/promises';
import { AppError } from '../appError';

const keyFileBytesMax = 4096;

/** A passphrase kept in a file: its first line, exactly (spaces included), as every reader of key files takes it. */
export async function readPassphraseFile(path: string): Promise<string | undefined> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > keyFileBytesMax) {
      throw new AppError(
        'bad_input',
        `The key file ${path} is larger than ${keyFileBytesMax} bytes; it should hold one line.`,
      );
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_input', `Cannot read the key file ${path}: ${(error as Error).message}.`);
  }
  return text.split(/\r?\n/, 1)[0];
}
