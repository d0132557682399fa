import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type {
  CycleSummary as CycleSummaryView,
  OperatorActionView,
  OperatorConnectionView,
  ReconciliationReport,
  SyncQueue,
  SyncStatus,
  WalletView,
} from '../../contract/operatorSchemas';
import type { CallContext } from '../access/callContext';
import { applyAllocationImport, previewAllocationImport } from '../allocations/allocationImport';
import { listAllocations } from '../allocations/allocationQueries';
import { reverseAllocation } from '../allocations/allocationReversal';
import { connectEmbeddedSandbox } from '../operator/embeddedSandbox';
import { connectOperator, testConnection } from '../operator/operatorConnect';
import { credentialsStored, type OperatorConnection } from '../operator/operatorConnectionStore';
import { OperatorGateway } from '../operator/operatorGateway';
import { linkRetailerWallet } from '../operator/retailerWalletLink';
import { combinedSummary } from '../sync/combinedSummary';
import type { OperatorActionKind, OperatorActionRow } from '../sync/operatorActionRows';
import { reconcileOperator } from '../sync/reconciliation';
import type { CycleSummary } from '../sync/syncService';
import { checkDirectTopup } from '../topups/topupChecks';
import type { Workspace } from '../workspace/workspace';
import type { CoreState } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

type OperatorOperation =
  | 'operator.connect'
  | 'operator.connectSandbox'
  | 'operator.connection'
  | 'operator.connections'
  | 'operator.test'
  | 'operator.linkRetailer'
  | 'operator.wallets'
  | 'operator.purchase'
  | 'operator.allocate'
  | 'operator.topup'
  | 'sync.queue'
  | 'sync.action'
  | 'sync.retryAction'
  | 'sync.cancelAction'
  | 'sync.run'
  | 'sync.cancel'
  | 'sync.status'
  | 'reconciliation.report'
  | 'operator.terms'
  | 'operator.saveTerms'
  | 'purchases.create'
  | 'purchases.submit'
  | 'purchases.cancel'
  | 'purchases.list'
  | 'purchases.get'
  | 'allocations.list'
  | 'allocations.importPreview'
  | 'allocations.importApply'
  | 'settings.get'
  | 'settings.save'
  | 'allocations.create'
  | 'allocations.approvals'
  | 'allocations.approve'
  | 'allocations.reject'
  | 'allocations.reverse'
  | 'operatorPayments.record'
  | 'operatorPayments.list';

type Handler<N extends OperationName> = (
  state: CoreState,
  input: ParsedInput<N>,
  context: CallContext,
) => Promise<OperationOutput<N>> | OperationOutput<N>;

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function connectionView(connection: OperatorConnection): OperatorConnectionView {
  return {
    id: connection.id,
    name: connection.name,
    baseUrl: connection.baseUrl,
    tokenUrl: connection.tokenUrl,
    clientId: connection.clientId,
    hasClientSecret: credentialsStored(connection).clientSecret,
    hasApiKey: credentialsStored(connection).apiKey,
    requestTimeoutMs: connection.requestTimeoutMs,
    distributorPartyId: connection.distributorPartyId,
    partyAccountId: connection.partyAccountId,
    wholesaleBucketId: connection.wholesaleBucketId,
    units: connection.units,
    scale: connection.scale,
    assetCode: connection.assetCode,
  };
}

export function actionView(row: OperatorActionRow): OperatorActionView {
  return {
    id: row.id,
    operatorId: row.operator_id,
    kind: row.kind,
    state: row.state,
    needsAttention: row.state === 'failed',
    clientReference: row.client_reference,
    attempt: row.attempt,
    amountMinor: row.amount_minor,
    targetBucketId: row.target_bucket_id,
    partyId: row.party_id,
    msisdn: row.msisdn,
    note: row.note,
    pendingEntryId: row.pending_entry_id,
    resolutionEntryId: row.resolution_entry_id,
    operatorActionId: row.operator_action_id,
    operatorStatus: row.operator_status,
    statusReason: row.status_reason,
    checks: row.checks,
    nextCheckAt: iso(row.next_check_at),
    requestedBy: row.requested_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    finalAt: isoOrNull(row.final_at),
  };
}

function summaryView(summary: CycleSummary): CycleSummaryView {
  return { ...summary, startedAt: iso(summary.startedAt), finishedAt: iso(summary.finishedAt) };
}

function queueCounts(workspace: Workspace, operatorId: string | undefined): SyncQueue['counts'] {
  const rows = workspace.sqlite
    .prepare(
      `SELECT state, count(*) AS n FROM operator_actions WHERE (? IS NULL OR operator_id = ?) GROUP BY state`,
    )
    .all(operatorId ?? null, operatorId ?? null) as Array<{ state: string; n: number }>;
  const by = new Map(rows.map((row) => [row.state, row.n]));
  const n = (...states: string[]) => states.reduce((sum, state) => sum + (by.get(state) ?? 0), 0);
  return {
    queued: n('queued'),
    inFlight: n('sending', 'unknown', 'awaiting', 'cancelling'),
    needsAttention: n('failed'),
    confirmed: n('confirmed'),
    cancelled: n('cancelled'),
  };
}

