import type Database from 'better-sqlite3';
import { WorkspaceSettings, type WorkspaceSettingsChange } from '../../contract/settingsSchemas';
import { defaultSettlementCycle } from '../../contract/settlementSchemas';
import { defaultOfficeUpdateSettings } from '../../contract/updateSchemas';

const settingsKey = 'rules';
const defaults: WorkspaceSettings = {
  allocationApprovalThresholdMinor: null,
  velocityMultiple: null,
  sessionIdleMinutes: 15,
  settlementCycle: defaultSettlementCycle,
  updates: defaultOfficeUpdateSettings,
};

/** The workspace's rule settings, one JSON row checked by the contract's schema both ways. */
export class WorkspaceSettingsStore {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  get(): WorkspaceSettings {
    const json = this.sqlite
      .prepare('SELECT value_json FROM workspace_settings WHERE key = ?')
      .pluck()
      .get(settingsKey) as string | undefined;
    return json === undefined ? defaults : WorkspaceSettings.parse({ ...defaults, ...JSON.parse(json) });
  }

  save(change: WorkspaceSettingsChange, actor: { displayName: string }): WorkspaceSettings {
    const settings = WorkspaceSettings.parse({ ...this.get(), ...change });
    this.sqlite
      .prepare(
        `INSERT INTO workspace_settings (key, value_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
      )
      .run(settingsKey, JSON.stringify(settings), this.clock(), actor.displayName);
    return this.get();
  }
}
