import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { OperationName } from '../../../contract/operations';
import type { Permission } from '../../../contract/permissions';
import type { SignedInUser } from '../../../contract/userSchemas';
import { useOperation } from '../client/useOperation';
import { mayCall } from './operationAccess';

export interface BranchHead {
  /** The sub-distributor's code: the branch a partner-office user works on. */
  code: string;
  /** Its name once read; null while reading, or when the user's roles do not read retailers. */
  name: string | null;
}

export interface CurrentUser {
  user: SignedInUser;
  /** Whether the user's roles allow it: screens hide what they cannot do (the core still refuses). */
  can: (permission: Permission) => boolean;
  /**
   * Whether the screens offer what calls this operation: the roles allow it and, for a partner-office
   * user, it concerns their branch rather than the whole network (the core still refuses).
   */
  canCall: (operation: OperationName) => boolean;
  /** A partner-office user's branch, read once for the session; null: the whole network. */
  branch: BranchHead | null;
  /** Ends the session and returns to the sign-in screen. */
  signOut: () => Promise<void>;
  /** Takes the user as the core now has it, after a password change or a change to one's own roles. */
  replaceUser: (user: SignedInUser) => void;
  /** Reads the signed-in user again from the core. */
  reload: () => Promise<void>;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({
  user,
  signOut,
  replaceUser,
  reload,
  children,
}: Omit<CurrentUser, 'can' | 'canCall' | 'branch'> & { children: ReactNode }) {
  const code = user.branchCode;
  const head = useOperation(
    'retailers.get',
    { code: code ?? '' },
    { enabled: code !== null && mayCall(user, 'retailers.get') },
  );
  const headName = code !== null && head.data?.retailer.code === code ? head.data.retailer.name : null;
  const value = useMemo<CurrentUser>(() => {
    const granted = new Set<Permission>(user.permissions);
    return {
      user,
      can: (permission) => granted.has(permission),
      canCall: (operation) => mayCall(user, operation),
      branch: user.branchCode === null ? null : { code: user.branchCode, name: headName },
      signOut,
      replaceUser,
      reload,
    };
  }, [user, headName, signOut, replaceUser, reload]);
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The person signed in on this window, and what they may do. */
export function useCurrentUser(): CurrentUser {
  const current = useContext(CurrentUserContext);
  if (current === null) throw new Error('useCurrentUser outside the session gate');
  return current;
}
