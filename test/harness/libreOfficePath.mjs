import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * LibreOffice's `soffice`, which the workbook tests recalculate spreadsheets with:
 * AIRLEDGER_SOFFICE, else the first `soffice` on the PATH, else the usual install places.
 */
export function findLibreOffice() {
  const executable = process.platform === 'win32' ? 'soffice.exe' : 'soffice';
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => folder !== '')
    .map((folder) => join(folder, executable));
  const candidates = [
    process.env.AIRLEDGER_SOFFICE,
    ...onPath,
    '/usr/lib/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ];
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path)) ?? null;
}
