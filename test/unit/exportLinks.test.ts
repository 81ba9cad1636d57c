import { describe, expect, it } from 'vitest';
import { openDatabase, SqliteStorage } from '../../src/storage/sqliteStorage';
import { ExportLinks } from '../../src/domain/stores/exportLinks';

const URL_BASE = 'https://bot.example';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 9, minute));
const tokenOf = (link: string) => link.slice(`${URL_BASE}/exports/`.length);

function storage(): SqliteStorage {
  return new SqliteStorage(openDatabase(':memory:'));
}

describe('CSV export links', () => {
  it('hand the CSV out once, within 15 minutes', async () => {
    const links = new ExportLinks(storage(), URL_BASE);
    const token = tokenOf(await links.create('a,b', 'cases.csv', at(0)));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await links.take(token, at(14))).toEqual({ csv: 'a,b', fileName: 'cases.csv' });
    expect(await links.take(token, at(14))).toBeUndefined();
    const late = tokenOf(await links.create('c', 'late.csv', at(0)));
    expect(await links.take(late, at(15))).toBeUndefined();
    expect(await links.take('not-a-token', at(0))).toBeUndefined();
  });

  it('give the CSV to one of several downloads at the same time', async () => {
    const links = new ExportLinks(storage(), URL_BASE);
    const token = tokenOf(await links.create('a,b', 'cases.csv', at(0)));
    const downloads = await Promise.all(Array.from({ length: 5 }, () => links.take(token, at(1))));
    expect(downloads.filter(Boolean)).toHaveLength(1);
  });

  it('delete expired exports nobody downloaded, keeping the fresh ones', async () => {
    const store = storage();
    const links = new ExportLinks(store, URL_BASE);
    const old = tokenOf(await links.create('old', 'old.csv', at(0)));
    const taken = tokenOf(await links.create('taken', 'taken.csv', at(0)));
    await links.take(taken, at(1));
    const fresh = tokenOf(await links.create('fresh', 'fresh.csv', at(10)));
    expect(await links.sweepExpired(at(14))).toBe(0);
    expect(await links.sweepExpired(at(15))).toBe(2);
    expect(Object.keys(await store.read([`export/${old}`, `export/${fresh}`]))).toEqual([`export/${fresh}`]);
    expect(await links.sweepExpired(at(16))).toBe(0);
    expect(await links.take(fresh, at(16))).toEqual({ csv: 'fresh', fileName: 'fresh.csv' });
    expect(await links.sweepExpired(at(25))).toBe(1);
    expect((await store.read(['export-index']))['export-index'].expiries).toEqual({});
  });

  it('index every export when two instances create them at the same time', async () => {
    const store = storage();
    const [one, two] = [new ExportLinks(store, URL_BASE), new ExportLinks(store, URL_BASE)];
    const tokens = (await Promise.all([one.create('1', '1.csv', at(0)), two.create('2', '2.csv', at(0)), one.create('3', '3.csv', at(0))])).map(tokenOf);
    expect(await two.sweepExpired(at(30))).toBe(3);
    expect(Object.keys(await store.read(tokens.map((t) => `export/${t}`)))).toEqual([]);
  });
});
