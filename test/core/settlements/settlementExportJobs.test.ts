import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../src/contract/operations';
import type { ExportJobView } from '../../../src/contract/settlementSchemas';
import type { CallContext } from '../../../src/core/access/callContext';
import { exportJobsPerUserMax } from '../../../src/core/settlements/settlementExportJobs';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { administrator, auditor } from '../../support/testCore';

/**
 * Three postpaid resellers allocated 120,000, 45,000 and 7,500 this month, one paying 20,000 in
 * cash; the workspace clock then moves an hour into next month and the month is closed.
 */
async function closedMonth(folder: string): Promise<{ world: OperatorWorld; periodId: string }> {
  let shiftMs = 0;
  const world = await startOperatorWorld(folder, { seed: 11 }, {}, () => new Date(Date.now() + shiftMs));
  const resellers = await onboardRetailers(world, 3);
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 500_000 });
  await syncNow(world, 5_000);
  const allocations = [120_000, 45_000, 7_500];
  for (const [index, partyId] of resellers.entries()) {
    await world.call('operator.allocate', {
      id: newActionId(),
      partyId,
      amountMinor: allocations[index] ?? 0,
    });
  }
  await syncNow(world, 5_000);
  await world.call('payments.record', {
    id: newActionId(),
    retailerCode: resellers[0] ?? '',
    method: 'cash',
    amountMinor: 20_000,
  });
  const now = new Date();
  shiftMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) + 3_600_000 - Date.now();
  const period = await world.call('settlements.close', { key: now.toISOString().slice(0, 7) });
  return { world, periodId: period.id ?? '' };
}

let world: OperatorWorld;
let periodId: string;
let worldFolder: string;
beforeAll(async () => {
  worldFolder = mkdtempSync(join(tmpdir(), 'airledger-test-'));
  ({ world, periodId } = await closedMonth(worldFolder));
}, 60_000);
afterAll(async () => {
  await world?.close();
  rmSync(worldFolder, { recursive: true, force: true });
});

/**
 * Each test gets a temporary area of its own (the variables `os.tmpdir()` reads), to see what the
 * export jobs leave in it.
 */
let exportsFolder: string;
const temporaryVariables = ['TMPDIR', 'TEMP', 'TMP'] as const;
const variablesBefore = temporaryVariables.map((name) => process.env[name]);
const temporaryArea = tmpdir();
afterEach(() => {
  temporaryVariables.forEach((name, index) => {
    const before = variablesBefore[index];
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  });
  rmSync(exportsFolder, { recursive: true, force: true });
});
function freshExportsFolder(): string {
  exportsFolder = mkdtempSync(join(temporaryArea, 'airledger-exports-'));
  for (const name of temporaryVariables) process.env[name] = exportsFolder;
  return exportsFolder;
}

function as(context: CallContext, name: OperationName, input: unknown) {
  return world.core.call(name, input, context);
}

