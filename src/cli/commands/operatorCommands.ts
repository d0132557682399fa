import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { uuidv7 } from 'uuidv7';
import type { OperatorActionView } from '../../contract/operatorSchemas';
import { AppError } from '../../core/appError';
import {
  distributorPartyAccountId,
  distributorPartyId,
  tmfBasePath,
  tokenPath,
  wholesaleBucketId,
} from '../../core/operator/tmf654';
import { defaultClientId, defaultClientSecret } from '../../core/operatorSandbox/sandboxOptions';
import { amountArgument } from '../amountArgument';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { wholeNumberArgument } from '../wholeNumberArgument';
import { type CliCore, withWorkspace } from '../withWorkspace';
import { operatorPayCommand } from './operatorPayCommand';

/** A secret from a file's first line, or an environment variable: never from the command line (ps shows it). */
function secretFrom(file: string | undefined, variable: string, what: string): string | undefined {
  if (file !== undefined) {
    try {
      const line = readFileSync(file, 'utf8').split(/\r?\n/)[0]?.trim() ?? '';
      if (line === '')
        throw new AppError('bad_input', `${file} is empty; its first line must be the ${what}.`);
      return line;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('bad_input', `Cannot read the ${what} from ${file}: ${(error as Error).message}.`);
    }
  }
  const value = process.env[variable];
  return value === undefined || value === '' ? undefined : value;
}

function describeAction(action: OperatorActionView, scale: number, units: string): string {
  const what = {
    purchase: 'Purchase',
    allocation: `Allocation to ${action.partyId ?? '?'}`,
    direct_topup: `Top-up of ${action.msisdn ?? '?'}`,
    allocation_reversal: `Reversal of an allocation to ${action.partyId ?? '?'}`,
  }[action.kind];
  return `${what} of ${formatMinor(action.amountMinor, scale, units)}: ${action.state} (reference ${action.clientReference})${action.statusReason ? ` — ${action.statusReason}` : ''}`;
}

interface ConnectOptions {
  sandbox?: string;
  id: string;
  name: string;
  baseUrl?: string;
  tokenUrl?: string;
  clientId?: string;
  clientSecretFile?: string;
  apiKeyFile?: string;
  distributorParty?: string;
  partyAccount?: string;
  wholesaleBucket?: string;
  units: string;
  scale: number;
  timeoutMs: number;
  offline?: boolean;
}

function connectCommand(operator: Command, run: CommandRunner): void {
  operator
    .command('connect')
    .description(
      'connect the workspace to a TMF654 operator (tested before it is saved); the client secret comes from --client-secret-file or $AIRLEDGER_OPERATOR_CLIENT_SECRET',
    )
    .option('--sandbox <url>', 'connect to an operator sandbox at this address (fills in its defaults)')
    .option('--id <id>', 'short id of the operator, e.g. mtn-ci', 'sandbox')
    .option('--name <name>', "the operator's name", 'Operator sandbox')
    .option('--base-url <url>', 'TMF654 base URL, base path included')
    .option('--token-url <url>', 'OAuth2 token endpoint')
    .option('--client-id <id>', 'OAuth2 client id')
    .option('--client-secret-file <file>', 'file whose first line is the OAuth2 client secret')
    .option('--api-key-file <file>', 'file whose first line is the API key, if the operator wants one')
    .option('--distributor-party <id>', "the distributor's party id at the operator")
    .option('--party-account <id>', "the distributor's party account id")
    .option('--wholesale-bucket <id>', "the distributor's wholesale bucket id")
    .option('--units <code>', 'currency the operator counts airtime in', 'XOF')
    .option('--scale <decimals>', 'decimals of that currency', wholeNumberArgument(0, 9), 0)
    .option('--timeout-ms <ms>', 'timeout of each request', wholeNumberArgument(500, 120_000), 10_000)
    .option('--offline', 'save without reaching the operator now')
    .action(
      run(async (globals: GlobalOptions, options: ConnectOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const sandbox = options.sandbox?.replace(/\/+$/, '');
          const clientSecret =
            secretFrom(options.clientSecretFile, 'AIRLEDGER_OPERATOR_CLIENT_SECRET', 'client secret') ??
            (sandbox === undefined ? undefined : defaultClientSecret);
          const apiKey = secretFrom(options.apiKeyFile, 'AIRLEDGER_OPERATOR_API_KEY', 'API key');
          const baseUrl = options.baseUrl ?? (sandbox === undefined ? undefined : `${sandbox}${tmfBasePath}`);
          const tokenUrl = options.tokenUrl ?? (sandbox === undefined ? undefined : `${sandbox}${tokenPath}`);
          const missing = [
            ['--base-url', baseUrl],
            ['--token-url', tokenUrl],
            ['--client-secret-file', clientSecret],
          ].filter(([, value]) => value === undefined);
          if (missing.length > 0) {
            throw new AppError(
              'bad_input',
              `operator connect needs ${missing.map(([name]) => name).join(', ')} (or --sandbox URL).`,
            );
          }
          const result = await call('operator.connect', {
            id: options.id,
            name: options.name,
            baseUrl: baseUrl as string,
            tokenUrl: tokenUrl as string,
            clientId: options.clientId ?? defaultClientId,
            clientSecret: clientSecret as string,
            ...(apiKey === undefined ? {} : { apiKey }),
            requestTimeoutMs: options.timeoutMs,
            distributorPartyId: options.distributorParty ?? distributorPartyId,
            partyAccountId: options.partyAccount ?? distributorPartyAccountId,
            wholesaleBucketId: options.wholesaleBucket ?? wholesaleBucketId,
            units: options.units,
            scale: options.scale,
            skipTest: options.offline === true,
          });
          const c = result.connection;
          printResult(
            globals,
            result,
            [
              `Connected ${c.name} (${c.id}) at ${c.baseUrl}; airtime is booked in ${c.assetCode}.`,
              result.test === null
                ? '  Not tested (--offline): the first sync will tell.'
                : `  ${result.test.message} Wholesale bucket holds ${formatMinor(result.test.wholesaleBalanceMinor ?? 0, c.scale, c.units)} (${result.test.durationMs} ms).`,
            ].join('\n'),
          );
          return exitCode.success;
        }),
      ),
    );
}

