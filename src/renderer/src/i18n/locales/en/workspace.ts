/** English text of the workspace screens: the reference catalog every other language matches. */
export const workspace = {
  gate: {
    unreachable: 'Airledger cannot reach its workspace',
  },
  firstRun: {
    title: 'Welcome to Airledger',
    tagline: 'The back office for your airtime distribution.',
    modes: {
      create: 'Create a workspace',
      open: 'Open a workspace',
    },
    failed: 'That did not work',
    create: {
      distributorName: 'Distributor name',
      distributorNameHint: 'Your company, as it appears on settlements',
      distributorNamePlaceholder: 'e.g. Sahel Airtime Distribution',
      baseCurrency: 'Base currency',
      baseCurrencyHint: 'The currency your books are kept in',
      folder: 'Workspace folder',
      folderHint: 'Where the encrypted database is kept',
      encryptedWith: 'The database is encrypted with the key from {{keySource}}.',
      submit: 'Create workspace',
    },
    open: {
      existsAtDefault: 'A workspace already exists in the default folder. Open it to continue.',
      folder: 'Workspace folder',
      submit: 'Open workspace',
    },
    unopenable: {
      wrong_key: {
        title: 'This workspace does not open with this computer’s key',
        explanation:
          'The key Airledger has for it (from {{keySource}}) no longer opens the encrypted database. This usually happens after the system keychain was reset or changed (a new user account, a reinstalled system), or when the workspace was copied from another computer. The books are still in the file, but nothing can read them without the key they were encrypted with.',
      },
      not_a_database: {
        title: 'The workspace file is damaged',
        explanation:
          'The file in the workspace folder is not a database Airledger can read: it may have been cut short by a crash or a full disk, or overwritten by another program.',
      },
      cannot_open: {
        title: 'The workspace file cannot be opened',
        explanation:
          'Airledger could not open the file in the workspace folder: it may be damaged, unreadable with this account’s permissions, or on a drive that is no longer there.',
      },
      whatToDo:
        'If you have a backup (made in Settings → Backup, or with airledger backup), restore it: the file that does not open is kept aside, renamed, not deleted. Otherwise, ask whoever looks after this computer before changing anything.',
      detail: 'Details: {{message}}',
    },
    restore: {
      open: 'Restore from a backup',
      formLabel: 'Restore from a backup',
      intro:
        'Choose a backup file (.alb) made in Settings → Backup or with airledger backup. It is checked first (its key, its version, its ledger), then it replaces the workspace and opens.',
      file: 'Backup file',
      fileHint: 'An Airledger backup (.alb), up to 256 MB; restore a larger one with airledger restore.',
      filePlaceholder: 'Choose a backup file',
      fileTooLarge: 'This file is larger than 256 MB: restore it with airledger restore on this computer.',
      passphrase: 'Backup passphrase',
      passphraseHint:
        'The passphrase given when the backup was made; leave it empty if it was made with the workspace’s own key.',
      keptAsideNote:
        'The current workspace file is not deleted: it is kept in the same folder as airledger.db.before-restore-<time>.',
      submit: 'Restore this backup',
      back: 'Back',
      running: 'Checking and restoring the backup…',
      failed: 'The backup was not restored',
      confirm: {
        title: 'Replace the workspace with this backup?',
        body: 'The workspace will be replaced by the backup {{fileName}}: anything recorded after that backup was made will not be in it.',
        keptAside:
          'The current workspace file is kept aside in the same folder, renamed airledger.db.before-restore-<time>, so nothing is lost for good.',
        confirm: 'Restore',
      },
    },
  },
  currencies: {
    option: '{{code}}: {{name}}',
    names: {
      XOF: 'West African CFA franc',
      XAF: 'Central African CFA franc',
      NGN: 'Nigerian naira',
      GHS: 'Ghanaian cedi',
      KES: 'Kenyan shilling',
      UGX: 'Ugandan shilling',
      TZS: 'Tanzanian shilling',
      RWF: 'Rwandan franc',
      ZAR: 'South African rand',
      MAD: 'Moroccan dirham',
      EGP: 'Egyptian pound',
      INR: 'Indian rupee',
      USD: 'US dollar',
      EUR: 'Euro',
      GBP: 'Pound sterling',
    },
  },
} as const;
