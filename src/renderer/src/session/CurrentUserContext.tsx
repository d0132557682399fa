import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Permission } from '../../../contract/permissions';
import type { SignedInUser } from '../../../contract/userSchemas';

export interface CurrentUser {
  user: SignedInUser;
  /** Whether the user's roles allow it: screens hide what they cannot do (the core still refuses). */
  can: (permission: Permission) => boolean;
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
}: Omit<CurrentUser, 'can'> & { children: ReactNode }) {
  const value = useMemo<CurrentUser>(() => {
    const granted = new Set<Permission>(user.permissions);
    return { user, can: (permission) => granted.has(permission), signOut, replaceUser, reload };
  }, [user, signOut, replaceUser, reload]);
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The person signed in on this window, and what they may do. */
export function useCurrentUser(): CurrentUser {
  const current = useContext(CurrentUserContext);
  if (current === null) throw new Error('useCurrentUser outside the session gate');
  return current;
}
