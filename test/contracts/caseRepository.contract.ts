import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/domain/types';
import type { Verdict } from '../../src/domain/verdicts';
import type { Case, CaseOutbox, CaseRequester } from '../../src/domain/cases/case';
import { applyAction, newCase, type CaseAction } from '../../src/domain/cases/lifecycle';
import { dropPost, pendingPostsFor, queuePosts, recordCard, recordFailure } from '../../src/domain/cases/outbox';
import type { Actor } from '../../src/domain/cases/authorisation';
import { CaseConflict, CaseIdTaken, CaseNotFound, OpenCaseExists, OutboxConflict, type CaseRepository } from '../../src/domain/stores/ports';
import { mutateCase, openOrUpdateCase, type MutationResult } from '../../src/domain/cases/repository';
import { inWords } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';

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
    reason: { code: 'recorded', text: `Sample reason for ${verdict}.` },
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
  /** The requester's tenant unless given. */
  tenantId?: string;
  address?: string;
  verdict?: Verdict;
  at?: Date;
}

export function sampleCase({ id, requester = sampleRequester(), tenantId = requester.tenantId ?? 'tenant-a', address = 'ann@contoso.com', verdict, at = minutes(0) }: SampleCaseOptions): Case {
  return newCase({ tenantId, id, requester, diagnosis: sampleDiagnosis(address, verdict, at), actor: { id: requester.aadObjectId, name: requester.name }, now: at });
}

export const helpdesk = (id = 'aad-hd-1', name = 'Hana Help', tenantId = 'tenant-a'): Actor => ({ id, name, tenantId, roles: ['helpdesk'] });

/** Applies an action that must succeed. */
export function applied(c: Case, action: CaseAction, at: Date, actor: Actor = helpdesk()): Case {
  const result = applyAction(c, action, actor, at);
  if (!result.ok) throw new Error(`expected ${action.type} to apply: ${inWords(catalog.cases.refusals, result.reason)}`);
  return result.case;
}

export const HELPDESK_CHANNEL = '19:hd@thread.tacv2';
/** A post to the help-desk channel, due at `at`. */
export const channelPost = (at: Date) => pendingPostsFor([{ kind: 'channel', target: HELPDESK_CHANNEL }], at);

/** Runs two writes at once, of which exactly one must win: the winner's value and the loser's error. */
export async function race<T>(writes: [Promise<T>, Promise<T>]): Promise<{ won: Awaited<T>; lost: unknown }> {
  const results = await Promise.allSettled(writes);
  const won = results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === 'fulfilled');
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  return { won: won[0].value, lost: lost[0].reason };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const ids = (items: Array<Case | CaseOutbox>) => items.map((item) => ('caseId' in item ? item.caseId : item.id));

/**
 * The behaviour every CaseRepository must have. Run it with a factory that gives a fresh,
 * empty repository per test.
 */
