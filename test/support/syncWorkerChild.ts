/*
 * Child process of the sync fault test: opens an existing workspace and runs sync cycles against
 * the operator back to back, printing each cycle's summary, until it is killed.
 */
import { Workspace } from '../../src/core/workspace/workspace';
import { workspaceEnvironment } from './testCore';

async function syncUntilKilled(dataDir: string): Promise<never> {
  const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
  process.stdout.write('ready\n');
  for (;;) {
    const summary = await workspace.sync.start('schedule', { settleWithinMs: 200 });
    process.stdout.write(`cycle ${JSON.stringify({ sent: summary.sent, confirmed: summary.confirmed })}\n`);
  }
}

syncUntilKilled(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
