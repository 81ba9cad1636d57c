import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { newCampaign } from '../../src/domain/campaigns/campaign';
import type { RateDecision } from '../../src/domain/rateLimit';
import type { Diagnosis } from '../../src/domain/types';
import type { Verdict } from '../../src/domain/verdicts';
import { checkNow, recheckWatch, runWatchRound, WatchList, type FixedNotice, type RecheckDeps } from '../../src/domain/watch/recheck';
import { nextSlot, slotOffsetMs } from '../../src/domain/watch/watch';
import { SqliteCampaignRepository } from '../../src/storage/sqliteCampaigns';
import { SqliteCaseRepository } from '../../src/storage/sqliteCases';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { SqliteWatchRepository } from '../../src/storage/sqliteWatches';
import { SqliteLease } from '../../src/storage/sqliteLease';
import { LEASES } from '../../src/domain/stores/keys';
import { catalog } from '../../src/text/en';
import { sampleCase, sampleRequester } from '../contracts/caseRepository.contract';
import { diagnosisFor } from '../helpers/diagnosis';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = new Date('2026-03-02T09:00:00.000Z');
const TENANT = 'tenant-a';

const opened: Database.Database[] = [];
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'vlsa-watch-')), 'state.sqlite');
afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

/** The domain's state as the Entra fake would answer it: unmanaged (takeover needed) until the test makes it managed. */
function rig(options: { budget?: (tenantId: string, watcherId: string) => RateDecision; path?: string; holder?: string; notify?: (notice: FixedNotice) => 'told' | 'gone' | 'retry' } = {}) {
  const db = openDatabase(options.path ?? tempFile());
  opened.push(db);
  const watches = new SqliteWatchRepository(db);
  const cases = new SqliteCaseRepository(db);
  const campaigns = new SqliteCampaignRepository(db);
  const lease = new SqliteLease(db, () => clock);
  const managed = new Set<string>();
  let clock = T0;
  const lookups: string[] = [];
  const notices: FixedNotice[] = [];
  const diagnose = async (address: string): Promise<Diagnosis> => {
    lookups.push(address);
    const domain = address.split('@')[1];
    const verdict: Verdict = managed.has(domain) ? 'ready' : 'takeover-needed';
    return diagnosisFor(verdict, address, {
      domainType: managed.has(domain) ? 'managed' : 'unmanaged',
      tenantId: 'f00dcafe-0000-4000-8000-000000000001',
      tenantName: 'Fourth Coffee',
      checkedAt: clock.toISOString(),
    });
  };
  const allow = (): RateDecision => ({ allowed: true, remaining: 10, retryAfterSeconds: 0 });
  const deps: RecheckDeps = {
    watches,
    cases,
    campaigns,
    diagnose,
    budget: async (tenantId, watcherId) => (options.budget ?? allow)(tenantId, watcherId),
    notify: async (notice) => {
      notices.push(notice);
      return options.notify?.(notice) ?? 'told';
    },
    intervalMs: DAY,
    isLeader: () => lease.tryAcquire(LEASES.watch, options.holder ?? 'instance-a', HOUR),
    now: () => clock,
  };
  const list = new WatchList(watches, DAY, () => clock);
  return { deps, list, watches, cases, campaigns, managed, lookups, notices, setClock: (at: Date) => (clock = at) };
}

