import { z } from 'zod';
import type { Permission } from './permissions';
import {
  CreateWorkspaceInput,
  OpenWorkspaceInput,
  SystemInfo,
  VerifyReport,
  WorkspaceStatus,
} from './workspaceSchemas';

/**
 * The contract: every operation the UI, the CLI or any transport may call, with its runtime-validated
 * input and output and the permission it needs. Transports register from this list in a loop.
 */
export interface OperationDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly permission: Permission;
  /** Changes state: transports may retry only operations that do not. */
  readonly mutates: boolean;
  readonly summary: string;
}

function operation<I extends z.ZodType, O extends z.ZodType>(
  definition: OperationDefinition<I, O>,
): OperationDefinition<I, O> {
  return definition;
}

const NoInput = z.object({}).strict();

export const operations = {
  'system.info': operation({
    input: NoInput,
    output: SystemInfo,
    permission: 'public',
    mutates: false,
    summary: 'Application version, transport, operator connection and sync state.',
  }),
  'workspace.status': operation({
    input: NoInput,
    output: WorkspaceStatus,
    permission: 'public',
    mutates: false,
    summary: 'Whether a workspace is open, and where a new one would be created.',
  }),
  'workspace.create': operation({
    input: CreateWorkspaceInput,
    output: WorkspaceStatus,
    permission: 'public',
    mutates: true,
    summary: 'Create a new encrypted workspace and open it.',
  }),
  'workspace.open': operation({
    input: OpenWorkspaceInput,
    output: WorkspaceStatus,
    permission: 'public',
    mutates: false,
    summary: 'Open an existing workspace with the key this host provides.',
  }),
  'workspace.verify': operation({
    input: NoInput,
    output: VerifyReport,
    permission: 'workspace.read',
    mutates: false,
    summary: 'Check the open workspace: encryption, schema version and file integrity.',
  }),
  'workspace.close': operation({
    input: NoInput,
    output: WorkspaceStatus,
    permission: 'workspace.manage',
    mutates: true,
    summary: 'Close the open workspace cleanly.',
  }),
} as const satisfies Record<string, OperationDefinition>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;
export type ParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
