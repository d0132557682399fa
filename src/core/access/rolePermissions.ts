import type { Permission, Role } from '../../contract/permissions';
import type { CallContext } from './callContext';

/** What each role may do. `public` needs no role. */
const permissionsByRole: Record<Role, readonly Permission[]> = {
  administrator: ['workspace.read', 'workspace.manage'],
  clerk: ['workspace.read'],
  approver: ['workspace.read'],
  accountant: ['workspace.read'],
  auditor: ['workspace.read'],
};

export function isPermitted(context: CallContext, permission: Permission): boolean {
  if (permission === 'public') return true;
  return context.actor.roles.some((role) => permissionsByRole[role].includes(permission));
}
