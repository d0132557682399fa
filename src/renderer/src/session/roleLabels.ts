import { type Role, roles } from '../../../contract/permissions';
import { i18n } from '../i18n/i18n';

/** A role as the screens name it, in the current language. */
export function roleLabel(role: Role): string {
  return i18n.t(`session:roles.${role}`);
}

/** For a roles picker, in the contract's order. */
export function roleOptions(): Array<{ value: Role; label: string }> {
  return roles.map((role) => ({ value: role, label: roleLabel(role) }));
}

/** "Clerk, Approver". */
export function rolesText(assigned: readonly Role[]): string {
  return assigned.map(roleLabel).join(i18n.t('session:rolesSeparator'));
}
