import type { Storage } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { TakeOnceStore } from '../../src/domain/stores/ports';

export interface StorageUnderTest {
  storage: Storage & TakeOnceStore;
  /** Another client on the same data, as a second bot instance would have. */
  second: () => Promise<Storage & TakeOnceStore>;
  cleanup(): Promise<void>;
}

/**
 * The botbuilder `Storage` contract every backend keeps (MemoryStorage's semantics), and
 * `takeOnce` (TakeOnceStore).
 * Backend-specific guarantees, such as SQLite writing a batch all-or-nothing, are
 * tested next to the backend.
 */
export function runStorageContract(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`${name} keeps the botbuilder Storage contract`, () => {
    const made: StorageUnderTest[] = [];
    const fresh = async (): Promise<StorageUnderTest> => {
      const under = await makeStorage();
      made.push(under);
      return under;
    };
    afterEach(async () => {
      while (made.length) await made.pop()?.cleanup();
    });

    it('returns only keys that exist, each with an eTag', async () => {
      const { storage } = await fresh();
      await storage.write({ a: { n: 1 } });
      const items = await storage.read(['a', 'missing']);
      expect(Object.keys(items)).toEqual(['a']);
      expect(items.a.n).toBe(1);
      expect(typeof items.a.eTag).toBe('string');
      expect(await storage.read([])).toEqual({});
    });

    it('keeps nested values and keys with /, :, @, unicode and great length apart', async () => {
      const { storage } = await fresh();
      const keys = [
        'msteams/conversations/19:abc@thread.tacv2/',
        'msteams/users/29:1AbC-é漢字😀',
        'msteams/users/29:1abc-é漢字😀',
        'ends with a dot.',
        `long/${'k'.repeat(2000)}`,
        `long/${'k'.repeat(1999)}x`,
      ];
      await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i, nested: { list: [key], flag: true } }])));
      const items = await storage.read(keys);
      expect(Object.keys(items)).toEqual(keys);
      keys.forEach((key, i) => expect(items[key]).toMatchObject({ i, nested: { list: [key], flag: true } }));
    });

    it('overwrites when the eTag is missing or *', async () => {
      const { storage } = await fresh();
      await storage.write({ a: { n: 1 } });
      await storage.write({ a: { n: 2 } });
      expect((await storage.read(['a'])).a.n).toBe(2);
      await storage.write({ a: { n: 3, eTag: '*' } });
      expect((await storage.read(['a'])).a.n).toBe(3);
    });

    it('accepts the current eTag, assigning a new one, and refuses a stale one naming the key', async () => {
      const { storage } = await fresh();
      await storage.write({ 'conversation/a': { n: 1 } });
      const first = (await storage.read(['conversation/a']))['conversation/a'];
      await storage.write({ 'conversation/a': { ...first, n: 2 } });
      const second = (await storage.read(['conversation/a']))['conversation/a'];
      expect(second.eTag).not.toBe(first.eTag);
      await expect(storage.write({ 'conversation/a': { ...first, n: 3 } })).rejects.toThrow(/"conversation\/a".*eTag conflict/);
      expect((await storage.read(['conversation/a']))['conversation/a']).toEqual(second);
    });

    it('saves an item with an eTag whose key does not exist, as MemoryStorage does', async () => {
      const { storage } = await fresh();
      await storage.write({ a: { n: 1 } });
      const stale = (await storage.read(['a'])).a;
      await storage.delete(['a']);
      await storage.write({ a: { ...stale, n: 2 } });
      expect((await storage.read(['a'])).a.n).toBe(2);
    });

    it('leaves the items passed to write unchanged', async () => {
      const { storage } = await fresh();
      const item = { n: 1, eTag: '*' };
      await storage.write({ a: item });
      expect(item).toEqual({ n: 1, eTag: '*' });
    });

    it('lets exactly one of two concurrent writers with the same eTag win', async () => {
      const { storage: one, second } = await fresh();
      const two = await second();
      await one.write({ k: { n: 0 } });
      const seen = (await one.read(['k'])).k;
      const results = await Promise.allSettled([one.write({ k: { ...seen, n: 1 } }), two.write({ k: { ...seen, n: 2 } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r) => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(String(rejected[0].reason)).toMatch(/eTag conflict/);
      const winner = results.findIndex((r) => r.status === 'fulfilled') + 1;
      expect((await two.read(['k'])).k.n).toBe(winner);
    });

    it('lets exactly one of two creators of a new key with the same eTag win', async () => {
      const { storage: one, second } = await fresh();
      const two = await second();
      await one.write({ k: { n: 0 } });
      const stale = (await one.read(['k'])).k;
      await one.delete(['k']);
      const results = await Promise.allSettled([one.write({ k: { ...stale, n: 1 } }), two.write({ k: { ...stale, n: 2 } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    });

    it('takes an item once: it comes back with its value, and is gone for the next take and for reads', async () => {
      const { storage } = await fresh();
      await storage.write({ 'export/a': { csv: 'x,y' }, 'export/b': { csv: 'kept' } });
      expect(await storage.takeOnce('export/a')).toMatchObject({ csv: 'x,y' });
      expect(await storage.takeOnce('export/a')).toBeUndefined();
      expect(await storage.takeOnce('never-there')).toBeUndefined();
      expect(Object.keys(await storage.read(['export/a', 'export/b']))).toEqual(['export/b']);
    });

    it('gives an item to exactly one of two clients taking it at the same time', async () => {
      const { storage: one, second } = await fresh();
      const two = await second();
      const keys = Array.from({ length: 10 }, (_, i) => `export/${i}`);
      await one.write(Object.fromEntries(keys.map((key) => [key, { csv: key }])));
      for (const key of keys) {
        const taken = await Promise.all([one.takeOnce(key), two.takeOnce(key), one.takeOnce(key), two.takeOnce(key)]);
        expect(taken.filter(Boolean)).toEqual([expect.objectContaining({ csv: key })]);
      }
    });

    it('deletes, and a deleted key reads as missing', async () => {
      const { storage } = await fresh();
      await storage.write({ a: { n: 1 }, b: { n: 2 } });
      await storage.delete(['a', 'never-there']);
      expect(await storage.read(['a', 'b'])).toMatchObject({ b: { n: 2 } });
      expect(Object.keys(await storage.read(['a']))).toEqual([]);
    });
  });
}
