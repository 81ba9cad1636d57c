import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/storage/sqliteStorage';

/**
 * SQLite files for a store's tests: `tempFile()` a new path under a temporary folder,
 * `databaseAt(path)` the database opened there (several on one path act as several
 * processes); every database opened is closed after each test.
 */
export function useSqliteFiles(prefix: string): { tempFile: () => string; databaseAt: (path: string) => Database.Database } {
  const opened: Database.Database[] = [];
  afterEach(() => {
    while (opened.length) opened.pop()?.close();
  });
  return {
    tempFile: () => join(mkdtempSync(join(tmpdir(), prefix)), 'state.sqlite'),
    databaseAt: (path) => {
      const db = openDatabase(path);
      opened.push(db);
      return db;
    },
  };
}
