import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { keyHolder } from '../../../src/core/access/callContext';
import { AirledgerCore } from '../../../src/core/app/airledgerCore';
import { signedInTeam } from '../../support/sessionCalls';
import { temporaryFolders } from '../../support/temporaryFolder';
import { migrationsFolder, passphraseKeyProvider } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const cores: AirledgerCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

/** A workspace with its administrator Ada, an accountant Fatou and an auditor Ibrahima, on a clock the test moves. */
async function teamWorld() {
  const clock = { ms: Date.parse('2026-11-02T09:00:00Z') };
  const core = new AirledgerCore({
    defaultDataDir: join(newTemporaryFolder(), 'ws'),
    keyProvider: passphraseKeyProvider(),
    migrationsFolder,
    appVersion: '0.0.0-test',
    platform: process.platform,
    now: () => new Date(clock.ms),
  });
  core.onInternalError = (operation, error) => {
    throw new Error(`unexpected internal error in ${operation}: ${String(error)}`);
  };
  cores.push(core);
  const created = await core.callInSession(
    'workspace.create',
    { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' },
    { transport: 'http', sessionToken: null },
  );
  expect(created.ok).toBe(true);
  const { calls, admin, addUser } = await signedInTeam(core);
  const fatou = await addUser('fatou', 'Fatou Ba', ['accountant']);
  const ibrahima = await addUser('ibrahima', 'Ibrahima Fall', ['auditor']);
  return { core, calls, clock, admin, fatou, ibrahima, addUser };
}

const dakarLastMonth = {
  period: { kind: 'relative' as const, preset: 'last-30-days' as const },
  regions: ['Dakar'],
  channels: ['retail-pos'],
};

describe('saved views of the dashboard', () => {
  it('are saved, listed by name, renamed, and a save retried with the same id changes nothing', async () => {
    const { calls, clock, fatou } = await teamWorld();
    const id = uuidv7();
    const first = await calls.call(fatou, 'reports.views.save', {
      id,
      name: '  Dakar, last 30 days  ',
      filters: dakarLastMonth,
    });
    expect(first).toEqual({
      id,
      name: 'Dakar, last 30 days',
      filters: dakarLastMonth,
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });

    // The answer was lost; the screen sends the same save again a minute later: the same view, unchanged.
    clock.ms += 60_000;
    expect(
      await calls.call(fatou, 'reports.views.save', {
        id,
        name: 'Dakar, last 30 days',
        filters: dakarLastMonth,
      }),
    ).toEqual(first);
    expect(await calls.call(fatou, 'reports.views.list', {})).toEqual([first]);

    const fixedDays = {
      period: { kind: 'days' as const, from: '2026-10-01', to: '2026-10-31' },
      operatorIds: ['sandbox'],
      denominationsMinor: [500, 1_000],
      units: 'xof',
    };
    const october = await calls.call(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: 'October, sandbox, small amounts',
      filters: fixedDays,
    });
    expect(october.filters).toEqual({ ...fixedDays, units: 'XOF' });

    clock.ms += 60_000;
    const renamed = await calls.call(fatou, 'reports.views.save', {
      id,
      name: 'Capital region',
      filters: dakarLastMonth,
    });
    expect(renamed).toEqual({ ...first, name: 'Capital region', updatedAt: '2026-11-02T09:02:00.000Z' });
    expect((await calls.call(fatou, 'reports.views.list', {})).map((view) => view.name)).toEqual([
      'Capital region',
      'October, sandbox, small amounts',
    ]);

    // Same id, other filters: the view is refiltered in place, still one view of that name.
    const refiltered = await calls.call(fatou, 'reports.views.save', {
      id,
      name: 'Capital region',
      filters: { ...dakarLastMonth, period: { kind: 'relative', preset: 'this-month' } },
    });
    expect(refiltered.filters.period).toEqual({ kind: 'relative', preset: 'this-month' });
    expect(await calls.call(fatou, 'reports.views.list', {})).toHaveLength(2);
  });

  it('refuse a name one already uses, whatever its case, but another user may use it', async () => {
    const { calls, fatou, ibrahima } = await teamWorld();
    const mine = await calls.call(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: 'Dakar',
      filters: dakarLastMonth,
    });
    const taken = await calls.refusal(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: ' DAKAR ',
      filters: { period: { kind: 'relative', preset: 'today' } },
    });
    expect(taken).toMatchObject({
      code: 'business_rule',
      reason: 'view_name_taken',
      message:
        'You already have a view named "Dakar": choose another name, or rename or delete that one first.',
      issues: [{ path: 'name', message: 'is the name of another of your views' }],
    });
    // Renaming another view onto the name is refused the same way.
    const other = await calls.call(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: 'Thiès',
      filters: dakarLastMonth,
    });
    expect(
      await calls.refusal(fatou, 'reports.views.save', {
        id: other.id,
        name: 'dakar',
        filters: dakarLastMonth,
      }),
    ).toMatchObject({ reason: 'view_name_taken' });

    const his = await calls.call(ibrahima, 'reports.views.save', {
      id: uuidv7(),
      name: 'Dakar',
      filters: { period: { kind: 'relative', preset: 'today' } },
    });
    expect(his.name).toBe('Dakar');
    expect((await calls.call(fatou, 'reports.views.list', {})).map((view) => view.id)).toEqual([
      mine.id,
      other.id,
    ]);
  });

  it('are private: another user can neither list, change nor delete them', async () => {
    const { calls, fatou, ibrahima, admin } = await teamWorld();
    const hers = await calls.call(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: 'Dakar',
      filters: dakarLastMonth,
    });
    expect(await calls.call(ibrahima, 'reports.views.list', {})).toEqual([]);
    // Not even the administrator sees them.
    expect(await calls.call(admin, 'reports.views.list', {})).toEqual([]);

    const refusal = {
      code: 'permission_denied',
      reason: 'view_of_another_user',
      message:
        'That saved view belongs to another user: only they can rename, change or delete it. Save a view of your own instead.',
    };
    expect(
      await calls.refusal(ibrahima, 'reports.views.save', {
        id: hers.id,
        name: 'Taken over',
        filters: { period: { kind: 'relative', preset: 'today' } },
      }),
    ).toMatchObject(refusal);
    expect(await calls.refusal(admin, 'reports.views.delete', { id: hers.id })).toMatchObject(refusal);
    expect(await calls.call(fatou, 'reports.views.list', {})).toEqual([hers]);
  });

  it('are deleted by their owner, and deleting one already gone changes nothing', async () => {
    const { calls, fatou } = await teamWorld();
    const dakar = await calls.call(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: 'Dakar',
      filters: dakarLastMonth,
    });
    const today = await calls.call(fatou, 'reports.views.save', {
      id: uuidv7(),
      name: 'Today',
      filters: { period: { kind: 'relative', preset: 'today' } },
    });
    expect(await calls.call(fatou, 'reports.views.delete', { id: dakar.id })).toEqual({
      id: dakar.id,
      deleted: true,
    });
    expect(await calls.call(fatou, 'reports.views.list', {})).toEqual([today]);
    expect(await calls.call(fatou, 'reports.views.delete', { id: dakar.id })).toEqual({
      id: dakar.id,
      deleted: false,
    });
    // The name is free again.
    expect(
      (
        await calls.call(fatou, 'reports.views.save', {
          id: uuidv7(),
          name: 'Dakar',
          filters: dakarLastMonth,
        })
      ).name,
    ).toBe('Dakar');
  });

  it('check the name and the filters, naming the field', async () => {
    const { calls, fatou } = await teamWorld();
    const save = (name: string, filters: unknown = dakarLastMonth) =>
      calls.refusal(fatou, 'reports.views.save', { id: uuidv7(), name, filters });
    expect((await save('   ')).issues).toEqual([{ path: 'name', message: 'must not be empty' }]);
    expect((await save('x'.repeat(61))).issues).toEqual([
      { path: 'name', message: 'must be at most 60 characters' },
    ]);
    expect((await save('Dakar\nThiès')).issues).toEqual([
      { path: 'name', message: 'must be on one line, without control characters' },
    ]);
    const backwards = await save('Backwards', {
      period: { kind: 'days', from: '2026-10-31', to: '2026-10-01' },
    });
    expect(backwards).toMatchObject({ code: 'bad_input' });
    expect(backwards.issues).toEqual([{ path: 'filters.period.to', message: 'must not be before from' }]);
    expect(
      (await save('Yesterday', { period: { kind: 'relative', preset: 'yesterday' } })).issues?.[0]?.path,
    ).toBe('filters.period.preset');
    expect(await calls.call(fatou, 'reports.views.list', {})).toEqual([]);
    // 60 characters exactly is a name.
    expect(
      (
        await calls.call(fatou, 'reports.views.save', {
          id: uuidv7(),
          name: 'x'.repeat(60),
          filters: dakarLastMonth,
        })
      ).name,
    ).toHaveLength(60);
  });

  it('belong to signed-in users: the database key holder and roles without reports are refused', async () => {
    const { core, calls, addUser } = await teamWorld();
    const asKeyHolder = await core.call('reports.views.list', {}, keyHolder('cli'));
    expect(asKeyHolder).toEqual({
      ok: false,
      error: {
        code: 'business_rule',
        reason: 'no_user_account',
        message:
          'Saved views belong to a signed-in user, and Database key holder has no user account here: sign in (or use --user NAME) to keep views.',
      },
    });
    const save = await core.call(
      'reports.views.save',
      { id: uuidv7(), name: 'Dakar', filters: dakarLastMonth },
      keyHolder('cli'),
    );
    expect(save.ok ? null : save.error.reason).toBe('no_user_account');

    const clerk = await addUser('awa', 'Awa Ndiaye', ['clerk']);
    expect(await calls.refusal(clerk, 'reports.views.list', {})).toMatchObject({ code: 'permission_denied' });
  });
});
