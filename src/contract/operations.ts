import { z } from 'zod';
import {
  AllocationApprovalView,
  AllocationImportApplyInput,
  AllocationImportInput,
  AllocationImportPreview,
  AllocationImportResult,
  AllocationListInput,
  AllocationOutcome,
  AllocationPage,
  ApprovalIdInput,
  ApprovalListInput,
  CreateAllocationInput,
  RejectApprovalInput,
  ReverseAllocationInput,
} from './allocationSchemas';
import {
  AuditActors,
  AuditEventInput,
  AuditEventView,
  AuditExportInput,
  AuditListInput,
  AuditPage,
} from './auditSchemas';
import {
  AcquiredCohorts,
  AcquiredCohortsInput,
  AcquiredCustomersReport,
  AcquiredLines,
  AcquiredLinesInput,
} from './customerReportSchemas';
import { DashboardSummary } from './dashboardSchemas';
import { DemoNetworkSummary, GrowDemoInput } from './demoSchemas';
import {
  AccountStatement,
  AccountStatementInput,
  AccountView,
  AssetView,
  BalanceAsAt,
  BalanceAsAtInput,
  EntryInput,
  EntryView,
  LedgerVerifyReport,
  ListAccountsInput,
  VerifyLedgerInput,
} from './ledgerSchemas';
import {
  ActionIdInput,
  AllocateInput,
  ConnectionTest,
  CycleSummary,
  DirectTopupInput,
  LinkedWallet,
  LinkRetailerInput,
  OperatorActionView,
  OperatorConnectInput,
  OperatorConnectionView,
  OperatorConnectResult,
  OperatorSelector,
  PurchaseInput,
  ReconciliationReport,
  SyncQueue,
  SyncQueueInput,
  SyncRunInput,
  SyncStatus,
  WalletView,
} from './operatorSchemas';
import { OperatorStatementsInput, OperatorStatementView } from './operatorStatementSchemas';
import {
  OpenAllocation,
  PaymentIdInput,
  PaymentListInput,
  PaymentPage,
  PaymentView,
  RecordPaymentInput,
} from './paymentSchemas';
import { PayoutDetail, PayoutDetailInput, PayoutsInput, PayoutsReport } from './payoutSchemas';
import type { Permission } from './permissions';
import {
  CancelPurchaseInput,
  CreatePurchaseInput,
  OperatorPaymentView,
  OperatorTermsView,
  PurchaseIdInput,
  PurchaseListInput,
  PurchaseOrderView,
  PurchasePage,
  RecordOperatorPaymentInput,
  SaveOperatorTermsInput,
} from './purchaseSchemas';
import {
  DirectSalesReport,
  ExceptionsReport,
  FloatMovementReport,
  ReportExportInput,
  ReportFile,
  ReportFilters,
  ResellerBreakdown,
  ResellerBreakdownInput,
  ResellerSalesReport,
  SalesRows,
  SalesRowsInput,
} from './reportSchemas';
import {
  AddRetailerInput,
  CommissionPlanView,
  RetailerCodeInput,
  RetailerDetail,
  RetailerImportInput,
  RetailerImportPreview,
  RetailerImportResult,
  RetailerListInput,
  RetailerPage,
  RetailerSales,
  RetailerSalesInput,
  RetailerView,
  SaveCommissionPlanInput,
  SetRetailerStatusInput,
  UpdateRetailerInput,
} from './retailerSchemas';
import { DeletedView, SavedView, SavedViewIdInput, SaveViewInput } from './savedViewSchemas';
import { WorkspaceSettings, WorkspaceSettingsChange } from './settingsSchemas';
import {
  ApproveStatementInput,
  ClosePeriodInput,
  CorrectStatementInput,
  ExportJobInput,
  ExportJobView,
  MarkStatementPaidInput,
  PeriodStatementsInput,
  SettlementExportInput,
  SettlementPeriods,
  SettlementPeriodView,
  StartSettlementExportInput,
  StatementInput,
  StatementView,
} from './settlementSchemas';
import { UpdateStatusView } from './updateSchemas';
import {
  AuthStatus,
  ChangePasswordInput,
  CreateUserInput,
  ResetPasswordInput,
  SetUpAdministratorInput,
  SignedInUser,
  SignInInput,
  SignInResult,
  UpdateUserInput,
  UserView,
} from './userSchemas';
import {
  CreateWorkspaceInput,
  OpenWorkspaceInput,
  SystemInfo,
  VerifyReport,
  WorkspaceStatus,
} from './workspaceSchemas';
import {
  BackupResult,
  BackupWorkspaceInput,
  RekeyWorkspaceInput,
  RekeyWorkspaceResult,
  RestoreWorkspaceInput,
} from './workspaceSecretSchemas';

