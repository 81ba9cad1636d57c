import type { KeyValueStore } from './stores/ports';

/** Runs one load per key at a time: callers asking for a key already being loaded share that load. */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  run<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const started = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}

interface CacheEntry {
  value: unknown;
  expiresAt: number;
}

function isEntry(item: unknown): item is CacheEntry {
  return typeof item === 'object' && item !== null && 'value' in item && typeof (item as CacheEntry).expiresAt === 'number';
}

/**
 * A time-limited cache in a `KeyValueStore`, so instances sharing a store share answers,
 * with single-flight in front so concurrent misses for one key cost one load. The store
 * only saves work: if it fails to read or write, the value is loaded and returned anyway.
 * The bot's one such cache: Entra's domain answers (diagnosis.ts) and admin lists (admins.ts)
 * use it, under keys from stores/keys.ts. Teams member profiles are deliberately not kept
 * here: they are names and e-mail addresses wanted for a few turns, so ProfileCache
 * (src/teams) holds them in the instance's memory only, bounded in number and age.
 */
export class TtlCache {
  private readonly flights = new SingleFlight();

  constructor(
    private readonly store: KeyValueStore,
    private readonly ttlSeconds: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Values the store returns are trusted to be what `load` produced for the same key: key names carry a version.
   * `maxTtlSeconds` shortens the cache's lifetime for answers that go stale sooner (never lengthens it).
   * `refresh` loads the value even when one is cached, and caches what it loaded.
   */
  getOrLoad<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean, maxTtlSeconds = this.ttlSeconds, refresh = false): Promise<T> {
    const ttlSeconds = Math.min(this.ttlSeconds, maxTtlSeconds);
    return this.flights.run(key, async () => {
      const cached = refresh ? undefined : await this.readFresh(key);
      if (cached !== undefined) return cached as T;
      const value = await load();
      if (ttlSeconds > 0 && keep(value)) await this.save(key, value, ttlSeconds);
      return value;
    });
  }

  private async readFresh(key: string): Promise<unknown> {
    try {
      const item: unknown = (await this.store.read([key]))[key];
      return isEntry(item) && item.expiresAt > this.now().getTime() ? item.value : undefined;
    } catch {
      return undefined;
    }
  }

  private async save(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    const entry = { value, expiresAt: this.now().getTime() + ttlSeconds * 1000, eTag: '*' };
    try {
      await this.store.write({ [key]: entry });
    } catch {
      // A lost cache write costs one more lookup later, nothing else.
    }
  }
}
