import { describe, expect, it } from 'vitest';
import type { Diagnosis, Verdict } from '../../src/domain/types';
import type { Case, CaseRequester } from '../../src/domain/cases/case';
import { applyAction, newCase, type CaseAction } from '../../src/domain/cases/lifecycle';
import type { Actor } from '../../src/domain/cases/authorisation';
import {
  CaseConflict,
  CaseIdTaken,
  CaseNotFound,
  mutateCase,
  OpenCaseExists,
  openOrUpdateCase,
  type CaseRepository,
} from '../../src/domain/cases/repository';

/** Fixtures shared with the other case tests. */
const BASE = Date.parse('2026-01-05T09:00:00.000Z');
export const minutes = (n: number) => new Date(BASE + n * 60_000);

export function sampleDiagnosis(address: string, verdict: Verdict = 'takeover-needed', checkedAt = minutes(0)): Diagnosis {
  const domain = address.split('@')[1]?.toLowerCase() ?? null;
  return {
    input: address,
    address,
    domain,
    verdict,
    domainType: verdict === 'takeover-needed' ? 'unmanaged' : 'managed',
    tenantId: 'f0e1d2c3-0000-4000-8000-000000000001',
    tenantName: null,
    workAccount: true,
    personalAccount: false,
    addressConfirmed: true,
    reason: `Sample reason for ${verdict}.`,
    next: 'takeover',
    checkedAt: checkedAt.toISOString(),
  };
}

export function sampleRequester(id = 'aad-ann', tenantId = 'tenant-a'): CaseRequester {
  return {
    aadObjectId: id,
    name: `Person ${id}`,
    upn: `${id}@contoso.com`,
    email: `${id}@contoso.com`,
    tenantId,
    conversationReference: { conversation: { id: `a:1:1-${id}` }, serviceUrl: 'https://smba.example/emea/', bot: { id: 'bot' } },
  };
}

export interface SampleCaseOptions {
  id: string;
  requester?: CaseRequester;
  address?: string;
  verdict?: Verdict;
  at?: Date;
}

export function sampleCase({ id, requester = sampleRequester(), address = 'ann@contoso.com', verdict, at = minutes(0) }: SampleCaseOptions): Case {
  return newCase({ id, requester, diagnosis: sampleDiagnosis(address, verdict, at), actor: { id: requester.aadObjectId, name: requester.name }, now: at });
}

export const helpdesk = (id = 'aad-hd-1', name = 'Hana Help'): Actor => ({ id, name, roles: ['helpdesk'] });

