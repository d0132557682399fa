/**
 * Messages the core writes (refusals, warnings), as English templates: a message matching one is
 * shown in the screens' language. {{placeholders}} stand for the names, codes and amounts in it.
 */
export const workspaceMessages = {
  // The core's call gate (src/core/app/airledgerCore.ts) and its handlers.
  permissionDenied: '{{name}} may not {{operation}} (needs the {{permission}} permission).',
  unexpectedError: 'Airledger hit an unexpected error during {{operation}}; it has been logged.',
  unknownOperation: 'Unknown operation "{{operation}}".',
  unknownField: 'Invalid input for {{operation}}: {{field}} is not a field of {{operationAgain}}.',
  invalidInput: 'Invalid input for {{operation}}: {{problems}}.',
  notKnownField: 'is not a known field',
  noWorkspaceOpen: 'No workspace is open; create or open one first.',
  accountNotFound: 'Account {{accountId}} does not exist in this workspace.',
  entryNotFound: 'Entry {{entryId}} does not exist in this workspace.',
  auditEventNotFound: 'Audit event #{{seq}} does not exist in this workspace.',
  resellerNotFound: 'Reseller {{code}} does not exist in this workspace.',
  sampleUsersDemoOnly: 'Only a workspace on the demo operator can have sample users.',
  noUserAccountToChange: '{{name}} has no user account here to change.',
  updatesUnavailable:
    'This copy of Airledger does not update itself (browser mode, the command line or a development build): the installed desktop app does.',
  rekeyUnsupported: "This Airledger (keys from {{source}}) cannot change a workspace's key.",
  backupPathNotAllowed: 'Only the command line writes a backup to a path; the app downloads it.',
  backupTooLargeToDownload:
    'This backup is {{size}} MB, more than a download carries ({{max}} MB): run `airledger backup --out FILE` on this computer instead.',
  restoreWhileOpen:
    'A workspace is open: restoring from the first screen is for a workspace that does not open. Close it first, or restore with `airledger restore`.',

  // Updates: installing (src/core/updates/installSequence.ts).
  updateAlreadyInstalling: 'An update is already being installed.',
  updateNotInstalledDrain:
    'The update was not installed: waiting for the last changes to be saved failed ({{detail}}). Nothing was lost; try again later.',
  updateNotInstalledSync:
    'The update was not installed: stopping the sync with the operator failed ({{detail}}). Nothing was lost; try again later.',
  updateNotInstalledClose:
    'The update was not installed: closing the ledger database failed ({{detail}}). Nothing was lost; try again later.',
  updateNotInstalledInstaller:
    'The update was not installed: starting the installer failed ({{detail}}). Nothing was lost; try again later.',

  // Dashboard alerts (src/core/dashboard/backOfficeSummary.ts).
  alertApprovalsWaiting: '{{n}} allocation(s) wait for approval',
  alertApprovalsWaitingDetail: 'A second person approves or rejects them on the Allocations screen.',
  alertActionsFailed: '{{n}} operator action(s) failed',
  alertActionsFailedDetail: 'Retry or leave each one on the Sync screen; their reservations are released.',
  alertReplenishmentRefused: 'Auto-replenishment of {{code}} was refused',
  alertLowStock: '{{name}} is low on stock',
  alertLowStockDetail: '{{balance}} left, alert at {{threshold}}.',
  alertPayableOverdue: '{{number}} is overdue',
  alertPayableDueSoon: '{{number}} falls due soon',
  alertPayableDetail: '{{amount}} owed to the operator, due {{day}}.',

  // Workspace checks (src/core/workspace/workspace.ts verify()).
  checkEncryption: 'encryption',
  checkSchema: 'schema',
  checkIntegrity: 'integrity',
  checkForeignKeys: 'foreign keys',
  checkCiphertext: 'file header is ciphertext',
  checkPlainSqlite: 'file header is plain SQLite',
  checkSchemaOf: 'schema {{applied}} of {{known}}',
  checkQuickCheck: 'quick_check: {{result}}',
  checkViolations: '{{n}} violation(s)',
  verificationFailed: 'The workspace at {{path}} failed verification: {{failures}}.',

  // The audit trail's check (src/core/audit/auditVerifier.ts).
  auditEventsMissing:
    'audit events #{{first}} to #{{last}} are missing before audit event #{{seq}} ({{operation}} by {{actor}} at {{at}})',
  auditEventOutOfChain:
    "audit event #{{seq}} ({{operation}} by {{actor}} at {{at}}) does not follow #{{previous}}: the previous hash it stores is not #{{previousAgain}}'s (an event before it was rewritten, removed or inserted)",
  auditEventChanged:
    'audit event #{{seq}} ({{operation}} by {{actor}} at {{at}}) was changed after it was written (its hash does not match its content)',
  auditCallUnrecorded:
    '{{operation}}, started at {{at}}, has no audit event: the app stopped while it ran, or another window is still running it (opening the workspace again records it as interrupted)',

  // Reports: filters a card cannot follow, and their refusals.
  customersChannelsNotApplied:
    'A line is acquired by whoever tops it up first, whatever the channel: channels are not applied.',
  customersDenominationsNotApplied:
    'A line counts all its top-ups, whatever their amount: denominations are not applied.',
  customersStatusNotApplied:
    'Lines count final top-ups only: our open desk top-ups count once the operator makes them final.',
  denominationsPerResellerLimit:
    'Denominations are counted per reseller only for selections of up to {{n}} resellers.',
  resellersRankedUnfiltered:
    'Resellers are ranked on all channels and denominations: clear those filters, or name the resellers.',
  resellersListedUnfiltered:
    'Resellers are listed on all channels and denominations: clear those filters, or name the resellers.',
  commissionAllChannels: "commission is earned on all of a reseller's sales, whatever the channel",
  unknownOperator: 'No operator {{operatorId}} is connected to this workspace.',
  unknownOperatorIssue: 'names an unknown operator {{operatorId}}',
  unknownReseller: 'No reseller {{code}} exists in this workspace.',
  unknownResellerIssue: 'names an unknown reseller {{code}}',
  tooManyResellersForFilters:
    'Channel and denomination filters work on at most {{n}} resellers; this selection has {{selected}}. Name fewer resellers or clear those filters.',
  tooManyResellersIssue: 'selects more than {{n}} resellers',
  nameResellerForSales: 'Name the reseller whose sales to list (retailerCode).',
  requiredForResellerSales: 'is required for reseller sales',
  nameResellerForCustomers: 'Name the reseller whose customers to list (retailerCode).',
  requiredForResellerCustomers: "is required for a reseller's customers",
  nameResellerForPayout: 'Name the reseller whose payout to export.',
  reportHasNoCard: 'The {{report}} report has no card {{card}}; it has {{cards}}.',
  cardMustBeOneOf: 'must be one of {{cards}}',
  csvNeedsCard: 'A CSV file holds one table: name a card of {{cards}}.',
  requiredForCsv: 'is required for CSV',
  dayInFuture: '{{field}} {{day}} is in the future.',
  inFuture: 'is in the future',
  savedViewsNeedUser:
    'Saved views belong to a signed-in user, and {{name}} has no user account here: sign in (or use --user NAME) to keep views.',
  savedViewOfAnotherUser:
    'That saved view belongs to another user: only they can rename, change or delete it. Save a view of your own instead.',
  savedViewNameTaken:
    'You already have a view named "{{name}}": choose another name, or rename or delete that one first.',
  savedViewNameTakenIssue: 'is the name of another of your views',
  tooManySavedViews:
    'You have {{n}} saved views, the most one person may keep: delete one you no longer use first.',

  // Amounts typed as text (src/core/money/decimalAmount.ts: imports, the command line).
  notAnAmount: 'is not an amount such as 150000 or 1500.50 ("{{text}}")',
  decimalsNone: 'has {{n}} decimals; this currency takes none',
  decimalsAtMost: 'has {{n}} decimals; this currency takes at most {{max}}',
  amountTooManyDigits: 'is too large (at most {{n}} digits)',

  // The demo network.
  demoNetworkDemoOnly: 'Only the demo operator inside the app can be given a demo network.',
  demoNetworkAlreadyGrown: 'This workspace already has its demo network.',
  demoWalletRefused: 'The demo operator refused a wallet for {{partyId}}: {{detail}}',
  demoPurchaseUnconfirmed: '{{name}} did not confirm the demo purchase; try again.',

  // Stored operator credentials.
  credentialsUnreadable:
    "The operator credentials stored in this workspace cannot be decrypted with the workspace's key; connect the operator again to store them anew.",
  credentialAltered:
    'A stored credential ({{where}}) does not decrypt: it was altered or copied from elsewhere. Connect the operator again to store it anew.',

  // Opening, creating and upgrading a workspace.
  cannotOpen: 'Cannot open {{path}}: {{detail}}.',
  plainSqlite:
    '{{path}} is a plain, unencrypted SQLite file, not an Airledger workspace; it was left untouched.',
  notADatabase:
    '{{path}} is not an Airledger database (another kind of file, or a damaged one); it was left untouched.',
  wrongKey:
    'The key from {{source}} does not open the workspace at {{path}}: wrong key, or a damaged file. Nothing was changed.',
  migrationsMissing: 'The schema migrations are missing ({{path}} not found); reinstall Airledger.',
  newerSchema:
    'The workspace at {{path}} was written by a newer Airledger (schema {{schema}}, this version knows {{known}}); update Airledger to open it. Nothing was changed.',
  workspaceExists: 'A workspace already exists at {{path}}; open it instead.',
  noWorkspaceAt: 'There is no Airledger workspace at {{path}}; create one first (airledger init).',
  noWorkspaceProfile: 'The database at {{path}} has no workspace profile; it was not created by Airledger.',
  upgradeFailedLeft:
    'Upgrading the workspace at {{path}} from schema {{from}} to {{to}} failed ({{cause}}); it was left at schema {{fromAgain}}. The copy taken before the upgrade is {{backup}}.',
  upgradeFailedPutBack:
    'Upgrading the workspace at {{path}} from schema {{from}} to {{to}} failed ({{cause}}); the copy taken before it was put back, so it is at schema {{fromAgain}}. The copy taken before the upgrade is {{backup}}.',
  upgradeFailedPutBackFailed:
    'Upgrading the workspace at {{path}} from schema {{from}} to {{to}} failed ({{cause}}); putting the copy back failed too ({{restoreCause}}): copy it over {{file}} by hand. The copy taken before the upgrade is {{backup}}.',
  upgradeNeedsCopyInUse:
    'The workspace at {{path}} needs a schema upgrade, but another program is using it, so it cannot be copied aside first; close it there and open it again. Nothing was changed.',
  upgradeCopyFailed:
    'The workspace at {{path}} needs a schema upgrade ({{from}} to {{to}}), but it could not be copied aside first into {{folder}} ({{cause}}); free some space there or make it writable, then open it again. Nothing was changed.',

  // The database key.
  noDatabaseKey: "No database key: set {{variable}} or pass --key-file with the workspace's passphrase.",
  keyTooShort: 'The database key from {{source}} is shorter than {{n}} characters.',
  keyFileTooLarge: 'The key file {{path}} is larger than {{n}} bytes; it should hold one line.',
  keyFileUnreadable: 'Cannot read the key file {{path}}: {{detail}}.',
  newPassphraseNeeded:
    'Changing the key of a workspace opened with {{source}} needs a new passphrase of at least {{n}} characters.',
  keyFileUpdated: 'The key file {{path}} now holds the new passphrase.',
  setVariableToNewPassphrase:
    'Set {{variable}} to the new passphrase before the next command: the old one no longer opens this workspace.',
  putNewPassphrase:
    'Put the new passphrase in {{source}} before the next command: the old one no longer opens this workspace.',
  rekeyInUse:
    'The workspace at {{path}} is open in another Airledger (the app, a server or a command): close it there, then change the key. Nothing was changed.',

  // Backups and restores.
  backupDestinationExists: '{{path}} already exists; choose another file name for the backup.',
  backupFolderMissing: 'The folder {{path}} does not exist; create it first.',
  backupPassphraseNeeded:
    "This workspace's key is kept by this computer's keychain and cannot open a backup anywhere else: give the backup a passphrase of its own.",
  backupCancelled: 'The backup was cancelled; nothing was written.',
  backupDiskFull: 'The backup did not fit on the disk: {{detail}}. Nothing was written.',
  noBackupFile: 'There is no backup file at {{path}}.',
  restoreWorkspaceExists:
    'A workspace already exists at {{path}}; pass --force to replace it (it is kept as {{keptAs}}.before-restore-<time>).',
  restoreWrongKey:
    'The key from {{source}} does not open the backup {{path}}: it was made with another key, or with a passphrase of its own (give that one), or it is damaged. Nothing was changed.',
  restoreNewerSchema:
    'The backup {{path}} was made by a newer Airledger (schema {{schema}}, this version knows {{known}}); update Airledger to restore it. Nothing was changed.',
  restoreNotABackup: '{{path}} opens, but it is not an Airledger workspace backup. Nothing was changed.',
  restoreDamaged: 'The backup {{path}} is damaged (quick_check: {{result}}). Nothing was changed.',
  restoreManifestUnreadable: 'The manifest inside {{path}} is not readable. Nothing was changed.',
  restoreInUse:
    'The workspace at {{path}} is open in another Airledger (the app, a server or a command): close it there, then restore. Nothing was changed.',
  restoreLedgerBroken:
    'The ledger in {{path}} does not verify ({{problems}} problem(s), e.g. {{example}}); it was not restored.',

  // The audit trail's summary lines (src/core/audit/*Audits.ts, auditedCall.ts).
  auditRepeated: 'Repeated, nothing changed: {{line}}',
  auditRefusedOn: '{{operation}} on {{kind}} {{id}} refused: {{detail}}',
  auditSignInRefused: 'Sign-in as {{username}} refused: {{detail}}',
  auditPasswordChangeRefused: 'Change of their own password refused: {{detail}}',
  auditSummaryFailed: '{{summary}} (its summary line failed: {{detail}})',
  auditCreatedWorkspaceNamed: 'Created the workspace {{name}} ({{currency}})',
  auditCreatedWorkspace: 'Created a workspace',
  auditClosedWorkspace: 'Closed the workspace',
  auditSetUpAdministrator: 'Set up the administrator account {{username}} and signed in',
  auditSignedIn: 'Signed in as {{username}}',
  auditSignedOut: 'Signed out ({{name}})',
  auditChangedOwnPassword: 'Changed their own password',
  auditAddedUser: 'Added the user {{username}} ({{name}}) as {{roles}}',
  auditChangedUser: 'Changed the user {{username}}: {{changes}}',
  auditResetPassword: 'Reset the password of {{username}}: a temporary one, to change at the next sign-in',
  auditOnboardedSubDistributor: 'Onboarded sub-distributor {{code}} {{name}}',
  auditOnboardedRetailer: 'Onboarded retailer {{code}} {{name}}',
  auditChangedRetailer: 'Changed retailer {{code}}: {{changes}}',
  auditReactivatedBecause: 'Reactivated retailer {{code}}: {{reason}}',
  auditReactivated: 'Reactivated retailer {{code}}',
  auditSuspendedBecause: 'Suspended retailer {{code}}: {{reason}}',
  auditSuspended: 'Suspended retailer {{code}}',
  auditClosedBecause: 'Closed retailer {{code}}: {{reason}}',
  auditClosed: 'Closed retailer {{code}}',
  auditImportedRetailers: 'Imported {{n}} retailers from {{file}}',
  auditCreatedPlan: 'Created commission plan {{code}} "{{name}}"',
  auditChangedPlan: 'Changed commission plan {{code}}: {{changes}}',
  auditRecordedCashPayment: 'Recorded a cash payment of {{amount}} from {{code}} (receipt {{receipt}})',
  auditRecordedTransferPayment:
    'Recorded a bank transfer payment of {{amount}} from {{code}} (receipt {{receipt}})',
  auditRecordedMobilePayment:
    'Recorded a mobile money payment of {{amount}} from {{code}} (receipt {{receipt}})',
  auditChangedSettings: 'Changed the settings: {{changes}}',
  auditConnectedOperatorTestFailed:
    'Connected operator {{name}} ({{operatorId}}); its connection test failed',
  auditConnectedOperator: 'Connected operator {{name}} ({{operatorId}})',
  auditChangedConnectionTestFailed:
    'Changed the connection of operator {{name}} ({{operatorId}}); its connection test failed',
  auditChangedConnection: 'Changed the connection of operator {{name}} ({{operatorId}})',
  auditConnectedDemoOperator: 'Connected the demo operator {{name}} ({{operatorId}})',
  auditLinkedWallet: 'Linked the wallet {{bucketId}} of {{name}} ({{partyId}})',
  auditChangedTerms: 'Changed the terms of {{operatorId}}: {{changes}}',
  auditBoughtAirtime: 'Bought {{amount}} of airtime from {{operatorId}}',
  auditAllocatedToWallet: 'Allocated {{amount}} to wallet {{partyId}}',
  auditToppedUp: 'Topped up {{msisdn}} with {{amount}}',
  auditRetriedPurchase: 'Retried the purchase {{id}}',
  auditRetriedReversal: 'Retried the allocation reversal {{id}}',
  auditRetriedAllocation: 'Retried the allocation {{id}}',
  auditRetriedTopup: 'Retried the direct topup {{id}}',
  auditCancelledPurchaseAction: 'Cancelled the purchase {{id}} (now {{state}})',
  auditCancelledReversalAction: 'Cancelled the allocation reversal {{id}} (now {{state}})',
  auditCancelledAllocationAction: 'Cancelled the allocation {{id}} (now {{state}})',
  auditCancelledTopupAction: 'Cancelled the direct topup {{id}} (now {{state}})',
  auditStartedSync: 'Started a sync with the operator',
  auditRanSync:
    'Ran a sync with {{operatorId}}: {{outcome}}, {{sent}} sent, {{confirmed}} confirmed, {{booked}} booked',
  auditCancelledSync: 'Cancelled the running sync',
  auditDraftedPurchase: 'Drafted purchase order {{number}}: {{amount}} from {{operatorId}}',
  auditPlacedPurchase: 'Placed purchase order {{number}}: {{amount}} from {{operatorId}}',
  auditSentPurchase: 'Sent purchase order {{number}} to {{operatorId}}',
  auditCancelledPurchase: 'Cancelled purchase order {{number}}: {{reason}}',
  auditPaidOperator: 'Paid {{amount}} to {{operatorId}} ({{number}})',
  auditAskedToAllocate: 'Asked to allocate {{amount}} to {{code}}: held for approval ({{explanation}})',
  auditApprovedAllocationOf: 'Approved the allocation of {{amount}} to {{code}} asked by {{requester}}',
  auditApprovedAllocation: 'Approved an allocation',
  auditRejectedAllocation:
    'Rejected the allocation of {{amount}} to {{code}} asked by {{requester}}: {{note}}',
  auditReversedAllocation: 'Reversed {{amount}} of allocation {{allocationId}}: {{reason}}',
  auditAllocated: 'Allocated {{amount}} to {{code}}',
  auditQueuedAllocations: 'Queued {{n}} allocations from {{file}}',
  auditRanReplenishment: 'Ran auto-replenishment: {{queued}} allocations queued, {{refused}} refused',
  auditClosedPeriod: 'Closed the settlement period {{label}} ({{statements}} statements)',
  auditApprovedStatement: 'Approved the statement of {{code}} for {{period}} (version {{number}})',
  auditMarkedPaid: 'Recorded the commission of {{code}} for {{period}} as paid ({{method}}, {{reference}})',
  auditCorrectedStatement:
    'Corrected the statement of {{code}} for {{period}} (now version {{number}}): {{reason}}',
  auditSavedView: 'Saved the dashboard view "{{name}}"',
  auditDeletedView: 'Deleted a saved dashboard view',
  auditDeletedViewGone: 'Deleted a view already gone',
  auditGrewDemo:
    'Grew the demo network: {{subDistributors}} sub-distributors, {{retailers}} retailers, {{users}} sample users',
  auditAddedSampleUsersNone: "Added the demo's sample users: none new",
  auditAddedSampleUsers: "Added the demo's sample users: {{users}}",
} as const;
