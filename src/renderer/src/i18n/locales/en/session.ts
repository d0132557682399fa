/** English text of the session screens: the reference catalog every other language matches. */
export const session = {
  signIn: {
    title: 'Sign in',
    formLabel: 'Sign in',
    endedTitles: {
      signedOut: 'Signed out',
      sessionExpired: 'Session locked',
      userDisabled: 'Account disabled',
      passwordChangeRequired: 'New password needed',
      setupRequired: 'No accounts yet',
    },
    demo: 'Demo workspace: sign in as {{usernames}} with the password {{password}}',
    listOr: '{{init}} or {{last}}',
    failed: 'Not signed in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    errors: {
      required: 'is required',
    },
  },
  setUp: {
    title: 'Create the administrator account',
    intro:
      'Everyone who uses this workspace signs in with an account of their own. This first one is its administrator: it adds the others and gives them their roles in Settings.',
    notCreated: 'The account was not created',
    formLabel: 'Create the administrator account',
    username: 'Username',
    usernameHint: 'What you type to sign in: letters, digits, dots, dashes',
    fullName: 'Full name',
    fullNameHint: 'Shown on what you record and approve',
    password: 'Password',
    passwordHint: 'At least {{min}} characters',
    repeatPassword: 'Repeat password',
    submit: 'Create administrator and sign in',
  },
  changePassword: {
    formLabel: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least {{min}} characters, not containing your username',
    repeatNewPassword: 'Repeat new password',
    failed: 'Password not changed',
    submit: 'Change password',
  },
  changePasswordScreen: {
    title: 'Choose a new password',
    subtitle: '{{displayName}} ({{username}})',
    explanation:
      'Your password was set by an administrator. Type it once more, then choose one only you know.',
    notYou: 'Not {{displayName}}? Sign out',
  },
  accountMenu: {
    label: 'Account menu',
    wholeNetwork: 'Whole network',
    branch: 'Branch',
    namedBranch: '{{name}} — branch',
    changePassword: 'Change password',
    signOut: 'Sign out',
    modalTitle: 'Change password',
    passwordChanged: {
      title: 'Password changed',
      message: 'Use the new password the next time you sign in.',
    },
  },
  gate: {
    unknownUser: 'Airledger cannot tell who is signed in',
    signOutUnconfirmed: {
      title: 'Signed out of this window',
      message: 'The core did not confirm the session ended ({{reason}}); it locks on its own once idle.',
    },
  },
  branch: {
    named: '{{name}} — branch {{code}}',
    unnamed: 'Branch {{code}}',
    ofNamed: 'the branch of {{code}} ({{name}})',
    ofUnnamed: 'the branch of {{code}}',
  },
  roles: {
    administrator: 'Administrator',
    clerk: 'Clerk',
    approver: 'Approver',
    accountant: 'Accountant',
    auditor: 'Auditor',
  },
  rolesSeparator: ', ',
  repeatedPassword: {
    mismatch: 'does not match the password above',
  },
} as const;
