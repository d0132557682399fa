import { randomUUID } from 'node:crypto';
import type { ReportFile } from '../../contract/reportSchemas';
import type { Workspace } from '../workspace/workspace';
import { settlementExportInput } from './settlementExportInput';
import type { SettlementExportRequest } from './settlementExportJobs';
import type { SettlementWorkbookInput } from './settlementWorkbookInput';

/** What a closed period's settlement workbook shows (every reseller, or one), from the workspace. */
export function settlementExportSource(
  workspace: Workspace,
  request: SettlementExportRequest,
): SettlementWorkbookInput {
  const summary = workspace.summary();
  return settlementExportInput(
    workspace.sqlite,
    {
      distributorName: summary.distributorName,
      currency: workspace.settlements.currency(),
      nowMs: workspace.clock(),
      statements: (periodId) => workspace.settlements.statements(periodId),
    },
    request,
  );
}

/**
 * A closed period's settlement workbook in one call (`settlements.export`): an export job of
 * `userId`'s run to the end and handed back as bytes; the job and its folder go with it.
 */
export async function exportSettlement(
  workspace: Workspace,
  request: SettlementExportRequest,
  userId: string,
): Promise<ReportFile> {
  const jobs = workspace.settlementExports;
  const jobId = randomUUID();
  jobs.start(jobId, request, userId);
  try {
    await jobs.whenSettled(jobId, userId);
    return await jobs.file(jobId, userId);
  } finally {
    await jobs.forget(jobId, userId);
  }
}
