import { describe, expect, it } from 'vitest';
import type { WatchRepository } from '../../src/domain/stores/ports';
import { newWatch, type Watch } from '../../src/domain/watch/watch';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

export function sampleWatch(overrides: { tenantId?: string; address?: string; watcherId?: string; nextCheckAt?: Date } = {}): Watch {
  const w = newWatch({ tenantId: overrides.tenantId ?? 'tenant-a', address: overrides.address ?? 'ann@contoso.com', watcher: { aadObjectId: overrides.watcherId ?? 'aad-ann', locale: 'en-US' } }, DAY, T0);
  return overrides.nextCheckAt ? { ...w, nextCheckAt: overrides.nextCheckAt.toISOString() } : w;
}

/** What every watch store promises, run against each backend: `make` gives a fresh, empty store. */
export function runWatchRepositoryContract(name: string, make: () => Promise<WatchRepository>): void {
  describe(`${name} keeps the watch repository contract`, () => {
    it('keeps one watch per tenant, person and address, readable and removable only by that key', async () => {
      const repo = await make();
      const ann = await repo.put(sampleWatch());
      expect(await repo.get('tenant-a', 'aad-ann', 'ANN@contoso.com')).toEqual(ann);
      expect(await repo.get('tenant-b', 'aad-ann', 'ann@contoso.com')).toBeUndefined();
      expect(await repo.get('tenant-a', 'aad-bob', 'ann@contoso.com')).toBeUndefined();
      // Put again: replaced, not doubled.
      await repo.put({ ...ann, campaign: { campaignId: 'CP-AAAAAAAA', index: 3 } });
      expect((await repo.listByDomain('tenant-a', 'contoso.com')).map((w) => w.campaign?.index)).toEqual([3]);
      expect(await repo.remove('tenant-b', 'aad-ann', 'ann@contoso.com')).toBe(false);
      expect(await repo.remove('tenant-a', 'aad-bob', 'ann@contoso.com')).toBe(false);
      expect(await repo.get('tenant-a', 'aad-ann', 'ann@contoso.com')).toBeDefined();
      expect(await repo.remove('tenant-a', 'aad-ann', 'Ann@Contoso.com')).toBe(true);
      expect(await repo.remove('tenant-a', 'aad-ann', 'ann@contoso.com')).toBe(false);
      expect(await repo.get('tenant-a', 'aad-ann', 'ann@contoso.com')).toBeUndefined();
    });

    it('lists due watches of every tenant earliest first, and records checks only of watches that still exist', async () => {
      const repo = await make();
      await repo.put(sampleWatch({ address: 'late@contoso.com', nextCheckAt: at(3_000) }));
      await repo.put(sampleWatch({ tenantId: 'tenant-b', address: 'b@fabrikam.com', watcherId: 'aad-b', nextCheckAt: at(1_000) }));
      await repo.put(sampleWatch({ address: 'early@contoso.com', nextCheckAt: at(2_000) }));
      await repo.put(sampleWatch({ address: 'future@contoso.com', nextCheckAt: at(DAY) }));
      expect((await repo.listDue(at(3_000), 10)).map((w) => w.address)).toEqual(['b@fabrikam.com', 'early@contoso.com', 'late@contoso.com']);
      expect((await repo.listDue(at(3_000), 2)).map((w) => w.address)).toEqual(['b@fabrikam.com', 'early@contoso.com']);
      await repo.recordCheck('tenant-b', 'aad-b', 'b@fabrikam.com', { lastCheckedAt: at(3_000).toISOString(), lastVerdict: 'takeover-needed', nextCheckAt: at(DAY + 1_000).toISOString() });
      const checked = await repo.get('tenant-b', 'aad-b', 'b@fabrikam.com');
      expect([checked?.lastVerdict, checked?.lastCheckedAt, checked?.nextCheckAt]).toEqual(['takeover-needed', at(3_000).toISOString(), at(DAY + 1_000).toISOString()]);
      expect((await repo.listDue(at(3_000), 10)).map((w) => w.address)).toEqual(['early@contoso.com', 'late@contoso.com']);
      await repo.remove('tenant-a', 'aad-ann', 'early@contoso.com');
      await repo.recordCheck('tenant-a', 'aad-ann', 'early@contoso.com', { lastCheckedAt: at(3_000).toISOString(), lastVerdict: 'ready', nextCheckAt: at(DAY).toISOString() });
      expect(await repo.get('tenant-a', 'aad-ann', 'early@contoso.com')).toBeUndefined();
      // Postponed by the budget: only the time of the next check moves.
      await repo.recordCheck('tenant-a', 'aad-ann', 'late@contoso.com', { nextCheckAt: at(9_000).toISOString() });
      const postponed = await repo.get('tenant-a', 'aad-ann', 'late@contoso.com');
      expect([postponed?.nextCheckAt, postponed?.lastVerdict]).toEqual([at(9_000).toISOString(), undefined]);
    });

    it('lists a tenant’s watches of one domain', async () => {
      const repo = await make();
      await repo.put(sampleWatch({ address: 'ann@contoso.com' }));
      await repo.put(sampleWatch({ address: 'bob@Contoso.com', watcherId: 'aad-bob' }));
      await repo.put(sampleWatch({ address: 'cy@fabrikam.com' }));
      await repo.put(sampleWatch({ tenantId: 'tenant-b', address: 'dee@contoso.com', watcherId: 'aad-dee' }));
      expect((await repo.listByDomain('tenant-a', 'contoso.com')).map((w) => w.address).sort()).toEqual(['ann@contoso.com', 'bob@Contoso.com']);
      expect((await repo.listByDomain('tenant-b', 'contoso.com')).map((w) => w.address)).toEqual(['dee@contoso.com']);
      expect(await repo.listByDomain('tenant-c', 'contoso.com')).toEqual([]);
      expect((await repo.listByWatcher('tenant-a', 'aad-ann')).map((w) => w.address).sort()).toEqual(['ann@contoso.com', 'cy@fabrikam.com']);
      expect(await repo.listByWatcher('tenant-b', 'aad-ann')).toEqual([]);
    });
  });
}
