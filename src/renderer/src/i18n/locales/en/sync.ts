/** English text of the sync screens: the reference catalog every other language matches. */
export const sync = {
  screen: {
    title: 'Sync',
    description: 'What waits to be sent to the operator, what came back, and what needs attention.',
    errors: {
      connection: 'The operator connection could not be read',
      status: 'The sync status could not be read',
    },
  },
  notConnected: {
    connectTitle: 'Connect your operator',
    connectDescription:
      "The operator's TMF654 Prepay Balance Management API, with the client credentials it gave you.",
    emptyTitle: 'No operator connected',
    emptyText:
      'The queue of purchases and allocations, the last pull of sales and balances and the reconciliation appear here once an operator account is connected.',
  },
  labels: {
    connection: {
      connected: 'Connected',
      offline: 'Offline',
      refused: 'Refused',
      notConfigured: 'Not configured',
    },
    actionKind: {
      purchase: 'Purchase',
      allocation: 'Allocation',
      directTopup: 'Direct top-up',
      allocationReversal: 'Allocation reversal',
    },
    actionState: {
      queued: 'Queued',
      sending: 'Sending',
      unknown: 'Checking outcome',
      awaiting: 'Awaiting operator',
      cancelling: 'Cancelling',
      confirmed: 'Confirmed',
      failed: 'Needs attention',
      cancelled: 'Cancelled',
    },
    phase: {
      sending: 'Sending queued actions',
      settling: 'Waiting for the operator to confirm',
      pullingSales: 'Pulling the sales feed',
      pullingBalances: 'Pulling wallet balances',
      done: 'Finishing',
    },
    outcome: {
      completed: 'Completed',
      cancelled: 'Cancelled',
      offline: 'Operator offline',
      failed: 'Failed',
    },
    trigger: {
      manual: 'started here',
      schedule: 'on schedule',
      cli: 'from the command line',
    },
    reconciliationStatus: {
      matched: 'Matched',
      explained: 'Explained',
      unexplained: 'Unexplained',
      notPulled: 'Not pulled',
    },
    differenceCause: {
      pendingLocally: 'Pending locally',
      unknownToUs: 'Unknown to us',
      notYetBooked: 'Not yet booked',
    },
  },
  target: {
    wholesaleStock: 'Wholesale stock',
    toRetailer: 'to {{name}} ({{partyId}})',
    backFromRetailer: 'back from {{name}} ({{partyId}})',
    toRetailerId: 'to retailer {{partyId}}',
    backFromRetailerId: 'back from retailer {{partyId}}',
    toLine: 'to line {{msisdn}}',
    intoWholesaleStock: 'into the wholesale stock',
  },
  age: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    hours: '{{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}} min',
    days: '{{days}} d',
    daysHours: '{{days}} d {{hours}} h',
  },
  drawer: {
    title: 'Operator action',
    rows: {
      amount: 'Amount',
      to: 'To',
      actionId: 'Action id',
      clientReference: 'Client reference',
      attempt: 'Attempt',
      operatorAction: 'Operator action',
      operatorStatus: 'Operator status',
      operatorSays: 'Operator says',
      checks: 'Checks',
      note: 'Note',
      requestedBy: 'Requested by',
      created: 'Created',
      updated: 'Updated',
      final: 'Final',
      pendingEntry: 'Pending entry',
      resolutionEntry: 'Resolution entry',
    },
    targetWithDetail: '{{label}} ({{detail}})',
    checksValue: '{{checks}}; next {{next}}',
    createdValue: '{{at}} ({{age}} ago)',
    notYet: 'not yet',
    openEntry: 'Open entry',
    noResolution: 'None yet: the reservation stands until the operator confirms, fails or cancels.',
    retry: 'Retry…',
    checkNow: 'Check now…',
    cancel: 'Cancel…',
  },
  table: {
    label: 'Operator actions',
    columns: {
      age: 'Age',
      kind: 'Kind',
      amount: 'Amount',
      to: 'To',
      state: 'State',
      attempt: 'Try',
      clientReference: 'Client reference',
      operatorSays: 'Operator says',
    },
    createdAt: 'Created {{at}}',
    copyReference: 'Copy the client reference',
    retry: 'Retry',
    checkNow: 'Check now',
    cancel: 'Cancel',
  },
  commands: {
    back: 'Back',
    doneMessage: 'Client reference {{reference}}',
    check: {
      confirm: 'Check at next sync',
      title: {
        purchase: 'Check this purchase now?',
        allocation: 'Check this allocation now?',
        directTopup: 'Check this direct top-up now?',
        allocationReversal: 'Check this allocation reversal now?',
      },
      body: {
        purchase:
          'Airledger asks the operator about this purchase of {{amount}} {{target}} at the next sync, instead of waiting for its next scheduled check. Nothing is sent again.',
        allocation:
          'Airledger asks the operator about this allocation of {{amount}} {{target}} at the next sync, instead of waiting for its next scheduled check. Nothing is sent again.',
        directTopup:
          'Airledger asks the operator about this direct top-up of {{amount}} {{target}} at the next sync, instead of waiting for its next scheduled check. Nothing is sent again.',
        allocationReversal:
          'Airledger asks the operator about this allocation reversal of {{amount}} {{target}} at the next sync, instead of waiting for its next scheduled check. Nothing is sent again.',
      },
      failed: {
        purchase: 'The purchase could not be checked',
        allocation: 'The allocation could not be checked',
        directTopup: 'The direct top-up could not be checked',
        allocationReversal: 'The allocation reversal could not be checked',
      },
      done: {
        purchase: 'The purchase will be checked at the next sync',
        allocation: 'The allocation will be checked at the next sync',
        directTopup: 'The direct top-up will be checked at the next sync',
        allocationReversal: 'The allocation reversal will be checked at the next sync',
      },
    },
    retry: {
      confirm: 'Retry under a new reference',
      title: {
        purchase: 'Retry this purchase?',
        allocation: 'Retry this allocation?',
        directTopup: 'Retry this direct top-up?',
        allocationReversal: 'Retry this allocation reversal?',
      },
      body: {
        purchase:
          'Airledger reserves {{amount}} as incoming wholesale stock again and sends the purchase {{target}} to the operator at the next sync, as attempt {{attempt}} under the new client reference <code>{{reference}}</code>.',
        allocation:
          'Airledger reserves {{amount}} of the wholesale stock again and sends the allocation {{target}} to the operator at the next sync, as attempt {{attempt}} under the new client reference <code>{{reference}}</code>.',
        directTopup:
          'Airledger reserves {{amount}} of the wholesale stock again and sends the direct top-up {{target}} to the operator at the next sync, as attempt {{attempt}} under the new client reference <code>{{reference}}</code>.',
        allocationReversal:
          "Airledger reserves {{amount}} of the retailer's stock again and sends the allocation reversal {{target}} to the operator at the next sync, as attempt {{attempt}} under the new client reference <code>{{reference}}</code>.",
      },
      previous:
        'Attempt {{attempt}} (<code>{{reference}}</code>) stays failed at the operator and is never sent again.',
      previousWithReason:
        'Attempt {{attempt}} (<code>{{reference}}</code>) stays failed at the operator and is never sent again: {{reason}}',
      failed: {
        purchase: 'The purchase was not retried',
        allocation: 'The allocation was not retried',
        directTopup: 'The direct top-up was not retried',
        allocationReversal: 'The allocation reversal was not retried',
      },
      done: {
        purchase: 'The purchase is queued again',
        allocation: 'The allocation is queued again',
        directTopup: 'The direct top-up is queued again',
        allocationReversal: 'The allocation reversal is queued again',
      },
    },
    cancel: {
      title: {
        purchase: 'Cancel this purchase?',
        allocation: 'Cancel this allocation?',
        directTopup: 'Cancel this direct top-up?',
        allocationReversal: 'Cancel this allocation reversal?',
      },
      neverSent: {
        purchase:
          'This purchase of {{amount}} {{target}} has not been sent to the operator. Cancelling it voids its pending ledger entry and releases the {{amount}} it reserves, now.',
        allocation:
          'This allocation of {{amount}} {{target}} has not been sent to the operator. Cancelling it voids its pending ledger entry and releases the {{amount}} it reserves, now.',
        directTopup:
          'This direct top-up of {{amount}} {{target}} has not been sent to the operator. Cancelling it voids its pending ledger entry and releases the {{amount}} it reserves, now.',
        allocationReversal:
          'This allocation reversal of {{amount}} {{target}} has not been sent to the operator. Cancelling it voids its pending ledger entry and releases the {{amount}} it reserves, now.',
      },
      awaiting: {
        purchase:
          'The operator holds this purchase of {{amount}} {{target}} and has not completed it. Airledger asks the operator to cancel it at the next sync; if the operator completes it first, it stays confirmed.',
        allocation:
          'The operator holds this allocation of {{amount}} {{target}} and has not completed it. Airledger asks the operator to cancel it at the next sync; if the operator completes it first, it stays confirmed.',
        directTopup:
          'The operator holds this direct top-up of {{amount}} {{target}} and has not completed it. Airledger asks the operator to cancel it at the next sync; if the operator completes it first, it stays confirmed.',
        allocationReversal:
          'The operator holds this allocation reversal of {{amount}} {{target}} and has not completed it. Airledger asks the operator to cancel it at the next sync; if the operator completes it first, it stays confirmed.',
      },
      maybeSent: {
        purchase:
          'This purchase of {{amount}} {{target}} may already have reached the operator. Airledger cancels it only once the operator has said what happened to it.',
        allocation:
          'This allocation of {{amount}} {{target}} may already have reached the operator. Airledger cancels it only once the operator has said what happened to it.',
        directTopup:
          'This direct top-up of {{amount}} {{target}} may already have reached the operator. Airledger cancels it only once the operator has said what happened to it.',
        allocationReversal:
          'This allocation reversal of {{amount}} {{target}} may already have reached the operator. Airledger cancels it only once the operator has said what happened to it.',
      },
      cannotUndo: {
        purchase: 'A cancelled action cannot be undone: to do it after all, create a new purchase.',
        allocation: 'A cancelled action cannot be undone: to do it after all, create a new allocation.',
        directTopup: 'A cancelled action cannot be undone: to do it after all, create a new direct top-up.',
        allocationReversal:
          'A cancelled action cannot be undone: to do it after all, create a new allocation reversal.',
      },
      confirm: {
        purchase: 'Cancel the purchase',
        allocation: 'Cancel the allocation',
        directTopup: 'Cancel the direct top-up',
        allocationReversal: 'Cancel the allocation reversal',
      },
      keep: {
        purchase: 'Keep the purchase',
        allocation: 'Keep the allocation',
        directTopup: 'Keep the direct top-up',
        allocationReversal: 'Keep the allocation reversal',
      },
      failed: {
        purchase: 'The purchase was not cancelled',
        allocation: 'The allocation was not cancelled',
        directTopup: 'The direct top-up was not cancelled',
        allocationReversal: 'The allocation reversal was not cancelled',
      },
      done: {
        purchase: 'The purchase is cancelled',
        allocation: 'The allocation is cancelled',
        directTopup: 'The direct top-up is cancelled',
        allocationReversal: 'The allocation reversal is cancelled',
      },
      requested: {
        purchase: 'Cancellation of the purchase requested',
        allocation: 'Cancellation of the allocation requested',
        directTopup: 'Cancellation of the direct top-up requested',
        allocationReversal: 'Cancellation of the allocation reversal requested',
      },
    },
  },
  connection: {
    editTitle: 'Change the operator connection',
    heading: 'Operator',
    details: {
      operatorId: 'Operator id',
      api: 'API',
      distributorParty: 'Distributor party',
      wholesaleBucket: 'Wholesale bucket',
      units: 'Units',
    },
    distributorPartyValue: '{{partyId}} · account {{accountId}}',
    unitsValue_one: '{{units}}, {{scale}} decimal',
    unitsValue_other: '{{units}}, {{scale}} decimals',
    testFailed: 'The test could not run',
    testDuration: '{{duration}} ms',
    testDurationAndWholesale: '{{duration}} ms · wholesale bucket at the operator: {{amount}}',
    testConnection: 'Test connection',
    changeSettings: 'Change settings',
  },
  connectForm: {
    label: 'Connect the operator',
    notConnected: 'The operator was not connected',
    fields: {
      id: { label: 'Operator id', description: 'Short name used in the books, e.g. mtn-ci' },
      name: { label: 'Operator name' },
      baseUrl: { label: 'TMF654 base URL', description: 'Ends in /tmf-api/prepayBalanceManagement/v4' },
      tokenUrl: { label: 'Token URL', description: 'OAuth2 client-credentials endpoint' },
      clientId: { label: 'Client id' },
      clientSecret: { label: 'Client secret', retype: 'Type it again to save changes' },
      apiKey: { label: 'API key', description: 'Only if the operator asks for one' },
      requestTimeout: { label: 'Request timeout (ms)' },
      distributorPartyId: { label: 'Distributor party id', description: 'Your party at the operator' },
      partyAccountId: { label: 'Party account id' },
      wholesaleBucketId: {
        label: 'Wholesale bucket id',
        description: 'The bucket that holds your bulk airtime',
      },
      units: { label: 'Units', description: 'Currency, e.g. XOF' },
      scale: { label: 'Decimals', description: '0 for XOF' },
    },
    skipTest: {
      label: 'Save without testing (offline)',
      description: 'The office cannot reach the operator today: save now, the first sync will test it.',
    },
    saveConnection: 'Save connection',
    testAndConnect: 'Test and connect',
    secretsNote: 'The client secret and API key are stored encrypted in the workspace and never shown again.',
    saved: {
      title: '{{name}} saved',
      untested: 'Saved without testing: the first sync will reach the operator.',
    },
  },
  demoOperator: {
    title: 'Try it with the demo operator',
    description:
      "A TMF654 operator sandbox that runs inside Airledger, kept in this workspace's folder: {{stock}} of wholesale stock, three retailers with wallets and stock, and retail sales arriving every few seconds. Everything you do with it is real bookkeeping; no real operator is involved.",
    use: 'Use the demo operator',
    startFailed: 'The demo operator could not start',
  },
  demoNetwork: {
    title: 'Build a demo network',
    description:
      "Give the demo operator a network to work with: six regional sub-distributors and about {{retailers}} retailers (prepaid and on credit) with linked wallets, and a second demo operator where every other retailer also sells. At each: a purchase of wholesale stock, opening floats allocated, the retailers' first payments and about two months of their retail sales, all confirmed at the operator.",
    build: 'Build a demo network',
    progressLabel: 'Building the demo network',
    progress:
      'Onboarding retailers, linking their wallets, buying, allocating and syncing with the demo operator. This takes several seconds.',
    notDemoOperator: 'Not the demo operator',
    buildFailed: 'The demo network could not be built',
    ready: {
      title: 'The demo network is ready',
      message:
        '{{operators}}: {{subDistributors}} and {{retailers}}, {{purchases}} of wholesale stock, {{allocations}}, {{payments}} and {{sales}} over the past weeks, confirmed at the demo operator.',
      sampleUsers: 'Sample users {{users}} sign in with the password {{password}}.',
    },
    counts: {
      operators_one: '{{number}} demo operator',
      operators_other: '{{number}} demo operators',
      subDistributors_one: '{{number}} sub-distributor',
      subDistributors_other: '{{number}} sub-distributors',
      retailers_one: '{{number}} retailer',
      retailers_other: '{{number}} retailers',
      purchases_one: '{{number}} purchase',
      purchases_other: '{{number}} purchases',
      allocations_one: '{{number}} allocation',
      allocations_other: '{{number}} allocations',
      payments_one: '{{number}} payment',
      payments_other: '{{number}} payments',
      sales_one: '{{number}} retail sale',
      sales_other: '{{number}} retail sales',
    },
  },
  feeds: {
    title: 'Last pull',
    description: 'Sales and balances read from the operator; each pull starts where the last one stopped.',
    empty:
      "Nothing pulled yet: the first sync reads the operator's sales feed and every linked wallet's balance.",
    columns: {
      feed: 'Feed',
      readUpTo: 'Read up to',
      lastFinished: 'Last finished',
      rowsLastTime: 'Rows last time',
      lastError: 'Last error',
    },
    salesFeed: 'Sales feed',
    never: 'never',
    walletBalances: 'Wallet balances',
    current: 'current',
    walletsPulled: '{{pulled}} of {{total}}',
  },
  queue: {
    title: 'Queue',
    description:
      'Every operator-bound action, from the moment it is reserved in the ledger until the operator answers.',
    filterLabel: 'Queue filter',
    filters: {
      open: 'Open · {{number}}',
      attention: 'Needs attention · {{number}}',
      final: 'Final · {{number}}',
      all: 'All · {{number}}',
    },
    dismiss: 'Dismiss',
    readFailed: 'The queue could not be read',
    empty: {
      open: 'The queue is empty: every action was sent to the operator and answered.',
      attention: 'No action needs attention: nothing the operator refused is waiting for a decision.',
      final: 'No action has finished yet: confirmed, failed and cancelled actions are listed here.',
      all: 'No operator action yet: purchases, allocations and direct top-ups wait here until the operator confirms them.',
    },
    truncated: 'Showing the newest {{max}} actions of this filter. Narrow the filter to see older ones.',
  },
  reconciliation: {
    title: 'Reconciliation',
    description: 'Posted ledger balance against what the operator holds, per wallet, at the last pull.',
    download: 'Download CSV',
    buildFailed: 'The reconciliation could not be built',
    empty:
      'No wallet to reconcile yet: the wholesale bucket and linked retailer wallets appear after the first sync.',
    columns: {
      wallet: 'Wallet',
      ledgerPosted: 'Ledger posted',
      operatorTotal: 'Operator total',
      difference: 'Difference',
      status: 'Status',
    },
    totals: {
      matched_one: '{{number}} matched',
      matched_other: '{{number}} matched',
      explained_one: '{{number}} explained',
      explained_other: '{{number}} explained',
      unexplained_one: '{{number}} unexplained',
      unexplained_other: '{{number}} unexplained',
      notPulled_one: '{{number}} not pulled',
      notPulled_other: '{{number}} not pulled',
      ofWallets_one: 'of {{number}} wallet · as at {{at}}',
      ofWallets_other: 'of {{number}} wallets · as at {{at}}',
    },
    showDifferences: 'Show the differences',
    hideDifferences: 'Hide the differences',
    wholesaleWallet: 'Wholesale stock · {{bucketId}}',
    retailerWallet: 'Retailer {{partyId}} · {{bucketId}}',
    readAt: 'Read {{at}}',
    moreLines_one: '{{number}} more line in the CSV download.',
    moreLines_other: '{{number}} more lines in the CSV download.',
  },
  syncNow: {
    button: 'Sync now',
    started: 'Sync started',
    outcome: {
      completed: 'Sync completed',
      cancelled: 'Sync cancelled',
      offline: 'Sync offline',
      failed: 'Sync failed',
    },
    alreadyRunning: 'A sync was already running; its results show when it ends.',
    summary: '{{sent}} sent, {{confirmed}} confirmed, {{failed}} failed, {{stillOpen}} still open.',
    didNotRun: 'Sync did not run',
  },
  run: {
    heading: 'Sync',
    nothingWaits: 'Nothing waits to be sent.',
    waiting_one: '{{number}} action waits for the operator.',
    waiting_other: '{{number}} actions wait for the operator.',
    schedule: 'Runs by itself every {{minutes}} min.',
    startFailed: 'Sync could not start',
    never:
      'Never synced: press Sync now to send the queue to the operator and pull its sales and wallet balances.',
    stopping: 'Stopping at the next safe point…',
    figures: {
      sent: 'Sent',
      confirmed: 'Confirmed',
      failed: 'Failed',
      salesPulled: 'Sales pulled',
      balancesRead: 'Balances read',
      stillOpen: 'Still open',
    },
    pulledOf: '{{pulled}} of {{total}}',
    lastSync: 'Last sync',
    durationMs: '{{ms}} ms',
    durationSeconds: '{{seconds}} s',
  },
} as const;
