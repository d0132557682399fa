import type { GlobalOptions } from './cliCore';

/** Wraps a command's action so its exit code reaches `main`; errors propagate to one reporter. */
export type CommandRunner = <O>(
  action: (globals: GlobalOptions, options: O, positionals: string[]) => Promise<number>,
) => (...args: unknown[]) => Promise<void>;

export function printResult(globals: GlobalOptions, value: unknown, humanText: string): void {
  process.stdout.write(globals.json === true ? `${JSON.stringify({ ok: true, value })}\n` : `${humanText}\n`);
}
