import { ETagConflictError, type KeyValueStore } from '../domain/stores/ports';

type Item = Record<string, unknown>;

/**
 * A `KeyValueStore` in a Map, for the command line and tests, with the contract of
 * botbuilder's MemoryStorage: no eTag or `*` overwrites; any other eTag must match the
 * stored one or the whole batch fails. Items are copied in and out, as a real store would.
 */
export class MemoryStore implements KeyValueStore {
  private readonly items = new Map<string, Item>();
  private nextETag = 1;

  async read(keys: string[]): Promise<Record<string, Item>> {
    const found: Record<string, Item> = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) found[key] = structuredClone(item);
    }
    return found;
  }

  async write(changes: Record<string, Item>): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const expected = item?.eTag;
      if (expected === undefined || expected === null || expected === '*') continue;
      const current = this.items.get(key);
      if (current && current.eTag !== expected) throw new ETagConflictError(key);
    }
    for (const [key, item] of Object.entries(changes)) {
      this.items.set(key, { ...structuredClone(item), eTag: String(this.nextETag++) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  get size(): number {
    return this.items.size;
  }
}
