import { type Role, roles } from '../../../contract/permissions';

export const roleLabels: Record<Role, string> = {
  administrator: 'Administrator',
  clerk: 'Clerk',
  approver: 'Approver',
  accountant: 'Accountant',
  auditor: 'Auditor',
};

/** For a roles picker, in the contract's order. */
export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** "Clerk, Approver". */
export function rolesText(assigned: readonly Role[]): string {
  return assigned.map((role) => roleLabels[role]).join(', ');
}
