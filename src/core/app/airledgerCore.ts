import type { z } from 'zod';
import type { CallResult, ContractErrorBody } from '../../contract/contractError';
import { isOperationName, operations } from '../../contract/operations';
import type { CallContext } from '../access/callContext';
import { isPermitted } from '../access/rolePermissions';
import { SessionBook } from '../access/sessionBook';
import { type SessionCaller, sessionContext } from '../access/sessionContext';
import { AppError } from '../appError';
import type { CoreOptions } from './coreOptions';
import { type CoreState, operationHandlers } from './operationHandlers';

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
    this.state = { options, workspace: null, lastLedgerVerify: null, sessions: new SessionBook() };
  }

  /** A call from a trusted in-process caller that says who it is (the CLI's key holder, a test). */
  call(name: string, rawInput: unknown, context: CallContext): Promise<CallResult<unknown>> {
    return this.enqueue(name, rawInput, context);
  }

  /** A call from a transport where people sign in: the session token says who is calling. */
  callInSession(name: string, rawInput: unknown, caller: SessionCaller): Promise<CallResult<unknown>> {
    return this.enqueue(name, rawInput, caller);
  }

  private enqueue(
    name: string,
    rawInput: unknown,
    caller: CallContext | SessionCaller,
  ): Promise<CallResult<unknown>> {
    const run = this.queue.then(() => this.execute(name, rawInput, caller));
    this.queue = run.catch(() => undefined);
    return run;
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
      context =
        'actor' in caller
          ? caller
          : sessionContext(this.state.workspace, this.state.sessions, name, definition, caller);
    } catch (error) {
      if (error instanceof AppError) return failure(error.toBody());
      throw error;
    }
    if (!isPermitted(context, definition.permission)) {
      return failure({
        code: 'permission_denied',
        message: `${context.actor.displayName} may not ${name} (needs the ${definition.permission} permission).`,
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
      const value = await handler(this.state, parsed.data, context);
      const checked = definition.output.safeParse(value);
      if (!checked.success) {
        throw new Error(`output of ${name} broke its contract: ${checked.error.message}`);
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toBody());
      this.onInternalError(name, error);
      return failure({
        code: 'internal',
        message: `Airledger hit an unexpected error during ${name}; it has been logged.`,
      });
    }
  }

  /** Closes the workspace cleanly (on quit, before an update installs, at the end of a test). */
  async close(): Promise<void> {
    await this.queue;
    await this.state.workspace?.closeGracefully();
    this.state.workspace = null;
    this.state.sessions.clear();
  }
}

function failure(error: ContractErrorBody): CallResult<never> {
  return { ok: false, error };
}
