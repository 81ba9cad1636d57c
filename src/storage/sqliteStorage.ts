import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError, type TakeOnceStore } from '../domain/stores/ports';
import { StorageOpenError } from './storageOpenError';

function explain(reason: string): string {
  if (/readonly|read-only|EACCES|EROFS|unable to open/i.test(reason)) {
    return `${reason} (check that the file and its folder are writable by this process)`;
  }
  if (/locked|busy/i.test(reason)) return `${reason} (another process holds a lock on it)`;
  return reason;
}

/**
 * The file holds conversations, cases and addresses: only this process's user may read it.
 * SQLite creates the -wal and -shm files with the database file's mode, so they follow.
 */
function restrictToOwner(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/** Opens (creating if needed) a SQLite database in WAL mode, readable by its owner only, failing fast with a clear error. */
export function openDatabase(path: string): Database.Database {
  try {
    if (path !== ':memory:') restrictToOwner(path);
    const db = new Database(path, { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives the process being killed;
    // only an OS crash or power loss can lose the last few, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    // Touch the schema with a write now, so a read-only or locked file fails at start-up.
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    db.prepare("INSERT INTO meta (key, value) VALUES ('opened_at', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
      new Date().toISOString(),
    );
    return db;
  } catch (error) {
    throw new StorageOpenError('sqlite', path, explain(error instanceof Error ? error.message : String(error)));
  }
}

interface Row {
  key: string;
  etag: string;
  value: string;
}

/**
 * Bot Framework `Storage` over SQLite, with the same contract as botbuilder's
 * MemoryStorage: a write with no eTag or `*` overwrites; a write with an eTag succeeds
 * only while it matches the stored one (else it throws and nothing in the batch is
 * written); reads return only the keys that exist.
 */
export class SqliteStorage implements Storage, TakeOnceStore {
  private readonly selectOne: Database.Statement<[string], Row>;
  private readonly upsert: Database.Statement<[string, string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly removeReturning: Database.Statement<[string], Pick<Row, 'value'>>;
  private readonly writeBatch: (changes: StoreItems) => void;

  constructor(readonly db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, etag TEXT NOT NULL, value TEXT NOT NULL) WITHOUT ROWID');
    this.selectOne = db.prepare('SELECT key, etag, value FROM bot_state WHERE key = ?');
    this.upsert = db.prepare(
      'INSERT INTO bot_state (key, etag, value) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value',
    );
    this.remove = db.prepare('DELETE FROM bot_state WHERE key = ?');
    // One statement: only the connection whose DELETE removed the row gets its value.
    this.removeReturning = db.prepare('DELETE FROM bot_state WHERE key = ? RETURNING value');
    const batch = db.transaction((changes: StoreItems) => {
      for (const [key, item] of Object.entries(changes)) {
        const expected: unknown = item?.eTag;
        if (expected !== undefined && expected !== null && expected !== '*') {
          const current = this.selectOne.get(key);
          if (current && current.etag !== expected) throw new ETagConflictError(key);
        }
        const etag = randomUUID();
        this.upsert.run(key, etag, JSON.stringify({ ...item, eTag: etag }));
      }
    });
    // IMMEDIATE takes the write lock before reading eTags, so two processes sharing the
    // file cannot both pass the check.
    this.writeBatch = (changes) => batch.immediate(changes);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) items[key] = JSON.parse(row.value);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || Object.keys(changes).length === 0) return;
    this.writeBatch(changes);
  }

  async delete(keys: string[]): Promise<void> {
    const run = this.db.transaction((ks: string[]) => ks.forEach((k) => this.remove.run(k)));
    run(keys);
  }

  async takeOnce(key: string): Promise<StoreItem | undefined> {
    const row = this.removeReturning.get(key);
    return row ? JSON.parse(row.value) : undefined;
  }
}
