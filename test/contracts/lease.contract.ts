import { describe, expect, it } from 'vitest';
import type { Lease } from '../../src/domain/stores/ports';

const TTL = 60_000;

/**
 * What every lease backend promises, run against each: `makeLeases(n, clock)` gives n
 * clients (as n instances would have) on one fresh shared lease store.
 */
export function runLeaseContract(name: string, makeLeases: (count: number, clock: () => Date) => Promise<Lease[]>): void {
  describe(`${name} keeps the lease contract`, () => {
    it('lets one instance hold the lease, renew it, and another take it once it expires', async () => {
      let now = new Date('2026-01-05T09:00:00Z');
      const [a, b] = await makeLeases(2, () => now);
      expect(await a.tryAcquire('case-loop', 'instance-a', TTL)).toBe(true);
      expect(await b.tryAcquire('case-loop', 'instance-b', TTL)).toBe(false);
      // Another lease name is another lease.
      expect(await b.tryAcquire('other-work', 'instance-b', TTL)).toBe(true);

      now = new Date(now.getTime() + TTL - 1);
      // The holder renews: the lease now runs a full TTL from here.
      expect(await a.tryAcquire('case-loop', 'instance-a', TTL)).toBe(true);
      now = new Date(now.getTime() + TTL - 1);
      expect(await b.tryAcquire('case-loop', 'instance-b', TTL)).toBe(false);
      now = new Date(now.getTime() + 1);
      expect(await b.tryAcquire('case-loop', 'instance-b', TTL)).toBe(true);
      expect(await a.tryAcquire('case-loop', 'instance-a', TTL)).toBe(false);
    });

    it('gives the lease up on release by its holder only', async () => {
      const now = new Date('2026-01-05T09:00:00Z');
      const [a, b] = await makeLeases(2, () => now);
      expect(await a.tryAcquire('case-loop', 'instance-a', TTL)).toBe(true);
      await b.release('case-loop', 'instance-b');
      expect(await b.tryAcquire('case-loop', 'instance-b', TTL)).toBe(false);
      await a.release('case-loop', 'instance-a');
      expect(await b.tryAcquire('case-loop', 'instance-b', TTL)).toBe(true);
    });

    it('lets exactly one of many instances racing for a free lease, or for an expired one, take it', async () => {
      let now = new Date('2026-01-05T09:00:00Z');
      const leases = await makeLeases(6, () => now);
      const free = await Promise.all(leases.map((lease, i) => lease.tryAcquire('case-loop', `instance-${i}`, TTL)));
      expect(free.filter(Boolean)).toHaveLength(1);
      now = new Date(now.getTime() + TTL);
      const expired = await Promise.all(leases.map((lease, i) => lease.tryAcquire('case-loop', `other-${i}`, TTL)));
      expect(expired.filter(Boolean)).toHaveLength(1);
    });
  });
}
