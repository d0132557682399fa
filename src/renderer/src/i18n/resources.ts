import type { Catalog } from './catalog';
import { allocations as en_allocations } from './locales/en/allocations';
import { audit as en_audit } from './locales/en/audit';
import { businessMessages as en_businessMessages } from './locales/en/businessMessages';
import { common as en_common } from './locales/en/common';
import { contract as en_contract } from './locales/en/contract';
import { dashboard as en_dashboard } from './locales/en/dashboard';
import { ledger as en_ledger } from './locales/en/ledger';
import { payments as en_payments } from './locales/en/payments';
import { payouts as en_payouts } from './locales/en/payouts';
import { purchases as en_purchases } from './locales/en/purchases';
import { reports as en_reports } from './locales/en/reports';
import { retailers as en_retailers } from './locales/en/retailers';
import { session as en_session } from './locales/en/session';
import { settings as en_settings } from './locales/en/settings';
import { settlements as en_settlements } from './locales/en/settlements';
import { shell as en_shell } from './locales/en/shell';
import { sync as en_sync } from './locales/en/sync';
import { topups as en_topups } from './locales/en/topups';
import { updates as en_updates } from './locales/en/updates';
import { workspace as en_workspace } from './locales/en/workspace';
import { workspaceMessages as en_workspaceMessages } from './locales/en/workspaceMessages';
import { allocations as fr_allocations } from './locales/fr/allocations';
import { audit as fr_audit } from './locales/fr/audit';
import { businessMessages as fr_businessMessages } from './locales/fr/businessMessages';
import { common as fr_common } from './locales/fr/common';
import { contract as fr_contract } from './locales/fr/contract';
import { dashboard as fr_dashboard } from './locales/fr/dashboard';
import { ledger as fr_ledger } from './locales/fr/ledger';
import { payments as fr_payments } from './locales/fr/payments';
import { payouts as fr_payouts } from './locales/fr/payouts';
import { purchases as fr_purchases } from './locales/fr/purchases';
import { reports as fr_reports } from './locales/fr/reports';
import { retailers as fr_retailers } from './locales/fr/retailers';
import { session as fr_session } from './locales/fr/session';
import { settings as fr_settings } from './locales/fr/settings';
import { settlements as fr_settlements } from './locales/fr/settlements';
import { shell as fr_shell } from './locales/fr/shell';
import { sync as fr_sync } from './locales/fr/sync';
import { topups as fr_topups } from './locales/fr/topups';
import { updates as fr_updates } from './locales/fr/updates';
import { workspace as fr_workspace } from './locales/fr/workspace';
import { workspaceMessages as fr_workspaceMessages } from './locales/fr/workspaceMessages';

/** The English catalog, one namespace per area of the app. */
export const en = {
  common: en_common,
  shell: en_shell,
  session: en_session,
  workspace: en_workspace,
  dashboard: en_dashboard,
  retailers: en_retailers,
  payments: en_payments,
  allocations: en_allocations,
  ledger: en_ledger,
  audit: en_audit,
  purchases: en_purchases,
  topups: en_topups,
  sync: en_sync,
  reports: en_reports,
  payouts: en_payouts,
  settlements: en_settlements,
  settings: en_settings,
  updates: en_updates,
  contract: en_contract,
  workspaceMessages: en_workspaceMessages,
  businessMessages: en_businessMessages,
} as const;

export const fr: Catalog<typeof en> = {
  common: fr_common,
  shell: fr_shell,
  session: fr_session,
  workspace: fr_workspace,
  dashboard: fr_dashboard,
  retailers: fr_retailers,
  payments: fr_payments,
  allocations: fr_allocations,
  ledger: fr_ledger,
  audit: fr_audit,
  purchases: fr_purchases,
  topups: fr_topups,
  sync: fr_sync,
  reports: fr_reports,
  payouts: fr_payouts,
  settlements: fr_settlements,
  settings: fr_settings,
  updates: fr_updates,
  contract: fr_contract,
  workspaceMessages: fr_workspaceMessages,
  businessMessages: fr_businessMessages,
};

export const catalogs = { en, fr } as const;
export type Namespace = keyof typeof en;
export const namespaces = Object.keys(en) as Namespace[];
