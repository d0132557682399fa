import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OperationName, operations } from '../../src/contract/operations';
import { roles } from '../../src/contract/permissions';
import { permissionsOf } from '../../src/core/access/rolePermissions';
import { loopbackTeam } from '../support/loopbackTeam';

let team: Awaited<ReturnType<typeof loopbackTeam>>;

beforeAll(async () => {
  team = await loopbackTeam();
}, 60_000);

afterAll(async () => {
  await team?.close();
});

const names = Object.keys(operations) as OperationName[];

/**
 * Operations that change who is signed in or which workspace is open: called, they would pull the
 * rest of the matrix from under it. Their permission is still checked with the refused ones.
 */
const disruptive = new Set<OperationName>([
  'workspace.create',
  'workspace.open',
  'workspace.close',
  'workspace.restore',
  // Restarting to update closes the workspace (here it is refused: browser mode does not update itself).
  'updates.install',
  'auth.signOut',
  'auth.signIn',
  'auth.setUp',
  'auth.changePassword',
]);

describe('the permission matrix, over the HTTP transport', () => {
  it.each([...roles])(
    'refuses %s every operation its role does not grant, with 403 and a clear message, changing nothing',
    async (role) => {
      const person = team.people.get(role);
      if (person === undefined) throw new Error(`no ${role} signed in`);
      const granted = new Set(permissionsOf([role]));
      const refused = names.filter((name) => !granted.has(operations[name].permission));
      const before = await team.fingerprint();
      for (const name of refused) {
        // The permission is checked before the input: an empty input is refused for who calls, not for what.
        const reply = await team.post(name, {}, person.session);
        expect(reply.status, `${role} calling ${name}`).toBe(403);
        expect(reply.body.ok).toBe(false);
        if (!reply.body.ok) {
          expect(reply.body.error).toMatchObject({
            code: 'permission_denied',
            message: `${person.displayName} may not ${name} (needs the ${operations[name].permission} permission).`,
          });
        }
      }
      expect(await team.fingerprint()).toBe(before);
      // The roles' shapes hold: an auditor changes nothing of the books (only its own sign-in and
      // saved report views); only administrators manage users.
      if (role === 'auditor') {
        const changes = names.filter((name) => operations[name].mutates && !refused.includes(name));
        expect(
          changes.filter((name) => !name.startsWith('auth.') && !name.startsWith('reports.views.')),
        ).toEqual(['workspace.create', 'workspace.restore']);
      }
      if (role !== 'administrator') expect(refused).toContain('users.create');
    },
  );

  it.each([...roles])(
    'lets %s read what its role grants: every granted read with no arguments answers 200',
    async (role) => {
      const person = team.people.get(role);
      if (person === undefined) throw new Error(`no ${role} signed in`);
      const granted = new Set(permissionsOf([role]));
      const reads = names.filter(
        (name) =>
          granted.has(operations[name].permission) &&
          !operations[name].mutates &&
          !disruptive.has(name) &&
          operations[name].input.safeParse({}).success,
      );
      expect(reads.length).toBeGreaterThan(5);
      for (const name of reads) {
        const reply = await team.post(name, {}, person.session);
        expect(
          reply.status,
          `${role} reading ${name}: ${reply.body.ok ? '' : reply.body.error.message}`,
        ).toBe(200);
      }
    },
  );
});