export function runCaseRepositoryContract(name: string, makeRepo: () => Promise<CaseRepository>): void {
  describe(`CaseRepository contract: ${name}`, () => {
    /** Inserts then saves `steps` one after another, returning the stored case. */
    async function stored(repo: CaseRepository, c: Case, ...steps: Array<[CaseAction, Date]>): Promise<Case> {
      let current = (await repo.insert(c)).case;
      for (const [action, at] of steps) current = await repo.save(applied(current, action, at), current.version);
      return current;
    }

    /** Saves the outbox as `change` leaves it, from the version stored now. */
    async function changeOutbox(repo: CaseRepository, c: Case, change: (o: CaseOutbox) => CaseOutbox): Promise<CaseOutbox> {
      const current = (await repo.getOutbox(c.tenantId, c.id)) as CaseOutbox;
      return repo.saveOutbox(change(current), current.version);
    }

    describe('insert and get', () => {
      it('stores a new case as version 1 with its outbox, and gives back exactly what was stored', async () => {
        const repo = await makeRepo();
        const c = sampleCase({ id: 'VL-AAAAAAAA' });
        const inserted = await repo.insert(c, channelPost(minutes(0)));
        expect(inserted.case).toEqual({ ...c, version: 1 });
        expect(inserted.outbox).toEqual({
          tenantId: 'tenant-a',
          caseId: 'VL-AAAAAAAA',
          version: 1,
          cards: [],
          pending: channelPost(minutes(0)),
          updatedAt: c.updatedAt,
        });
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(inserted.case);
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(inserted.outbox);
        expect(await repo.get('tenant-a', 'VL-ZZZZZZZZ')).toBeUndefined();
        expect(await repo.getOutbox('tenant-a', 'VL-ZZZZZZZZ')).toBeUndefined();
      });

      it('stores an empty outbox when nothing is queued, and reads legacy five-symbol ids', async () => {
        const repo = await makeRepo();
        const { outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
        expect(outbox).toMatchObject({ version: 1, cards: [], pending: [] });
        expect((await repo.get('tenant-a', 'VL-AAAAA'))?.id).toBe('VL-AAAAA');
      });

      it('refuses an id that is already taken in the tenant, leaving the first case and its outbox as they were', async () => {
        const repo = await makeRepo();
        const first = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
        const twin = sampleCase({ id: 'VL-AAAAAAAA', requester: sampleRequester('aad-bob') });
        await expect(repo.insert(twin, channelPost(minutes(0)))).rejects.toBeInstanceOf(CaseIdTaken);
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(first.case);
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(first.outbox);
        expect(await repo.listDueOutboxes(minutes(60))).toEqual([]);
      });
    });

    describe('one open case per tenant, requester and address', () => {
      it('refuses a second open case for the same requester and address, in any letter case, writing no outbox', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAAAAA', address: 'ann@contoso.com' }));
        const error = await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', address: 'Ann@Contoso.com' }), channelPost(minutes(0))).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OpenCaseExists);
        expect((error as OpenCaseExists).existingId).toBe('VL-AAAAAAAA');
        expect(await repo.get('tenant-a', 'VL-BBBBBBBB')).toBeUndefined();
        expect(await repo.getOutbox('tenant-a', 'VL-BBBBBBBB')).toBeUndefined();
        expect(await repo.listDueOutboxes(minutes(60))).toEqual([]);
      });

      it('allows another address, another requester, another tenant, and a new case once the old one is resolved', async () => {
        const repo = await makeRepo();
        const first = (await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }))).case;
        await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', address: 'other@contoso.com' }));
        await repo.insert(sampleCase({ id: 'VL-CCCCCCCC', requester: sampleRequester('aad-bob') }));
        await repo.insert(sampleCase({ id: 'VL-EEEEEEEE', tenantId: 'tenant-b' }));
        await repo.save(applied(first, { type: 'resolve' }, minutes(5)), first.version);
        await expect(repo.insert(sampleCase({ id: 'VL-DDDDDDDD', at: minutes(6) }))).resolves.toMatchObject({ case: { id: 'VL-DDDDDDDD' } });
      });

      it('refuses to reopen a case while a newer one is open for the same requester and address', async () => {
        const repo = await makeRepo();
        const old = await stored(repo, sampleCase({ id: 'VL-AAAAAAAA' }), [{ type: 'close' }, minutes(1)]);
        await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', at: minutes(2) }));
        const error = await repo.save(applied(old, { type: 'reopen' }, minutes(3)), old.version).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OpenCaseExists);
        expect((error as OpenCaseExists).existingId).toBe('VL-BBBBBBBB');
        expect((await repo.get('tenant-a', 'VL-AAAAAAAA'))?.status).toBe('closed');
      });

      it('finds the open case by tenant, requester and address, ignoring letter case and closed cases', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAAAAA' }), [{ type: 'close' }, minutes(1)]);
        expect(await repo.findOpen('tenant-a', 'aad-ann', 'ann@contoso.com')).toBeUndefined();
        await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', at: minutes(2) }));
        expect((await repo.findOpen('tenant-a', 'aad-ann', 'ANN@contoso.COM'))?.id).toBe('VL-BBBBBBBB');
        expect(await repo.findOpen('tenant-a', 'aad-bob', 'ann@contoso.com')).toBeUndefined();
        expect(await repo.findOpen('tenant-b', 'aad-ann', 'ann@contoso.com')).toBeUndefined();
      });
    });

    describe('saving with an expected version', () => {
      it('saves when the version matches and bumps it', async () => {
        const repo = await makeRepo();
        const c = (await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }))).case;
        const saved = await repo.save(applied(c, { type: 'add-note', text: 'Called them.' }, minutes(1)), 1);
        expect(saved.version).toBe(2);
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(saved);
      });

      it('refuses a stale version with the current case, losing nothing', async () => {
        const repo = await makeRepo();
        const c = (await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }))).case;
        await repo.save(applied(c, { type: 'assign', assignee: { id: 'aad-hd-1', name: 'Hana Help' } }, minutes(1)), 1);
        const error = await repo.save(applied(c, { type: 'assign', assignee: { id: 'aad-hd-2', name: 'Ivo' } }, minutes(2)), 1).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CaseConflict);
        const current = (error as CaseConflict).current;
        expect(current.version).toBe(2);
        expect(current.assignee?.name).toBe('Hana Help');
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(current);
      });

      it('refuses to save a case it does not hold', async () => {
        const repo = await makeRepo();
        await expect(repo.save({ ...sampleCase({ id: 'VL-AAAAAAAA' }), version: 1 }, 1)).rejects.toBeInstanceOf(CaseNotFound);
      });

      it('never changes the outbox', async () => {
        const repo = await makeRepo();
        const { case: c, outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
        await repo.save(applied(c, { type: 'close' }, minutes(1)), 1);
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(outbox);
      });
    });

    describe('the outbox', () => {
      it('saves when its version matches, bumping its own version and never the case’s', async () => {
        const repo = await makeRepo();
        const { case: c, outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
        const posted = recordCard(outbox, HELPDESK_CHANNEL, { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:77' }, minutes(1));
        const saved = await repo.saveOutbox(posted, 1);
        expect(saved).toEqual({ ...posted, version: 2 });
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(saved);
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(c);
        // The version on the case card's buttons still holds.
        await expect(repo.save(applied(c, { type: 'resolve' }, minutes(2)), 1)).resolves.toMatchObject({ version: 2 });
      });

      it('refuses a stale outbox version with the current outbox, losing nothing', async () => {
        const repo = await makeRepo();
        const { outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
        const failed = await repo.saveOutbox(recordFailure(outbox, { kind: 'channel', target: HELPDESK_CHANNEL }, 'HTTP 502', minutes(1)), 1);
        const error = await repo.saveOutbox(dropPost(outbox, { kind: 'channel', target: HELPDESK_CHANNEL }, minutes(2)), 1).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OutboxConflict);
        expect((error as OutboxConflict).current).toEqual(failed);
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(failed);
      });

      it('lets exactly one of two saves over the same outbox version win', async () => {
        const repo = await makeRepo();
        const { outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
        const { won, lost } = await race([
          repo.saveOutbox(recordCard(outbox, HELPDESK_CHANNEL, { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:1' }, minutes(1)), 1),
          repo.saveOutbox(recordCard(outbox, HELPDESK_CHANNEL, { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:2' }, minutes(1)), 1),
        ]);
        expect(lost).toBeInstanceOf(OutboxConflict);
        expect((lost as OutboxConflict).current).toEqual(won);
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(won);
      });

      it('refuses to save the outbox of a case it does not hold', async () => {
        const repo = await makeRepo();
        const outbox: CaseOutbox = { tenantId: 'tenant-a', caseId: 'VL-AAAAAAAA', version: 1, cards: [], pending: [], updatedAt: minutes(0).toISOString() };
        await expect(repo.saveOutbox(outbox, 1)).rejects.toBeInstanceOf(CaseNotFound);
      });

      it('lists outboxes of every tenant whose posts are due, earliest first, and drops them once posted', async () => {
        const repo = await makeRepo();
        const retryAt = (at: Date) => (o: CaseOutbox) => recordFailure(o, { kind: 'channel', target: HELPDESK_CHANNEL }, 'HTTP 502', minutes(1), at.toISOString());
        const a = (await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)))).case;
        const b = (await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', tenantId: 'tenant-b' }), channelPost(minutes(0)))).case;
        const c = (await repo.insert(sampleCase({ id: 'VL-CCCCCCCC', address: 'c@contoso.com' }), channelPost(minutes(0)))).case;
        await repo.insert(sampleCase({ id: 'VL-DDDDDDDD', address: 'd@contoso.com' }));
        // Queued posts are due at once; at the same time, by tenant and id.
        expect(ids(await repo.listDueOutboxes(minutes(0)))).toEqual(['VL-AAAAAAAA', 'VL-CCCCCCCC', 'VL-BBBBBBBB']);
        await changeOutbox(repo, a, retryAt(minutes(5)));
        await changeOutbox(repo, b, retryAt(minutes(3)));
        await changeOutbox(repo, c, retryAt(minutes(30)));
        expect(ids(await repo.listDueOutboxes(minutes(2)))).toEqual([]);
        expect(ids(await repo.listDueOutboxes(minutes(3)))).toEqual(['VL-BBBBBBBB']);
        expect(ids(await repo.listDueOutboxes(minutes(5)))).toEqual(['VL-BBBBBBBB', 'VL-AAAAAAAA']);
        expect(ids(await repo.listDueOutboxes(minutes(60)))).toEqual(['VL-BBBBBBBB', 'VL-AAAAAAAA', 'VL-CCCCCCCC']);
        expect(ids(await repo.listDueOutboxes(minutes(60), 2))).toEqual(['VL-BBBBBBBB', 'VL-AAAAAAAA']);
        expect(await repo.listDueOutboxes(minutes(60), 1)).toEqual([await repo.getOutbox('tenant-b', 'VL-BBBBBBBB')]);
        await changeOutbox(repo, a, (o) => recordCard(o, HELPDESK_CHANNEL, { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:77' }, minutes(6)));
        expect(ids(await repo.listDueOutboxes(minutes(60)))).toEqual(['VL-BBBBBBBB', 'VL-CCCCCCCC']);
      });

      it('lists open cases nobody was reached for and nothing is queued, oldest first, of a tenant or of all', async () => {
        const repo = await makeRepo();
        const a = (await repo.insert(sampleCase({ id: 'VL-AAAAAAAA', at: minutes(0) }))).case;
        await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', address: 'b@contoso.com', at: minutes(1) }), channelPost(minutes(1)));
        await stored(repo, sampleCase({ id: 'VL-CCCCCCCC', address: 'c@contoso.com', at: minutes(2) }), [{ type: 'close' }, minutes(3)]);
        const d = (await repo.insert(sampleCase({ id: 'VL-DDDDDDDD', tenantId: 'tenant-b', at: minutes(4) }))).case;
        const e = (await repo.insert(sampleCase({ id: 'VL-EEEEEEEE', address: 'e@contoso.com', at: minutes(5) }), channelPost(minutes(5)))).case;
        await changeOutbox(repo, e, (o) => recordCard(o, HELPDESK_CHANNEL, { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:9' }, minutes(6)));
        const pairIds = (pairs: Array<{ case: Case }>) => pairs.map((p) => p.case.id);

        const unroutedA = await repo.listUnrouted({ tenantId: 'tenant-a' });
        expect(unroutedA).toEqual([{ case: await repo.get('tenant-a', 'VL-AAAAAAAA'), outbox: await repo.getOutbox('tenant-a', 'VL-AAAAAAAA') }]);
        expect(pairIds(await repo.listUnrouted({ tenantId: 'tenant-b' }))).toEqual(['VL-DDDDDDDD']);
        expect(pairIds(await repo.listUnrouted({ tenantId: 'tenant-z' }))).toEqual([]);
        expect(pairIds(await repo.listUnrouted())).toEqual(['VL-AAAAAAAA', 'VL-DDDDDDDD']);
        expect(pairIds(await repo.listUnrouted({ limit: 1 }))).toEqual(['VL-AAAAAAAA']);

        // A route found later queues a post: routed. Given up on: unrouted again.
        const queued = await changeOutbox(repo, a, (o) => queuePosts(o, [{ kind: 'channel', target: HELPDESK_CHANNEL }], minutes(7)));
        expect(pairIds(await repo.listUnrouted())).toEqual(['VL-DDDDDDDD']);
        await repo.saveOutbox(dropPost(queued, { kind: 'channel', target: HELPDESK_CHANNEL }, minutes(8)), queued.version);
        expect(pairIds(await repo.listUnrouted())).toEqual(['VL-AAAAAAAA', 'VL-DDDDDDDD']);
        // Closing the case takes it out, though its outbox is unchanged.
        await repo.save(applied(d, { type: 'close' }, minutes(9), helpdesk('aad-hd-1', 'Hana Help', 'tenant-b')), d.version);
        expect(pairIds(await repo.listUnrouted())).toEqual(['VL-AAAAAAAA']);
      });
    });

    describe('tenants', () => {
      it('shows a case of one tenant through no method called with another', async () => {
        const repo = await makeRepo();
        const unrouted = (await repo.insert(sampleCase({ id: 'VL-AAAAAAAA', at: minutes(0) }))).case;
        const inserted = await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', address: 'b@contoso.com', at: minutes(1) }), channelPost(minutes(1)));
        const assigned = await repo.save(applied(inserted.case, { type: 'assign', assignee: { id: 'aad-hd-1', name: 'Hana Help' } }, minutes(2)), 1);

        expect(await repo.get('tenant-b', 'VL-AAAAAAAA')).toBeUndefined();
        expect(await repo.findOpen('tenant-b', 'aad-ann', 'ann@contoso.com')).toBeUndefined();
        expect(await repo.listOpen('tenant-b')).toEqual([]);
        expect(await repo.listUnassigned('tenant-b')).toEqual([]);
        expect(await repo.listAssignedTo('tenant-b', 'aad-hd-1')).toEqual([]);
        expect(await repo.listByRequester('tenant-b', 'aad-ann')).toEqual([]);
        expect((await repo.stats('tenant-b')).total).toBe(0);
        expect(await collect(repo.all('tenant-b'))).toEqual([]);
        expect(await repo.listUnrouted({ tenantId: 'tenant-b' })).toEqual([]);
        expect(await repo.getOutbox('tenant-b', 'VL-BBBBBBBB')).toBeUndefined();
        await expect(repo.saveOutbox({ ...inserted.outbox, tenantId: 'tenant-b' }, 1)).rejects.toBeInstanceOf(CaseNotFound);
        await expect(repo.save({ ...applied(assigned, { type: 'close' }, minutes(3)), tenantId: 'tenant-b' }, 2)).rejects.toBeInstanceOf(CaseNotFound);
        expect(await repo.markReminded('tenant-b', 'VL-AAAAAAAA', minutes(4))).toBeUndefined();

        // Nothing above changed tenant A's cases, which its own tenant still sees.
        expect(ids(await repo.listOpen('tenant-a'))).toEqual(['VL-AAAAAAAA', 'VL-BBBBBBBB']);
        expect(await repo.listUnassigned('tenant-a')).toEqual([unrouted]);
        expect(await repo.listAssignedTo('tenant-a', 'aad-hd-1')).toEqual([assigned]);
        expect(await repo.getOutbox('tenant-a', 'VL-BBBBBBBB')).toEqual(inserted.outbox);
        expect((await repo.stats('tenant-a')).total).toBe(2);
      });

      it('keeps the same id in two tenants as two cases, each with its own versions and outbox', async () => {
        const repo = await makeRepo();
        const a = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA', tenantId: 'tenant-a' }));
        const b = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA', tenantId: 'tenant-b', address: 'b@fabrikam.com' }), channelPost(minutes(0)));
        const closedA = await repo.save(applied(a.case, { type: 'close' }, minutes(1)), 1);
        const savedB = await repo.saveOutbox(dropPost(b.outbox, { kind: 'channel', target: HELPDESK_CHANNEL }, minutes(1)), 1);
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(closedA);
        expect(await repo.get('tenant-b', 'VL-AAAAAAAA')).toEqual(b.case);
        expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(a.outbox);
        expect(await repo.getOutbox('tenant-b', 'VL-AAAAAAAA')).toEqual(savedB);
        expect((await repo.listOpen('tenant-b')).map((c) => c.address)).toEqual(['b@fabrikam.com']);
        expect(await repo.listOpen('tenant-a')).toEqual([]);
      });
    });

    describe('triage queries', () => {
      async function triageSet(repo: CaseRepository) {
        const hana = { id: 'aad-hd-1', name: 'Hana Help' };
        await stored(repo, sampleCase({ id: 'VL-AAAAAAAA', at: minutes(0) }));
        await stored(repo, sampleCase({ id: 'VL-BBBBBBBB', address: 'b@contoso.com', verdict: 'ready', at: minutes(1) }), [
          { type: 'assign', assignee: hana },
          minutes(2),
        ]);
        await stored(repo, sampleCase({ id: 'VL-CCCCCCCC', address: 'c@contoso.com', verdict: 'personal-account', at: minutes(3) }), [
          { type: 'resolve' },
          minutes(4),
        ]);
        await stored(repo, sampleCase({ id: 'VL-DDDDDDDD', requester: sampleRequester('aad-bob', 'tenant-b'), at: minutes(5) }));
        await stored(repo, sampleCase({ id: 'VL-EEEEEEEE', address: 'e@contoso.com', at: minutes(6) }), [
          { type: 'assign', assignee: hana },
          minutes(7),
        ], [{ type: 'ask-requester', text: 'Which admin did you contact?' }, minutes(8)]);
        await stored(repo, sampleCase({ id: 'VL-FFFFFFFF', address: 'f@contoso.com', at: minutes(9) }), [{ type: 'close' }, minutes(10)]);
      }

      it("lists a tenant's open cases oldest first, by category and with a limit", async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listOpen('tenant-a'))).toEqual(['VL-AAAAAAAA', 'VL-BBBBBBBB', 'VL-EEEEEEEE']);
        expect(ids(await repo.listOpen('tenant-a', { categories: ['mfa'] }))).toEqual(['VL-BBBBBBBB']);
        expect(ids(await repo.listOpen('tenant-a', { categories: ['takeover', 'personal-account'] }))).toEqual(['VL-AAAAAAAA', 'VL-EEEEEEEE']);
        expect(ids(await repo.listOpen('tenant-a', { categories: [] }))).toEqual([]);
        expect(ids(await repo.listOpen('tenant-b'))).toEqual(['VL-DDDDDDDD']);
        expect(ids(await repo.listOpen('tenant-a', { categories: ['takeover'], limit: 1 }))).toEqual(['VL-AAAAAAAA']);
      });

      it('lists unassigned open cases and the open cases assigned to someone', async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listUnassigned('tenant-a'))).toEqual(['VL-AAAAAAAA']);
        expect(ids(await repo.listUnassigned('tenant-b'))).toEqual(['VL-DDDDDDDD']);
        expect(ids(await repo.listUnassigned('tenant-a', { categories: ['mfa'] }))).toEqual([]);
        expect(ids(await repo.listAssignedTo('tenant-a', 'aad-hd-1'))).toEqual(['VL-BBBBBBBB', 'VL-EEEEEEEE']);
        expect(ids(await repo.listAssignedTo('tenant-a', 'aad-hd-1', { categories: ['mfa'] }))).toEqual(['VL-BBBBBBBB']);
        expect(ids(await repo.listAssignedTo('tenant-a', 'aad-hd-1', { limit: 1 }))).toEqual(['VL-BBBBBBBB']);
        expect(await repo.listAssignedTo('tenant-a', 'aad-nobody')).toEqual([]);
      });

      it("lists a requester's cases newest first, closed ones included", async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listByRequester('tenant-a', 'aad-ann'))).toEqual(['VL-FFFFFFFF', 'VL-EEEEEEEE', 'VL-CCCCCCCC', 'VL-BBBBBBBB', 'VL-AAAAAAAA']);
        expect(ids(await repo.listByRequester('tenant-a', 'aad-ann', 2))).toEqual(['VL-FFFFFFFF', 'VL-EEEEEEEE']);
        expect(ids(await repo.listByRequester('tenant-b', 'aad-bob'))).toEqual(['VL-DDDDDDDD']);
      });

      it('lists old unassigned open cases of every tenant not yet reminded about, until marked', async () => {
        const repo = await makeRepo();
        await triageSet(repo);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(62)))).toEqual(['VL-AAAAAAAA']);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(70)))).toEqual(['VL-AAAAAAAA', 'VL-DDDDDDDD']);
        const marked = await repo.markReminded('tenant-a', 'VL-AAAAAAAA', minutes(70));
        expect(marked).toMatchObject({ id: 'VL-AAAAAAAA', version: 2, remindedAt: minutes(70).toISOString() });
        expect(marked?.history.at(-1)).toMatchObject({ action: 'remind', actor: { id: 'system' } });
        expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(marked);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(70)))).toEqual(['VL-DDDDDDDD']);
        expect(await repo.markReminded('tenant-a', 'VL-ZZZZZZZZ', minutes(70))).toBeUndefined();
      });

      it('reminds about a reopened case again', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
        const marked = await repo.markReminded('tenant-a', 'VL-AAAAAAAA', minutes(70));
        const resolved = await repo.save(applied(marked as Case, { type: 'resolve' }, minutes(71)), 2);
        await repo.save(applied(resolved, { type: 'reopen' }, minutes(72)), resolved.version);
        expect(ids(await repo.listToRemind(60 * 60_000, minutes(80)))).toEqual(['VL-AAAAAAAA']);
      });
    });

    describe('stats and export', () => {
      it("counts a tenant's cases by category, status and verdict, with the median time to first resolution", async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAAAAA', at: minutes(0) }), [{ type: 'resolve' }, minutes(10)]);
        await stored(repo, sampleCase({ id: 'VL-BBBBBBBB', address: 'b@contoso.com', verdict: 'ready', at: minutes(0) }), [
          { type: 'resolve' },
          minutes(30),
        ], [{ type: 'reopen' }, minutes(31)], [{ type: 'resolve' }, minutes(90)]);
        await stored(repo, sampleCase({ id: 'VL-CCCCCCCC', address: 'c@contoso.com', verdict: 'personal-account', at: minutes(0) }), [
          { type: 'resolve' },
          minutes(60),
        ], [{ type: 'close' }, minutes(61)]);
        await stored(repo, sampleCase({ id: 'VL-DDDDDDDD', requester: sampleRequester('aad-bob') }));
        await stored(repo, sampleCase({ id: 'VL-EEEEEEEE', requester: sampleRequester('aad-bob', 'tenant-b') }));

        const stats = await repo.stats('tenant-a');
        expect(stats.total).toBe(4);
        expect(stats.byCategory).toEqual({ takeover: 2, 'personal-account': 1, mfa: 1, other: 0 });
        expect(stats.byStatus).toEqual({ new: 1, assigned: 0, 'waiting-on-requester': 0, resolved: 2, closed: 1 });
        expect(stats.byVerdict['takeover-needed']).toBe(2);
        expect(stats.byVerdict.ready).toBe(1);
        expect(stats.byVerdict['no-account']).toBe(0);
        expect(stats.resolved).toBe(3);
        // First resolutions after 10, 30 and 60 minutes: the reopening does not count.
        expect(stats.medianTimeToResolveMs).toBe(30 * 60_000);

        const tenantB = await repo.stats('tenant-b');
        expect(tenantB.total).toBe(1);
        expect(tenantB.medianTimeToResolveMs).toBeNull();
      });

      it("reads every case of a tenant a page at a time, oldest first", async () => {
        const repo = await makeRepo();
        const letters = 'ABCDEFG';
        for (const [i, letter] of [...letters].entries()) {
          // Two cases share a creation time, so the page boundary must not lose either.
          await repo.insert(sampleCase({ id: `VL-${letter.repeat(8)}`, requester: sampleRequester(`aad-${letter}`), at: minutes(Math.min(i, 5)) }));
          // Another tenant's cases in between, none of them in tenant A's pages.
          if (i % 3 === 0) await repo.insert(sampleCase({ id: `VL-${letter.repeat(4)}2222`, requester: sampleRequester(`aad-${letter}`, 'tenant-b'), at: minutes(i) }));
        }
        const everything = await collect(repo.all('tenant-a', { pageSize: 2 }));
        expect(ids(everything)).toEqual([...letters].map((l) => `VL-${l.repeat(8)}`));
        expect(everything[0]).toEqual(await repo.get('tenant-a', 'VL-AAAAAAAA'));
        expect(ids(await collect(repo.all('tenant-b', { pageSize: 1 })))).toEqual(['VL-AAAA2222', 'VL-DDDD2222', 'VL-GGGG2222']);
        expect(await collect((await makeRepo()).all('tenant-a'))).toEqual([]);
      });
    });

    describe('mutateCase and openOrUpdateCase over the store', () => {
      it('lets one of two people acting at once win; the other gets the current case', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
        const hana = helpdesk('aad-hd-1', 'Hana Help');
        const ivo = helpdesk('aad-hd-2', 'Ivo');
        const results = await Promise.all([
          mutateCase(repo, 'VL-AAAAAAAA', hana, { type: 'assign', assignee: hana }, minutes(1)),
          mutateCase(repo, 'VL-AAAAAAAA', ivo, { type: 'assign', assignee: ivo }, minutes(1)),
        ]);
        const winners = results.filter((r) => r.ok);
        const losers = results.filter((r) => !r.ok && r.conflict);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        const stored = await repo.get('tenant-a', 'VL-AAAAAAAA');
        expect(stored?.version).toBe(2);
        expect(winners[0]).toEqual({ ok: true, case: stored });
        expect(losers[0]).toMatchObject({ ok: false, conflict: true, current: stored });
        expect(stored?.history.filter((h) => h.action === 'assign')).toHaveLength(1);
      });

      it('answers a missing case, a case of another tenant and a stranger alike; a refused transition with its reason', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAAAAA' }), [{ type: 'close' }, minutes(1)]);
        const notFound = (id: string) => ({ ok: false, conflict: false, reason: `There is no case ${id} that you can see.` });
        // The refusal as the help desk reads it.
        const worded = (result: MutationResult) => (result.ok ? result : { ...result, reason: inWords(catalog.cases.refusals, result.reason) });
        expect(worded(await mutateCase(repo, 'VL-ZZZZZZZZ', helpdesk(), { type: 'resolve' }))).toEqual(notFound('VL-ZZZZZZZZ'));
        expect(worded(await mutateCase(repo, 'VL-AAAAAAAA', helpdesk('aad-hd-9', 'Olga', 'tenant-b'), { type: 'reopen' }))).toEqual(notFound('VL-AAAAAAAA'));
        const stranger: Actor = { id: 'aad-eve', name: 'Eve', tenantId: 'tenant-a', roles: [] };
        expect(worded(await mutateCase(repo, 'VL-AAAAAAAA', stranger, { type: 'reopen' }))).toEqual(notFound('VL-AAAAAAAA'));
        expect(worded(await mutateCase(repo, 'VL-AAAAAAAA', helpdesk(), { type: 'assign', assignee: helpdesk() }, minutes(2)))).toEqual({
          ok: false,
          conflict: false,
          reason: 'VL-AAAAAAAA is closed: reopen it first.',
        });
        expect((await repo.get('tenant-a', 'VL-AAAAAAAA'))?.version).toBe(2);
      });

      it('refuses to reopen beside a newer open case with a readable reason', async () => {
        const repo = await makeRepo();
        await stored(repo, sampleCase({ id: 'VL-AAAAAAAA' }), [{ type: 'resolve' }, minutes(1)]);
        await repo.insert(sampleCase({ id: 'VL-BBBBBBBB', at: minutes(2) }));
        const reopened = await mutateCase(repo, 'VL-AAAAAAAA', helpdesk(), { type: 'reopen' }, minutes(3));
        expect(reopened.ok ? reopened : { ...reopened, reason: inWords(catalog.cases.refusals, reopened.reason) }).toEqual({
          ok: false,
          conflict: false,
          reason: 'VL-AAAAAAAA cannot be reopened: the same person and address already have VL-BBBBBBBB open.',
        });
      });

      it('opens a case with its first posts queued, then updates that same case when the requester escalates again', async () => {
        const repo = await makeRepo();
        const requester = sampleRequester();
        const first = await openOrUpdateCase(repo, { tenantId: 'tenant-a', requester, diagnosis: sampleDiagnosis('ann@contoso.com'), now: minutes(0) }, channelPost(minutes(0)));
        expect(first.created).toBe(true);
        expect(first.case).toMatchObject({ tenantId: 'tenant-a', version: 1, status: 'new', category: 'takeover' });
        expect((await repo.getOutbox('tenant-a', first.case.id))?.pending).toEqual(channelPost(minutes(0)));
        const again = await openOrUpdateCase(repo, {
          tenantId: 'tenant-a',
          requester: { ...requester, name: 'Ann Renamed', conversationReference: undefined },
          diagnosis: sampleDiagnosis('ANN@contoso.com', 'ready', minutes(5)),
          now: minutes(5),
        });
        expect(again.created).toBe(false);
        expect(again.case).toMatchObject({ id: first.case.id, version: 2, category: 'mfa' });
        expect(again.case.diagnosis.verdict).toBe('ready');
        expect(again.case.requester.name).toBe('Ann Renamed');
        expect(again.case.requester.conversationReference).toEqual(requester.conversationReference);
        const checkedAgain = again.case.history.at(-1);
        expect(checkedAgain).toMatchObject({ action: 'diagnosis', was: 'takeover-needed', found: 'ready' });
        expect(checkedAgain && catalog.cases.historyDetail(checkedAgain)).toBe('Checked again: Work account ready (was Unmanaged tenant, takeover needed).');
        expect(await repo.listByRequester('tenant-a', 'aad-ann')).toHaveLength(1);
      });

      it('ends two simultaneous escalations with one case', async () => {
        const repo = await makeRepo();
        const requester = sampleRequester();
        const results = await Promise.all([
          openOrUpdateCase(repo, { tenantId: 'tenant-a', requester, diagnosis: sampleDiagnosis('ann@contoso.com'), now: minutes(0) }),
          openOrUpdateCase(repo, { tenantId: 'tenant-a', requester, diagnosis: sampleDiagnosis('ann@contoso.com'), now: minutes(0) }),
        ]);
        expect(results.map((r) => r.created).sort()).toEqual([false, true]);
        expect(results[0].case.id).toBe(results[1].case.id);
        expect(await repo.listByRequester('tenant-a', 'aad-ann')).toHaveLength(1);
      });

      it('draws another id when the first one is taken', async () => {
        const repo = await makeRepo();
        await repo.insert(sampleCase({ id: 'VL-AAAAAAAA', requester: sampleRequester('aad-bob') }));
        const draws = ['VL-AAAAAAAA', 'VL-BBBBBBBB'];
        const opened = await openOrUpdateCase(repo, {
          tenantId: 'tenant-a',
          requester: sampleRequester(),
          diagnosis: sampleDiagnosis('ann@contoso.com'),
          now: minutes(1),
          newId: () => draws.shift() as string,
        });
        expect(opened).toMatchObject({ created: true, case: { id: 'VL-BBBBBBBB' } });
        expect((await repo.get('tenant-a', 'VL-AAAAAAAA'))?.requester.aadObjectId).toBe('aad-bob');
      });
    });
  });
}
