/**
 * `npm run bench [-- --quick]`: the ledger benchmarks, the sync benchmarks, the retailers screen, the reports, then the
 * settlement workbook export, each in its own
 * process (a fresh heap and event loop each), with the same arguments. Exits 1 only if one breaks.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const suites = [
  'ledgerBench.ts',
  'syncBench.ts',
  'retailersScreenBench.ts',
  'reportsBench.ts',
  'settlementWorkbookBench.ts',
];
let failed = false;
for (const suite of suites) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, suite), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) failed = true;
  process.stdout.write('\n');
}
process.exitCode = failed ? 1 : 0;
