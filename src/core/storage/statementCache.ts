import type Database from 'better-sqlite3';

/** Statements prepared once per connection, for code that runs the same SQL thousands of times. */
export class StatementCache {
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (statement === undefined) {
      statement = this.sqlite.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }
}
