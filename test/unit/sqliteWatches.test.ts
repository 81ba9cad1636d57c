import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { SqliteWatchRepository } from '../../src/storage/sqliteWatches';
import { runWatchRepositoryContract } from '../contracts/watchRepository.contract';

const opened: Database.Database[] = [];

afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

runWatchRepositoryContract('SQLite', async () => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vlsa-watches-')), 'state.sqlite'));
  opened.push(db);
  return new SqliteWatchRepository(db);
});
