import { z } from 'zod';
import { Permission, Role } from './permissions';

/** Passwords are at least this long; length beats composition rules. */
export const passwordLengthMin = 10;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'must be at least 2 characters')
  .max(40, 'must be at most 40 characters')
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'may use letters, digits, dots, dashes and underscores, starting with a letter or digit',
  );

export const DisplayName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters');

export const Password = z
  .string()
  .min(passwordLengthMin, `must be at least ${passwordLengthMin} characters`)
  .max(200, 'must be at most 200 characters');

export const Roles = z
  .array(Role)
  .min(1, 'must name at least one role')
  .transform((roles) => [...new Set(roles)]);

/** The person signed in on this session, with what they may do (the UI hides the rest). */
export const SignedInUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  permissions: z.array(Permission),
  /** Set after an administrator's reset: nothing else is allowed until the password is changed. */
  mustChangePassword: z.boolean(),
  /** A partner-office user's branch (a sub-distributor's code); null: the whole network. */
  branchCode: z.string().nullable(),
});
export type SignedInUser = z.infer<typeof SignedInUser>;

export const AuthStatus = z.object({
  /** The workspace has no users yet: the first one created becomes its administrator. */
  setupRequired: z.boolean(),
  /** The caller's session, when it holds a live one. */
  user: SignedInUser.nullable(),
  sessionIdleMinutes: z.number().int(),
  /** A demo workspace's sample users share a published password, shown on the sign-in screen. */
  demoSignIn: z.object({ usernames: z.array(z.string()), password: z.string() }).nullable(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const SetUpAdministratorInput = z.object({
  username: Username,
  displayName: DisplayName,
  password: Password,
});

export const SignInInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'must not be empty').max(40),
  password: z.string().min(1, 'must not be empty').max(200),
});

/** The token goes back with every call of this session; the transport carries it, never a URL. */
export const SignInResult = z.object({ sessionToken: z.string(), user: SignedInUser });
export type SignInResult = z.infer<typeof SignInResult>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'must not be empty').max(200),
  newPassword: Password,
});

/** A sub-distributor's code, naming the branch of the hierarchy a partner-office user works on. */
export const BranchCode = z.string().trim().toUpperCase().min(1, 'must not be empty').max(32);

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  state: z.enum(['active', 'locked', 'disabled']),
  mustChangePassword: z.boolean(),
  /** While a lock-out after failed sign-ins lasts. */
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  disabledAt: z.string().nullable(),
  disabledBy: z.string().nullable(),
  branchCode: z.string().nullable(),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserInput = z.object({
  username: Username,
  displayName: DisplayName,
  roles: Roles,
  /** Given to the person out of band; they must change it at their first sign-in. */
  temporaryPassword: Password,
  /** A partner office: the sub-distributor whose branch the user is restricted to. */
  branchCode: BranchCode.nullable().optional(),
});

export const UpdateUserInput = z.object({
  userId: z.string().min(1).max(64, 'is longer than 64 characters'),
  displayName: DisplayName.optional(),
  roles: Roles.optional(),
  /** Users are disabled, never deleted: history keeps their names. */
  disabled: z.boolean().optional(),
  /** null lifts the restriction (the whole network). */
  branchCode: BranchCode.nullable().optional(),
});

export const ResetPasswordInput = z.object({
  userId: z.string().min(1).max(64, 'is longer than 64 characters'),
  temporaryPassword: Password,
});
