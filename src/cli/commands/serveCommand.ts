import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { AppError } from '../../core/appError';
import { backgroundSyncEveryMs } from '../../core/sync/syncManager';
import { startLoopbackServer } from '../../server/loopbackServer';
import { createCliCore, type GlobalOptions } from '../cliCore';
import type { CommandRunner } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { rendererFolder } from '../installPaths';

export const defaultServePort = 4870;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('must be a whole number from 0 to 65535 (0 picks a free port)');
  }
  return port;
}

export function serveCommand(program: Command, run: CommandRunner): void {
  program
    .command('serve')
    .description('serve the app to a browser on this machine (127.0.0.1 only) until stopped')
    .option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)', parsePort, defaultServePort)
    .action(
      run(async (globals: GlobalOptions, options: { port: number }) => {
        // Browser mode syncs in the background like the desktop app; one-shot commands do not.
        const { core, call } = await createCliCore(globals, {
          syncEveryMs: backgroundSyncEveryMs,
          checkpointInBackground: true,
          // The server reads its key file at every start: a key changed in the app must land there.
          keyFileFollowsRotation: true,
        });
        const status = await call('workspace.status', {});
        if (status.state === 'closed' && status.existsAtDefault) {
          // An existing workspace opens now, so a wrong key stops here with exit code 3, not in the browser.
          await call('workspace.open', {});
          const check = await call('ledger.lastVerify', {});
          if (check !== null && !check.ok) {
            process.stderr.write(
              `airledger: warning: the ledger check at start found ${check.violations.length + check.violationsOmitted} problem(s); run \`airledger verify\` for the list.\n`,
            );
          }
        }
        const server = await startLoopbackServer({
          core,
          rendererDir: rendererFolder(),
          port: options.port,
        }).catch(async (error: unknown) => {
          await core.close();
          if ((error as { code?: string }).code === 'EADDRINUSE') {
            throw new AppError(
              'bad_input',
              `Port ${options.port} on 127.0.0.1 is already in use; pass --port with another number (0 picks a free one).`,
            );
          }
          throw error;
        });
        if (globals.json === true) {
          process.stdout.write(
            `${JSON.stringify({ ok: true, value: { url: server.url, port: server.port } })}\n`,
          );
        } else {
          process.stdout.write(
            `Airledger is running in browser mode. Open this address (it carries this launch's secret):\n  ${server.url}\nPress Ctrl+C to stop.\n`,
          );
        }
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await server.close();
        await core.close();
        return exitCode.success;
      }),
    );
}
