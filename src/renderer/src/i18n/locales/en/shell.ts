/** English text of the window's frame: navigation, header, status bar and shared pieces. */
export const shell = {
  nav: {
    dashboard: {
      label: 'Dashboard',
      purpose: 'The workspace at a glance.',
    },
    operator: {
      label: 'Operator & purchases',
      purpose:
        'Connect the operator account, buy bulk credit and follow each purchase order until the operator credits it.',
    },
    retailers: {
      label: 'Retailers',
      purpose:
        'Onboard retailers and sub-distributors, set their terms and commission plans, and see their balances.',
    },
    allocations: {
      label: 'Allocations',
      purpose:
        'Allocate stock to retailers one by one or from a spreadsheet, with approvals above your threshold.',
    },
    sales: {
      label: 'Sales',
      purpose: 'Top-ups made by retailers and by your own desk, pulled from the operator.',
    },
    reports: {
      label: 'Reports',
      purpose: 'Reseller sales, payouts, acquired customers, float movement and reconciliation.',
    },
    settlements: {
      label: 'Settlements',
      purpose: 'Close settlement periods, approve statements and export Excel workbooks for each reseller.',
    },
    sync: {
      label: 'Sync',
      purpose: 'What waits to be sent to the operator, what came back, and what needs attention.',
    },
    ledger: {
      label: 'Ledger',
      purpose: 'Accounts and balances, statements, journal entries and the ledger check.',
    },
    audit: {
      label: 'Audit',
      purpose: 'Who changed what, when and from where, with refused attempts; filtered, exported, verified.',
    },
    settings: {
      label: 'Settings',
      purpose: 'Approval rules, commission plans, appearance and workspace.',
    },
  },
  layout: {
    toggleNavigation: 'Toggle navigation',
    mainNavigation: 'Main navigation',
  },
  branch: {
    yourRetailers: "Your branch's retailers",
    outsideTitle: 'Outside your branch',
    oneBranch: 'one branch',
    outsideText:
      '{{name}} works on {{branch}} only. The {{screen}} screen is about the whole network: the head office keeps it.',
  },
  theme: {
    toDark: 'Switch to dark theme',
    toLight: 'Switch to light theme',
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
  },
  dates: {
    created: 'Created',
    anyDay: 'Any day',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    chooseMonth: 'Choose a month',
  },
  errorBoundary: {
    title: 'This screen could not be shown',
    text: 'Nothing was changed: your workspace is safe. Try again, and if it keeps happening, send this message to support.',
    reload: 'Reload the app',
  },
  import: {
    ready: 'Ready',
  },
  pagination: {
    none: 'No {{noun}}',
    range: '{{first}}–{{last}} of {{total}} {{noun}}',
  },
  detail: {
    openEntry: 'Open entry',
  },
  table: {
    sortBy: 'Sort by {{column}}',
  },
  status: {
    noOperator: 'No operator connected',
    operator: {
      connected: '{{id}} connected',
      offline: '{{id}} unreachable',
      refused: '{{id}} refused our credentials',
    },
    syncingOpen_one: 'Syncing · {{count}} action open',
    syncingOpen_other: 'Syncing · {{count}} actions open',
    syncing: 'Syncing…',
    waiting_one: '{{count}} action waiting to sync',
    waiting_other: '{{count}} actions waiting to sync',
    queueEmpty: 'Queue empty',
    syncOff: 'Sync off',
    encryptedAt: 'Encrypted workspace at {{folder}}',
    desktop: 'desktop',
    browserMode: 'browser mode',
  },
  missingSecret: {
    title: 'Open Airledger from the address it printed',
    text: "Browser mode only answers the tab opened from the address that <code>airledger serve</code> (or <code>npm start</code>) printed, because that address carries this launch's secret.",
  },
} as const;
