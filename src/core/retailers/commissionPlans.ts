import type Database from 'better-sqlite3';
import {
  CommissionPlanRules,
  type CommissionPlanView,
  type SaveCommissionPlanInput,
} from '../../contract/retailerSchemas';

interface PlanRow {
  code: string;
  name: string;
  rules_json: string;
  updated_at: number;
  retailer_count: number;
}

/**
 * Commission plans: saved whole (a new version of the rules replaces the old; settlements keep
 * the figures they computed). The rules are checked again as they are read back.
 */
export class CommissionPlans {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  save(input: SaveCommissionPlanInput): CommissionPlanView {
    const now = this.clock();
    this.sqlite
      .prepare(
        `INSERT INTO commission_plans (code, name, rules_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, rules_json = excluded.rules_json,
           updated_at = excluded.updated_at`,
      )
      .run(input.code, input.name, JSON.stringify(input.rules), now, now);
    const saved = this.list().find((plan) => plan.code === input.code);
    if (saved === undefined) throw new Error(`commission plan ${input.code} was not saved`);
    return saved;
  }

  list(): CommissionPlanView[] {
    const rows = this.sqlite
      .prepare(
        `SELECT p.code, p.name, p.rules_json, p.updated_at,
           (SELECT count(*) FROM retailers r WHERE r.commission_plan_code = p.code) AS retailer_count
         FROM commission_plans p ORDER BY p.code`,
      )
      .all() as PlanRow[];
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      rules: CommissionPlanRules.parse(JSON.parse(row.rules_json)),
      retailerCount: row.retailer_count,
      updatedAt: new Date(row.updated_at).toISOString(),
    }));
  }
}
