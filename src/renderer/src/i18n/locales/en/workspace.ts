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
