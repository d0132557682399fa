import type { Permission, Role } from '../../contract/permissions';
import type { CallContext } from './callContext';

/** What each role may do. `public` needs no role. */
const permissionsByRole: Record<Role, readonly Permission[]> = {
  administrator: [
    'workspace.read',
    'workspace.manage',
    'ledger.read',
    'operator.manage',
    'operator.act',
    'retailers.read',
    'retailers.manage',
    'payments.record',
    'allocations.approve',
    'sync.read',
    'sync.run',
    'reports.read',
    'settlements.read',
    'settlements.close',
    'settlements.approve',
    'users.manage',
    'audit.read',
  ],
  clerk: [
    'workspace.read',
    'ledger.read',
    'operator.act',
    'retailers.read',
    'retailers.manage',
    'payments.record',
    'sync.read',
    'sync.run',
  ],
  approver: [
    'workspace.read',
    'ledger.read',
    'retailers.read',
    'allocations.approve',
    'sync.read',
    'settlements.read',
    'settlements.approve',
  ],
  accountant: [
    'workspace.read',
    'ledger.read',
    'retailers.read',
    'payments.record',
    'sync.read',
    'sync.run',
    'reports.read',
    'settlements.read',
    'settlements.close',
    'settlements.approve',
    // Accountants reconcile: who recorded a payment or closed a period is part of that.
    'audit.read',
  ],
  auditor: [
    'workspace.read',
    'ledger.read',
    'retailers.read',
    'sync.read',
    'reports.read',
    'settlements.read',
    'audit.read',
  ],
};

/** What a set of roles may do, for the UI to hide what the user cannot do (the core still guards). */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>(['public', 'session']);
  for (const role of roles) for (const permission of permissionsByRole[role]) granted.add(permission);
  return [...granted];
}

export function isPermitted(context: CallContext, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (permission === 'session') return context.actor.roles.length > 0;
  return context.actor.roles.some((role) => permissionsByRole[role].includes(permission));
}
