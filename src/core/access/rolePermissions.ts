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
  approver: ['workspace.read', 'ledger.read', 'retailers.read', 'allocations.approve', 'sync.read'],
  accountant: [
    'workspace.read',
    'ledger.read',
    'retailers.read',
    'payments.record',
    'sync.read',
    'sync.run',
    'reports.read',
  ],
  auditor: ['workspace.read', 'ledger.read', 'retailers.read', 'sync.read', 'reports.read'],
};

export function isPermitted(context: CallContext, permission: Permission): boolean {
  if (permission === 'public') return true;
  return context.actor.roles.some((role) => permissionsByRole[role].includes(permission));
}
