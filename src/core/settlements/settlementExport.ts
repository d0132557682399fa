import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportFile } from '../../contract/reportSchemas';
import type { Workspace } from '../workspace/workspace';
import { settlementExportInput } from './settlementExportInput';
import { settlementWorkbookFileName, writeSettlementWorkbook } from './settlementWorkbook';

/**
 * A closed period's settlement workbook (every reseller, or one), written by the streaming writer to
 * a private temporary folder and handed back as bytes; the folder is removed whatever happens.
 */
export async function exportSettlement(
  workspace: Workspace,
  request: { periodId: string; retailerCode?: string | undefined },
): Promise<ReportFile> {
  const summary = workspace.summary();
  const currency = workspace.settlements.currency();
  const input = settlementExportInput(
    workspace.sqlite,
    {
      distributorName: summary.distributorName,
      currency,
      nowMs: workspace.clock(),
      statements: (periodId) => workspace.settlements.statements(periodId),
    },
    request,
  );
  const folder = mkdtempSync(join(tmpdir(), 'airledger-settlement-'));
  try {
    const fileName = settlementWorkbookFileName(input);
    const file = join(folder, fileName);
    const result = await writeSettlementWorkbook(input, { file });
    return {
      fileName,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: readFileSync(file).toString('base64'),
      rows: result.rows,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
