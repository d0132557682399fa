import { operationScopes } from '../../../contract/operationScopes';
import { type OperationName, operations } from '../../../contract/operations';
import type { SignedInUser } from '../../../contract/userSchemas';

type Caller = Pick<SignedInUser, 'permissions' | 'branchCode'>;

/**
 * Whether a screen should offer what calls `name` to this user: their roles grant its permission,
 * and, for a partner-office user, it is not about the whole network. The core refuses the same
 * calls whatever the screen shows; this only spares people buttons that cannot work.
 */
export function mayCall(user: Caller, name: OperationName): boolean {
  const permission = operations[name].permission;
  if (permission !== 'public' && !user.permissions.includes(permission)) return false;
  return user.branchCode === null || operationScopes[name] !== 'global';
}

/** Whether the user's branch alone keeps them from `name` (their roles would allow it). */
export function outsideBranchOnly(user: Caller, name: OperationName): boolean {
  return (
    user.branchCode !== null &&
    operationScopes[name] === 'global' &&
    mayCall({ ...user, branchCode: null }, name)
  );
}
