/**
 * Messages the core writes (refusals, warnings), as English templates: a message matching one is
 * shown in the screens' language. {{placeholders}} stand for the names, codes and amounts in it.
 * Templates are tried in order: a specific one stands before a general one it would also match.
 */
export const businessMessages = {
  branchRetailerOutside:
    'Your account works on the branch of {{branch}} only; retailer {{code}} is outside it.',
  branchWalletOutside:
    'Your account works on the branch of {{branch}} only; wallet {{wallet}} is outside it.',
  branchTopOutside:
    'Your account works on the branch of {{branch}} only; the top of the network is outside it.',
  branchOutside: 'Your account works on the branch of {{branch}} only; {{what}} is outside it.',
  branchDirectSales:
    "Your account works on the branch of {{branch}} only; sales outside resellers are the head office's.",
  branchReport:
    "Your account works on the branch of {{branch}} only; the {{report}} report is the head office's.",
  branchWholeNetwork:
    '{{user}} works on the branch of {{branch}} only; {{operation}} concerns the whole network.',
  branchNoStatement: 'No statement {{id}} exists in your branch.',
  branchNoApproval: 'No allocation waits for approval under {{id}} in your branch.',
  branchNoAllocation: 'No allocation {{id}} exists in your branch.',
  branchNoEntry: 'No journal entry {{id}} concerns your branch.',
  issueNoBranchStatement: 'names no statement of your branch',
  issueNoBranchAllocation: 'names no allocation of your branch',
  noWorkspaceOpen: 'No workspace is open; create or open one first.',
  setupRequired: 'This workspace has no users yet: create its administrator account first.',
  sessionLocked: 'Your session locked after {{n}} minutes without use: sign in again to go on.',
  signInToGoOn: 'Sign in to go on.',
  accountDisabled: 'Your account has been disabled; ask an administrator.',
  passwordWasReset: 'Your password was reset: choose a new one before anything else.',
  unknownUser: 'User {{id}} does not exist in this workspace.',
  alreadySetUp: 'This workspace already has users: sign in instead.',
  branchCodeUnknown: "No retailer has the code {{code}}: a partner office's branch is a sub-distributor.",
  branchCodeNotSub:
    "{{code}} is a retailer, not a sub-distributor: a partner office's branch is headed by a sub-distributor.",
  issueSubDistributor: 'must name a sub-distributor',
  usernameTaken: 'The username {{username}} is taken (by {{name}}).',
  issueTaken: 'is taken',
  selfDisable: 'You cannot disable your own account; another administrator can.',
  lastAdministrator: '{{name}} is the last active administrator: make another user administrator first.',
  lockedAfterOneMinute:
    'Wrong username or password. After {{attempts}} failed attempts the account is locked for 1 minute.',
  lockedAfterMinutes:
    'Wrong username or password. After {{attempts}} failed attempts the account is locked for {{minutes}} minutes.',
  wrongCredentials: 'Wrong username or password.',
  disabledByAdministrator:
    'This account was disabled by an administrator; ask an administrator to enable it.',
  disabledBy: 'This account was disabled by {{name}}; ask an administrator to enable it.',
  tooManySignInsOneMinute:
    'Too many failed sign-ins for {{username}}: try again in 1 minute, or ask an administrator to reset the password.',
  tooManySignIns:
    'Too many failed sign-ins for {{username}}: try again in {{minutes}} minutes, or ask an administrator to reset the password.',
  currentPasswordWrong: 'The current password is wrong.',
  issueWrong: 'is wrong',
  newPasswordSame: 'The new password must differ from the current one.',
  issueDifferFromCurrent: 'must differ from the current password',
  newPasswordUsername: 'The new password must not contain the username.',
  issueNoUsername: 'must not contain the username',
  approvalRequiredAbove:
    "This allocation needs a second person's approval: {{amount}} is above the approval threshold of {{threshold}}. Request it from the Allocations screen.",
  approvalRequiredUnusual:
    "This allocation needs a second person's approval: {{amount}} is more than {{multiple}} times {{name}}'s average allocation of {{average}} over the last 30 days ({{allocations}} allocations). Request it from the Allocations screen.",
  approvalRequired:
    "This allocation needs a second person's approval: {{detail}} Request it from the Allocations screen.",
  issueApprovalAbove:
    "needs a second person's approval ({{amount}} is above the approval threshold of {{threshold}}.); allocate it on its own",
  issueApprovalUnusual:
    "needs a second person's approval ({{amount}} is more than {{multiple}} times {{name}}'s average allocation of {{average}} over the last 30 days ({{allocations}} allocations).); allocate it on its own",
  holdAboveThreshold: '{{amount}} is above the approval threshold of {{threshold}}.',
  holdUnusualAmount:
    "{{amount}} is more than {{multiple}} times {{name}}'s average allocation of {{average}} over the last 30 days ({{allocations}} allocations).",
  allocationRejected: 'This allocation was rejected; ask for a new one.',
  makerChecker: 'You asked for this allocation; another person must approve it (maker and checker differ).',
  allocationAlreadyApproved: 'This allocation is already approved.',
  allocationAlreadyRejected: 'This allocation is already rejected.',
  unknownApproval: 'No allocation waits for approval under {{id}}.',
  unknownAllocation: 'No allocation has the id {{id}}.',
  issueNoAllocation: 'names no allocation',
  notReversible:
    'This allocation is {{state}}; only an allocation the operator confirmed can be reversed (cancel a queued one instead).',
  overReversal: 'Only {{left}} of this allocation of {{amount}} is left to reverse.',
  allocationRowsInvalid:
    'Nothing was allocated: {{invalid}} of {{total}} rows have problems. First: row {{row}} {{column}} {{detail}}.',
  issueRetailerNotActive: '{{name}} is {{status}}; only active retailers are allocated',
  issueNoWalletAt: '{{name}} has no wallet linked at {{operator}}',
  issueDailyLimit: 'takes {{name}} over its daily limit of {{limit}} ({{used}} already today or above)',
  issuePrepaidShort: 'is more than {{name}} has paid for ({{room}} left, prepaid)',
  issueCreditLimit: 'takes {{name}} over its credit limit ({{room}} left)',
  issueWholesaleShort: 'is more than the wholesale stock left after the rows above ({{left}})',
  allocationFileColumns: 'The file needs a retailer_code column and an amount column.',
  fileHeaderNoRows: 'The file has a header but no rows.',
  replenishmentQueued: 'Queued {{amount}} to bring the stock to {{target}}.',
  fileNoHeader: 'The file has no header row (the first row must name the columns).',
  columnTwice: 'The column {{column}} appears twice in the header.',
  fileTooManyRows: 'The file has {{n}} rows; one import takes at most {{max}}.',
  csvUnreadable: 'The CSV file cannot be read: {{detail}}',
  xlsxUnreadable: 'The XLSX file cannot be read (is it an Excel workbook?): {{detail}}',
  workbookNoSheet: 'The workbook has no sheet.',
  sheetTooManyRows: 'The sheet has {{n}} rows; one import takes at most {{max}}.',
  fileTooLarge: 'The file is {{n}} bytes; one import takes at most {{max}}.',
  fileWrongFormat: '{{fileName}} is neither a .csv nor an .xlsx file.',
  assetCodeFormat: 'code must be 2 to 32 capitals, digits, - or _ (e.g. XOF, AIRTIME-MTN-CI)',
  issueAssetCodeFormat: 'must be 2 to 32 capitals, digits, - or _ (e.g. XOF, AIRTIME-MTN-CI)',
  scaleFormat: 'scale must be a whole number from 0 to 9',
  issueScaleFormat: 'must be a whole number from 0 to 9',
  currencyFormat: 'currency must be a three-letter ISO 4217 code',
  issueCurrencyFormat: 'must be a three-letter ISO 4217 code',
  assetExists: 'Asset {{code}} already exists with another kind, currency or scale.',
  accountCodeFormat: 'code must be 1 to 64 letters, digits or . _ : -',
  issueAccountCodeFormat: 'must be 1 to 64 letters, digits or . _ : -',
  limitNegative: 'balanceUpperBoundMinor must not be negative',
  accountExists: 'Account {{id}} already exists with different settings.',
  unknownAsset: 'assetCode names no asset ({{code}})',
  issueUnknownAsset: 'names no asset ({{code}})',
  accountCodeTaken: 'Another account already has the code {{code}}.',
  limitBelowBalance:
    'Account {{code}} already carries {{amount}} minor units; its limit cannot go below that.',
  unknownAccount: '{{path}} names no account ({{id}})',
  issueUnknownAccount: 'names no account ({{id}})',
  entryIdReused: 'Entry {{id}} was already recorded with different content; a new entry needs a new id.',
  amountsPerTransfer:
    'amountsMinor must list one amount per transfer of the pending entry ({{expected}}), got {{got}}',
  issueAmountsPerTransfer:
    'must list one amount per transfer of the pending entry ({{expected}}), got {{got}}',
  amountUpToPending:
    '{{path}} must be a whole number from 1 to the pending {{amount}}; void the entry to post nothing',
  issueAmountUpToPending:
    'must be a whole number from 1 to the pending {{amount}}; void the entry to post nothing',
  unknownEntry: '{{path}} names no entry ({{id}})',
  issueUnknownEntry: 'names no entry ({{id}})',
  reversalOfReversal: 'Entry {{id}} is itself a reversal; it cannot be reversed.',
  reversePending: 'Entry {{id}} is a pending entry: only posted entries are reversed (void a pending one).',
  reverseVoid: 'Entry {{id}} is a void pending entry: only posted entries are reversed (void a pending one).',
  reverseExpire:
    'Entry {{id}} is a expire pending entry: only posted entries are reversed (void a pending one).',
  alreadyReversed: 'Entry {{id}} was already reversed by entry {{reversal}}.',
  accountClosed: 'Account {{code}} is closed; it takes no new movements.',
  differentAssets:
    '{{path}} moves between different assets ({{debit}} holds {{debitAsset}}, {{credit}} holds {{creditAsset}})',
  issueDifferentAssets:
    'moves between different assets ({{debit}} holds {{debitAsset}}, {{credit}} holds {{creditAsset}})',
  notPendingPost: 'Entry {{id}} is not a pending entry; there is nothing to post.',
  notPendingVoid: 'Entry {{id}} is not a pending entry; there is nothing to void.',
  pendingAlreadyPosted: 'Pending entry {{id}} was already posted by entry {{resolution}}.',
  pendingAlreadyVoided: 'Pending entry {{id}} was already voided by entry {{resolution}}.',
  pendingAlreadyExpired: 'Pending entry {{id}} was already expired by entry {{resolution}}.',
  pendingExpired: 'Pending entry {{id}} has expired; nothing was posted.',
  refusedOverdraw:
    'Entry {{id}} refused: account {{code}} would owe more than it holds (its debits would exceed its credits), by {{amount}} minor units.',
  refusedBelowZero:
    'Entry {{id}} refused: account {{code}} would go below zero (its credits would exceed its debits), by {{amount}} minor units.',
  refusedLimit:
    'Entry {{id}} refused: account {{code}} would exceed its limit of {{limit}} minor units, by {{amount}} minor units.',
  entryIdFormat: 'id must be 1 to 64 letters, digits or - _ : . (a UUIDv7)',
  issueEntryIdFormat: 'must be 1 to 64 letters, digits or - _ : . (a UUIDv7)',
  descriptionTooLong: 'description is longer than {{n}} characters',
  entryCodeLength: 'code must be 1 to {{n}} characters',
  transferCodeLength: '{{path}} must be 1 to {{n}} characters',
  issueCodeLength: 'must be 1 to {{n}} characters',
  transfersCount: 'transfers must hold 1 to {{n}} transfers',
  issueTransfersCount: 'must hold 1 to {{n}} transfers',
  transferAmount: '{{path}} must be a positive whole number of minor units',
  issueTransferAmount: 'must be a positive whole number of minor units',
  sameAccount: '{{path}} debits and credits the same account',
  issueSameAccount: 'debits and credits the same account',
  effectiveAtFormat: 'effectiveAt must be an instant in epoch milliseconds',
  issueEffectiveAtFormat: 'must be an instant in epoch milliseconds',
  timeoutRange: 'timeoutMs must be from 1 ms to {{n}} ms (90 days)',
  issueTimeoutRange: 'must be from 1 ms to {{n}} ms (90 days)',
  verifyMissingEntries: 'entries {{from}} to {{to}} are missing before entry {{id}}',
  verifyOutOfOrder: 'entry {{id}} is recorded before the entry preceding it',
  verifyTransferCount:
    'entry {{id}} lists {{listed}} transfers from #{{first}}; found {{found}} from #{{foundFirst}}',
  verifyNotAnAccount: 'entry {{id}} moves account #{{account}}, which is not an account',
  verifyTransferNotOfEntry: 'transfer #{{transfer}} does not belong to entry {{id}} as stored',
  verifyTransferAsset:
    'transfer #{{transfer}} of entry {{id}} moves {{asset}} between accounts of other assets',
  verifyImpossibleAmount: 'transfer #{{transfer}} of entry {{id}} has an impossible amount',
  verifyRunningBalances:
    'transfer #{{transfer}} of entry {{id}} records balances after it that its account history does not add up to',
  verifyOrphanTransfers: '{{n}} transfer rows belong to no entry',
  verifyStoredTotals: 'account {{code}} stores {{stored}} but its transfers add up to {{expected}}',
  verifyMissingExpiry: 'pending entry {{id}} is open but missing from the expiry list',
  verifyStrayExpiry: 'entry {{id}} is on the expiry list but is not an open pending entry',
  verifyBadResolution: 'entry {{id}} resolves {{resolved}}, which is not an open pending entry',
  verifyResolutionMismatch:
    'transfer #{{transfer}} of entry {{id}} does not match the pending transfer it resolves',
  verifyOverdrawn:
    'account {{code}} does owe more than it holds (its debits would exceed its credits): it stands {{amount}} minor units beyond',
  verifyBelowZero:
    'account {{code}} does go below zero (its credits would exceed its debits): it stands {{amount}} minor units beyond',
  verifyOverLimit:
    'account {{code}} does exceed its limit of {{limit}} minor units: it stands {{amount}} minor units beyond',
  verifyAssetUnbalanced:
    'asset {{asset}}: posted debits {{postedDebits}} vs credits {{postedCredits}}, pending debits {{pendingDebits}} vs credits {{pendingCredits}}',
  verifyBadReversal: 'entry {{id}} reverses something that is not an earlier posted entry',
  verifyChangedEntry: 'entry {{id}} was changed after it was written (its hash does not match its content)',
  msisdnFormat: 'msisdn must be 8 to 15 digits (international format without +).',
  issueMsisdnDigits: 'must be 8 to 15 digits',
  walletLookupUnreachable: 'Cannot look up the wallet of {{party}}: {{detail}}',
  walletLookupRefused: 'The operator refused the wallet lookup: {{detail}}',
  walletNotFoundMsisdn: 'The operator has no wallet for retailer {{party}} with MSISDN {{msisdn}}.',
  walletNotFound: 'The operator has no wallet for retailer {{party}}.',
  walletNoAmount: 'The wallet of {{party}} answered, but the operator sent no amount.',
  walletWrongUnits:
    'The wallet of {{party}} answered, but the operator sent an amount in {{units}}, expected {{expected}}.',
  walletBadAmount: "The wallet of {{party}} answered, but the operator's amount {{problem}}.",
  walletAlreadyLinked: 'Retailer {{party}} is already linked to wallet {{wallet}}.',
  connectionNotSavedOffline:
    'The connection was not saved: {{detail}} If the operator is only unreachable today, save it without testing ("Save without testing" in the app, --offline on the command line).',
  connectionNotSaved: 'The connection was not saved: {{detail}}',
  testBucketUnreadable: 'Signed in, but the wholesale bucket {{bucket}} could not be read: {{detail}}',
  testBucketNoAmount: 'The wholesale bucket answered, but the operator sent no amount.',
  testBucketWrongUnits:
    'The wholesale bucket answered, but the operator sent an amount in {{units}}, expected {{expected}}.',
  testBucketBadAmount: "The wholesale bucket answered, but the operator's amount {{problem}}.",
  testConnected: 'Connected to {{name}}: signed in and read the wholesale bucket.',
  actionNoAmount: 'Action {{id}}: the operator sent no amount.',
  actionWrongUnits: 'Action {{id}}: the operator sent an amount in {{units}}, expected {{expected}}.',
  answerNotJson: 'The operator answered {{status}} with a body that is not JSON.',
  answerNotTmf: "The operator's answer does not match TMF654: {{detail}}",
  answerStatusReasonMessage: 'The operator answered {{status}}: {{reason}} ({{detail}})',
  answerStatusReason: 'The operator answered {{status}}: {{reason}}',
  answerStatus: 'The operator answered {{status}}',
  tokenUnreachable: "Cannot reach the operator's token endpoint: {{detail}}.",
  tokenRefused: 'The operator refused the client id and secret; check the operator connection settings.',
  tokenNotJson: "The operator's token endpoint answered with a body that is not JSON.",
  tokenNoAccessToken: "The operator's token endpoint answered without an access token.",
  tokenStatus: "The operator's token endpoint answered {{status}}.",
  noAnswerTimeout: 'No answer from the operator: the request timed out.',
  noAnswerCancelled: 'No answer from the operator: the request was cancelled.',
  noAnswer: 'No answer from the operator: {{detail}}.',
  unitsFixed:
    'Operator {{id}} already books airtime in {{units}} at scale {{scale}}; its units cannot change.',
  bucketFixed: 'Operator {{id}} is linked to wholesale bucket {{bucket}}; it cannot move to another bucket.',
  noOperatorConnected:
    'No operator is connected to this workspace; connect one first (airledger operator connect).',
  operatorNotConnectedHere: 'Operator {{id}} is not connected to this workspace.',
  onboardCodeTaken:
    'Cannot onboard {{name}}: code {{code}} is already a reseller code (codes are never reused, even after closing).',
  onboardPartyTaken:
    "Cannot onboard {{name}}: operatorPartyId operator party {{party}} is already {{holder}}'s.",
  onboardUnknownParent: 'Cannot onboard {{name}}: parentCode names no retailer ({{parent}}).',
  onboardParentNotSub:
    'Cannot onboard {{name}}: parentCode {{parent}} is a retailer; only a sub-distributor can have retailers under it.',
  onboardParentClosed:
    'Cannot onboard {{name}}: parentCode {{parent}} is closed; choose an open sub-distributor.',
  onboardMsisdnTaken: 'Cannot onboard {{name}}: walletMsisdn {{msisdn}} is already the wallet of {{holder}}.',
  onboardUnknownPlan: 'Cannot onboard {{name}}: commissionPlanCode names no commission plan ({{plan}}).',
  onboardCreditLimitMissing:
    'Cannot onboard {{name}}: creditLimitMinor must be above zero for a postpaid retailer (it is what the retailer may owe).',
  changeUnknownParent: 'Cannot change {{name}}: parentCode names no retailer ({{parent}}).',
  changeParentNotSub:
    'Cannot change {{name}}: parentCode {{parent}} is a retailer; only a sub-distributor can have retailers under it.',
  changeParentClosed:
    'Cannot change {{name}}: parentCode {{parent}} is closed; choose an open sub-distributor.',
  changeMsisdnTaken: 'Cannot change {{name}}: walletMsisdn {{msisdn}} is already the wallet of {{holder}}.',
  changeUnknownPlan: 'Cannot change {{name}}: commissionPlanCode names no commission plan ({{plan}}).',
  changeCreditLimitMissing:
    'Cannot change {{name}}: creditLimitMinor must be above zero for a postpaid retailer (it is what the retailer may owe).',
  changeOwnBranch:
    "Cannot change {{name}}: parentCode {{parent}} is in {{code}}'s own branch; a retailer cannot sit under itself.",
  changeClosed: 'Cannot change {{name}}: it is closed.',
  onboardOther: 'Cannot onboard {{name}}: {{field}} {{problem}}.',
  changeOther: 'Cannot change {{name}}: {{field}} {{problem}}.',
  reactivateClosedFinal: 'Cannot reactivate {{name}}: it is closed, and closing is final.',
  closeClosedFinal: 'Cannot close {{name}}: it is closed, and closing is final.',
  suspendClosedFinal: 'Cannot suspend {{name}}: it is closed, and closing is final.',
  closeOpenChildren: 'Cannot close {{name}}: {{n}} retailer(s) under it are still open.',
  closeReceivableOpen:
    'Cannot close {{name}}: its receivable is not settled ({{amount}} minor units); record payments or refunds first.',
  closeStockHeld:
    'Cannot close {{name}}: it still holds stock in {{account}} ({{amount}} minor units); reverse it first.',
  issueCodeTaken: '{{code}} is already a reseller code (codes are never reused, even after closing)',
  issuePartyTaken: "operator party {{party}} is already {{holder}}'s",
  issueParentNotSub: '{{parent}} is a retailer; only a sub-distributor can have retailers under it',
  issueParentClosed: '{{parent}} is closed; choose an open sub-distributor',
  issueMsisdnTaken: '{{msisdn}} is already the wallet of {{holder}}',
  issueUnknownPlan: 'names no commission plan ({{plan}})',
  issueCreditLimitMissing: 'must be above zero for a postpaid retailer (it is what the retailer may owe)',
  issueOwnBranch: "{{parent}} is in {{code}}'s own branch; a retailer cannot sit under itself",
  unknownRetailer: 'No retailer has the code {{code}}.',
  issueUnknownRetailer: 'names no retailer ({{code}})',
  suspendedWithReason:
    '{{name}} ({{code}}) is suspended ({{reason}}); only an active retailer can be allocated stock.',
  suspended: '{{name}} ({{code}}) is suspended; only an active retailer can be allocated stock.',
  closedWithReason:
    '{{name}} ({{code}}) is closed ({{reason}}); only an active retailer can be allocated stock.',
  closedNoStock: '{{name}} ({{code}}) is closed; only an active retailer can be allocated stock.',
  dailyLimit:
    '{{name}} ({{code}}) may be allocated {{limit}} a day; {{today}} already today, so at most {{left}} more.',
  prepaidShort:
    '{{name}} ({{code}}) is prepaid and has {{room}} paid in advance for {{amount}} requested; record its payment first.',
  creditLimit:
    '{{name}} ({{code}}) would go over its credit limit of {{limit}}: it can take {{room}} more, {{amount}} requested.',
  paymentIdReused:
    'Payment {{id}} was already recorded with different content; a new payment needs a new id.',
  closedNoPayments: '{{name}} ({{code}}) is closed; it takes no payments.',
  applyToTooMuch: 'applyTo settles {{total}}, more than the {{paid}} paid.',
  issueApplyToTooMuch: 'adds up to more than the payment',
  applyToUnknown: 'applyTo.{{index}} names no open allocation of this retailer ({{id}}).',
  issueApplyToUnknown: 'names no open allocation of this retailer',
  applyToOverUnpaid:
    'applyTo.{{index}} settles {{amount}}, but only {{unpaid}} of that allocation is unpaid.',
  issueApplyToOverUnpaid: 'is more than is unpaid',
  unknownPayment: 'No payment has the id {{id}}.',
  retailerFileNoRows: 'The file has no rows to import.',
  retailerRowsInvalid:
    'Nothing was imported: {{invalid}} of {{total}} rows have problems. First: row {{row}} {{column}} {{detail}}.',
  retailerFileNoName: 'The file has no name column (the header must name at least: name).',
  purchaseIdReused:
    'Purchase {{id}} was already recorded with different content; a new order needs a new id.',
  operatorPrepaid:
    '{{operator}} sells to you prepaid; pay by cash, bank transfer or mobile money (or set credit terms first).',
  issueCreditNeedsTerms: 'credit needs credit terms',
  purchaseCancelled: 'Purchase {{number}} was cancelled; create a new order.',
  operatorCreditLimit:
    'Buying this on credit would take what you owe {{operator}} over its credit limit of {{limit}}: {{left}} of credit left, {{needed}} needed. Pay the operator or pay this order up front.',
  unknownPurchase: 'No purchase order has the id {{id}}.',
  overpayment: 'You owe {{operator}} {{n}} {{unit}}; a payment of {{amount}} would pay more than that.',
  unknownOperatorPayment: 'No payment to an operator has the id {{id}}.',
  topupNumberNoCountryCodePrefixes:
    'msisdn {{msisdn}} does not start with the country code (expected {{countryCode}} followed by {{digits}} digits starting {{prefixes}}): it is not a {{operator}} line.',
  topupNumberNoCountryCode:
    'msisdn {{msisdn}} does not start with the country code (expected {{countryCode}} followed by {{digits}} digits): it is not a {{operator}} line.',
  topupNumberDigitCountPrefixes:
    'msisdn {{msisdn}} has {{digitsFound}} digits after the country code (expected {{countryCode}} followed by {{digits}} digits starting {{prefixes}}): it is not a {{operator}} line.',
  topupNumberDigitCount:
    'msisdn {{msisdn}} has {{digitsFound}} digits after the country code (expected {{countryCode}} followed by {{digits}} digits): it is not a {{operator}} line.',
  topupNumberNotPrefixPrefixes:
    "msisdn {{msisdn}} is not one of this operator's prefixes (expected {{countryCode}} followed by {{digits}} digits starting {{prefixes}}): it is not a {{operator}} line.",
  topupNumberNotPrefix:
    "msisdn {{msisdn}} is not one of this operator's prefixes (expected {{countryCode}} followed by {{digits}} digits): it is not a {{operator}} line.",
  issueNumberNoCountryCodePrefixes:
    'does not start with the country code (expected {{countryCode}} followed by {{digits}} digits starting {{prefixes}})',
  issueNumberNoCountryCode:
    'does not start with the country code (expected {{countryCode}} followed by {{digits}} digits)',
  issueNumberDigitCountPrefixes:
    'has {{digitsFound}} digits after the country code (expected {{countryCode}} followed by {{digits}} digits starting {{prefixes}})',
  issueNumberDigitCount:
    'has {{digitsFound}} digits after the country code (expected {{countryCode}} followed by {{digits}} digits)',
  issueNumberNotPrefixPrefixes:
    "is not one of this operator's prefixes (expected {{countryCode}} followed by {{digits}} digits starting {{prefixes}})",
  issueNumberNotPrefix:
    "is not one of this operator's prefixes (expected {{countryCode}} followed by {{digits}} digits)",
  possibleDuplicate:
    '{{msisdn}} was topped up with the same amount {{minutes}} minute(s) ago. If this second top-up is meant, confirm it.',
  syncClosing: 'The workspace is closing; sync is stopped.',
  retailerStockShortUnknown:
    'The retailer holds {{held}} of stock now; it cannot give back {{amount}}. Reverse what it still holds.',
  retailerStockShort:
    '{{party}} holds {{held}} of stock now; it cannot give back {{amount}}. Reverse what it still holds.',
  insufficientStock:
    'Not enough wholesale stock: {{available}} available, {{requested}} requested. Stock bought counts once the operator confirms the purchase: run a sync, or buy more.',
  unknownAction: 'Operator action {{id}} does not exist.',
  operatorNotConnected: 'Operator {{id}} is not connected; connect it first (airledger operator connect).',
  noLinkedWalletNone: 'partyId names no retailer wallet linked at operator {{operator}} (none given).',
  noLinkedWallet: 'partyId names no retailer wallet linked at operator {{operator}} ({{party}}).',
  issueNoLinkedWallet: 'names no linked retailer wallet',
  topupNeedsMsisdn: 'msisdn is required for a direct top-up.',
  actionIdReused: 'Action {{id}} was already recorded with different content; a new action needs a new id.',
  notRetryable: 'Action {{id}} is {{state}}; only a failed action can be tried again.',
  cancelOutcomeUnsettled:
    'Action {{id}} was sent before and its outcome is not settled yet; cancel it once the operator has answered.',
  actionChanged: 'Action {{id}} changed while you asked; look at it again.',
  cancelOutcomeUnknown:
    'Action {{id}} may or may not have reached the operator; Airledger is finding out. Cancel it after the next sync.',
  alreadyFinal: 'Action {{id}} is already {{state}}; it cannot be cancelled.',
  reasonCancelledBeforeSent: 'Cancelled before it was sent to the operator.',
  reasonRefusedByOperator: 'Refused by the operator: {{detail}}',
  reasonOperatorReports: 'The operator reports the action {{status}}.',
  reasonAmountDiffers: 'The operator moved {{moved}} minor units, not the {{requested}} requested.',
  reasonLateConfirmation: 'Confirmed after its ledger reservation had lapsed; booked as a new entry.',
  cancellationRefused: 'Cancellation refused: {{detail}}',
  cycleOperatorStopped: 'The operator stopped answering; the queue keeps what is left for the next sync.',
  cycleSalesFeed: 'Sales feed: {{detail}}',
  cycleBalances: 'Balances: {{detail}}',
  reconciliationPendingAllocationReversal:
    'Our allocation reversal {{id}} completed at the operator; the next sync confirms it here.',
  reconciliationPendingAllocation:
    'Our allocation {{id}} completed at the operator; the next sync confirms it here.',
  reconciliationPendingPurchase:
    'Our purchase {{id}} completed at the operator; the next sync confirms it here.',
  reconciliationPendingDirectTopup:
    'Our direct topup {{id}} completed at the operator; the next sync confirms it here.',
  reconciliationUnknownBy: "{{type}} {{id}} at the operator by {{party}} is not in this workspace's books.",
  reconciliationUnknown: "{{type}} {{id}} at the operator is not in this workspace's books.",
  reversalWaitingNoWallet:
    'Sale reversal {{id}} is not booked yet: Retailer {{party}} has no linked wallet..',
  reversalWaitingSale:
    'Sale reversal {{id}} is not booked yet: The sale {{sale}} it reverses is not booked yet..',
  reversalWaiting: 'Sale reversal {{id}} is not booked yet: {{detail}}.',
  reversalNotBooked: 'Sale reversal {{id}} is not booked yet.',
  saleWaitingNoWallet: 'Sale {{id}} is not booked yet: Retailer {{party}} has no linked wallet..',
  saleWaiting: 'Sale {{id}} is not booked yet: {{detail}}.',
  saleNotBooked: 'Sale {{id}} is not booked yet.',
  waitingNoWallet: 'Retailer {{party}} has no linked wallet.',
  waitingSale: 'The sale {{sale}} it reverses is not booked yet.',
  noClosedPeriod: 'No closed settlement period {{id}} exists.',
  issueNoClosedPeriod: 'names no closed period',
  noStatementInPeriod: '{{code}} has no statement in {{period}}.',
  issueNoStatementInPeriod: 'has no statement in this period',
  exportClosing: 'The workspace is closing; open it again to export.',
  exportJobReused: 'Export job {{id}} was started for another workbook; make a new job id for this one.',
  issueExportJobReused: 'is already used for another export',
  workbookUnwritable: 'Cannot write the workbook to {{file}}: {{detail}}. Choose another folder.',
  exportCancelledNothingKept: 'The export of {{file}} was cancelled; nothing was kept.',
  tooManyExports:
    'You already have {{n}} settlement exports running: wait for one to finish, or cancel one, then start this one.',
  unknownExport:
    'You have no settlement export {{id}}: a finished one is kept {{minutes}} minutes, and none outlives the workspace being closed. Start it again.',
  issueUnknownExport: 'names none of your exports',
  exportRunning:
    '{{file}} is still being written ({{written}} of {{total}} rows): take it once the export is done.',
  exportFailed: '{{file}} could not be written ({{detail}}); there is no file to take.',
  exportCancelled: 'The export of {{file}} was cancelled: nothing was kept. Start it again.',
  exportTaken: '{{file}} was already moved to where it was wanted; nothing is left here.',
  exportUnexpected: 'Airledger hit an unexpected error while writing the workbook; it has been logged.',
  periodsInOrder: 'Periods close in order: the next to close is {{label}} ({{key}}), not {{requested}}.',
  periodNotOver: '{{label}} is not over: it ends at {{end}}; close it after that.',
  unknownStatementVersion: 'No statement {{id}} version {{version}} exists.',
  unknownStatement: 'No statement {{id}} exists.',
  issueNoStatement: 'names no statement',
  staleVersion: 'Statement {{id}} has a newer version ({{newer}}) than {{version}}: look at it first.',
  statementApprovedNeedsDraft: 'Statement {{id}} version {{version}} is approved; this needs it draft.',
  statementPaidNeedsDraft: 'Statement {{id}} version {{version}} is paid; this needs it draft.',
  statementSupersededNeedsDraft: 'Statement {{id}} version {{version}} is superseded; this needs it draft.',
  statementDraftNeedsApproved: 'Statement {{id}} version {{version}} is draft; this needs it approved.',
  statementPaidNeedsApproved: 'Statement {{id}} version {{version}} is paid; this needs it approved.',
  statementSupersededNeedsApproved:
    'Statement {{id}} version {{version}} is superseded; this needs it approved.',
  statementPaidNeedsDraftOrApproved:
    'Statement {{id}} version {{version}} is paid; this needs it draft or approved.',
  statementSupersededNeedsDraftOrApproved:
    'Statement {{id}} version {{version}} is superseded; this needs it draft or approved.',
  statementState: 'Statement {{id}} version {{version}} is {{state}}; this needs it {{states}}.',
  sameApprover: '{{user}} made this version of {{id}}; another person approves it.',
  noReceivableToOffset: '{{code}} has no receivable to offset against.',
  laterPeriodClosed: "A later period is closed: correct {{id}} through that period's adjustments instead.",
  writingFailed: 'Writing {{file}} failed: {{detail}}. Nothing was kept.',
  exportCancelledPartial: 'The export to {{file}} was cancelled; the partial file was removed.',
} as const;
