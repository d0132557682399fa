import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { RetailerImportPreview, RetailerView } from '../../contract/retailerSchemas';
import { AppError } from '../../core/appError';
import { currencyScale } from '../../core/money/currencyScale';
import { amountArgument } from '../amountArgument';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { formatMinor } from '../formatMinor';
import { wholeNumberArgument } from '../wholeNumberArgument';
import { type CliCore, withWorkspace } from '../withWorkspace';

interface AddOptions {
  code?: string;
  name: string;
  subDistributor?: boolean;
  parent?: string;
  contact?: string;
  phone?: string;
  email?: string;
  region?: string;
  msisdn?: string;
  party?: string;
  postpaid?: boolean;
  creditLimit?: string;
  dailyLimit?: string;
  plan?: string;
}

async function currencyOf(call: CliCore['call']): Promise<{ currency: string; scale: number }> {
  const status = await call('workspace.status', {});
  const currency = status.state === 'open' ? status.workspace.baseCurrency : 'XOF';
  return { currency, scale: currencyScale(currency) };
}

/** An amount that may be zero (a limit), typed in major units. */
function limitArgument(text: string | undefined, scale: number, field: string): number | undefined {
  if (text === undefined) return undefined;
  if (/^\s*0+(\.0*)?\s*$/.test(text)) return 0;
  return amountArgument(text, scale, field);
}

function retailerLine(retailer: RetailerView, money: { currency: string; scale: number }): string {
  const terms =
    retailer.terms === 'postpaid'
      ? `postpaid, limit ${formatMinor(retailer.creditLimitMinor, money.scale, money.currency)}`
      : 'prepaid';
  const level = retailer.level === 'sub_distributor' ? 'sub-distributor' : 'retailer';
  const under = retailer.parentCode === null ? '' : ` under ${retailer.parentCode}`;
  return `${retailer.code}  ${retailer.name} (${level}${under}, ${terms}, ${retailer.status})`;
}

function addCommand(retailer: Command, run: CommandRunner): void {
  retailer
    .command('add')
    .description(
      'onboard a retailer or sub-distributor (its reseller code is generated unless --code is given)',
    )
    .requiredOption('--name <name>', "the retailer's name")
    .option('--code <code>', 'reseller code (2 to 32 letters, digits or -)')
    .option('--sub-distributor', 'a sub-distributor, which retailers can sit under')
    .option('--parent <code>', 'the sub-distributor above it (default: directly under the distributor)')
    .option('--contact <name>', 'contact person')
    .option('--phone <number>', 'contact phone')
    .option('--email <address>', 'contact e-mail')
    .option('--region <region>', 'region')
    .option('--msisdn <digits>', "the MSISDN of the retailer's wallet at the operator")
    .option('--party <id>', "the retailer's party id at the operator (default: its code)")
    .option('--postpaid', 'postpaid terms: it owes for allocations up to --credit-limit')
    .option('--credit-limit <amount>', 'what a postpaid retailer may owe, in the workspace currency')
    .option('--daily-limit <amount>', 'most it may be allocated in a day')
    .option('--plan <code>', 'commission plan')
    .action(
      run(async (globals: GlobalOptions, options: AddOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const money = await currencyOf(call);
          const creditLimitMinor = limitArgument(options.creditLimit, money.scale, '--credit-limit');
          const dailyLimitMinor = limitArgument(options.dailyLimit, money.scale, '--daily-limit');
          const added = await call('retailers.add', {
            name: options.name,
            level: options.subDistributor === true ? 'sub_distributor' : 'retailer',
            terms: options.postpaid === true ? 'postpaid' : 'prepaid',
            ...(options.code === undefined ? {} : { code: options.code }),
            ...(options.parent === undefined ? {} : { parentCode: options.parent }),
            ...(options.contact === undefined ? {} : { contactName: options.contact }),
            ...(options.phone === undefined ? {} : { phone: options.phone }),
            ...(options.email === undefined ? {} : { email: options.email }),
            ...(options.region === undefined ? {} : { region: options.region }),
            ...(options.msisdn === undefined ? {} : { walletMsisdn: options.msisdn }),
            ...(options.party === undefined ? {} : { operatorPartyId: options.party }),
            ...(creditLimitMinor === undefined ? {} : { creditLimitMinor }),
            ...(dailyLimitMinor === undefined ? {} : { dailyAllocationLimitMinor: dailyLimitMinor }),
            ...(options.plan === undefined ? {} : { commissionPlanCode: options.plan }),
          });
          printResult(globals, added, `Onboarded ${retailerLine(added, money)}.`);
          return exitCode.success;
        }),
      ),
    );
}

/** The same options as `add`, each optional, and --prepaid to go back from postpaid. */
type UpdateOptions = Partial<Omit<AddOptions, 'code' | 'subDistributor' | 'party'>> & { prepaid?: boolean };