describe('the watch schedule', () => {
  it('spreads addresses over the interval, each checked once per interval at its own slot', () => {
    const offsets = Array.from({ length: 2_000 }, (_, i) => slotOffsetMs(TENANT, `user${i}@contoso.com`, DAY));
    // Every hour of the day gets its share (2000 / 24 ≈ 83; no hour empty or crowded).
    const perHour = Array.from({ length: 24 }, (_, h) => offsets.filter((o) => Math.floor(o / HOUR) === h).length);
    expect(Math.min(...perHour)).toBeGreaterThan(50);
    expect(Math.max(...perHour)).toBeLessThan(120);
    const first = nextSlot(TENANT, 'ann@contoso.com', DAY, T0);
    expect(first.getTime() - T0.getTime()).toBeGreaterThan(0);
    expect(first.getTime() - T0.getTime()).toBeLessThanOrEqual(DAY);
    expect(nextSlot(TENANT, 'ann@contoso.com', DAY, first).getTime()).toBe(first.getTime() + DAY);
    // The same address at any moment of one interval falls on the same next slot.
    expect(nextSlot(TENANT, 'ANN@contoso.com', DAY, new Date(first.getTime() - 1)).getTime()).toBe(first.getTime());
  });

  it('checks only due watches in a round, and moves each to its next slot', async () => {
    const { deps, list, watches, lookups, setClock } = rig();
    const ann = await list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann' });
    await list.watch(TENANT, 'bob@fourthcoffee.xyz', { aadObjectId: 'aad-bob' });
    expect(await runWatchRound(deps, 100)).toEqual([]);
    setClock(new Date(ann.nextCheckAt));
    const outcomes = await runWatchRound(deps, 100);
    expect(lookups).toContain('ann@fourthcoffee.xyz');
    expect(outcomes.every((o) => o.kind === 'unchanged')).toBe(true);
    const after = await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz');
    expect([after?.lastVerdict, after?.nextCheckAt]).toEqual(['takeover-needed', new Date(new Date(ann.nextCheckAt).getTime() + DAY).toISOString()]);
  });

  it('runs its rounds on one instance only: the one holding the watch lease', async () => {
    const path = tempFile();
    const one = rig({ path, holder: 'instance-a' });
    const two = rig({ path, holder: 'instance-b' });
    const ann = await one.list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann' });
    for (const r of [one, two]) r.setClock(new Date(ann.nextCheckAt));
    expect(await runWatchRound(one.deps, 100)).toHaveLength(1);
    expect(await runWatchRound(two.deps, 100)).toEqual([]);
    expect([one.lookups.length, two.lookups.length]).toEqual([1, 0]);
  });

  it('stays within the lookup budget: a refused check is postponed, not made', async () => {
    const { deps, list, watches, lookups, setClock } = rig({ budget: () => ({ allowed: false, remaining: 0, retryAfterSeconds: 600 }) });
    const ann = await list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann' });
    setClock(new Date(ann.nextCheckAt));
    expect(await runWatchRound(deps, 100)).toEqual([{ kind: 'postponed', retryAfterSeconds: 600 }]);
    expect(lookups).toEqual([]);
    const after = await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz');
    expect([after?.nextCheckAt, after?.lastVerdict]).toEqual([new Date(new Date(ann.nextCheckAt).getTime() + 600_000).toISOString(), undefined]);
  });
});

