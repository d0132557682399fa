import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { Role } from '../../contract/permissions';
import type { UserView } from '../../contract/userSchemas';
import { AppError } from '../../core/appError';
import type { GlobalOptions } from '../cliCore';
import { type CommandRunner, printResult } from '../commandRunner';
import { exitCode } from '../exitCodes';
import { type CliCore, withWorkspace } from '../withWorkspace';

/** Where `user add` and `user reset-password` take the temporary password from, when it is set. */
const temporaryPasswordVariable = 'AIRLEDGER_NEW_PASSWORD';

function userLine(user: UserView): string {
  const state = user.state === 'active' ? '' : `, ${user.state}`;
  const change = user.mustChangePassword ? ', must change password' : '';
  const branch = user.branchCode === null ? '' : `, branch ${user.branchCode}`;
  return `${user.username}  ${user.displayName} (${user.roles.join(', ')}${branch}${state}${change})`;
}

/** A temporary password: the administrator's choice from the environment, or a random one to hand over. */
function temporaryPassword(): { password: string; generated: boolean } {
  const given = process.env[temporaryPasswordVariable];
  if (given !== undefined && given !== '') return { password: given, generated: false };
  return { password: randomBytes(12).toString('base64url'), generated: true };
}

async function userNamed(call: CliCore['call'], username: string): Promise<UserView> {
  const wanted = username.trim().toLowerCase();
  const user = (await call('users.list', {})).find((candidate) => candidate.username === wanted);
  if (user === undefined) throw new AppError('not_found', `No user is called ${wanted} in this workspace.`);
  return user;
}

function rolesArgument(values: string[]): Role[] {
  return values.map((value) => {
    const role = Role.safeParse(value.trim().toLowerCase());
    if (!role.success) {
      throw new AppError('bad_input', `--role ${value}: must be one of ${Role.options.join(', ')}.`, {
        issues: [{ path: 'role', message: `must be one of ${Role.options.join(', ')}` }],
      });
    }
    return role.data;
  });
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `airledger user …`: the people who sign in to the workspace. */
export function userCommands(program: Command, run: CommandRunner): void {
  const user = program.command('user').description('add, list and manage the users who sign in');

  user
    .command('add')
    .description(
      `add a user; the temporary password comes from $${temporaryPasswordVariable} or is generated`,
    )
    .requiredOption('--username <name>', 'what they sign in with')
    .requiredOption('--name <full name>', 'their name, as records show it')
    .requiredOption('--role <role>', `a role (${Role.options.join(', ')}); repeat for several`, collect, [])
    .option('--branch <code>', "a partner office: only this sub-distributor's branch of the network")
    .action(
      run(
        async (
          globals: GlobalOptions,
          options: { username: string; name: string; role: string[]; branch?: string },
        ) =>
          withWorkspace(globals, async ({ call }) => {
            const roles = rolesArgument(options.role);
            const { password, generated } = temporaryPassword();
            const added = await call('users.create', {
              username: options.username,
              displayName: options.name,
              roles,
              temporaryPassword: password,
              ...(options.branch === undefined ? {} : { branchCode: options.branch }),
            });
            const handOver = generated
              ? `\nTemporary password: ${password} (they choose their own at first sign-in)`
              : '';
            printResult(
              globals,
              generated ? { ...added, temporaryPassword: password } : added,
              `Added ${userLine(added)}${handOver}`,
            );
            return exitCode.success;
          }),
      ),
    );

  user
    .command('list')
    .description('every user, with roles and state')
    .action(
      run(async (globals: GlobalOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const users = await call('users.list', {});
          printResult(globals, users, users.length === 0 ? 'No users yet.' : users.map(userLine).join('\n'));
          return exitCode.success;
        }),
      ),
    );

  user
    .command('reset-password')
    .description(
      `give a user a temporary password ($${temporaryPasswordVariable} or generated); lifts a lock-out`,
    )
    .requiredOption('--username <name>', 'whose password')
    .action(
      run(async (globals: GlobalOptions, options: { username: string }) =>
        withWorkspace(globals, async ({ call }) => {
          const target = await userNamed(call, options.username);
          const { password, generated } = temporaryPassword();
          const reset = await call('users.resetPassword', { userId: target.id, temporaryPassword: password });
          const handOver = generated ? `\nTemporary password: ${password}` : '';
          printResult(globals, reset, `Reset the password of ${userLine(reset)}${handOver}`);
          return exitCode.success;
        }),
      ),
    );

  user
    .command('change-password')
    .description(
      `with --user: change that user's password (current one in $AIRLEDGER_PASSWORD, new one in $${temporaryPasswordVariable})`,
    )
    .action(
      run(async (globals: GlobalOptions) =>
        withWorkspace(globals, async ({ call }) => {
          const newPassword = process.env[temporaryPasswordVariable];
          if (globals.user === undefined || newPassword === undefined || newPassword === '') {
            throw new AppError(
              'bad_input',
              `change-password needs --user, the current password in $AIRLEDGER_PASSWORD and the new one in $${temporaryPasswordVariable}.`,
            );
          }
          const changed = await call('auth.changePassword', {
            currentPassword: process.env.AIRLEDGER_PASSWORD ?? '',
            newPassword,
          });
          printResult(globals, changed, `Changed the password of ${changed.username}.`);
          return exitCode.success;
        }),
      ),
    );

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(
        disabled ? 'stop a user signing in (history keeps their name)' : 'let a disabled user sign in again',
      )
      .requiredOption('--username <name>', 'which user')
      .action(
        run(async (globals: GlobalOptions, options: { username: string }) =>
          withWorkspace(globals, async ({ call }) => {
            const target = await userNamed(call, options.username);
            const updated = await call('users.update', { userId: target.id, disabled });
            printResult(globals, updated, userLine(updated));
            return exitCode.success;
          }),
        ),
      );
  }
}
