import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/storage/memoryStore';
import { ETagConflictError, type KeyValueStore } from '../../src/domain/stores/ports';
import { LookupBudget, SlidingWindowLimiter } from '../../src/domain/rateLimit';

const HOUR_MS = 3_600_000;

describe('SlidingWindowLimiter', () => {
  it('allows the hourly limit, then refuses with the wait until the oldest lookup leaves the window', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const limiter = new SlidingWindowLimiter({ store: new MemoryStore(), name: 'lookup', limit: 3, windowMs: HOUR_MS, now: () => now });
    expect(await limiter.take('u1')).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    now = new Date('2026-01-01T10:10:00Z');
    expect(await limiter.take('u1')).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await limiter.take('u1')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await limiter.take('u1')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 50 * 60 });
    expect(await limiter.take('u2')).toMatchObject({ allowed: true, remaining: 2 });
    now = new Date('2026-01-01T11:00:01Z');
    expect(await limiter.take('u1')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await limiter.take('u1')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 600 - 1 });
  });

  it('counts concurrent requests from one person exactly (no lost updates)', async () => {
    const limiter = new SlidingWindowLimiter({ store: new MemoryStore(), name: 'lookup', limit: 5, windowMs: HOUR_MS });
    const decisions = await Promise.all(Array.from({ length: 12 }, () => limiter.take('u1')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    expect(decisions.map((d) => d.remaining).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
  });

  it('shares the window between instances over one store', async () => {
    const store = new MemoryStore();
    const a = new SlidingWindowLimiter({ store, name: 'lookup', limit: 2, windowMs: HOUR_MS });
    const b = new SlidingWindowLimiter({ store, name: 'lookup', limit: 2, windowMs: HOUR_MS });
    await a.take('u1');
    await b.take('u1');
    expect((await a.take('u1')).allowed).toBe(false);
  });

  it('retries when another instance wrote in between (eTag conflict)', async () => {
    const inner = new MemoryStore();
    let interfere = true;
    const store: KeyValueStore = {
      read: (keys) => inner.read(keys),
      delete: (keys) => inner.delete(keys),
      async write(changes) {
        if (interfere) {
          interfere = false;
          await inner.write({ 'ratelimit/lookup/u1': { hits: [Date.now()] } });
        }
        return inner.write(changes);
      },
    };
    await inner.write({ 'ratelimit/lookup/u1': { hits: [] } });
    const limiter = new SlidingWindowLimiter({ store, name: 'lookup', limit: 3, windowMs: HOUR_MS });
    expect(await limiter.take('u1')).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
  });

  it('does not retry a store that fails for another reason (a locked database): the turn hears at once', async () => {
    const inner = new MemoryStore();
    let writes = 0;
    const store: KeyValueStore = {
      read: (keys) => inner.read(keys),
      delete: (keys) => inner.delete(keys),
      async write() {
        writes++;
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
    };
    const limiter = new SlidingWindowLimiter({ store, name: 'lookup', limit: 3, windowMs: HOUR_MS });
    await expect(limiter.take('u1')).rejects.toThrow('database is locked');
    expect(writes).toBe(1);
  });
});

describe('SlidingWindowLimiter windows', () => {
  it('takes the window length as a parameter: 2 a minute for the case probe limiter', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const limiter = new SlidingWindowLimiter({ store: new MemoryStore(), name: 'case-probe', limit: 2, windowMs: 60_000, now: () => now });
    expect((await limiter.take('t1', 'u1')).allowed).toBe(true);
    expect((await limiter.take('t1', 'u1')).allowed).toBe(true);
    expect(await limiter.take('t1', 'u1')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 60 });
    expect((await limiter.take('t2', 'u1')).allowed).toBe(true);
    now = new Date('2026-01-01T10:01:00.001Z');
    expect((await limiter.take('t1', 'u1')).allowed).toBe(true);
  });

  it('keeps each named window under its own key, parts encoded so ids cannot run into each other', async () => {
    const store = new MemoryStore();
    await new SlidingWindowLimiter({ store, name: 'case-probe', limit: 1, windowMs: 60_000 }).take('t/1', undefined);
    await new SlidingWindowLimiter({ store, name: 'lookup', limit: 1, windowMs: 60_000 }).take('t', '1');
    expect(Object.keys(await store.read(['ratelimit/case-probe/t%2F1/-', 'ratelimit/lookup/t/1']))).toHaveLength(2);
  });
});

describe('LookupBudget', () => {
  it('refuses a person over their own limit, without using up the tenant budget', async () => {
    const store = new MemoryStore();
    const budget = new LookupBudget({ store, userLimitPerHour: 2, tenantLimitPerHour: 3 });
    expect(await budget.take('t1', 'alex')).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await budget.take('t1', 'alex')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await budget.take('t1', 'alex')).toMatchObject({ allowed: false, refusedBy: 'person' });
    expect(await budget.take('t1', 'megan')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await budget.take('t1', 'isaiah')).toMatchObject({ allowed: false, refusedBy: 'tenant', retryAfterSeconds: 3600 });
    expect(await budget.take('t2', 'isaiah')).toMatchObject({ allowed: true });
    expect(Object.keys(await store.read(['ratelimit/lookup/t1/alex', 'ratelimit/lookup-tenant/t1']))).toEqual(['ratelimit/lookup/t1/alex', 'ratelimit/lookup-tenant/t1']);
  });

  it('counts concurrent lookups of one tenant exactly', async () => {
    const budget = new LookupBudget({ store: new MemoryStore(), userLimitPerHour: 100, tenantLimitPerHour: 5 });
    const decisions = await Promise.all(Array.from({ length: 12 }, (_, i) => budget.take('t1', `user-${i}`)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    expect(decisions.filter((d) => d.refusedBy === 'tenant')).toHaveLength(7);
  });
});

describe('MemoryStore', () => {
  it('overwrites without an eTag or with *, and refuses a stale eTag for the whole batch', async () => {
    const store = new MemoryStore();
    await store.write({ a: { n: 1 } });
    const { a } = await store.read(['a', 'missing']);
    expect(a).toMatchObject({ n: 1, eTag: expect.any(String) });
    await store.write({ a: { ...a, n: 2 } });
    await expect(store.write({ a: { ...a, n: 3 }, b: { n: 1 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect(await store.read(['a', 'b'])).toEqual({ a: expect.objectContaining({ n: 2 }) });
    await store.write({ a: { n: 4, eTag: '*' } });
    expect((await store.read(['a'])).a.n).toBe(4);
    await store.delete(['a']);
    expect(await store.read(['a'])).toEqual({});
  });

  it('hands out copies, so callers cannot change stored items by mutation', async () => {
    const store = new MemoryStore();
    const item = { list: [1] };
    await store.write({ k: item });
    item.list.push(2);
    const read = await store.read(['k']);
    (read.k.list as number[]).push(3);
    expect((await store.read(['k'])).k.list).toEqual([1]);
  });
});
