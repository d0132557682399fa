import type Database from 'better-sqlite3';
import {
  type SavedView,
  SavedViewFilters,
  type SaveViewInput,
  savedViewsPerUserMax,
} from '../../contract/savedViewSchemas';
import type { CallContext } from '../access/callContext';
import { AppError } from '../appError';
import type { Workspace } from '../workspace/workspace';

interface ViewRow {
  id: string;
  user_id: string;
  name: string;
  name_key: string;
  filters_json: string;
  created_at: number;
  updated_at: number;
}

/**
 * Whose saved views a call may see: the signed-in user's. The database key holder (the CLI without
 * `--user`) has no account and so no views of its own; it is refused rather than shown everyone's.
 */
export function savedViewOwner(workspace: Workspace, context: CallContext): string {
  const user = context.sessionToken ? workspace.users.byId(context.actor.userId) : undefined;
  if (user === undefined) {
    throw new AppError(
      'business_rule',
      `Saved views belong to a signed-in user, and ${context.actor.displayName} has no user account here: sign in (or use --user NAME) to keep views.`,
      { reason: 'no_user_account' },
    );
  }
  return user.id;
}

/** Case-insensitive, so "Lagos" and "LAGOS" cannot both be in one person's menu. */
function nameKeyOf(name: string): string {
  return name.toLowerCase();
}

/**
 * The filters as stored: every key in one order and empty lists left out, so the same filters are
 * always the same text and a retried save can be recognised as nothing new.
 */
function canonicalFiltersJson(filters: SavedViewFilters): string {
  const period =
    filters.period.kind === 'relative'
      ? { kind: 'relative', preset: filters.period.preset }
      : { kind: 'days', from: filters.period.from, to: filters.period.to };
  const list = <T>(items: T[] | undefined) => (items === undefined || items.length === 0 ? undefined : items);
  return JSON.stringify({
    period,
    operatorIds: list(filters.operatorIds),
    retailerCodes: list(filters.retailerCodes),
    regions: list(filters.regions),
    channels: list(filters.channels),
    denominationsMinor: list(filters.denominationsMinor),
    units: filters.units,
  });
}

function viewOf(row: ViewRow): SavedView {
  return {
    id: row.id,
    name: row.name,
    // Written through the same schema: a row that no longer reads is a bug, not user data to hide.
    filters: SavedViewFilters.parse(JSON.parse(row.filters_json)),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function notYours(): AppError {
  return new AppError(
    'permission_denied',
    'That saved view belongs to another user: only they can rename, change or delete it. Save a view of your own instead.',
    { reason: 'view_of_another_user' },
  );
}

/**
 * A user's named filter sets for the dashboard. Every statement names the owner, so one user's
 * views never reach another's list, and a view id of someone else's is refused, not taken over.
 */
export class SavedViews {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  list(userId: string): SavedView[] {
    const rows = this.sqlite
      .prepare('SELECT * FROM report_saved_views WHERE user_id = ? ORDER BY name_key, id')
      .all(userId) as ViewRow[];
    return rows.map(viewOf);
  }

  save(userId: string, input: SaveViewInput): SavedView {
    const name = input.name;
    const nameKey = nameKeyOf(name);
    const filtersJson = canonicalFiltersJson(input.filters);
    return this.sqlite
      .transaction((): SavedView => {
        const existing = this.byId(input.id);
        if (existing !== undefined && existing.user_id !== userId) throw notYours();
        const namesake = this.sqlite
          .prepare('SELECT id, name FROM report_saved_views WHERE user_id = ? AND name_key = ? AND id <> ?')
          .get(userId, nameKey, input.id) as { id: string; name: string } | undefined;
        if (namesake !== undefined) {
          throw new AppError(
            'business_rule',
            `You already have a view named "${namesake.name}": choose another name, or rename or delete that one first.`,
            {
              reason: 'view_name_taken',
              issues: [{ path: 'name', message: 'is the name of another of your views' }],
            },
          );
        }
        const now = this.clock();
        if (existing !== undefined) {
          // The same save again (a retry after a lost answer) is the first result, unchanged.
          if (existing.name === name && existing.filters_json === filtersJson) return viewOf(existing);
          this.sqlite
            .prepare(
              'UPDATE report_saved_views SET name = ?, name_key = ?, filters_json = ?, updated_at = ? WHERE id = ? AND user_id = ?',
            )
            .run(name, nameKey, filtersJson, now, input.id, userId);
        } else {
          const count = this.sqlite
            .prepare('SELECT count(*) FROM report_saved_views WHERE user_id = ?')
            .pluck()
            .get(userId) as number;
          if (count >= savedViewsPerUserMax) {
            throw new AppError(
              'business_rule',
              `You have ${count} saved views, the most one person may keep: delete one you no longer use first.`,
              { reason: 'too_many_views' },
            );
          }
          this.sqlite
            .prepare(
              `INSERT INTO report_saved_views (id, user_id, name, name_key, filters_json, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(input.id, userId, name, nameKey, filtersJson, now, now);
        }
        const saved = this.byId(input.id);
        if (saved === undefined || saved.user_id !== userId)
          throw new Error(`saved view ${input.id} was not saved`);
        return viewOf(saved);
      })
      .immediate();
  }

  delete(userId: string, id: string): { id: string; deleted: boolean } {
    return this.sqlite
      .transaction(() => {
        const existing = this.byId(id);
        if (existing === undefined) return { id, deleted: false };
        if (existing.user_id !== userId) throw notYours();
        this.sqlite.prepare('DELETE FROM report_saved_views WHERE id = ? AND user_id = ?').run(id, userId);
        return { id, deleted: true };
      })
      .immediate();
  }

  private byId(id: string): ViewRow | undefined {
    return this.sqlite.prepare('SELECT * FROM report_saved_views WHERE id = ?').get(id) as
      | ViewRow
      | undefined;
  }
}