function updateCommand(retailer: Command, run: CommandRunner): void {
  retailer
    .command('update <code>')
    .description("change a retailer's details, terms, credit limit, daily limit or commission plan")
    .option('--name <name>', "the retailer's name")
    .option(
      '--parent <code>',
      'move it (and its branch) under this sub-distributor; "none" for the distributor',
    )
    .option('--contact <name>', 'contact person')
    .option('--phone <number>', 'contact phone')
    .option('--email <address>', 'contact e-mail')
    .option('--region <region>', 'region')
    .option('--msisdn <digits>', "the MSISDN of the retailer's wallet at the operator")
    .option('--prepaid', 'prepaid terms: it pays before it is allocated')
    .option('--postpaid', 'postpaid terms: it owes for allocations up to --credit-limit')
    .option('--credit-limit <amount>', 'what a postpaid retailer may owe, in the workspace currency')
    .option('--daily-limit <amount>', 'most it may be allocated in a day ("none" to lift it)')
    .option('--plan <code>', 'commission plan ("none" to remove it)')
    .action(
      run(async (globals: GlobalOptions, options: UpdateOptions, [code = '']) =>
        withWorkspace(globals, async ({ call }) => {
          if (options.prepaid === true && options.postpaid === true) {
            throw new AppError('bad_input', 'Choose --prepaid or --postpaid, not both.');
          }
          const money = await currencyOf(call);
          const creditLimitMinor = limitArgument(options.creditLimit, money.scale, '--credit-limit');
          const dailyLimitMinor =
            options.dailyLimit === 'none'
              ? null
              : limitArgument(options.dailyLimit, money.scale, '--daily-limit');
          const terms =
            options.postpaid === true ? 'postpaid' : options.prepaid === true ? 'prepaid' : undefined;
          const changed = await call('retailers.update', {
            code,
            ...(options.name === undefined ? {} : { name: options.name }),
            ...(options.parent === undefined
              ? {}
              : { parentCode: options.parent === 'none' ? null : options.parent }),
            ...(options.contact === undefined ? {} : { contactName: options.contact }),
            ...(options.phone === undefined ? {} : { phone: options.phone }),
            ...(options.email === undefined ? {} : { email: options.email }),
            ...(options.region === undefined ? {} : { region: options.region }),
            ...(options.msisdn === undefined ? {} : { walletMsisdn: options.msisdn }),
            ...(terms === undefined ? {} : { terms }),
            ...(creditLimitMinor === undefined ? {} : { creditLimitMinor }),
            ...(dailyLimitMinor === undefined ? {} : { dailyAllocationLimitMinor: dailyLimitMinor }),
            ...(options.plan === undefined
              ? {}
              : { commissionPlanCode: options.plan === 'none' ? null : options.plan }),
          });
          printResult(globals, changed, retailerLine(changed, money));
          return exitCode.success;
        }),
      ),
    );
}

interface ListOptions {
  search?: string;
  status?: string;
  region?: string;
  branch?: string;
  limit: number;
}

function listCommand(retailer: Command, run: CommandRunner): void {
  retailer
    .command('list')
    .description('list retailers, sorted by name')
    .option('--search <text>', 'code, name, wallet MSISDN or phone')
    .option('--status <status>', 'active, suspended or closed')
    .option('--region <region>', 'one region')
    .option('--branch <code>', "only this sub-distributor's branch")
    .option('--limit <n>', 'most rows to print', wholeNumberArgument(1, 500), 100)
    .action(
      run(async (globals: GlobalOptions, options: ListOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const money = await currencyOf(call);
          const page = await call('retailers.list', {
            limit: options.limit,
            ...(options.search === undefined ? {} : { search: options.search }),
            ...(options.status === undefined
              ? {}
              : { statuses: [options.status as 'active' | 'suspended' | 'closed'] }),
            ...(options.region === undefined ? {} : { region: options.region }),
            ...(options.branch === undefined ? {} : { branchOf: options.branch }),
          });
          const lines = page.rows.map((row) => retailerLine(row, money));
          const more =
            page.total > page.rows.length
              ? `\n(${page.total - page.rows.length} more; narrow with --search)`
              : '';
          printResult(
            globals,
            page,
            page.total === 0
              ? 'No retailer matches.'
              : `${page.total} retailer(s)\n${lines.join('\n')}${more}`,
          );
          return exitCode.success;
        }),
      ),
    );
}

