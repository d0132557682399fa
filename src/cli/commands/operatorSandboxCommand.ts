import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { AppError } from '../../core/appError';
import { demoTrafficRatePerMinute, startDemoSandbox } from '../../core/operatorSandbox/demoSandbox';
import { parseFaultSpec } from '../../core/operatorSandbox/faultSettings';
import type { GlobalOptions } from '../cliCore';
import type { CommandRunner } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { wholeNumberArgument } from '../wholeNumberArgument';

export const defaultOperatorSandboxPort = 4880;

function faultSpec(value: string): string {
  try {
    parseFaultSpec(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  return value;
}

interface SandboxCommandOptions {
  port: number;
  faults?: string;
  seed: number;
  state?: string;
  trafficRate: number;
  retailers: number;
}

export function operatorSandboxCommand(program: Command, run: CommandRunner): void {
  program
    .command('operator-sandbox')
    .description('run a local TMF654 operator (127.0.0.1 only) with its own state, retail traffic and faults')
    .option(
      '--port <port>',
      'port on 127.0.0.1 (0 picks a free one)',
      wholeNumberArgument(0, 65535),
      defaultOperatorSandboxPort,
    )
    .option(
      '--faults <spec>',
      'e.g. latency=50:0.1,timeout=0.02,drop=0.02,error-before=0.02,error-after=0.02,conflict=0.01,duplicate-event=0.05',
      faultSpec,
    )
    .option(
      '--seed <n>',
      'seed for faults and traffic (the same seed replays the same run)',
      wholeNumberArgument(0, 2 ** 32 - 1),
      1,
    )
    .option('--state <file>', 'keep the operator state in this file across restarts')
    .option(
      '--traffic-rate <n>',
      'simulated sales per minute',
      wholeNumberArgument(0, 600_000),
      demoTrafficRatePerMinute,
    )
    .option(
      '--retailers <n>',
      'demo retailers to create in a fresh world, with wallets and stock',
      wholeNumberArgument(0, 1000),
      0,
    )
    .action(
      run(async (globals: GlobalOptions, options: SandboxCommandOptions) => {
        const sandbox = await startDemoSandbox({
          retailers: options.retailers,
          port: options.port,
          seed: options.seed,
          trafficRatePerMinute: options.trafficRate,
          log: (line) => process.stderr.write(`${line}\n`),
          ...(options.faults === undefined ? {} : { faults: options.faults }),
          ...(options.state === undefined ? {} : { stateFile: options.state }),
        }).catch((error: unknown) => {
          if ((error as { code?: string }).code === 'EADDRINUSE') {
            throw new AppError(
              'bad_input',
              `Port ${options.port} on 127.0.0.1 is already in use; pass --port with another number (0 picks a free one).`,
            );
          }
          throw error;
        });
        const value = {
          url: sandbox.url,
          tmfBaseUrl: sandbox.tmfBaseUrl,
          tokenUrl: sandbox.tokenUrl,
          adminUrl: sandbox.adminUrl,
          clientId: sandbox.clientId,
          clientSecret: sandbox.clientSecret,
          seed: options.seed,
        };
        if (globals.json === true) process.stdout.write(`${JSON.stringify({ ok: true, value })}\n`);
        else {
          process.stdout.write(
            `${[
              `Operator sandbox (TMF654) listening on ${sandbox.url}`,
              `  API base:      ${value.tmfBaseUrl}`,
              `  Token URL:     ${value.tokenUrl}`,
              `  Client id:     ${value.clientId}`,
              `  Client secret: ${value.clientSecret}`,
              `  Admin:         ${value.adminUrl} (loopback tools: retailers, faults, traffic, settle, stats)`,
              `  Seed ${options.seed}, ${options.trafficRate} sales/minute${options.faults === undefined ? '' : `, faults ${options.faults}`}${options.state === undefined ? '' : `, state in ${options.state}`}`,
              'Press Ctrl+C to stop.',
            ].join('\n')}\n`,
          );
        }
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await sandbox.close();
        return exitCode.success;
      }),
    );
}