/** Applies an action that must succeed. */
export function applied(c: Case, action: CaseAction, at: Date, actor: Actor = helpdesk()): Case {
  const result = applyAction(c, action, actor, at);
  if (!result.ok) throw new Error(`expected ${action.type} to apply: ${result.reason}`);
  return result.case;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const ids = (cases: Case[]) => cases.map((c) => c.id);

/**
 * The behaviour every CaseRepository must have. Run it with a factory that gives a fresh,
 * empty repository per test.
 */
export function runCaseRepositoryContract(name: string, makeRepo: () => Promise<CaseRepository>): void {
  describe(`CaseRepository contract: ${name}`, () => {
    /** Inserts then saves `steps` one after another, returning the stored case. */
    async function stored(repo: CaseRepository, c: Case, ...steps: Array<[CaseAction, Date]>): Promise<Case> {
      let current = await repo.insert(c);
      for (const [action, at] of steps) current = await repo.save(applied(current, action, at), current.version);
      return current;
    }

    describe('insert and get', () => {
      it('stores a new case as version 1 and gives back exactly what was stored', async () => {
        const repo = await makeRepo();
        const c = sampleCase({ id: 'VL-AAAAA' });
        const inserted = await repo.insert(c);
        expect(inserted).toEqual({ ...c, version: 1 });
        expect(await repo.get('VL-AAAAA')).toEqual(inserted);
        expect(await repo.get('VL-ZZZZZ')).toBeUndefined();
      });

      it('refuses an id that is already taken', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        const twin = sampleCase({ id: 'VL-AAAAA', requester: sampleRequester('aad-bob') });
        await expect(repo.insert(twin)).rejects.toBeInstanceOf(CaseIdTaken);
      });
    });

    describe('one open case per requester and address', () => {
      it('refuses a second open case for the same requester and address, in any letter case', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAA', address: 'ann@contoso.com' }));
        const error = await repo.insert(sampleCase({ id: 'VL-BBBBB', address: 'Ann@Contoso.com' })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OpenCaseExists);
        expect((error as OpenCaseExists).existingId).toBe('VL-AAAAA');
        expect(await repo.get('VL-BBBBB')).toBeUndefined();
      });

      it('allows another address, another requester, and a new case once the old one is resolved', async () => {
        const repo = await makeRepo();
        const first = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        await repo.insert(sampleCase({ id: 'VL-BBBBB', address: 'other@contoso.com' }));
        await repo.insert(sampleCase({ id: 'VL-CCCCC', requester: sampleRequester('aad-bob') }));
        await repo.save(applied(first, { type: 'resolve' }, minutes(5)), first.version);
        await expect(repo.insert(sampleCase({ id: 'VL-DDDDD', at: minutes(6) }))).resolves.toMatchObject({ id: 'VL-DDDDD' });
      });

      it('refuses to reopen a case while a newer one is open for the same requester and address', async () => {
        const repo = await makeRepo();
        const old = await stored(repo, sampleCase({ id: 'VL-AAAAA' }), [{ type: 'close' }, minutes(1)]);
        await repo.insert(sampleCase({ id: 'VL-BBBBB', at: minutes(2) }));
        const error = await repo.save(applied(old, { type: 'reopen' }, minutes(3)), old.version).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OpenCaseExists);
        expect((error as OpenCaseExists).existingId).toBe('VL-BBBBB');
        expect((await repo.get('VL-AAAAA'))?.status).toBe('closed');
      });

      it('finds the open case by requester and address, ignoring letter case and closed cases', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAA' }), [{ type: 'close' }, minutes(1)]);
        expect(await repo.findOpen('aad-ann', 'ann@contoso.com')).toBeUndefined();
        await repo.insert(sampleCase({ id: 'VL-BBBBB', at: minutes(2) }));
        expect((await repo.findOpen('aad-ann', 'ANN@contoso.COM'))?.id).toBe('VL-BBBBB');
        expect(await repo.findOpen('aad-bob', 'ann@contoso.com')).toBeUndefined();
      });
    });

    describe('saving with an expected version', () => {
      it('saves when the version matches and bumps it', async () => {
        const repo = await makeRepo();
        const c = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        const saved = await repo.save(applied(c, { type: 'add-note', text: 'Called them.' }, minutes(1)), 1);
        expect(saved.version).toBe(2);
        expect(await repo.get('VL-AAAAA')).toEqual(saved);
      });

      it('refuses a stale version with the current case, losing nothing', async () => {
        const repo = await makeRepo();
        const c = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        await repo.save(applied(c, { type: 'assign', assignee: { id: 'aad-hd-1', name: 'Hana Help' } }, minutes(1)), 1);
        const error = await repo.save(applied(c, { type: 'assign', assignee: { id: 'aad-hd-2', name: 'Ivo' } }, minutes(2)), 1).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CaseConflict);
        const current = (error as CaseConflict).current;
        expect(current.version).toBe(2);
        expect(current.assignee?.name).toBe('Hana Help');
        expect(await repo.get('VL-AAAAA')).toEqual(current);
      });

      it('refuses to save a case it does not hold', async () => {
        const repo = await makeRepo();
        await expect(repo.save({ ...sampleCase({ id: 'VL-AAAAA' }), version: 1 }, 1)).rejects.toBeInstanceOf(CaseNotFound);
      });
    });

    describe('triage queries', () => {
      async function triageSet(repo: CaseRepository) {
        const hana = { id: 'aad-hd-1', name: 'Hana Help' };
        await stored(repo, sampleCase({ id: 'VL-AAAAA', at: minutes(0) }));
        await stored(repo, sampleCase({ id: 'VL-BBBBB', address: 'b@contoso.com', verdict: 'ready', at: minutes(1) }), [
          { type: 'assign', assignee: hana },
          minutes(2),
        ]);
        await stored(repo, sampleCase({ id: 'VL-CCCCC', address: 'c@contoso.com', verdict: 'personal-account', at: minutes(3) }), [
          { type: 'resolve' },
          minutes(4),
        ]);
        await stored(repo, sampleCase({ id: 'VL-DDDDD', requester: sampleRequester('aad-bob', 'tenant-b'), at: minutes(5) }));
        await stored(repo, sampleCase({ id: 'VL-EEEEE', address: 'e@contoso.com', at: minutes(6) }), [
          { type: 'assign', assignee: hana },
          minutes(7),
        ], [{ type: 'ask-requester', text: 'Which admin did you contact?' }, minutes(8)]);
        await stored(repo, sampleCase({ id: 'VL-FFFFF', address: 'f@contoso.com', at: minutes(9) }), [{ type: 'close' }, minutes(10)]);
      }

      it('lists open cases oldest first, by category, tenant and with a limit', async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listOpen())).toEqual(['VL-AAAAA', 'VL-BBBBB', 'VL-DDDDD', 'VL-EEEEE']);
        expect(ids(await repo.listOpen({ categories: ['mfa'] }))).toEqual(['VL-BBBBB']);
        expect(ids(await repo.listOpen({ categories: ['takeover', 'personal-account'] }))).toEqual(['VL-AAAAA', 'VL-DDDDD', 'VL-EEEEE']);
        expect(ids(await repo.listOpen({ categories: [] }))).toEqual([]);
        expect(ids(await repo.listOpen({ tenantId: 'tenant-b' }))).toEqual(['VL-DDDDD']);
        expect(ids(await repo.listOpen({ tenantId: 'tenant-a', categories: ['takeover'], limit: 1 }))).toEqual(['VL-AAAAA']);
      });

      it('lists unassigned open cases and the open cases assigned to someone', async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listUnassigned())).toEqual(['VL-AAAAA', 'VL-DDDDD']);
        expect(ids(await repo.listUnassigned({ tenantId: 'tenant-a' }))).toEqual(['VL-AAAAA']);
        expect(ids(await repo.listAssignedTo('aad-hd-1'))).toEqual(['VL-BBBBB', 'VL-EEEEE']);
        expect(ids(await repo.listAssignedTo('aad-hd-1', { categories: ['mfa'] }))).toEqual(['VL-BBBBB']);
        expect(await repo.listAssignedTo('aad-nobody')).toEqual([]);
      });

      it("lists a requester's cases newest first, closed ones included", async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listByRequester('aad-ann'))).toEqual(['VL-FFFFF', 'VL-EEEEE', 'VL-CCCCC', 'VL-BBBBB', 'VL-AAAAA']);
        expect(ids(await repo.listByRequester('aad-ann', 2))).toEqual(['VL-FFFFF', 'VL-EEEEE']);
        expect(ids(await repo.listByRequester('aad-bob'))).toEqual(['VL-DDDDD']);
      });

      it('lists cases whose pending posts are due, and drops them once the post is cleared', async () => {
        const repo = await makeRepo();
        const failure = (target: string, retryAt: Date): CaseAction => ({
          type: 'record-post-failure',
          kind: 'channel',
          target,
          error: 'HTTP 502',
          retryAt: retryAt.toISOString(),
        });
        const due = await stored(repo, sampleCase({ id: 'VL-AAAAA' }), [failure('19:hd@thread.tacv2', minutes(5)), minutes(1)]);
        await stored(repo, sampleCase({ id: 'VL-BBBBB', address: 'b@contoso.com' }), [failure('19:hd@thread.tacv2', minutes(30)), minutes(1)]);
        await stored(repo, sampleCase({ id: 'VL-CCCCC', address: 'c@contoso.com' }));
        expect(ids(await repo.listDuePosts(minutes(4)))).toEqual([]);
        expect(ids(await repo.listDuePosts(minutes(5)))).toEqual(['VL-AAAAA']);
        expect(ids(await repo.listDuePosts(minutes(60)))).toEqual(['VL-AAAAA', 'VL-BBBBB']);
        expect(ids(await repo.listDuePosts(minutes(60), 1))).toEqual(['VL-AAAAA']);
        const posted = applied(
          due,
          { type: 'record-card', card: { kind: 'channel', conversationId: '19:hd@thread.tacv2', activityId: '1:77' } },
          minutes(6),
        );
        await repo.save(posted, due.version);
        expect(ids(await repo.listDuePosts(minutes(60)))).toEqual(['VL-BBBBB']);
      });

      it('lists old unassigned open cases not yet reminded about, until marked', async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(62)))).toEqual(['VL-AAAAA']);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(70)))).toEqual(['VL-AAAAA', 'VL-DDDDD']);
        const marked = await repo.markReminded('VL-AAAAA', minutes(70));
        expect(marked).toMatchObject({ id: 'VL-AAAAA', version: 2, remindedAt: minutes(70).toISOString() });
        expect(marked?.history.at(-1)).toMatchObject({ action: 'remind', actor: { id: 'system' } });
        expect(await repo.get('VL-AAAAA')).toEqual(marked);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(70)))).toEqual(['VL-DDDDD']);
        expect(await repo.markReminded('VL-ZZZZZ', minutes(70))).toBeUndefined();
      });

      it('reminds about a reopened case again', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        const marked = await repo.markReminded('VL-AAAAA', minutes(70));
        const resolved = await repo.save(applied(marked as Case, { type: 'resolve' }, minutes(71)), 2);
        await repo.save(applied(resolved, { type: 'reopen' }, minutes(72)), resolved.version);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(80)))).toEqual(['VL-AAAAA']);
      });
    });

    describe('stats and export', () => {
      it('counts by category, status and verdict, with the median time to first resolution', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAA', at: minutes(0) }), [{ type: 'resolve' }, minutes(10)]);
        await stored(repo, sampleCase({ id: 'VL-BBBBB', address: 'b@contoso.com', verdict: 'ready', at: minutes(0) }), [
          { type: 'resolve' },
          minutes(30),
        ], [{ type: 'reopen' }, minutes(31)], [{ type: 'resolve' }, minutes(90)]);
        await stored(repo, sampleCase({ id: 'VL-CCCCC', address: 'c@contoso.com', verdict: 'personal-account', at: minutes(0) }), [
          { type: 'resolve' },
          minutes(60),
        ], [{ type: 'close' }, minutes(61)]);
        await stored(repo, sampleCase({ id: 'VL-DDDDD', requester: sampleRequester('aad-bob', 'tenant-b') }));

        const stats = await repo.stats();
        expect(stats.total).toBe(4);
        expect(stats.byCategory).toEqual({ takeover: 2, 'personal-account': 1, mfa: 1, other: 0 });
        expect(stats.byStatus).toEqual({ new: 1, assigned: 0, 'waiting-on-requester': 0, resolved: 2, closed: 1 });
        expect(stats.byVerdict['takeover-needed']).toBe(2);
        expect(stats.byVerdict.ready).toBe(1);
        expect(stats.byVerdict['no-account']).toBe(0);
        expect(stats.resolved).toBe(3);
        // First resolutions after 10, 30 and 60 minutes: the reopening does not count.
        expect(stats.medianTimeToResolveMs).toBe(30 * 60_000);

        const tenantB = await repo.stats({ tenantId: 'tenant-b' });
        expect(tenantB.total).toBe(1);
        expect(tenantB.medianTimeToResolveMs).toBeNull();
      });

      it('reads every case a page at a time, oldest first', async () => {
        const repo = await makeRepo();
        const letters = 'ABCDEFG';
        for (const [i, letter] of [...letters].entries()) {
          const requester = sampleRequester(`aad-${letter}`, i % 2 === 0 ? 'tenant-a' : 'tenant-b');
          // Two cases share a creation time, so the page boundary must not lose either.
          await repo.insert(sampleCase({ id: `VL-${letter.repeat(5)}`, requester, at: minutes(Math.min(i, 5)) }));
        }
        const everything = await collect(repo.all({ pageSize: 2 }));
        expect(ids(everything)).toEqual([...letters].map((l) => `VL-${l.repeat(5)}`));
        expect(everything[0]).toEqual(await repo.get('VL-AAAAA'));
        expect(ids(await collect(repo.all({ tenantId: 'tenant-b', pageSize: 1 })))).toEqual(['VL-BBBBB', 'VL-DDDDD', 'VL-FFFFF']);
        expect(await collect((await makeRepo()).all())).toEqual([]);
      });
    });

    describe('mutateCase and openOrUpdateCase over the store', () => {
      it('lets one of two people acting at once win; the other gets the current case', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        const hana = helpdesk('aad-hd-1', 'Hana Help');
        const ivo = helpdesk('aad-hd-2', 'Ivo');
        const results = await Promise.all([
          mutateCase(repo, 'VL-AAAAA', hana, { type: 'assign', assignee: hana }, minutes(1)),
          mutateCase(repo, 'VL-AAAAA', ivo, { type: 'assign', assignee: ivo }, minutes(1)),
        ]);
        const winners = results.filter((r) => r.ok);
        const losers = results.filter((r) => !r.ok && r.conflict);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        const stored = await repo.get('VL-AAAAA');
        expect(stored?.version).toBe(2);
        expect(winners[0]).toEqual({ ok: true, case: stored });
        expect(losers[0]).toMatchObject({ ok: false, conflict: true, current: stored });
        expect(stored?.history.filter((h) => h.action === 'assign')).toHaveLength(1);
      });

      it('answers with a reason for an unknown case, a refused actor or a refused transition', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAA' }), [{ type: 'close' }, minutes(1)]);
        expect(await mutateCase(repo, 'VL-ZZZZZ', helpdesk(), { type: 'resolve' })).toEqual({
          ok: false,
          conflict: false,
          reason: 'There is no case VL-ZZZZZ.',
        });
        const stranger: Actor = { id: 'aad-eve', name: 'Eve', roles: [] };
        expect(await mutateCase(repo, 'VL-AAAAA', stranger, { type: 'reopen' })).toMatchObject({ ok: false, conflict: false });
        expect(await mutateCase(repo, 'VL-AAAAA', helpdesk(), { type: 'assign', assignee: helpdesk() }, minutes(2))).toEqual({
          ok: false,
          conflict: false,
          reason: 'VL-AAAAA is closed: reopen it first.',
        });
        expect((await repo.get('VL-AAAAA'))?.version).toBe(2);
      });

      it('refuses to reopen beside a newer open case with a readable reason', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAA' }), [{ type: 'resolve' }, minutes(1)]);
        await repo.insert(sampleCase({ id: 'VL-BBBBB', at: minutes(2) }));
        expect(await mutateCase(repo, 'VL-AAAAA', helpdesk(), { type: 'reopen' }, minutes(3))).toEqual({
          ok: false,
          conflict: false,
          reason: 'VL-AAAAA cannot be reopened: the same person and address already have VL-BBBBB open.',
        });
      });

      it('opens a case, then updates that same case when the requester escalates again', async () => {
        const repo = await makeRepo();
        const requester = sampleRequester();
        const first = await openOrUpdateCase(repo, { requester, diagnosis: sampleDiagnosis('ann@contoso.com'), now: minutes(0) });
        expect(first.created).toBe(true);
        expect(first.case).toMatchObject({ version: 1, status: 'new', category: 'takeover' });
        const again = await openOrUpdateCase(repo, {
          requester: { ...requester, name: 'Ann Renamed', conversationReference: undefined },
          diagnosis: sampleDiagnosis('ANN@contoso.com', 'ready', minutes(5)),
          now: minutes(5),
        });
        expect(again.created).toBe(false);
        expect(again.case).toMatchObject({ id: first.case.id, version: 2, category: 'mfa' });
        expect(again.case.diagnosis.verdict).toBe('ready');
        expect(again.case.requester.name).toBe('Ann Renamed');
        expect(again.case.requester.conversationReference).toEqual(requester.conversationReference);
        expect(again.case.history.at(-1)).toMatchObject({ action: 'diagnosis', detail: 'Checked again: ready (was takeover-needed).' });
        expect(await repo.listByRequester('aad-ann')).toHaveLength(1);
      });

      it('ends two simultaneous escalations with one case', async () => {
        const repo = await makeRepo();
        const requester = sampleRequester();
        const results = await Promise.all([
          openOrUpdateCase(repo, { requester, diagnosis: sampleDiagnosis('ann@contoso.com'), now: minutes(0) }),
          openOrUpdateCase(repo, { requester, diagnosis: sampleDiagnosis('ann@contoso.com'), now: minutes(0) }),
        ]);
        expect(results.map((r) => r.created).sort()).toEqual([false, true]);
        expect(results[0].case.id).toBe(results[1].case.id);
        expect(await repo.listByRequester('aad-ann')).toHaveLength(1);
      });

      it('draws another id when the first one is taken', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAA', requester: sampleRequester('aad-bob') }));
        const draws = ['VL-AAAAA', 'VL-BBBBB'];
        const opened = await openOrUpdateCase(repo, {
          requester: sampleRequester(),
          diagnosis: sampleDiagnosis('ann@contoso.com'),
          now: minutes(1),
          newId: () => draws.shift() as string,
        });
        expect(opened).toMatchObject({ created: true, case: { id: 'VL-BBBBB' } });
        expect((await repo.get('VL-AAAAA'))?.requester.aadObjectId).toBe('aad-bob');
      });
    });
  });
}
