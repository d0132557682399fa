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
import { i18n } from '../i18n/i18n';

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

/** The screens of the back office, in the order a clerk's day goes. Labels are read in the current language. */
export const navigationItems: NavigationItem[] = [
  {
    path: '/',
    requires: 'dashboard.summary',
    get label() {
      return i18n.t('shell:nav.dashboard.label');
    },
    icon: <IconLayoutDashboard size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.dashboard.purpose');
    },
  },
  {
    path: '/operator',
    requires: 'operator.terms',
    get label() {
      return i18n.t('shell:nav.operator.label');
    },
    icon: <IconCloudUpload size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.operator.purpose');
    },
  },
  {
    path: '/retailers',
    requires: 'retailers.list',
    get label() {
      return i18n.t('shell:nav.retailers.label');
    },
    icon: <IconBuildingStore size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.retailers.purpose');
    },
  },
  {
    path: '/allocations',
    requires: 'allocations.list',
    get label() {
      return i18n.t('shell:nav.allocations.label');
    },
    icon: <IconArrowsExchange size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.allocations.purpose');
    },
  },
  {
    path: '/sales',
    get label() {
      return i18n.t('shell:nav.sales.label');
    },
    icon: <IconReceipt size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.sales.purpose');
    },
  },
  {
    path: '/reports',
    requires: 'reports.resellerSales',
    get label() {
      return i18n.t('shell:nav.reports.label');
    },
    icon: <IconChartBar size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.reports.purpose');
    },
  },
  {
    path: '/settlements',
    requires: 'settlements.periods',
    get label() {
      return i18n.t('shell:nav.settlements.label');
    },
    icon: <IconFileSpreadsheet size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.settlements.purpose');
    },
  },
  {
    path: '/sync',
    requires: 'sync.queue',
    get label() {
      return i18n.t('shell:nav.sync.label');
    },
    icon: <IconRefresh size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.sync.purpose');
    },
  },
  {
    path: '/ledger',
    requires: 'ledger.accounts',
    get label() {
      return i18n.t('shell:nav.ledger.label');
    },
    icon: <IconBook size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.ledger.purpose');
    },
  },
  {
    path: '/audit',
    requires: 'audit.list',
    get label() {
      return i18n.t('shell:nav.audit.label');
    },
    icon: <IconHistory size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.audit.purpose');
    },
  },
  {
    path: '/settings',
    requires: 'settings.get',
    get label() {
      return i18n.t('shell:nav.settings.label');
    },
    icon: <IconSettings size={iconSize} />,
    get purpose() {
      return i18n.t('shell:nav.settings.purpose');
    },
  },
];
