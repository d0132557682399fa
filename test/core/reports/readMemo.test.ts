import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { memoized } from '../../../src/core/reports/readMemo';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();

describe('report reads kept while nothing changes', () => {
  it('are computed again after a write by this connection or a commit by another', () => {
    const file = join(newTemporaryFolder(), 'memo.db');
    const sqlite = new Database(file);
    const other = new Database(file);
    try {
      sqlite.exec('CREATE TABLE sales (amount INTEGER NOT NULL)');
      sqlite.prepare('INSERT INTO sales VALUES (?)').run(5);
      let computed = 0;
      const total = () =>
        memoized(sqlite, 'total', () => {
          computed += 1;
          return sqlite.prepare('SELECT sum(amount) FROM sales').pluck().get() as number;
        });
      expect(total()).toBe(5);
      expect(total()).toBe(5);
      expect(computed).toBe(1);
      sqlite.prepare('INSERT INTO sales VALUES (?)').run(7);
      expect(total()).toBe(12);
      expect(computed).toBe(2);
      other.prepare('INSERT INTO sales VALUES (?)').run(30);
      expect(total()).toBe(42);
      expect(computed).toBe(3);
      // Other keys do not disturb it, and past eight the least recently used is dropped.
      for (let key = 0; key < 7; key++) memoized(sqlite, `k${key}`, () => key);
      expect(total()).toBe(42);
      expect(computed).toBe(3);
      for (let key = 7; key < 15; key++) memoized(sqlite, `k${key}`, () => key);
      expect(total()).toBe(42);
      expect(computed).toBe(4);
    } finally {
      other.close();
      sqlite.close();
    }
  });
});
