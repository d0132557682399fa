import { createCliCore, type GlobalOptions } from './cliCore';

export type CliCore = Awaited<ReturnType<typeof createCliCore>>;

/** Opens the workspace of --data-dir, runs `body`, and always closes it cleanly. */
export async function withWorkspace(
  globals: GlobalOptions,
  body: (cli: CliCore) => Promise<number>,
): Promise<number> {
  const cli = await createCliCore(globals);
  try {
    await cli.call('workspace.open', globals.dataDir === undefined ? {} : { dataDir: globals.dataDir });
    return await body(cli);
  } finally {
    await cli.core.close();
  }
}
