/**
 * Test-only: end-to-end tests set this to move the workspace clock forward (past a settlement
 * period's end, so it can be closed) without touching the machine's clock. Nobody sets it in use;
 * it is read here only, where the CLI and browser mode build the core's `now`.
 */
export const testClockOffsetVariable = 'AIRLEDGER_TEST_CLOCK_OFFSET_MS';

/** The core's `now` shifted by the variable's whole milliseconds, or nothing when it is unset. */
export function testClockFromEnvironment(
  environment: NodeJS.ProcessEnv = process.env,
): { now: () => Date } | Record<string, never> {
  const raw = environment[testClockOffsetVariable];
  if (raw === undefined || raw === '') return {};
  const offsetMs = Number(raw);
  if (!Number.isSafeInteger(offsetMs)) {
    throw new Error(`${testClockOffsetVariable} must be a whole number of milliseconds, got ${raw}`);
  }
  return { now: () => new Date(Date.now() + offsetMs) };
}