async function job(context: CallContext, name: OperationName, input: unknown): Promise<ExportJobView> {
  const result = await as(context, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as ExportJobView;
}

/** Asks every 20 ms until the job is no longer running. */
async function settled(context: CallContext, jobId: string): Promise<ExportJobView> {
  for (;;) {
    const view = await job(context, 'settlements.exportJob', { jobId });
    if (view.state !== 'running') return view;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('settlement export jobs', () => {
  it('an auditor exports the closed month in the background, to a workbook with every sheet', async () => {
    const folder = freshExportsFolder();
    const jobId = crypto.randomUUID();
    const started = await job(auditor, 'settlements.exportStart', { jobId, periodId });
    const month = periodId.replace(/^P-/, '');
    expect(started).toMatchObject({
      jobId,
      periodId,
      retailerCode: null,
      state: 'running',
      fileName: `Settlement_ALL_${month}_${month}-v1.xlsx`,
      bytes: null,
      error: null,
      finishedAt: null,
    });

    const done = await settled(auditor, jobId);
    expect(done.state).toBe('done');
    expect(done.rowsTotal).toBeGreaterThan(3);
    expect(done.rowsWritten).toBe(done.rowsTotal);
    expect(done.bytes).toBeGreaterThan(0);
    expect(Date.parse(done.finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.startedAt));

    const file = await as(auditor, 'settlements.exportFile', { jobId });
    if (!file.ok) throw new Error(file.error.message);
    const { fileName, contentBase64, rows } = file.value as {
      fileName: string;
      contentBase64: string;
      rows: number;
    };
    expect(fileName).toBe(started.fileName);
    expect(rows).toBe(done.rowsWritten);
    const path = join(worldFolder, fileName);
    writeFileSync(path, Buffer.from(contentBase64, 'base64'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    for (const name of ['Cover', 'Summary', 'Transactions', 'Adjustments', 'Commission', 'Reconciliation']) {
      expect(sheets).toContain(name);
    }
    // One statement sheet per reseller, besides the period's sheets.
    expect(sheets.filter((name) => name.startsWith('R-000'))).toHaveLength(3);
    // The workbook waits in the job's own folder until it is taken or expires.
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it("nobody else sees, cancels or takes someone's export", async () => {
    freshExportsFolder();
    const jobId = crypto.randomUUID();
    await job(auditor, 'settlements.exportStart', { jobId, periodId });
    await settled(auditor, jobId);
    for (const name of [
      'settlements.exportJob',
      'settlements.exportCancel',
      'settlements.exportFile',
    ] as const) {
      const refused = await as(administrator, name, { jobId });
      expect(refused, name).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    // The same id is the administrator's own, other, job.
    const own = await job(administrator, 'settlements.exportStart', {
      jobId,
      periodId,
      retailerCode: 'R-0002',
    });
    expect(own.retailerCode).toBe('R-0002');
    expect((await job(auditor, 'settlements.exportJob', { jobId })).retailerCode).toBeNull();
  });

  it('a cancelled export ends cancelled, keeps no file and gives none', async () => {
    const folder = freshExportsFolder();
    const jobId = crypto.randomUUID();
    // Asked in the same breath: the core takes calls in order, so the cancel meets the job running.
    const started = as(auditor, 'settlements.exportStart', { jobId, periodId });
    const cancelled = as(auditor, 'settlements.exportCancel', { jobId });
    expect(await started).toMatchObject({ ok: true, value: { state: 'running' } });
    expect(await cancelled).toMatchObject({ ok: true, value: { state: 'cancelled', bytes: null } });
    expect((await settled(auditor, jobId)).state).toBe('cancelled');
    expect(await as(auditor, 'settlements.exportFile', { jobId })).toMatchObject({
      ok: false,
      error: { code: 'business_rule', reason: 'export_cancelled' },
    });
    await expect.poll(() => readdirSync(folder)).toEqual([]);
  });

  it('starting the same job id twice starts one export; another workbook needs another id', async () => {
    freshExportsFolder();
    const jobId = crypto.randomUUID();
    const first = await job(auditor, 'settlements.exportStart', { jobId, periodId });
    const again = await job(auditor, 'settlements.exportStart', { jobId: jobId.toUpperCase(), periodId });
    expect(again.jobId).toBe(first.jobId);
    expect(again.startedAt).toBe(first.startedAt);
    expect(
      await as(auditor, 'settlements.exportStart', { jobId, periodId, retailerCode: 'R-0001' }),
    ).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'jobId' }] } });
    expect(await as(auditor, 'settlements.exportStart', { jobId: 'not-a-uuid', periodId })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'jobId' }] },
    });
    expect(
      await as(auditor, 'settlements.exportStart', { jobId: crypto.randomUUID(), periodId: 'P-1999-01' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await settled(auditor, jobId);
  });

  it(`a person holds ${exportJobsPerUserMax} exports at most: a new one pushes out their oldest finished one`, async () => {
    freshExportsFolder();
    const jobIds = Array.from({ length: exportJobsPerUserMax + 1 }, () => crypto.randomUUID());
    for (const jobId of jobIds) {
      await job(auditor, 'settlements.exportStart', { jobId, periodId, retailerCode: 'R-0003' });
      await settled(auditor, jobId);
    }
    expect(await as(auditor, 'settlements.exportJob', { jobId: jobIds[0] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    for (const jobId of jobIds.slice(1)) {
      expect((await job(auditor, 'settlements.exportJob', { jobId })).state).toBe('done');
    }
  });

  it('the old one-call export still hands back the workbook, and closing the workspace removes every file', async () => {
    const folder = freshExportsFolder();
    const file = await as(auditor, 'settlements.export', { periodId, retailerCode: 'R-0001' });
    expect(file).toMatchObject({ ok: true, value: { rows: expect.any(Number) } });
    expect(readdirSync(folder)).toEqual([]);
    const jobId = crypto.randomUUID();
    await job(auditor, 'settlements.exportStart', { jobId, periodId });
    await settled(auditor, jobId);
    const running = crypto.randomUUID();
    await job(administrator, 'settlements.exportStart', { jobId: running, periodId });
    expect(readdirSync(folder)).toHaveLength(2);
    expect(await as(administrator, 'workspace.close', {})).toMatchObject({ ok: true });
    expect(readdirSync(folder)).toEqual([]);
  });
});
