import { ETagConflictError, type KeyValueStore } from './stores/ports';

/** Attempts when another writer changed the item between our read and our write. */
const WRITE_ATTEMPTS = 5;
/**
 * The eTag of an item not yet stored. It matches no stored item, so every store creates the
 * item only while the key is still missing: of two writers creating it at once (on two
 * instances), one writes and the other tries again, instead of overwriting it.
 */
const NEW_ITEM = 'new-item';

/**
 * Changes one stored item safely among instances: reads it, lets `change` decide, and writes
 * `next` (when given) with the eTag it read; when another writer got there first, it starts
 * again from the read. Returns `change`'s result.
 */
export async function updateStored<T extends object, R>(
  store: KeyValueStore,
  key: string,
  change: (current: T | undefined) => { next?: T; result: R },
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const stored = (await store.read([key]))[key] as (T & { eTag?: string }) | undefined;
    const { next, result } = change(stored);
    if (!next) return result;
    try {
      await store.write({ [key]: { ...next, eTag: stored?.eTag ?? NEW_ITEM } });
      return result;
    } catch (error) {
      // Only a lost race is worth another read; a locked or failing store is not (the turn must not hang on it).
      if (!(error instanceof ETagConflictError) || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}
