import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, SqliteStorage } from '../../src/storage/sqliteStorage';
import { StorageOpenError } from '../../src/storage/storageOpenError';
import { runStorageContract } from '../contracts/storage.contract';

const opened: { close(): void }[] = [];
function storageAt(path: string): SqliteStorage {
  const db = openDatabase(path);
  opened.push(db);
  return new SqliteStorage(db);
}
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'vlsa-storage-')), 'state.sqlite');

afterEach(() => {
  while (opened.length) {
    try {
      opened.pop()?.close();
    } catch {
      // already closed by the test
    }
  }
});

runStorageContract('SqliteStorage', async () => {
  const path = tempFile();
  const db = openDatabase(path);
  const others: { close(): void }[] = [];
  return {
    storage: new SqliteStorage(db),
    second: async () => {
      const other = openDatabase(path);
      others.push(other);
      return new SqliteStorage(other);
    },
    cleanup: async () => [db, ...others].forEach((d) => d.close()),
  };
});

describe('SqliteStorage', () => {
  it('writes a batch all-or-nothing: a stale eTag for one key writes none of them', async () => {
    const storage = storageAt(tempFile());
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const first = await storage.read(['a', 'b']);
    await storage.write({ a: { ...first.a, n: 2 } });
    await expect(storage.write({ b: { ...first.b, n: 9 }, a: { ...first.a, n: 3 } })).rejects.toThrow(/eTag conflict/);
    const after = await storage.read(['a', 'b']);
    expect(after.a.n).toBe(2);
    expect(after.b.n).toBe(1);
  });

  it('keeps what was written across a reopen of the file', async () => {
    const path = tempFile();
    const db = openDatabase(path);
    await new SqliteStorage(db).write({ 'conversation/1': { dialog: ['step-2'] } });
    db.close();
    const reopened = storageAt(path);
    expect((await reopened.read(['conversation/1']))['conversation/1'].dialog).toEqual(['step-2']);
  });

  it('keeps a write acknowledged by a process that was then SIGKILLed', () => {
    const path = tempFile();
    const script = `
      const { openDatabase, SqliteStorage } = require(${JSON.stringify(join(__dirname, '../../src/storage/sqliteStorage.ts'))});
      const storage = new SqliteStorage(openDatabase(${JSON.stringify(path)}));
      storage.write({ acknowledged: { n: 42 } }).then(() => process.kill(process.pid, 'SIGKILL'));
    `;
    const run = spawnSync(process.execPath, ['-r', require.resolve('tsx/cjs'), '-e', script]);
    expect(run.signal).toBe('SIGKILL');
    return storageAt(path)
      .read(['acknowledged'])
      .then((items) => expect(items.acknowledged.n).toBe(42));
  });

  it('creates the database, its -wal and -shm files readable by their owner only, in a folder only the owner may enter', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vlsa-mode-')), 'data');
    const path = join(dir, 'state.sqlite');
    await storageAt(path).write({ a: { n: 1 } });
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect([path, `${path}-wal`, `${path}-shm`].map(mode)).toEqual([0o600, 0o600, 0o600]);
    expect(mode(dir)).toBe(0o700);
  });

  it('tightens a database file an earlier version left readable by others', () => {
    const path = tempFile();
    const db = openDatabase(path);
    db.close();
    chmodSync(path, 0o644);
    storageAt(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('fails with a clear error when the database folder cannot be created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vlsa-bad-'));
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(() => openDatabase(join(dir, 'a-file', 'state.sqlite'))).toThrow(expect.objectContaining({ code: 'sqlite', name: 'StorageOpenError' }));
    expect(() => openDatabase(join(dir, 'a-file', 'state.sqlite'))).toThrow(StorageOpenError);
    expect(() => openDatabase(join(dir, 'a-file', 'state.sqlite'))).toThrow(/cannot open the SQLite database at .*a-file/);
  });

  it('fails with a clear error when the path is not a database', () => {
    const path = tempFile();
    writeFileSync(path, 'this is not a database, just text that is long enough to have a header '.repeat(10));
    expect(() => openDatabase(path)).toThrow(/cannot open the SQLite database at .*: /);
  });
});