function enqueue(
  state: CoreState,
  context: CallContext,
  kind: OperatorActionKind,
  input: { id: string; operatorId?: string | undefined; amountMinor: number; note?: string | undefined },
  target: { partyId?: string; msisdn?: string },
): OperatorActionView {
  const workspace = requireWorkspace(state);
  const connection = workspace.operators.require(input.operatorId);
  const row = workspace.outbox.enqueue({
    id: input.id,
    operatorId: connection.id,
    kind,
    amountMinor: input.amountMinor,
    ...target,
    ...(input.note === undefined ? {} : { note: input.note }),
    requestedBy: context.actor.userId,
  });
  return actionView(row);
}

/** The operator a retailer's wallet is at (its first one), when the clerk names no operator. */
function walletOperatorOf(workspace: Workspace, retailerCode: string): string | undefined {
  const retailer = workspace.retailers.row(retailerCode);
  if (retailer === undefined) return undefined;
  return workspace.sqlite
    .prepare(
      "SELECT b.operator_id FROM operator_buckets b JOIN operator_connections c ON c.id = b.operator_id WHERE b.party_id = ? AND b.role = 'retailer' ORDER BY c.created_at LIMIT 1",
    )
    .pluck()
    .get(retailer.operator_party_id) as string | undefined;
}

