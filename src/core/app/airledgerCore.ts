import type { z } from 'zod';
import type { CallResult, ContractErrorBody } from '../../contract/contractError';
import { isOperationName, type OperationName, operations } from '../../contract/operations';
import { unknownFields } from '../../contract/unknownFields';
import { defaultOfficeUpdateSettings } from '../../contract/updateSchemas';
import { refuseOutsideBranch, withinBranch } from '../access/branchRules';
import type { CallContext } from '../access/callContext';
import { isPermitted } from '../access/rolePermissions';
import { SessionBook } from '../access/sessionBook';
import { type SessionCaller, sessionContext } from '../access/sessionContext';
import { AppError } from '../appError';
import { recordRefusedCall, runAudited } from '../audit/auditedCall';
import type { MovedSettlementExport } from '../settlements/settlementExportJobs';
import { InstallSequence } from '../updates/installSequence';
import { UpdateService } from '../updates/updateService';
import type { CoreOptions } from './coreOptions';
import { type CoreState, operationHandlers } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

/** Readable field problems from a zod error: `baseCurrency: must be a three-letter ISO 4217 code`. */
export function issuesFromZod(error: z.ZodError): NonNullable<ContractErrorBody['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(input)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The application behind every transport. `call` is the single entry point: it checks the operation
 * exists, the caller's permission, validates the input, runs the handler and validates the output.
 * Calls run one at a time so a workspace is never opened or created twice concurrently.
 */
export class AirledgerCore {
  private readonly state: CoreState;
  private queue: Promise<unknown> = Promise.resolve();
  /** Unexpected errors are reported here (the host logs them); callers get a generic message. */
  onInternalError: (operation: string, error: unknown) => void = () => {};

  constructor(options: CoreOptions) {
    this.state = {
      options,
      workspace: null,
      lastLedgerVerify: null,
      sessions: new SessionBook(),
      updates: null,
    };
    if (options.updates !== undefined) this.state.updates = this.updateService(options.updates);
  }

  /** Starts looking for updates: now, then as the policy allows. A no-op where the host has no updater. */
  startUpdateChecks(): void {
    this.state.updates?.start();
  }

  /**
   * Not in the contract, for the desktop's "Save diagnostics bundle": the open workspace's schema
   * state and the last sync cycle's summary, nothing from the ledger.
   */
  diagnosticsSnapshot(): {
    workspace: { schemaVersion: number; migrationsApplied: number } | null;
    lastSyncState: unknown;
  } {
    const workspace = this.state.workspace;
    if (workspace === null) return { workspace: null, lastSyncState: null };
    const { schemaVersion } = workspace.summary();
    return {
      workspace: { schemaVersion, migrationsApplied: schemaVersion },
      lastSyncState: workspace.sync.last,
    };
  }

  /** Resolves once every call queued so far, writes included, has finished. */
  async drain(): Promise<void> {
    await this.queue;
  }

  private updateService(updates: NonNullable<CoreOptions['updates']>): UpdateService {
    const { updater, installId, onReady } = updates;
    const clock = this.state.options.now;
    return new UpdateService({
      updater,
      installId,
      currentVersion: this.state.options.appVersion,
      now: () => (clock === undefined ? Date.now() : clock().getTime()),
      office: () => this.state.workspace?.settings.get().updates ?? defaultOfficeUpdateSettings,
      busy: () => ({
        syncRunning: this.state.workspace?.sync.running != null,
        exportRunning: this.state.workspace?.settlementExports.anyRunning ?? false,
      }),
      install: () =>
        new InstallSequence({
          pendingWrites: { drain: () => this.drain() },
          sync: { stop: async () => this.state.workspace?.sync.close() },
          database: { close: () => this.close() },
          updater,
        }).run(),
      onReady: (found) => onReady?.(found.version),
      onError: (error) => this.state.options.onBackgroundError?.('update', error),
    });
  }

  /** A call from a trusted in-process caller that says who it is (the CLI's key holder, a test). */
  call(name: string, rawInput: unknown, context: CallContext): Promise<CallResult<unknown>> {
    return this.enqueue(() => this.execute(name, rawInput, context));
  }

  /** A call from a transport where people sign in: the session token says who is calling. */
  callInSession(name: string, rawInput: unknown, caller: SessionCaller): Promise<CallResult<unknown>> {
    return this.enqueue(() => this.execute(name, rawInput, caller));
  }

  /**
   * Not in the contract, for hosts in this process (the CLI): moves the workbook of one of the
   * caller's finished settlement exports to `destination` instead of sending it as bytes. The
   * caller needs what `settlements.exportFile` needs.
   */
  moveSettlementExport(
    jobId: string,
    destination: string,
    caller: CallContext | SessionCaller,
  ): Promise<CallResult<MovedSettlementExport>> {
    const name = 'settlements.exportFile';
    return this.enqueue(async () => {
      try {
        const context = this.authorize(name, caller);
        const moved = await requireWorkspace(this.state).settlementExports.moveFileTo(
          jobId,
          context.actor.userId,
          destination,
        );
        return { ok: true, value: moved };
      } catch (error) {
        return this.failed(name, error);
      }
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Who is calling, allowed to call `name`; refuses a session that is not live, or a missing
   * permission (an attempt at a state-changing operation the audit trail records, with `rawInput`).
   */
  private authorize(
    name: OperationName,
    caller: CallContext | SessionCaller,
    rawInput?: unknown,
  ): CallContext {
    const definition = operations[name];
    const context =
      'actor' in caller
        ? caller
        : sessionContext(this.state.workspace, this.state.sessions, name, definition, caller);
    try {
      if (!isPermitted(context, definition.permission)) {
        throw new AppError(
          'permission_denied',
          `${context.actor.displayName} may not ${name} (needs the ${definition.permission} permission).`,
        );
      }
      refuseOutsideBranch(name, context);
    } catch (error) {
      recordRefusedCall(this.state, name, rawInput, context, error);
      throw error;
    }
    return context;
  }

  /** A refusal as the caller gets it; anything that is not one is a bug, logged and told generically. */
  private failed(name: string, error: unknown): CallResult<never> {
    if (error instanceof AppError) return failure(error.toBody());
    this.onInternalError(name, error);
    return failure({
      code: 'internal',
      message: `Airledger hit an unexpected error during ${name}; it has been logged.`,
    });
  }

  private async execute(
    name: string,
    rawInput: unknown,
    caller: CallContext | SessionCaller,
  ): Promise<CallResult<unknown>> {
    if (!isOperationName(name)) {
      return failure({
        code: 'bad_input',
        message: `Unknown operation "${name}".`,
        reason: 'unknown_operation',
      });
    }
    const definition = operations[name];
    let context: CallContext;
    try {
      context = this.authorize(name, caller, rawInput);
    } catch (error) {
      if (error instanceof AppError) return failure(error.toBody());
      throw error;
    }
    const unknown = unknownFields(definition.input, rawInput ?? {});
    if (unknown.length > 0) {
      return failure({
        code: 'bad_input',
        message: `Invalid input for ${name}: ${unknown.map((path) => `${path} is not a field of ${name}`).join('; ')}.`,
        issues: unknown.map((path) => ({ path, message: 'is not a known field' })),
      });
    }
    const parsed = definition.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      return failure({
        code: 'bad_input',
        message: `Invalid input for ${name}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}.`,
        issues,
      });
    }
    try {
      const handler = operationHandlers[name] as (
        state: CoreState,
        input: unknown,
        context: CallContext,
      ) => Promise<unknown> | unknown;
      // The audit trail records the call inside the branch rules, so it sees the input as run.
      const value = await withinBranch(name, this.state, context, parsed.data, (input) =>
        runAudited(this.state, name, input, context, () => handler(this.state, input, context)),
      );
      const checked = definition.output.safeParse(value);
      if (!checked.success) {
        throw new Error(`output of ${name} broke its contract: ${checked.error.message}`);
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      // A refusal before the handler ran (outside the caller's branch); one recorded already is not again.
      recordRefusedCall(this.state, name, parsed.data, context, error);
      return this.failed(name, error);
    }
  }

  /** Closes the workspace cleanly (on quit, before an update installs, at the end of a test). */
  async close(): Promise<void> {
    this.state.updates?.stop();
    await this.queue;
    await this.state.workspace?.closeGracefully();
    this.state.workspace = null;
    this.state.sessions.clear();
  }
}

function failure(error: ContractErrorBody): CallResult<never> {
  return { ok: false, error };
}