function showCommand(retailer: Command, run: CommandRunner): void {
  retailer
    .command('show <code>')
    .description("a retailer's details and balances: stock per operator, receivable, available credit")
    .action(
      run(async (globals: GlobalOptions, _options: unknown, [code = '']) =>
        withWorkspace(globals, async ({ call }) => {
          const money = await currencyOf(call);
          const detail = await call('retailers.get', { code });
          const sales = await call('retailers.sales', { code, limit: 5 });
          const { receivable } = detail;
          const lines = [
            retailerLine(detail.retailer, money),
            ...detail.stock.map(
              (stock) =>
                `  stock at ${stock.operatorId}: ${stock.balancePostedMinor} posted, ${stock.balanceAvailableMinor} available (${stock.assetCode})`,
            ),
            `  owes: ${formatMinor(receivable.balancePostedMinor, money.scale, money.currency)}`,
            ...sales.month.map(
              (month) =>
                `  sales this month: ${month.count}, ${month.faceValueMinor} face value (${month.assetCode})`,
            ),
            ...(receivable.availableCreditMinor === null
              ? []
              : [
                  `  available credit: ${formatMinor(receivable.availableCreditMinor, money.scale, money.currency)}`,
                ]),
          ];
          printResult(globals, { ...detail, sales }, lines.join('\n'));
          return exitCode.success;
        }),
      ),
    );
}

function statusCommand(retailer: Command, run: CommandRunner): void {
  for (const [name, status, description] of [
    ['suspend', 'suspended', 'suspend a retailer (no new allocations) with a reason'],
    ['reactivate', 'active', 'reactivate a suspended retailer'],
    ['close', 'closed', 'close a retailer for good, with a reason (nothing owed, no stock left)'],
  ] as const) {
    retailer
      .command(`${name} <code>`)
      .description(description)
      .option('--reason <text>', 'why (required to suspend or close)')
      .action(
        run(async (globals: GlobalOptions, options: { reason?: string }, [code = '']) =>
          withWorkspace(globals, async ({ call }) => {
            const money = await currencyOf(call);
            const changed = await call('retailers.setStatus', {
              code,
              status,
              ...(options.reason === undefined ? {} : { reason: options.reason }),
            });
            printResult(globals, changed, retailerLine(changed, money));
            return exitCode.success;
          }),
        ),
      );
  }
}

function previewText(preview: RetailerImportPreview): string {
  if (preview.fileError !== null) return preview.fileError;
  const problems = preview.rows
    .filter((row) => row.issues.length > 0)
    .flatMap((row) => row.issues.map((issue) => `  row ${row.rowNumber}: ${issue.field} ${issue.message}`));
  return [
    `${preview.rowCount} row(s): ${preview.validCount} ready, ${preview.invalidCount} with problems.`,
    ...(preview.unknownColumns.length > 0 ? [`Ignored columns: ${preview.unknownColumns.join(', ')}`] : []),
    ...problems,
  ].join('\n');
}

function importCommand(retailer: Command, run: CommandRunner): void {
  retailer
    .command('import <file>')
    .description('onboard retailers from a CSV or XLSX file: every row, or none if any row has a problem')
    .option('--dry-run', 'check every row and print the problems; import nothing')
    .action(
      run(async (globals: GlobalOptions, options: { dryRun?: boolean }, [file = '']) =>
        withWorkspace(globals, async ({ call }) => {
          let bytes: Buffer;
          try {
            bytes = readFileSync(file);
          } catch (error) {
            throw new AppError('bad_input', `Cannot read ${file}: ${(error as Error).message}.`);
          }
          const input = { fileName: basename(file), contentBase64: bytes.toString('base64') };
          const preview = await call('retailers.importPreview', input);
          if (options.dryRun === true || preview.fileError !== null || preview.invalidCount > 0) {
            const refused = preview.fileError !== null || preview.invalidCount > 0;
            if (globals.json === true && refused) {
              process.stdout.write(
                `${JSON.stringify({ ok: false, error: { code: 'bad_input', message: 'Nothing was imported.', reason: 'invalid_rows' }, preview })}\n`,
              );
            } else {
              printResult(
                globals,
                preview,
                `${previewText(preview)}${refused ? '\nNothing was imported.' : '\nDry run: nothing was imported.'}`,
              );
            }
            if (!refused) return exitCode.success;
            if (globals.json !== true)
              process.stderr.write(`airledger: ${file} has problems; nothing was imported.\n`);
            return exitCode.badInput;
          }
          const result = await call('retailers.importApply', input);
          printResult(
            globals,
            result,
            `Imported ${result.imported} retailer(s): ${result.codes.join(', ')}.`,
          );
          return exitCode.success;
        }),
      ),
    );
}

/** `airledger retailer …`: onboarding and the retailer list from the command line. */
export function retailerCommands(program: Command, run: CommandRunner): void {
  const retailer = program.command('retailer').description('onboard, list and manage retailers');
  addCommand(retailer, run);
  updateCommand(retailer, run);
  listCommand(retailer, run);
  showCommand(retailer, run);
  statusCommand(retailer, run);
  importCommand(retailer, run);
}
