import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { findLibreOffice } from '../harness/libreOfficePath.mjs';

/**
 * Recalculation by a real spreadsheet program: LibreOffice keeps cached formula results by default,
 * so it runs with a profile of its own that forces recalculation on load (OOXMLRecalcMode = 0,
 * "always") and converts the workbook to a new xlsx, which is read back.
 */
const runFile = promisify(execFile);
const soffice = findLibreOffice();
export const conversionTimeoutMs = 180_000;

const forcedRecalculation = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A private LibreOffice profile that always recalculates; `close()` removes it. */
export function libreOfficeRecalculator(): {
  root: string;
  recalculated(file: string): Promise<ExcelJS.Workbook>;
  close(): void;
} {
  const root = mkdtempSync(join(tmpdir(), 'airledger-recalc-'));
  const profile = join(root, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), forcedRecalculation);
  return {
    root,
    async recalculated(file: string): Promise<ExcelJS.Workbook> {
      if (soffice === null) {
        throw new Error(
          'LibreOffice (soffice) is not installed, and these tests recalculate the settlement workbooks with it. ' +
            'Install it with: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui ' +
            '(npm run test:all does so itself when run as root on Debian), or set AIRLEDGER_SOFFICE to soffice.',
        );
      }
      const outputFolder = mkdtempSync(join(root, 'out-'));
      const { stdout, stderr } = await runFile(
        soffice,
        [
          '--headless',
          '--norestore',
          '--nolockcheck',
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--convert-to',
          'xlsx',
          '--outdir',
          outputFolder,
          file,
        ],
        { timeout: conversionTimeoutMs, killSignal: 'SIGKILL' },
      );
      const converted = join(outputFolder, basename(file));
      if (!existsSync(converted)) {
        throw new Error(`LibreOffice did not convert ${file}.\nstdout: ${stdout}\nstderr: ${stderr}`);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(converted);
      return workbook;
    },
    close: () => rmSync(root, { recursive: true, force: true }),
  };
}
