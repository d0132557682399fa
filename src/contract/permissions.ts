import { z } from 'zod';

/**
 * Permissions an operation can require. `public` operations are answered before a workspace exists
 * (the first-run screen needs them). Roles map to permissions in the core.
 */
export const permissions = [
  'public',
  'session', // any signed-in user, whatever the role: change one's own password
  'workspace.read',
  'workspace.manage',
  'ledger.read',
  'operator.manage', // connect an operator, link wallets
  'operator.act', // buy credit, allocate, top up: actions that move stock at the operator
  'retailers.read',
  'retailers.manage', // onboard, edit, suspend or close retailers; commission plans; imports
  'payments.record', // record money received from retailers
  'allocations.approve', // the checker of maker-checker: approve or reject held allocations
  'sync.read',
  'sync.run', // run or cancel a sync, retry or cancel a queued action
  'reports.read',
  'settlements.read',
  'settlements.close', // close a settlement period, correct its statements, record commission paid
  'settlements.approve', // the checker: approve a statement someone else closed or corrected
  'users.manage', // create users, change their roles, disable them, reset passwords
  'audit.read', // read and export the audit trail: who changed what, when, and what was refused
] as const;
export const Permission = z.enum(permissions);
export type Permission = z.infer<typeof Permission>;

export const roles = ['administrator', 'clerk', 'approver', 'accountant', 'auditor'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const transports = ['ipc', 'http', 'cli', 'test'] as const;
export const Transport = z.enum(transports);
export type Transport = z.infer<typeof Transport>;
