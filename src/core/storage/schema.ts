import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row: who this workspace belongs to. Created with the workspace, never deleted. */
export const workspaceProfile = sqliteTable('workspace_profile', {
  id: integer('id').primaryKey(),
  distributorName: text('distributor_name').notNull(),
  baseCurrency: text('base_currency').notNull(),
  createdAt: text('created_at').notNull(),
  createdByAppVersion: text('created_by_app_version').notNull(),
});