export const operatorHandlers: { [N in OperatorOperation]: Handler<N> } = {
  'operator.connect': async (state, input) => {
    const { skipTest, apiKey, ...settings } = input;
    const result = await connectOperator(
      requireWorkspace(state),
      { ...settings, apiKey: apiKey ?? null },
      skipTest,
    );
    return { connection: connectionView(result.connection), test: result.test };
  },

  'operator.connectSandbox': async (state) => {
    const result = await connectEmbeddedSandbox(requireWorkspace(state));
    return { connection: connectionView(result.connection), test: result.test };
  },

  'operator.connections': (state) => requireWorkspace(state).operators.all().map(connectionView),
  'operator.connection': (state, input) => {
    const workspace = requireWorkspace(state);
    const connection =
      input.operatorId === undefined
        ? workspace.operators.primary()
        : workspace.operators.find(input.operatorId);
    return connection === undefined ? null : connectionView(connection);
  },

  'operator.test': async (state, input) => {
    const workspace = requireWorkspace(state);
    const test = await testConnection(workspace.operators.require(input.operatorId));
    workspace.sync.connectionState = test.ok ? 'connected' : 'offline';
    workspace.sync.connectionMessage = test.ok ? null : test.message;
    return test;
  },

  'operator.linkRetailer': async (state, input) => {
    const workspace = requireWorkspace(state);
    const connection = workspace.operators.require(input.operatorId);
    const wallet = await linkRetailerWallet(
      workspace.sqlite,
      workspace.ledger,
      workspace.retailers,
      connection,
      new OperatorGateway(connection),
      {
        partyId: input.partyId,
        name: input.name,
        ...(input.msisdn === undefined ? {} : { msisdn: input.msisdn }),
        ...(input.bucketId === undefined ? {} : { bucketId: input.bucketId }),
      },
    );
    return wallet;
  },

  'operator.wallets': (state, input) => {
    const workspace = requireWorkspace(state);
    const connection = workspace.operators.require(input.operatorId);
    const rows = workspace.sqlite
      .prepare('SELECT * FROM operator_buckets WHERE operator_id = ? ORDER BY role DESC, party_id')
      .all(connection.id) as Array<{
      bucket_id: string;
      role: 'wholesale' | 'retailer';
      party_id: string;
      party_name: string;
      msisdn: string | null;
      account_id: string;
      operator_remaining_minor: number | null;
      operator_reserved_minor: number | null;
      pulled_at: number | null;
    }>;
    return rows.map(
      (row): WalletView => ({
        bucketId: row.bucket_id,
        role: row.role,
        partyId: row.party_id,
        partyName: row.party_name,
        msisdn: row.msisdn,
        accountId: row.account_id,
        operatorRemainingMinor: row.operator_remaining_minor,
        operatorReservedMinor: row.operator_reserved_minor,
        pulledAt: isoOrNull(row.pulled_at),
      }),
    );
  },

  // A purchase from the queue's side: a purchase order submitted on the operator's default payment.
  'operator.purchase': (state, input, context) => {
    const workspace = requireWorkspace(state);
    const connection = workspace.operators.require(input.operatorId);
    workspace.purchases.create(
      {
        id: input.id,
        faceValueMinor: input.amountMinor,
        submit: true,
        ...(input.note === undefined ? {} : { note: input.note }),
      },
      connection,
      context.actor,
    );
    return actionView(workspace.outbox.requireAction(input.id));
  },
  'operator.terms': (state, input) => {
    const workspace = requireWorkspace(state);
    return workspace.operatorTerms.view(workspace.operators.require(input.operatorId));
  },
  'operator.saveTerms': (state, input) => {
    const workspace = requireWorkspace(state);
    return workspace.operatorTerms.save(workspace.operators.require(input.operatorId), input);
  },
  'purchases.create': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return workspace.purchases.create(input, workspace.operators.require(input.operatorId), context.actor);
  },
  'purchases.submit': (state, input, context) =>
    requireWorkspace(state).purchases.submit(input.id, context.actor),
  'purchases.cancel': (state, input) => requireWorkspace(state).purchases.cancel(input.id, input.reason),
  'purchases.list': (state, input) => requireWorkspace(state).purchases.list(input),
  'purchases.get': (state, input) => requireWorkspace(state).purchases.require(input.id),
  'settings.get': (state) => requireWorkspace(state).settings.get(),
  'settings.save': (state, input, context) => requireWorkspace(state).settings.save(input, context.actor),
  'allocations.create': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return workspace.allocationDesk.create(
      input,
      workspace.operators.require(input.operatorId ?? walletOperatorOf(workspace, input.retailerCode)),
      context.actor,
    );
  },
  'allocations.approvals': (state, input) => requireWorkspace(state).allocationDesk.approvals(input.state),
  'allocations.approve': (state, input, context) =>
    requireWorkspace(state).allocationDesk.approve(input.id, context.actor, input.note),
  'allocations.reject': (state, input, context) =>
    requireWorkspace(state).allocationDesk.reject(input.id, context.actor, input.note),
  'allocations.reverse': (state, input, context) =>
    actionView(reverseAllocation(requireWorkspace(state), input, context.actor)),
  'operatorPayments.record': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return workspace.operatorPayments.record(
      input,
      workspace.operators.require(input.operatorId),
      context.actor,
    );
  },
  'operatorPayments.list': (state, input) => {
    const workspace = requireWorkspace(state);
    return workspace.operatorPayments.list(
      input.operatorId === undefined ? undefined : workspace.operators.require(input.operatorId).id,
    );
  },
  'allocations.list': (state, input) => listAllocations(requireWorkspace(state).sqlite, input),
  'allocations.importPreview': (state, input) => {
    const workspace = requireWorkspace(state);
    return previewAllocationImport(workspace, workspace.operators.require(input.operatorId), input);
  },
  'allocations.importApply': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return applyAllocationImport(
      workspace,
      workspace.operators.require(input.operatorId),
      input,
      context.actor,
    );
  },
  'operator.allocate': (state, input, context) => {
    // No path around maker-checker: a held amount is refused here and asked for on the desk.
    const workspace = requireWorkspace(state);
    const retailer = workspace.retailers.byOperatorParty(input.partyId);
    if (retailer !== undefined && workspace.outbox.action(input.id) === undefined) {
      workspace.allocationDesk.refuseIfHeld(retailer, input.amountMinor);
    }
    return enqueue(state, context, 'allocation', input, { partyId: input.partyId });
  },
  'operator.topup': (state, input, context) => {
    const workspace = requireWorkspace(state);
    const connection = workspace.operators.require(input.operatorId);
    // A replay of the same id is answered by the outbox; only a new top-up is checked.
    if (workspace.outbox.action(input.id) === undefined) {
      checkDirectTopup(workspace.sqlite, {
        id: input.id,
        operatorName: connection.name,
        msisdn: input.msisdn,
        amountMinor: input.amountMinor,
        numbering: workspace.operatorTerms.terms(connection.id).numbering,
        confirmDuplicate: input.confirmDuplicate,
        nowMs: workspace.clock(),
      });
    }
    return enqueue(state, context, 'direct_topup', input, { msisdn: input.msisdn });
  },

  'sync.queue': (state, input) => {
    const workspace = requireWorkspace(state);
    const where = {
      open: "state NOT IN ('confirmed', 'failed', 'cancelled')",
      attention: "state = 'failed'",
      final: "state IN ('confirmed', 'failed', 'cancelled')",
      all: '1 = 1',
    }[input.filter];
    const rows = workspace.sqlite
      .prepare(
        `SELECT * FROM operator_actions WHERE ${where} AND (? IS NULL OR operator_id = ?)
         ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(input.operatorId ?? null, input.operatorId ?? null, input.limit + 1) as OperatorActionRow[];
    return {
      actions: rows.slice(0, input.limit).map(actionView),
      truncated: rows.length > input.limit,
      counts: queueCounts(workspace, input.operatorId),
    };
  },

  'sync.action': (state, input) => actionView(requireWorkspace(state).outbox.requireAction(input.id)),

  'sync.retryAction': (state, input) => {
    const workspace = requireWorkspace(state);
    const action = workspace.outbox.requireAction(input.id);
    // A failed action gets a new attempt; an open one is simply looked at again now.
    if (action.state === 'failed') return actionView(workspace.outbox.retry(input.id));
    workspace.outbox.checkSoon(input.id);
    return actionView(workspace.outbox.requireAction(input.id));
  },

  'sync.cancelAction': (state, input) => actionView(requireWorkspace(state).outbox.requestCancel(input.id)),

  'sync.run': async (state, input) => {
    const workspace = requireWorkspace(state);
    const trigger = input.wait ? 'cli' : 'manual';
    // No operator named: every connected operator in turn (one summary adding them up).
    const operatorIds =
      input.operatorId === undefined
        ? workspace.operators.all().map((connection) => connection.id)
        : [workspace.operators.require(input.operatorId).id];
    if (operatorIds.length === 0) workspace.operators.require();
    const round = async () => {
      const summaries: CycleSummary[] = [];
      for (const operatorId of operatorIds) {
        // A cycle already running (perhaps another operator's) finishes first.
        await workspace.sync.idle();
        const summary = await workspace.sync.start(trigger, {
          operatorId,
          settleWithinMs: input.settleWithinMs,
        });
        summaries.push(summary);
        if (summary.outcome === 'cancelled') break; // cancelling stops the whole round
      }
      return combinedSummary(summaries);
    };
    if (input.wait) return summaryView(await round());
    round().catch((error: unknown) => state.options.onBackgroundError?.('sync', error));
    return null;
  },

  'sync.cancel': async (state) => {
    await requireWorkspace(state).sync.cancel();
    return syncStatus(requireWorkspace(state));
  },

  'sync.status': (state) => syncStatus(requireWorkspace(state)),

  'reconciliation.report': (state, input): ReconciliationReport => {
    const workspace = requireWorkspace(state);
    const connection = workspace.operators.require(input.operatorId);
    const buckets = reconcileOperator(workspace.sqlite, workspace.ledger, connection.id).map((bucket) => ({
      ...bucket,
      pulledAt: isoOrNull(bucket.pulledAt),
    }));
    const count = (status: string) => buckets.filter((bucket) => bucket.status === status).length;
    return {
      operatorId: connection.id,
      operatorName: connection.name,
      units: connection.units,
      scale: connection.scale,
      generatedAt: iso(workspace.clock()),
      buckets,
      totals: {
        buckets: buckets.length,
        matched: count('matched'),
        explained: count('explained'),
        unexplained: count('unexplained'),
        notPulled: count('not_pulled'),
        unexplainedMinor: buckets.reduce((sum, bucket) => sum + Math.abs(bucket.unexplainedMinor ?? 0), 0),
      },
    };
  },
};

export function syncStatus(workspace: Workspace): SyncStatus {
  const connection = workspace.operators.primary();
  const running = workspace.sync.running;
  const feeds =
    connection === undefined
      ? []
      : (
          workspace.sqlite
            .prepare('SELECT * FROM sync_feeds WHERE operator_id = ? ORDER BY feed')
            .all(connection.id) as Array<{
            feed: string;
            cursor_at: number;
            last_started_at: number | null;
            last_finished_at: number | null;
            last_pulled_count: number;
            last_error: string | null;
          }>
        ).map((row) => ({
          feed: row.feed,
          cursorAt: iso(row.cursor_at),
          lastStartedAt: isoOrNull(row.last_started_at),
          lastFinishedAt: isoOrNull(row.last_finished_at),
          lastPulledCount: row.last_pulled_count,
          lastError: row.last_error,
        }));
  const oldest = workspace.sqlite
    .prepare(
      "SELECT min(created_at) AS at FROM operator_actions WHERE state NOT IN ('confirmed', 'failed', 'cancelled')",
    )
    .get() as { at: number | null };
  const last = workspace.sync.last;
  return {
    connection: connection === undefined ? 'not_configured' : workspace.sync.connectionState,
    connectionMessage: workspace.sync.connectionMessage,
    operatorId: connection?.id ?? null,
    running:
      running === null
        ? null
        : {
            ...running.progress,
            startedAt: iso(running.progress.startedAt),
            cancelling: running.cancelled,
          },
    lastCycle: last === null ? null : summaryView(last),
    scheduleEveryMs: workspace.sync.scheduleEveryMs,
    counts: queueCounts(workspace, undefined),
    oldestOpenAt: isoOrNull(oldest.at),
    feeds,
  };
}
