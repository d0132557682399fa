import {
  IconArrowsExchange,
  IconBook,
  IconBuildingStore,
  IconChartBar,
  IconCloudUpload,
  IconFileSpreadsheet,
  IconLayoutDashboard,
  IconReceipt,
  IconRefresh,
  IconSettings,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface NavigationItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** What the screen is for, shown on it until it is built. */
  purpose: string;
}

const iconSize = 18;

/** The screens of the back office, in the order a clerk's day goes. */
export const navigationItems: NavigationItem[] = [
  {
    path: '/',
    label: 'Dashboard',
    icon: <IconLayoutDashboard size={iconSize} />,
    purpose: 'The workspace at a glance.',
  },
  {
    path: '/operator',
    label: 'Operator & purchases',
    icon: <IconCloudUpload size={iconSize} />,
    purpose:
      'Connect the operator account, buy bulk credit and follow each purchase order until the operator credits it.',
  },
  {
    path: '/retailers',
    label: 'Retailers',
    icon: <IconBuildingStore size={iconSize} />,
    purpose:
      'Onboard retailers and sub-distributors, set their terms and commission plans, and see their balances.',
  },
  {
    path: '/allocations',
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
    label: 'Reports',
    icon: <IconChartBar size={iconSize} />,
    purpose: 'Reseller sales, payouts, acquired customers, float movement and reconciliation.',
  },
  {
    path: '/settlements',
    label: 'Settlements',
    icon: <IconFileSpreadsheet size={iconSize} />,
    purpose: 'Close settlement periods, approve statements and export Excel workbooks for each reseller.',
  },
  {
    path: '/sync',
    label: 'Sync',
    icon: <IconRefresh size={iconSize} />,
    purpose: 'What waits to be sent to the operator, what came back, and what needs attention.',
  },
  {
    path: '/ledger',
    label: 'Ledger',
    icon: <IconBook size={iconSize} />,
    purpose: 'Accounts and balances, statements, journal entries and the ledger check.',
  },
  {
    path: '/settings',
    label: 'Settings',
    icon: <IconSettings size={iconSize} />,
    purpose: 'Approval rules, commission plans, appearance and workspace.',
  },
];
