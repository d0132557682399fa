import type { RetailerView } from '../../contract/retailerSchemas';

/** A `retailers` row as SQLite returns it. */
export interface RetailerRow {
  seq: number;
  code: string;
  name: string;
  name_key: string;
  level: 'sub_distributor' | 'retailer';
  parent_code: string | null;
  ancestry: string;
  contact_name: string | null;
  phone: string | null;
  email: string | null;
  region: string | null;
  wallet_msisdn: string | null;
  operator_party_id: string;
  status: 'active' | 'suspended' | 'closed';
  status_reason: string | null;
  status_changed_at: number | null;
  status_changed_by: string | null;
  terms: 'prepaid' | 'postpaid';
  credit_limit_minor: number;
  daily_allocation_limit_minor: number | null;
  commission_plan_code: string | null;
  low_stock_threshold_minor: number | null;
  replenishment_json: string | null;
  receivable_account_id: string;
  created_at: number;
  created_by: string;
  updated_at: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `/SD-01/SD-07/` → `['SD-01', 'SD-07']`. */
export function ancestryCodes(ancestry: string): string[] {
  return ancestry.split('/').filter((code) => code.length > 0);
}

export function ancestryOf(parent: { ancestry: string; code: string } | null): string {
  return parent === null ? '/' : `${parent.ancestry}${parent.code}/`;
}

/** Case- and accent-folded text, for search and sorting by name. */
export function nameKeyOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

export function retailerViewOf(row: RetailerRow, parentName: string | null): RetailerView {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    parentName,
    ancestry: ancestryCodes(row.ancestry),
    contactName: row.contact_name,
    phone: row.phone,
    email: row.email,
    region: row.region,
    walletMsisdn: row.wallet_msisdn,
    operatorPartyId: row.operator_party_id,
    status: row.status,
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at === null ? null : iso(row.status_changed_at),
    statusChangedBy: row.status_changed_by,
    terms: row.terms,
    creditLimitMinor: row.credit_limit_minor,
    dailyAllocationLimitMinor: row.daily_allocation_limit_minor,
    commissionPlanCode: row.commission_plan_code,
    lowStockThresholdMinor: row.low_stock_threshold_minor,
    replenishment: replenishmentOf(row),
    receivableAccountId: row.receivable_account_id,
    createdAt: iso(row.created_at),
    createdBy: row.created_by,
    updatedAt: iso(row.updated_at),
  };
}

/** The retailer's auto-replenishment rule, if it has one. */
export function replenishmentOf(row: Pick<RetailerRow, 'replenishment_json'>): {
  belowMinor: number;
  upToMinor: number;
} | null {
  if (row.replenishment_json === null) return null;
  const rule = JSON.parse(row.replenishment_json) as { belowMinor: number; upToMinor: number };
  return { belowMinor: rule.belowMinor, upToMinor: rule.upToMinor };
}