function walletCommands(operator: Command, run: CommandRunner): void {
  operator
    .command('link-retailer')
    .description("link a retailer's operator wallet to a stock account (looked up at the operator)")
    .requiredOption('--party <id>', "the retailer's party id at the operator")
    .requiredOption('--name <name>', "the retailer's name")
    .option('--msisdn <digits>', "the wallet's MSISDN")
    .option('--bucket <id>', "the wallet's bucket id (offline: skips the lookup)")
    .action(
      run(
        async (
          globals: GlobalOptions,
          options: { party: string; name: string; msisdn?: string; bucket?: string },
        ) =>
          withWorkspace(globals, async ({ call }) => {
            const wallet = await call('operator.linkRetailer', {
              partyId: options.party,
              name: options.name,
              ...(options.msisdn === undefined ? {} : { msisdn: options.msisdn }),
              ...(options.bucket === undefined ? {} : { bucketId: options.bucket }),
            });
            printResult(
              globals,
              wallet,
              `Linked ${wallet.name} (${wallet.partyId}): wallet ${wallet.bucketId}${wallet.msisdn ? ` (${wallet.msisdn})` : ''}, ledger account ${wallet.accountId}.`,
            );
            return exitCode.success;
          }),
      ),
    );
  operator
    .command('wallets')
    .description('the linked wallets and what the operator said they hold at the last sync')
    .action(
      run(async (globals: GlobalOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const connection = await call('operator.connection', {});
          const wallets = await call('operator.wallets', {});
          const units = connection?.units ?? '';
          const scale = connection?.scale ?? 0;
          printResult(
            globals,
            wallets,
            wallets
              .map(
                (wallet) =>
                  `${wallet.role.padEnd(9)} ${wallet.partyId.padEnd(12)} ${wallet.bucketId.padEnd(16)} ${
                    wallet.operatorRemainingMinor === null
                      ? 'not pulled yet'
                      : formatMinor(
                          wallet.operatorRemainingMinor + (wallet.operatorReservedMinor ?? 0),
                          scale,
                          units,
                        )
                  }`,
              )
              .join('\n') || 'No wallets linked.',
          );
          return exitCode.success;
        }),
      ),
    );
}

/** purchase, allocate, topup: each writes its pending entry and outbox row; `sync` sends them. */
function actionCommands(program: Command, run: CommandRunner): void {
  type Options = Record<string, string | undefined>;
  const enqueue =
    (make: (call: CliCore['call'], options: Options, amountMinor: number) => Promise<OperatorActionView>) =>
    (globals: GlobalOptions, options: Options) =>
      withWorkspace(globals, async ({ call }) => {
        const connection = await call('operator.connection', {});
        if (connection === null) {
          throw new AppError(
            'business_rule',
            'No operator is connected; run `airledger operator connect` first.',
            {
              reason: 'operator_not_connected',
            },
          );
        }
        const action = await make(call, options, amountArgument(options.amount ?? '', connection.scale));
        printResult(
          globals,
          action,
          `${describeAction(action, connection.scale, connection.units)}\n  Queued; \`airledger sync\` sends it.`,
        );
        return exitCode.success;
      });
  const common = (command: Command) =>
    command
      .requiredOption('--amount <amount>', "amount in the operator's units, e.g. 150000")
      .option('--note <text>', 'a note for the books')
      .option(
        '--id <id>',
        'client-generated action id (UUIDv7; default: a new one). The same id twice records one action.',
      );
  const note = (options: Options) => (options.note === undefined ? {} : { note: options.note });

  common(
    program
      .command('purchase')
      .description('buy bulk airtime from the operator (queued with its ledger reservation)'),
  ).action(
    run(
      enqueue((call, options, amountMinor) =>
        call('operator.purchase', { id: options.id ?? uuidv7(), amountMinor, ...note(options) }),
      ),
    ),
  );
  common(
    program
      .command('topup')
      .description("top up an end-user line from the distributor's stock (a direct sale)")
      .requiredOption('--msisdn <digits>', 'the line, international format without +')
      .option('--confirm-duplicate', 'the same line and amount a few minutes ago is meant: top it up again'),
  ).action(
    run(
      enqueue((call, options, amountMinor) =>
        call('operator.topup', {
          id: options.id ?? uuidv7(),
          msisdn: options.msisdn ?? '',
          amountMinor,
          confirmDuplicate: options.confirmDuplicate !== undefined,
          ...note(options),
        }),
      ),
    ),
  );
}

