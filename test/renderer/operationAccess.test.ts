import { describe, expect, it } from 'vitest';
import { operationScopes } from '../../src/contract/operationScopes';
import type { OperationName } from '../../src/contract/operations';
import { type Permission, permissions } from '../../src/contract/permissions';
import { mayCall, outsideBranchOnly } from '../../src/renderer/src/session/operationAccess';
import { navigationItemAt } from '../../src/renderer/src/shell/BranchRouteGate';
import { navigationItems } from '../../src/renderer/src/shell/navigation';

/** An office's desk that does everything but manage the workspace, the operator account and users. */
const officePermissions = permissions.filter(
  (permission) => !['workspace.manage', 'operator.manage', 'users.manage'].includes(permission),
);
const headOffice = { permissions: officePermissions, branchCode: null };
const northOffice = { permissions: officePermissions, branchCode: 'SD-NORTH' };
const clerkOnly = {
  permissions: [
    'public',
    'session',
    'workspace.read',
    'retailers.read',
    'operator.act',
    'sync.read',
  ] as Permission[],
  branchCode: null,
};

const offered = (user: { permissions: Permission[]; branchCode: string | null }) =>
  navigationItems
    .filter((item) => item.requires === undefined || mayCall(user, item.requires))
    .map((item) => item.label);

describe('what the screens offer a partner office', () => {
  it('offers the head office every screen its roles reach, and the north office only its branch’s', () => {
    expect(offered(headOffice)).toEqual([
      'Dashboard',
      'Operator & purchases',
      'Retailers',
      'Allocations',
      'Sales',
      'Reports',
      'Settlements',
      'Sync',
      'Ledger',
      'Audit',
      'Settings',
    ]);
    expect(offered(northOffice)).toEqual([
      'Retailers',
      'Allocations',
      'Sales',
      'Reports',
      'Settlements',
      'Settings',
    ]);
  });

  it('hides imports, the float, the exceptions, period closing and the operators’ statements from a branch, not the branch’s own work', () => {
    const global: OperationName[] = [
      'retailers.importPreview',
      'allocations.importPreview',
      'reports.directSales',
      'reports.floatMovement',
      'reports.exceptions',
      'settlements.close',
      'settlements.operatorStatements',
      'ledger.accounts',
      'sync.run',
      'replenishment.run',
    ];
    for (const name of global) {
      expect(mayCall(headOffice, name), name).toBe(true);
      expect(mayCall(northOffice, name), name).toBe(false);
      expect(outsideBranchOnly(northOffice, name), name).toBe(true);
    }
    const branch: OperationName[] = [
      'retailers.list',
      'retailers.add',
      'allocations.create',
      'allocations.reverse',
      'payments.record',
      'reports.resellerSales',
      'settlements.statements',
      'ledger.entry',
    ];
    for (const name of branch) expect(mayCall(northOffice, name), name).toBe(true);
  });

  it('still follows the roles: a clerk is not offered users, reports or settlements, whatever the branch', () => {
    for (const name of ['users.list', 'reports.resellerSales', 'settlements.periods'] as const) {
      expect(mayCall(clerkOnly, name), name).toBe(false);
      // Missing a role is not the branch's doing.
      expect(outsideBranchOnly({ ...clerkOnly, branchCode: 'SD-NORTH' }, name), name).toBe(false);
    }
    expect(offered(clerkOnly)).not.toContain('Reports');
  });

  it('names a network-wide screen behind any of its addresses, so a bookmark is caught too', () => {
    expect(navigationItemAt('/')?.label).toBe('Dashboard');
    expect(navigationItemAt('/ledger/accounts/abc')?.label).toBe('Ledger');
    expect(navigationItemAt('/retailers/SD-SOUTH')?.label).toBe('Retailers');
    expect(navigationItemAt('/settings-old')).toBeUndefined();
    for (const item of navigationItems) {
      if (item.requires !== undefined) expect(operationScopes[item.requires]).toBeDefined();
    }
  });
});