/**
 * The contract: every operation the UI, the CLI or any transport may call, with its runtime-validated
 * input and output and the permission it needs. Transports register from this list in a loop.
 */
export interface OperationDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly permission: Permission;
  /** Changes state: transports may retry only operations that do not. */
  readonly mutates: boolean;
  /** Screens poll it on their own: it does not count as use of a session, so an idle desk locks. */
  readonly passive?: true;
  readonly summary: string;
}

function operation<I extends z.ZodType, O extends z.ZodType>(
  definition: OperationDefinition<I, O>,
): OperationDefinition<I, O> {
  return definition;
}

const NoInput = z.object({}).strict();

export const operations = {
  'system.info': operation({
    input: NoInput,
    output: SystemInfo,
    permission: 'public',
    mutates: false,
    summary: 'Application version, transport, operator connection and sync state.',
  }),
  'updates.status': operation({
    input: NoInput,
    output: UpdateStatusView,
    permission: 'session',
    mutates: false,
    summary:
      "This install's version, the office's update settings, the last check and any update found or downloading.",
  }),
  'updates.check': operation({
    input: NoInput,
    output: UpdateStatusView,
    permission: 'session',
    mutates: false,
    summary:
      'Look for an update now (unless updates are off or pinned); waits for a running sync or export to finish first.',
  }),
  'updates.install': operation({
    input: NoInput,
    output: UpdateStatusView,
    permission: 'session',
    mutates: false,
    summary:
      'Restart to update: pending writes finish, sync stops and the database closes before the installer runs.',
  }),
  'workspace.status': operation({
    input: NoInput,
    output: WorkspaceStatus,
    permission: 'public',
    mutates: false,
    summary: 'Whether a workspace is open, and where a new one would be created.',
  }),
  'workspace.create': operation({
    input: CreateWorkspaceInput,
    output: WorkspaceStatus,
    permission: 'public',
    mutates: true,
    summary: 'Create a new encrypted workspace and open it.',
  }),
  'workspace.open': operation({
    input: OpenWorkspaceInput,
    output: WorkspaceStatus,
    permission: 'public',
    mutates: false,
    summary: 'Open an existing workspace with the key this host provides.',
  }),
  'workspace.verify': operation({
    input: NoInput,
    output: VerifyReport,
    permission: 'workspace.read',
    mutates: false,
    summary: 'Check the open workspace: encryption, schema version and file integrity.',
  }),
  'workspace.close': operation({
    input: NoInput,
    output: WorkspaceStatus,
    permission: 'workspace.manage',
    mutates: true,
    summary: 'Close the open workspace cleanly.',
  }),
  'workspace.rekey': operation({
    input: RekeyWorkspaceInput,
    output: RekeyWorkspaceResult,
    permission: 'workspace.manage',
    mutates: true,
    summary:
      "Change the database key: a new passphrase (command line, browser mode) or a new random key in the desktop's keychain; the workspace reopens with it.",
  }),
  'workspace.backup': operation({
    input: BackupWorkspaceInput,
    output: BackupResult,
    permission: 'workspace.manage',
    // It changes nothing in the books, but a copy of all of them leaving is what the audit trail records.
    mutates: true,
    summary:
      "Write an encrypted backup (a consistent snapshot with its manifest), with the workspace's passphrase or one of its own; to a file or to download.",
  }),
  'workspace.restore': operation({
    input: RestoreWorkspaceInput,
    output: WorkspaceStatus,
    // Nobody can sign in to a workspace that does not open; refused while one is open.
    permission: 'public',
    mutates: true,
    summary:
      'Restore an uploaded backup over a workspace that does not open (its file is kept beside, renamed), then open it; refused while a workspace is open.',
  }),
  'ledger.assets': operation({
    input: NoInput,
    output: z.array(AssetView),
    permission: 'ledger.read',
    mutates: false,
    summary: 'The assets (money per currency, airtime per operator) and their scales.',
  }),
  'ledger.accounts': operation({
    input: ListAccountsInput,
    output: z.array(AccountView),
    permission: 'ledger.read',
    mutates: false,
    summary: 'Accounts by owner and asset, with posted and available balances.',
  }),
  'ledger.statement': operation({
    input: AccountStatementInput,
    output: AccountStatement,
    permission: 'ledger.read',
    mutates: false,
    summary:
      'An account statement: opening balance, each movement with its running balance, closing balance.',
  }),
  'ledger.balanceAsAt': operation({
    input: BalanceAsAtInput,
    output: BalanceAsAt,
    permission: 'ledger.read',
    mutates: false,
    summary: "An account's posted balance as the ledger stood at a past instant.",
  }),
  'ledger.entry': operation({
    input: EntryInput,
    output: EntryView,
    permission: 'ledger.read',
    mutates: false,
    summary: 'A journal entry with its transfers, references and reversal or resolution links.',
  }),
  'ledger.verify': operation({
    input: VerifyLedgerInput,
    output: LedgerVerifyReport,
    permission: 'ledger.read',
    mutates: false,
    summary: 'Re-check the hash chain, debits = credits, stored balances and every balance rule.',
  }),
  'ledger.lastVerify': operation({
    input: NoInput,
    output: LedgerVerifyReport.nullable(),
    permission: 'ledger.read',
    mutates: false,
    summary: 'The latest verification of the open workspace (a quick one runs when it opens).',
  }),
  'operator.connect': operation({
    input: OperatorConnectInput,
    output: OperatorConnectResult,
    permission: 'operator.manage',
    mutates: true,
    summary:
      'Connect (or update) the TMF654 operator: URLs, client credentials, party and wholesale bucket; tested first.',
  }),
  'operator.connectSandbox': operation({
    input: NoInput,
    output: OperatorConnectResult,
    permission: 'operator.manage',
    mutates: true,
    summary:
      'Connect the demo operator that runs inside the app (a TMF654 sandbox kept in the workspace folder), with demo retailers.',
  }),
  'operator.connection': operation({
    input: OperatorSelector,
    output: OperatorConnectionView.nullable(),
    permission: 'sync.read',
    mutates: false,
    summary: 'The operator connection settings, without its secrets.',
  }),
  'operator.connections': operation({
    input: NoInput,
    output: z.array(OperatorConnectionView),
    permission: 'sync.read',
    mutates: false,
    summary: 'Every connected operator, the first connected first, without their secrets.',
  }),
  'operator.test': operation({
    input: OperatorSelector,
    output: ConnectionTest,
    permission: 'sync.read',
    mutates: false,
    summary: 'Sign in at the operator and read the wholesale bucket.',
  }),
  'operator.linkRetailer': operation({
    input: LinkRetailerInput,
    output: LinkedWallet,
    permission: 'operator.manage',
    mutates: true,
    summary: "Link a retailer's operator wallet to a stock account in the ledger.",
  }),
  'operator.wallets': operation({
    input: OperatorSelector,
    output: z.array(WalletView),
    permission: 'sync.read',
    mutates: false,
    summary: 'The linked operator wallets with the balances the operator reported at the last pull.',
  }),
  'operator.purchase': operation({
    input: PurchaseInput,
    output: OperatorActionView,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Buy bulk airtime: reserves it in the ledger and queues the operator top-up of the wholesale bucket.',
  }),
  'operator.allocate': operation({
    input: AllocateInput,
    output: OperatorActionView,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Allocate stock to a retailer: reserves it in the ledger and queues the operator transfer to its wallet.',
  }),
  'operator.topup': operation({
    input: DirectTopupInput,
    output: OperatorActionView,
    permission: 'operator.act',
    mutates: true,
    summary: "Top up an end-user line from the distributor's stock (a direct sale), through the outbox.",
  }),
  'sync.queue': operation({
    input: SyncQueueInput,
    output: SyncQueue,
    permission: 'sync.read',
    mutates: false,
    summary: 'Operator actions by state: open (queued or in flight), needing attention, final.',
  }),
  'sync.action': operation({
    input: ActionIdInput,
    output: OperatorActionView,
    permission: 'sync.read',
    mutates: false,
    summary: 'One operator action with its reference, ledger entries and what the operator said.',
  }),
  'sync.retryAction': operation({
    input: ActionIdInput,
    output: OperatorActionView,
    permission: 'sync.run',
    mutates: true,
    summary: 'Try a failed action again under a new reference (or look at an open one now).',
  }),
  'sync.cancelAction': operation({
    input: ActionIdInput,
    output: OperatorActionView,
    permission: 'sync.run',
    mutates: true,
    summary: 'Cancel an action: at once if never sent, else asks the operator while it is not final.',
  }),
  'sync.run': operation({
    input: SyncRunInput,
    output: CycleSummary.nullable(),
    permission: 'sync.run',
    mutates: true,
    summary: 'Run one sync cycle: send the queue, confirm, pull sales and balances.',
  }),
  'sync.cancel': operation({
    input: NoInput,
    output: SyncStatus,
    permission: 'sync.run',
    mutates: true,
    summary: 'Cancel the running sync cycle at its next safe point.',
  }),
  'sync.status': operation({
    input: NoInput,
    output: SyncStatus,
    permission: 'sync.read',
    mutates: false,
    passive: true,
    summary: 'Connection state, the running cycle and its progress, queue counts, last pull per feed.',
  }),
  'reconciliation.report': operation({
    input: OperatorSelector,
    output: ReconciliationReport,
    permission: 'reports.read',
    mutates: false,
    summary: 'Ledger against operator per bucket, each difference listed with its cause.',
  }),
  'retailers.list': operation({
    input: RetailerListInput,
    output: RetailerPage,
    permission: 'retailers.read',
    mutates: false,
    summary:
      'One page of retailers, filtered and sorted by the core (search, status, level, region, branch).',
  }),
  'retailers.get': operation({
    input: RetailerCodeInput,
    output: RetailerDetail,
    permission: 'retailers.read',
    mutates: false,
    summary: 'A retailer with its stock per operator, receivable, available credit and branch size.',
  }),
  'retailers.regions': operation({
    input: NoInput,
    output: z.array(z.string()),
    permission: 'retailers.read',
    mutates: false,
    summary: 'The regions retailers are in, for filters.',
  }),
  'retailers.add': operation({
    input: AddRetailerInput,
    output: RetailerView,
    permission: 'retailers.manage',
    mutates: true,
    summary: 'Onboard a retailer or sub-distributor (its code generated when not given) with its receivable.',
  }),
  'retailers.update': operation({
    input: UpdateRetailerInput,
    output: RetailerView,
    permission: 'retailers.manage',
    mutates: true,
    summary: 'Change a retailer: contact, parent (its branch moves with it), terms and credit limit, plan.',
  }),
  'retailers.setStatus': operation({
    input: SetRetailerStatusInput,
    output: RetailerView,
    permission: 'retailers.manage',
    mutates: true,
    summary: 'Suspend, reactivate or close (final, with a reason) a retailer.',
  }),
  'retailers.importPreview': operation({
    input: RetailerImportInput,
    output: RetailerImportPreview,
    permission: 'retailers.manage',
    mutates: false,
    summary: 'Read a CSV or XLSX file of retailers and check every row; nothing is written.',
  }),
  'retailers.importApply': operation({
    input: RetailerImportInput,
    output: RetailerImportResult,
    permission: 'retailers.manage',
    mutates: true,
    summary: 'Import a CSV or XLSX file of retailers: every row or, if any row has a problem, none.',
  }),
  'commissionPlans.list': operation({
    input: NoInput,
    output: z.array(CommissionPlanView),
    permission: 'retailers.read',
    mutates: false,
    summary: 'Commission plans with their rates and how many retailers use each.',
  }),
  'commissionPlans.save': operation({
    input: SaveCommissionPlanInput,
    output: CommissionPlanView,
    permission: 'retailers.manage',
    mutates: true,
    summary:
      'Create or change a commission plan: flat or tiered rate, with overrides per operator or denomination.',
  }),
  'payments.record': operation({
    input: RecordPaymentInput,
    output: PaymentView,
    permission: 'payments.record',
    mutates: true,
    summary:
      "Record a retailer's payment (cash, bank transfer, mobile money) against its receivable, with a receipt.",
  }),
  'payments.get': operation({
    input: PaymentIdInput,
    output: PaymentView,
    permission: 'retailers.read',
    mutates: false,
    summary: 'A payment as its receipt shows it: what it settled, the balance before and after.',
  }),
  'payments.list': operation({
    input: PaymentListInput,
    output: PaymentPage,
    permission: 'retailers.read',
    mutates: false,
    summary: "Payments, newest first, all or one retailer's.",
  }),
  'payments.openAllocations': operation({
    input: RetailerCodeInput,
    output: z.array(OpenAllocation),
    permission: 'retailers.read',
    mutates: false,
    summary: "A retailer's confirmed allocations not fully paid yet, oldest first.",
  }),
  'operator.terms': operation({
    input: OperatorSelector,
    output: OperatorTermsView,
    permission: 'sync.read',
    mutates: false,
    summary: "An operator's contract: discount, payment terms and credit, catalogue, and what is owed now.",
  }),
  'operator.saveTerms': operation({
    input: SaveOperatorTermsInput,
    output: OperatorTermsView,
    permission: 'operator.manage',
    mutates: true,
    summary:
      "Set an operator's contract terms: wholesale discount, prepaid or credit (limit, due days), catalogue.",
  }),
  'purchases.create': operation({
    input: CreatePurchaseInput,
    output: PurchaseOrderView,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Create a purchase order (buy bulk credit): cost after discount, payment; submitted unless a draft.',
  }),
  'purchases.submit': operation({
    input: PurchaseIdInput,
    output: PurchaseOrderView,
    permission: 'operator.act',
    mutates: true,
    summary: 'Send a draft purchase order to the operator (reserved in the ledger, queued in the outbox).',
  }),
  'purchases.cancel': operation({
    input: CancelPurchaseInput,
    output: PurchaseOrderView,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Cancel a purchase order: a draft at once, a submitted one at the operator while it is not final.',
  }),
  'purchases.list': operation({
    input: PurchaseListInput,
    output: PurchasePage,
    permission: 'sync.read',
    mutates: false,
    summary: 'Purchase orders, newest first, by status, operator and date, with totals.',
  }),
  'purchases.get': operation({
    input: PurchaseIdInput,
    output: PurchaseOrderView,
    permission: 'sync.read',
    mutates: false,
    summary: 'One purchase order with its operator references and ledger entries.',
  }),
  'allocations.list': operation({
    input: AllocationListInput,
    output: AllocationPage,
    permission: 'sync.read',
    mutates: false,
    summary:
      'Allocations, newest first, by retailer, status, operator and date, with what each retailer is charged.',
  }),
  'allocations.importPreview': operation({
    input: AllocationImportInput,
    output: AllocationImportPreview,
    permission: 'operator.act',
    mutates: false,
    summary:
      'Check a bulk allocation file (CSV or XLSX) row by row against retailers, limits and stock; nothing is queued.',
  }),
  'allocations.importApply': operation({
    input: AllocationImportApplyInput,
    output: AllocationImportResult,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Queue every allocation of a file, or none if any row has a problem; a batch id makes a retry safe.',
  }),
  'demo.grow': operation({
    input: GrowDemoInput,
    output: DemoNetworkSummary,
    permission: 'workspace.manage',
    mutates: true,
    summary:
      'Give the demo workspace a living network: terms, plans, sub-distributors and retailers with wallets, a purchase, floats and payments.',
  }),
  'demo.sampleUsers': operation({
    input: NoInput,
    output: z.object({ sampleUsers: z.array(z.string()), samplePassword: z.string() }),
    permission: 'workspace.manage',
    mutates: true,
    summary:
      'Give a demo workspace one sample user per role, sharing a published password (usernames already taken are skipped).',
  }),
  'settings.get': operation({
    input: NoInput,
    output: WorkspaceSettings,
    permission: 'workspace.read',
    mutates: false,
    summary:
      'Rule settings: the allocation approval threshold, the unusual-amount guard, the session idle lock.',
  }),
  'settings.save': operation({
    input: WorkspaceSettingsChange,
    output: WorkspaceSettings,
    permission: 'workspace.manage',
    mutates: true,
    summary:
      'Change rule settings: approval threshold and unusual-amount guard (null turns one off), session idle lock.',
  }),
  'allocations.create': operation({
    input: CreateAllocationInput,
    output: AllocationOutcome,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Allocate to a retailer: queued at once, or held for a second person when above the threshold or unusual.',
  }),
  'allocations.approvals': operation({
    input: ApprovalListInput,
    output: z.array(AllocationApprovalView),
    permission: 'sync.read',
    mutates: false,
    summary: 'Allocations held for approval (or decided), newest first, with why they were held.',
  }),
  'allocations.approve': operation({
    input: ApprovalIdInput,
    output: AllocationOutcome,
    permission: 'allocations.approve',
    mutates: true,
    summary: 'Approve a held allocation (never your own): every check runs again and it is queued.',
  }),
  'allocations.reject': operation({
    input: RejectApprovalInput,
    output: AllocationApprovalView,
    permission: 'allocations.approve',
    mutates: true,
    summary: 'Reject a held allocation, with the reason.',
  }),
  'dashboard.summary': operation({
    input: NoInput,
    output: DashboardSummary,
    permission: 'ledger.read',
    mutates: false,
    summary:
      'Wholesale stock per operator, stock held by retailers, receivables and overdue, today sales, pending actions, alerts.',
  }),
  'replenishment.run': operation({
    input: NoInput,
    output: z.object({ queued: z.number().int(), refused: z.number().int() }),
    permission: 'operator.act',
    mutates: true,
    summary: 'Top up every retailer below its auto-replenishment trigger now (it also runs after each sync).',
  }),
  'allocations.reverse': operation({
    input: ReverseAllocationInput,
    output: OperatorActionView,
    permission: 'operator.act',
    mutates: true,
    summary:
      'Reverse a confirmed allocation, all or part, with a reason: the operator transfers the stock back and the charge is refunded.',
  }),
  'retailers.sales': operation({
    input: RetailerSalesInput,
    output: RetailerSales,
    permission: 'retailers.read',
    mutates: false,
    summary: "A retailer's latest sales to end users and this month's count and face value.",
  }),
  'operatorPayments.record': operation({
    input: RecordOperatorPaymentInput,
    output: OperatorPaymentView,
    permission: 'payments.record',
    mutates: true,
    summary:
      'Pay an operator what is owed on credit terms: never more than owed, settling the purchases due first.',
  }),
  'operatorPayments.list': operation({
    input: OperatorSelector,
    output: z.array(OperatorPaymentView),
    permission: 'sync.read',
    mutates: false,
    summary: 'Payments made to an operator, newest first, with the purchase orders each settled.',
  }),
  'auth.status': operation({
    input: NoInput,
    output: AuthStatus,
    permission: 'public',
    mutates: false,
    summary: 'Whether the workspace needs its first administrator, and who this session is signed in as.',
  }),
  'auth.setUp': operation({
    input: SetUpAdministratorInput,
    output: SignInResult,
    permission: 'public',
    mutates: true,
    summary: "Create a workspace's first user, its administrator, and sign them in (only while it has none).",
  }),
  'auth.signIn': operation({
    input: SignInInput,
    output: SignInResult,
    permission: 'public',
    mutates: true,
    summary: 'Sign in with a username and password; repeated failures lock the account for a while.',
  }),
  'auth.signOut': operation({
    input: NoInput,
    output: z.object({ signedOut: z.literal(true) }),
    permission: 'public',
    mutates: true,
    summary: 'End this session.',
  }),
  'auth.changePassword': operation({
    input: ChangePasswordInput,
    output: SignedInUser,
    permission: 'session',
    mutates: true,
    summary: 'Change your own password (required after an administrator reset it).',
  }),
  'users.list': operation({
    input: NoInput,
    output: z.array(UserView),
    permission: 'users.manage',
    mutates: false,
    summary: 'Every user of the workspace, disabled ones last, with roles and sign-in state.',
  }),
  'users.create': operation({
    input: CreateUserInput,
    output: UserView,
    permission: 'users.manage',
    mutates: true,
    summary: 'Add a user with roles and a temporary password they change at first sign-in.',
  }),
  'users.update': operation({
    input: UpdateUserInput,
    output: UserView,
    permission: 'users.manage',
    mutates: true,
    summary: 'Rename a user, change their roles, disable or enable them (never the last administrator).',
  }),
  'users.resetPassword': operation({
    input: ResetPasswordInput,
    output: UserView,
    permission: 'users.manage',
    mutates: true,
    summary: 'Give a user a temporary password (ends their sessions, lifts a lock-out).',
  }),
  'reports.resellerSales': operation({
    input: ReportFilters,
    output: ResellerSalesReport,
    permission: 'reports.read',
    mutates: false,
    summary:
      'Reseller-driven sales: totals, share of all sales, growth, by period, operator and denomination, top and bottom resellers.',
  }),
  'reports.directSales': operation({
    input: ReportFilters,
    output: DirectSalesReport,
    permission: 'reports.read',
    mutates: false,
    summary: 'Non-reseller sales by channel and operator, beside the reseller-driven ones.',
  }),
  'reports.resellers': operation({
    input: ResellerBreakdownInput,
    output: ResellerBreakdown,
    permission: 'reports.read',
    mutates: false,
    summary: 'Every reseller behind a sales figure, one sorted page at a time.',
  }),
  'reports.sales': operation({
    input: SalesRowsInput,
    output: SalesRows,
    permission: 'reports.read',
    mutates: false,
    summary:
      "The sales behind a figure (one reseller's, or the non-reseller ones), each with its journal entry.",
  }),
  'reports.floatMovement': operation({
    input: ReportFilters,
    output: FloatMovementReport,
    permission: 'reports.read',
    mutates: false,
    summary:
      'Float movement per operator: purchases, allocations, reversals and desk top-ups, failed and still open.',
  }),
  'reports.acquiredCustomers': operation({
    input: ReportFilters,
    output: AcquiredCustomersReport,
    permission: 'reports.read',
    mutates: false,
    summary:
      'Customers acquired via resellers: lines first topped up by a reseller in the period, by month of acquisition and reseller, with their top-ups, lifetime value and activity in the last 30 and 90 days.',
  }),
  'reports.acquiredCohorts': operation({
    input: AcquiredCohortsInput,
    output: AcquiredCohorts,
    permission: 'reports.read',
    mutates: false,
    summary:
      "Every reseller's cohorts of acquired customers (one row per month of acquisition), sorted and paged.",
  }),
  'reports.acquiredLines': operation({
    input: AcquiredLinesInput,
    output: AcquiredLines,
    permission: 'reports.read',
    mutates: false,
    summary:
      'The customer lines one reseller acquired (or no reseller did), masked, each with the journal entry of its first top-up.',
  }),
  'reports.exceptions': operation({
    input: ReportFilters,
    output: ExceptionsReport,
    permission: 'reports.read',
    mutates: false,
    summary:
      'What is not final: open operator actions by age, failures in the period, sales waiting to be booked.',
  }),
  'settlements.periods': operation({
    input: z.object({}),
    output: SettlementPeriods,
    permission: 'settlements.read',
    mutates: false,
    summary: 'The settlement cycle, the next period to close, and the closed periods, newest first.',
  }),
  'settlements.close': operation({
    input: ClosePeriodInput,
    output: SettlementPeriodView,
    permission: 'settlements.close',
    mutates: true,
    summary:
      "Close the next settlement period (once over): freeze each reseller's statement from the ledger, as a draft.",
  }),
  'settlements.statements': operation({
    input: PeriodStatementsInput,
    output: z.array(StatementView),
    permission: 'settlements.read',
    mutates: false,
    summary: "A closed period's statements, one per reseller (the latest version of each).",
  }),
  'settlements.statement': operation({
    input: StatementInput,
    output: StatementView,
    permission: 'settlements.read',
    mutates: false,
    summary: 'One statement, its latest version or the one named (older versions stay readable).',
  }),
  'settlements.approve': operation({
    input: ApproveStatementInput,
    output: StatementView,
    permission: 'settlements.approve',
    mutates: true,
    summary: 'Approve a draft statement (never by who closed or corrected that version).',
  }),
  'settlements.markPaid': operation({
    input: MarkStatementPaidInput,
    output: StatementView,
    permission: 'settlements.close',
    mutates: true,
    summary:
      "Record an approved statement's commission as paid (offset against the receivable, or paid out), posting the payout.",
  }),
  'settlements.correct': operation({
    input: CorrectStatementInput,
    output: StatementView,
    permission: 'settlements.close',
    mutates: true,
    summary:
      'Issue a new version of a statement of the last closed period, with the reason; the old one stays readable.',
  }),
  'settlements.operatorStatements': operation({
    input: OperatorStatementsInput,
    output: z.array(OperatorStatementView),
    permission: 'settlements.read',
    mutates: false,
    summary:
      "A closed period's purchase statement per operator: credit bought, discount earned, paid, what is owed and overdue, reconciled to the ledger.",
  }),
  'settlements.export': operation({
    input: SettlementExportInput,
    output: ReportFile,
    permission: 'settlements.read',
    mutates: false,
    summary:
      "A closed period's settlement workbook (Excel): cover, summary, a statement per reseller, transactions, adjustments, commission, reconciliation.",
  }),
  // The export jobs write a file in a temporary folder and touch nothing in the workspace: reading
  // roles (an auditor) export, and a retry with the same job id is safe, so none of them mutates.
  'settlements.exportStart': operation({
    input: StartSettlementExportInput,
    output: ExportJobView,
    permission: 'settlements.read',
    mutates: false,
    summary:
      "Start writing a closed period's settlement workbook in the background, under a job id the client makes (the same id twice starts it once).",
  }),
  'settlements.exportJob': operation({
    input: ExportJobInput,
    output: ExportJobView,
    permission: 'settlements.read',
    mutates: false,
    summary:
      'How far one of your settlement exports is: rows written of the total, done, failed or cancelled.',
  }),
  'settlements.exportCancel': operation({
    input: ExportJobInput,
    output: ExportJobView,
    permission: 'settlements.read',
    mutates: false,
    summary: 'Cancel one of your settlement exports: the writing stops and nothing of it is kept.',
  }),
  'settlements.exportFile': operation({
    input: ExportJobInput,
    output: ReportFile,
    permission: 'settlements.read',
    mutates: false,
    summary: 'The workbook one of your settlement exports wrote, once it is done (kept a few minutes).',
  }),
  'reports.payouts': operation({
    input: PayoutsInput,
    output: PayoutsReport,
    permission: 'reports.read',
    mutates: false,
    summary:
      "Reseller payouts over whole months: stock, allocations, sales, reversals, commission by each reseller's plan, net payable, balance due, status.",
  }),
  'reports.payout': operation({
    input: PayoutDetailInput,
    output: PayoutDetail,
    permission: 'reports.read',
    mutates: false,
    summary:
      "One reseller's payout: every commission line (rule, slab, rate, base) and the allocations behind it.",
  }),
  'reports.export': operation({
    input: ReportExportInput,
    output: ReportFile,
    permission: 'reports.read',
    mutates: false,
    summary: 'A report or one of its cards as CSV or an Excel workbook (numbers as numbers, with formats).',
  }),
  'reports.channels': operation({
    input: ReportFilters,
    output: z.array(z.object({ channel: z.string(), kinds: z.array(z.enum(['reseller', 'direct'])) })),
    permission: 'reports.read',
    mutates: false,
    summary: 'The sales channels with sales in the period, for the channel filter.',
  }),
  'reports.views.list': operation({
    input: NoInput,
    output: z.array(SavedView),
    permission: 'reports.read',
    mutates: false,
    summary: "Your saved views of the dashboard (named filter sets), by name; nobody else's.",
  }),
  'reports.views.save': operation({
    input: SaveViewInput,
    output: SavedView,
    permission: 'reports.read',
    mutates: true,
    summary:
      'Save the dashboard filters under a name, or rename or refilter one of your views; the client-chosen id makes a retry safe.',
  }),
  'reports.views.delete': operation({
    input: SavedViewIdInput,
    output: DeletedView,
    permission: 'reports.read',
    mutates: true,
    summary: 'Delete one of your saved views (deleting one already gone changes nothing).',
  }),
  // Reading the audit trail changes nothing, so it is not itself recorded.
  'audit.list': operation({
    input: AuditListInput,
    output: AuditPage,
    permission: 'audit.read',
    mutates: false,
    summary:
      'The audit trail, newest first: who changed what, when, through which transport, and what was refused; filtered and paged.',
  }),
  'audit.event': operation({
    input: AuditEventInput,
    output: AuditEventView,
    permission: 'audit.read',
    mutates: false,
    summary:
      'One audit event in full: its input (secrets redacted), what it changed before and after, its hashes.',
  }),
  'audit.export': operation({
    input: AuditExportInput,
    output: ReportFile,
    permission: 'audit.read',
    mutates: false,
    summary: 'The audit events matching the filters as CSV, newest first, with the fields each changed.',
  }),
  'audit.actors': operation({
    input: NoInput,
    output: AuditActors,
    permission: 'audit.read',
    mutates: false,
    summary: 'Everyone who appears in the audit trail, for its "who" filter.',
  }),
} as const satisfies Record<string, OperationDefinition>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;
export type ParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
