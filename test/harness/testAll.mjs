// The whole test suite, as the README and CI run it: system programs the tests need, then lint,
// typecheck, build, and every vitest project (unit, integration, end-to-end in Chromium).
// Ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromiumPath.mjs';
import { findLibreOffice } from './libreOfficePath.mjs';

const root = join(import.meta.dirname, '..', '..');
const results = [];

function run(label, command, args, options = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status === 0;
}

function ensureChromium() {
  if (findChromium() !== null) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('installing Debian chromium for the end-to-end tests', 'apt-get', ['update', '-qq'], { env });
    run('', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
    if (findChromium() !== null) return true;
  }
  process.stderr.write(
    '\nThe end-to-end tests need Chromium. Install it with:\n  sudo apt-get install -y chromium\n' +
      'or point AIRLEDGER_CHROMIUM at a Chromium or Chrome executable, then run this again.\n',
  );
  return false;
}

/** LibreOffice recalculates the exported settlement workbooks (test/core/settlements). */
function ensureLibreOffice() {
  if (findLibreOffice() !== null) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('installing Debian libreoffice-calc-nogui for the workbook tests', 'apt-get', ['update', '-qq'], {
      env,
    });
    run('', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc-nogui'], {
      env,
    });
    if (findLibreOffice() !== null) return true;
  }
  process.stderr.write(
    '\nThe settlement workbook tests need LibreOffice and will fail without it. Install it with:\n' +
      '  sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui\n' +
      'or point AIRLEDGER_SOFFICE at soffice, then run this again.\n',
  );
  return false;
}

/** Prints the count and keeps it in a file: CI repeats it as its very last line. */
function finish(passed, failed, skipped = 0) {
  const summary = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'summary.txt'), `${summary}\n`);
  process.stdout.write(`\n${summary}\n`);
  process.exit(failed === 0 ? 0 : 1);
}

if (!ensureChromium()) finish(0, 1);
// Without it only the recalculation tests fail (each says why); the rest still runs.
ensureLibreOffice();

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const [label, script] of [
  ['lint', 'lint'],
  ['typecheck', 'typecheck'],
  ['build', 'build'],
]) {
  results.push({
    label,
    ok: run(label, npm, ['run', '--silent', script], { shell: process.platform === 'win32' }),
  });
}

const report = join(root, 'test-results', 'vitest.json');
rmSync(report, { force: true });
const testsOk = run('tests (unit, integration, end-to-end)', npm, ['test', '--silent'], {
  shell: process.platform === 'win32',
});

let passed = results.filter((r) => r.ok).length;
let failed = results.length - passed;
let skipped = 0;
if (existsSync(report)) {
  const vitest = JSON.parse(readFileSync(report, 'utf8'));
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A test file that fails to load has no tests to count; count it once so it cannot pass silently.
  failed += vitest.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} else {
  failed += 1;
  process.stderr.write('vitest wrote no report: the test run itself failed to start.\n');
}
if (!testsOk && failed === 0) {
  // e.g. an unhandled error between tests: vitest fails the run though every test passed.
  failed += 1;
  process.stderr.write('vitest failed the run outside any single test (see its output above).\n');
}
for (const step of results.filter((r) => !r.ok)) process.stderr.write(`failed step: ${step.label}\n`);
finish(passed, failed, skipped);
