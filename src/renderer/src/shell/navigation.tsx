import {
  IconArrowsExchange,
  IconBook,
  IconBuildingStore,
  IconChartBar,
  IconCloudUpload,
  IconFileSpreadsheet,
  IconHistory,
  IconLayoutDashboard,
  IconReceipt,
  IconRefresh,
  IconSettings,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { OperationName } from '../../../contract/operations';

export interface NavigationItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** What the screen is for, shown on it until it is built. */
  purpose: string;
  /**
   * The read the screen opens with: a user who may not call it (their roles, or a partner office's
   * branch when it concerns the whole network) is not offered the screen.
   */
  requires?: OperationName;
}

const iconSize = 18;

/** The screens of the back office, in the order a clerk's day goes. */
export const navigationItems: NavigationItem[] = [
  {
    path: '/',
    requires: 'dashboard.summary',
    label: 'Dashboard',
    icon: <IconLayoutDashboard size={iconSize} />,
    purpose: 'The workspace at a glance.',
  },
  {
    path: '/operator',
    requires: 'operator.terms',
    label: 'Operator & purchases',
    icon: <IconCloudUpload size={iconSize} />,
    purpose:
      'Connect the operator account, buy bulk credit and follow each purchase order until the operator credits it.',
  },
  {
    path: '/retailers',
    requires: 'retailers.list',
    label: 'Retailers',
    icon: <IconBuildingStore size={iconSize} />,
    purpose:
      'Onboard retailers and sub-distributors, set their terms and commission plans, and see their balances.',
  },
  {
    path: '/allocations',
    requires: 'allocations.list',
    label: 'Allocations',
    icon: <IconArrowsExchange size={iconSize} />,
    purpose:
      'Allocate stock to retailers one by one or from a spreadsheet, with approvals above your threshold.',
  },
  {
    path: '/sales',
    label: 'Sales',
    icon: <IconReceipt size={iconSize} />,
    purpose: 'Top-ups made by retailers and by your own desk, pulled from the operator.',
  },
  {
    path: '/reports',
    requires: 'reports.resellerSales',
    label: 'Reports',
    icon: <IconChartBar size={iconSize} />,
    purpose: 'Reseller sales, payouts, acquired customers, float movement and reconciliation.',
  },
  {
    path: '/settlements',
    requires: 'settlements.periods',
    label: 'Settlements',
    icon: <IconFileSpreadsheet size={iconSize} />,
    purpose: 'Close settlement periods, approve statements and export Excel workbooks for each reseller.',
  },
  {
    path: '/sync',
    requires: 'sync.queue',
    label: 'Sync',
    icon: <IconRefresh size={iconSize} />,
    purpose: 'What waits to be sent to the operator, what came back, and what needs attention.',
  },
  {
    path: '/ledger',
    requires: 'ledger.accounts',
    label: 'Ledger',
    icon: <IconBook size={iconSize} />,
    purpose: 'Accounts and balances, statements, journal entries and the ledger check.',
  },
  {
    path: '/audit',
    requires: 'audit.list',
    label: 'Audit',
    icon: <IconHistory size={iconSize} />,
    purpose: 'Who changed what, when and from where, with refused attempts; filtered, exported, verified.',
  },
  {
    path: '/settings',
    requires: 'settings.get',
    label: 'Settings',
    icon: <IconSettings size={iconSize} />,
    purpose: 'Approval rules, commission plans, appearance and workspace.',
  },
];