function syncCommand(program: Command, run: CommandRunner): void {
  program
    .command('sync')
    .description(
      'run one sync cycle: send the queue, confirm, pull sales and balances; exits 4 if the operator cannot be reached',
    )
    .option(
      '--settle-ms <ms>',
      'wait this long at most for sent actions to become final',
      wholeNumberArgument(0, 600_000),
      10_000,
    )
    .action(
      run(async (globals: GlobalOptions, options: { settleMs: number }) =>
        withWorkspace(globals, async ({ call }) => {
          const summary = await call('sync.run', { wait: true, settleWithinMs: options.settleMs });
          if (summary === null) throw new Error('a waited sync returns its summary');
          printResult(
            globals,
            summary,
            [
              `Sync ${summary.outcome}: sent ${summary.sent}, confirmed ${summary.confirmed}, failed ${summary.failed}, pulled ${summary.pulled} (booked ${summary.booked}), balances ${summary.balancesPulled}, conflicts ${summary.conflicts}; ${summary.stillOpen} still open.`,
              ...(summary.message === null ? [] : [`  ${summary.message}`]),
            ].join('\n'),
          );
          if (summary.outcome === 'offline') return exitCode.operatorUnreachable;
          return summary.outcome === 'completed' ? exitCode.success : exitCode.refused;
        }),
      ),
    );
  program
    .command('queue')
    .description('the operator actions waiting, in flight, needing attention or final')
    .option('--filter <which>', 'open | attention | final | all', 'open')
    .action(
      run(async (globals: GlobalOptions, options: { filter: string }) =>
        withWorkspace(globals, async ({ call }) => {
          if (!['open', 'attention', 'final', 'all'].includes(options.filter)) {
            throw new AppError('bad_input', '--filter must be open, attention, final or all.');
          }
          const connection = await call('operator.connection', {});
          const queue = await call('sync.queue', { filter: options.filter as 'open' });
          const c = queue.counts;
          printResult(
            globals,
            queue,
            [
              `${c.queued} queued, ${c.inFlight} in flight, ${c.needsAttention} need attention, ${c.confirmed} confirmed, ${c.cancelled} cancelled.`,
              ...queue.actions.map(
                (action) => `  ${describeAction(action, connection?.scale ?? 0, connection?.units ?? '')}`,
              ),
            ].join('\n'),
          );
          return exitCode.success;
        }),
      ),
    );
}

/** `airledger report reconciliation`. */
export function reconciliationReportCommand(report: Command, run: CommandRunner): void {
  report
    .command('reconciliation')
    .description(
      'ledger against operator per wallet, each difference with its cause (pull first with `airledger sync`)',
    )
    .option('--operator <id>', 'the operator to reconcile (default: the first connected)')
    .action(
      run(async (globals: GlobalOptions, options: { operator?: string }) =>
        withWorkspace(globals, async ({ call }) => {
          const result = await call(
            'reconciliation.report',
            options.operator === undefined ? {} : { operatorId: options.operator },
          );
          const money = (minor: number | null) =>
            minor === null ? '—' : formatMinor(minor, result.scale, result.units);
          const lines = [
            `Reconciliation with ${result.operatorName} at ${result.generatedAt}: ${result.totals.matched} matched, ${result.totals.explained} explained, ${result.totals.unexplained} unexplained, ${result.totals.notPulled} not pulled.`,
          ];
          for (const bucket of result.buckets) {
            lines.push(
              `  ${bucket.status.padEnd(11)} ${bucket.partyId.padEnd(12)} ledger ${money(bucket.ledgerPostedMinor)}, operator ${money(bucket.operatorTotalMinor)}, difference ${money(bucket.differenceMinor)}`,
            );
            for (const line of bucket.lines)
              lines.push(`      ${line.cause}: ${money(line.amountMinor)} — ${line.detail}`);
            if (bucket.linesOmitted > 0) lines.push(`      … and ${bucket.linesOmitted} more`);
          }
          printResult(globals, result, lines.join('\n'));
          return exitCode.success;
        }),
      ),
    );
}

/** The operator's commands: connect and wallets, the queued actions, sync, and its reconciliation. */
export function operatorCommands(program: Command, run: CommandRunner): void {
  const operator = program.command('operator').description('the operator connection and linked wallets');
  connectCommand(operator, run);
  walletCommands(operator, run);
  operatorPayCommand(operator, run);
  actionCommands(program, run);
  syncCommand(program, run);
}
