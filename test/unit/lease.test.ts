import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { SqliteLease } from '../../src/storage/sqliteLease';
import { runLeaseContract } from '../contracts/lease.contract';

const opened: Database.Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

// Each client opens the file itself, as processes sharing it would.
runLeaseContract('SqliteLease', async (count, clock) => {
  const path = join(mkdtempSync(join(tmpdir(), 'vlsa-lease-')), 'state.sqlite');
  return Array.from({ length: count }, () => {
    const db = openDatabase(path);
    opened.push(db);
    return new SqliteLease(db, clock);
  });
});
