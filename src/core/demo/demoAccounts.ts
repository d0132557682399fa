import type { Role } from '../../contract/permissions';
import type { Workspace } from '../workspace/workspace';

/**
 * A demo workspace comes with one sample user per role, sharing a published password, so a newcomer
 * can see what each role sees and try maker-checker with two people. Only the demo operator's
 * workspaces get them; the sign-in screen shows the password there and nowhere else.
 */
export const demoAccountsPasswordText = 'airledger-demo';
const settingsKey = 'demo_accounts';

const demoTeam: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: 'Ada Diallo', role: 'administrator' },
  { username: 'clerk', displayName: 'Awa Ndiaye', role: 'clerk' },
  { username: 'approver', displayName: 'Moussa Sow', role: 'approver' },
  { username: 'accountant', displayName: 'Fatou Ba', role: 'accountant' },
  { username: 'auditor', displayName: 'Ibrahima Fall', role: 'auditor' },
];

/** Adds the sample users whose usernames are free; returns every sample user the workspace has. */
export async function addDemoTeam(workspace: Workspace): Promise<string[]> {
  const added: string[] = [...(demoAccounts(workspace)?.usernames ?? [])];
  const taken = new Set(workspace.users.list().map((user) => user.username));
  for (const member of demoTeam) {
    if (taken.has(member.username)) continue;
    const actor = { userId: 'demo', displayName: 'Demo setup' };
    if (!workspace.users.anyExist()) {
      await workspace.users.setUpAdministrator({ ...member, password: demoAccountsPasswordText });
    } else {
      const created = await workspace.users.create(
        { ...member, roles: [member.role], temporaryPassword: demoAccountsPasswordText },
        actor,
      );
      workspace.users.markPasswordChosen(created.id);
    }
    added.push(member.username);
  }
  const accounts: DemoAccounts = { password: demoAccountsPasswordText, usernames: added };
  workspace.sqlite
    .prepare(
      `INSERT INTO workspace_settings (key, value_json, updated_at, updated_by) VALUES (?, ?, ?, 'Demo setup')
       ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    )
    .run(settingsKey, JSON.stringify(accounts), workspace.clock());
  return added;
}

interface DemoAccounts {
  password: string;
  usernames: string[];
}

function demoAccounts(workspace: Workspace): DemoAccounts | null {
  const json = workspace.sqlite
    .prepare('SELECT value_json FROM workspace_settings WHERE key = ?')
    .pluck()
    .get(settingsKey) as string | undefined;
  return json === undefined ? null : (JSON.parse(json) as DemoAccounts);
}

/** The sample users and their password, when this workspace has them. */
export function demoSignIn(workspace: Workspace): { usernames: string[]; password: string } | null {
  return demoAccounts(workspace);
}