describe('a watched account turning ready', () => {
  it('resolves the open case with a history line naming the check, marks the campaign recipient fixed, tells the person and stops watching', async () => {
    const { deps, list, watches, cases, campaigns, managed, notices, setClock } = rig();
    const requester = sampleRequester('aad-ann', TENANT);
    const opened = await cases.insert(sampleCase({ id: 'VL-7K3QX2PM', requester, address: 'ann@fourthcoffee.xyz', verdict: 'takeover-needed', at: T0 }));
    await campaigns.create(newCampaign({ tenantId: TENANT, id: 'CP-AAAAAAAA', owner: { aadObjectId: 'aad-admin', name: 'Adele' }, note: '', recipientCount: 1 }, T0), [{ address: 'ann@fourthcoffee.xyz' }]);
    const watch = await list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann', campaign: { campaignId: 'CP-AAAAAAAA', index: 0 } });
    await recheckWatch(deps, watch);
    managed.add('fourthcoffee.xyz');
    const later = new Date(T0.getTime() + 2 * HOUR);
    setClock(later);
    const [{ outcome }] = await checkNow(deps, TENANT, 'aad-ann');
    expect(outcome).toMatchObject({ kind: 'fixed', caseId: opened.case.id });
    const resolved = await cases.get(TENANT, opened.case.id);
    expect(resolved?.status).toBe('resolved');
    const last = resolved?.history.at(-1);
    expect(last).toMatchObject({ action: 'fixed-by-check', checkedAt: later.toISOString(), verdict: 'ready', tenant: 'Fourth Coffee (f00dcafe-0000-4000-8000-000000000001)', actor: { id: 'system' } });
    expect(catalog.cases.historyDetail(last!)).toBe('Resolved by the re-check of 2026-03-02 11:00 UTC: Work account ready, tenant Fourth Coffee (f00dcafe-0000-4000-8000-000000000001).');
    expect(await campaigns.fixedCount(TENANT, 'CP-AAAAAAAA')).toBe(1);
    expect(notices.map((n) => [n.watch.address, n.diagnosis.verdict, n.afterTakeover])).toEqual([['ann@fourthcoffee.xyz', 'ready', true]]);
    expect(await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz')).toBeUndefined();
  });

  it('re-checks every watched address of the domain in the tenant at once when a takeover’s tenant turns managed', async () => {
    const { deps, list, managed, notices, lookups } = rig();
    for (const name of ['ann', 'bob', 'cy']) await recheckWatch(deps, await list.watch(TENANT, `${name}@fourthcoffee.xyz`, { aadObjectId: `aad-${name}` }));
    await list.watch(TENANT, 'dee@other.example', { aadObjectId: 'aad-dee' });
    await list.watch('tenant-b', 'eve@fourthcoffee.xyz', { aadObjectId: 'aad-eve' });
    managed.add('fourthcoffee.xyz');
    lookups.length = 0;
    await checkNow(deps, TENANT, 'aad-ann');
    expect(lookups.sort()).toEqual(['ann@fourthcoffee.xyz', 'bob@fourthcoffee.xyz', 'cy@fourthcoffee.xyz']);
    expect(notices.map((n) => n.watch.address).sort()).toEqual(['ann@fourthcoffee.xyz', 'bob@fourthcoffee.xyz', 'cy@fourthcoffee.xyz']);
    // What changes for the others is told to the one whose check found the takeover, not to everyone the sweep finds.
    expect(notices.filter((n) => n.afterTakeover).map((n) => n.watch.address)).toEqual(['ann@fourthcoffee.xyz']);
  });

  it('is not fixed by a ready verdict Microsoft could not confirm for the address, nor by a failed lookup: the watch keeps its last verdict', async () => {
    const { deps, list, watches, notices } = rig();
    const watch = await list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann', checked: { at: T0.toISOString(), verdict: 'no-account' } });
    const answers: Diagnosis[] = [
      diagnosisFor('ready', 'ann@fourthcoffee.xyz', { addressConfirmed: false, checkedAt: T0.toISOString() }),
      diagnosisFor('lookup-failed', 'ann@fourthcoffee.xyz', { checkedAt: T0.toISOString() }),
    ];
    for (const answer of answers) {
      expect(await recheckWatch({ ...deps, diagnose: async () => answer }, watch)).toEqual({ kind: 'inconclusive', diagnosis: answer });
    }
    expect(notices).toEqual([]);
    expect((await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz'))?.lastVerdict).toBe('no-account');
  });

  it('keeps the watch when Teams would not take the notice, and tells the fix at a later round; a person who removed the bot is not asked again', async () => {
    let answer: 'told' | 'gone' | 'retry' = 'retry';
    const { deps, list, watches, managed, notices, setClock } = rig({ notify: () => answer });
    await list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann', checked: { at: T0.toISOString(), verdict: 'takeover-needed' } });
    managed.add('fourthcoffee.xyz');
    await checkNow(deps, TENANT, 'aad-ann');
    const kept = await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz');
    expect(kept?.nextCheckAt).toBe(new Date(T0.getTime() + 15 * 60_000).toISOString());
    setClock(new Date(T0.getTime() + 16 * 60_000));
    answer = 'told';
    expect(await runWatchRound(deps, 100)).toMatchObject([{ kind: 'fixed' }]);
    expect(notices).toHaveLength(2);
    expect(await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz')).toBeUndefined();

    answer = 'gone';
    await list.watch(TENANT, 'bob@fourthcoffee.xyz', { aadObjectId: 'aad-bob' });
    await checkNow(deps, TENANT, 'aad-bob');
    expect(await watches.get(TENANT, 'aad-bob', 'bob@fourthcoffee.xyz')).toBeUndefined();
  });

  it('checks on demand only the asker’s own watches: another person’s or tenant’s address changes nothing', async () => {
    const { deps, list, watches, lookups } = rig();
    await list.watch(TENANT, 'ann@fourthcoffee.xyz', { aadObjectId: 'aad-ann' });
    expect(await checkNow(deps, TENANT, 'aad-mallory', 'ann@fourthcoffee.xyz')).toEqual([]);
    expect(await checkNow(deps, 'tenant-b', 'aad-ann', 'ann@fourthcoffee.xyz')).toEqual([]);
    expect(await list.stop(TENANT, 'aad-mallory', 'ann@fourthcoffee.xyz')).toBe(false);
    expect(await list.stop('tenant-b', 'aad-ann', 'ann@fourthcoffee.xyz')).toBe(false);
    expect(lookups).toEqual([]);
    expect(await watches.get(TENANT, 'aad-ann', 'ann@fourthcoffee.xyz')).toBeDefined();
  });
});
