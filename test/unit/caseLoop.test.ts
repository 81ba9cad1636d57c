import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { SqliteCaseRepository } from '../../src/storage/sqliteCases';
import { openOrUpdateCase, mutateCase } from '../../src/domain/cases/repository';
import type { Case, CaseOutbox } from '../../src/domain/cases/case';
import { pendingPostsFor, recordCard, type PostTarget } from '../../src/domain/cases/outbox';
import { diagnosisFor } from '../helpers/diagnosis';
import { runCasePass } from '../../src/teams/features/cases/caseLoop';
import type { CaseDelivery, MessageIn } from '../../src/teams/features/cases/delivery';
import { createLogger } from '../../src/log';
import { inWords, type Catalog } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';

const TENANT = 'tenant-a';
const diagnosis = diagnosisFor('takeover-needed', 'megan@fourthcoffee.xyz', { domainType: 'unmanaged', workAccount: true, personalAccount: false, next: 'takeover', checkedAt: '2026-11-21T08:00:00.000Z' });

/**
 * Records what the pass asked the Teams delivery to do, instead of posting: a due post
 * "succeeds" (its card is recorded in the outbox); `targets` are where unrouted cases go.
 */
function recordingDelivery(repo: SqliteCaseRepository, targets: PostTarget[] = []) {
  const calls: string[] = [];
  const delivery = {
    targetsFor: async (_c: Case, outbox: CaseOutbox) => targets.filter((t) => !outbox.pending.some((p) => p.target === t.target) && outbox.cards.length === 0),
    queue: async (c: Case, queued: PostTarget[]) => {
      const outbox = (await repo.getOutbox(c.tenantId, c.id)) as CaseOutbox;
      await repo.saveOutbox({ ...outbox, pending: [...outbox.pending, ...pendingPostsFor(queued, new Date())] }, outbox.version);
    },
    deliverPending: async (c: Case) => {
      calls.push(`deliver ${c.id}`);
      let outbox = (await repo.getOutbox(c.tenantId, c.id)) as CaseOutbox;
      for (const post of outbox.pending) outbox = await repo.saveOutbox(recordCard(outbox, post.target, { kind: post.kind, conversationId: `conv-${post.target}`, activityId: 'a1' }, new Date()), outbox.version);
      return outbox;
    },
    reachOf: async () => ({ channel: 'VL cases', admins: [], pending: 0 }),
    // Messages come as functions of the reader's words: recorded in English.
    toRequester: async (c: Case, message: MessageIn) => void calls.push(`tell ${c.id} ${message(catalog).text}`),
    auditLine: async (c: Case, line: (words: Catalog) => string) => void calls.push(`audit ${c.id} ${line(catalog)}`),
  } as unknown as CaseDelivery;
  return { calls, delivery };
}

async function setup(firstPosts: PostTarget[] = []) {
  const repo = new SqliteCaseRepository(openDatabase(':memory:'));
  const now = new Date('2026-11-21T08:00:00Z');
  const { case: opened } = await openOrUpdateCase(repo, { tenantId: TENANT, requester: { aadObjectId: 'r1', name: 'Alex', tenantId: TENANT }, diagnosis, now }, pendingPostsFor(firstPosts, now));
  return { repo, opened };
}

const quiet = createLogger('silent');

describe('the case pass', () => {
  it('reposts due cards and reminds once about a case left unassigned too long', async () => {
    const { repo, opened } = await setup([{ kind: 'channel', target: '19:c' }]);
    const { calls, delivery } = recordingDelivery(repo);
    const deps = { cases: repo, delivery, log: quiet, reminderAfterMs: 2 * 3_600_000, isLeader: async () => true };

    const early = await runCasePass(deps, new Date('2026-11-21T09:00:00Z'));
    expect(early).toEqual({ reposted: 1, rerouted: 0, reminded: 0 });
    expect(calls).toContain(`tell ${opened.id} Your case ${opened.id} has now reached the help desk in the “VL cases” channel.`);

    const late = await runCasePass(deps, new Date('2026-11-21T11:30:00Z'));
    expect(late).toEqual({ reposted: 0, rerouted: 0, reminded: 1 });
    expect(calls.at(-1)).toBe(`audit ${opened.id} Reminder: case ${opened.id} has been waiting for 3 hours without anyone assigned.`);

    expect((await runCasePass(deps, new Date('2026-11-21T12:00:00Z'))).reminded).toBe(0);
  });

  it('re-targets a case nobody could receive once someone can, and leaves it waiting while nobody can', async () => {
    const { repo, opened } = await setup();
    const nobody = recordingDelivery(repo);
    const deps = { cases: repo, log: quiet, reminderAfterMs: 24 * 3_600_000, isLeader: async () => true };
    expect(await runCasePass({ ...deps, delivery: nobody.delivery }, new Date('2026-11-21T09:00:00Z'))).toEqual({ reposted: 0, rerouted: 0, reminded: 0 });
    expect((await repo.listUnrouted({ tenantId: TENANT })).map((u) => u.case.id)).toEqual([opened.id]);

    const adminInstalled = recordingDelivery(repo, [{ kind: 'admin', target: 'aad-megan' }]);
    expect(await runCasePass({ ...deps, delivery: adminInstalled.delivery }, new Date('2026-11-21T09:01:00Z'))).toEqual({ reposted: 0, rerouted: 1, reminded: 0 });
    expect(adminInstalled.calls).toContain(`deliver ${opened.id}`);
    expect(await repo.listUnrouted({ tenantId: TENANT })).toEqual([]);
  });

  it('does nothing on an instance that is not the leader', async () => {
    const { repo } = await setup([{ kind: 'channel', target: '19:c' }]);
    const { calls, delivery } = recordingDelivery(repo);
    const result = await runCasePass({ cases: repo, delivery, log: quiet, reminderAfterMs: 0, isLeader: async () => false }, new Date('2026-11-22T00:00:00Z'));
    expect(result).toEqual({ reposted: 0, rerouted: 0, reminded: 0 });
    expect(calls).toEqual([]);
  });

  it('sweeps expired CSV exports on the leader only', async () => {
    const { repo } = await setup();
    const { delivery } = recordingDelivery(repo);
    const swept: Date[] = [];
    const exports = { sweepExpired: async (now: Date) => swept.push(now) };
    const deps = { cases: repo, delivery, log: createLogger('silent'), reminderAfterMs: 0, exports };
    await runCasePass({ ...deps, isLeader: async () => false }, new Date('2026-11-22T00:00:00Z'));
    expect(swept).toEqual([]);
    await runCasePass({ ...deps, isLeader: async () => true }, new Date('2026-11-22T00:01:00Z'));
    expect(swept).toEqual([new Date('2026-11-22T00:01:00Z')]);
  });
});

describe('case versions seen by a card', () => {
  it('refuses an action on a version the actor did not see, returning the current case', async () => {
    const { repo, opened } = await setup();
    const desk = { id: 'h1', name: 'Adele', tenantId: TENANT, roles: ['helpdesk' as const] };
    const first = await mutateCase(repo, opened.id, desk, { type: 'add-note', text: 'one' }, new Date(), opened.version);
    expect(first.ok).toBe(true);
    const stale = await mutateCase(repo, opened.id, desk, { type: 'add-note', text: 'two' }, new Date(), opened.version);
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect((await repo.get(TENANT, opened.id))?.notes.map((n) => n.text)).toEqual(['one']);
  });

  it('keeps the version when delivery is recorded, so a posted card still acts', async () => {
    const { repo, opened } = await setup([{ kind: 'channel', target: '19:c' }]);
    const { delivery } = recordingDelivery(repo);
    await runCasePass({ cases: repo, delivery, log: quiet, reminderAfterMs: 24 * 3_600_000, isLeader: async () => true }, new Date('2026-11-21T09:00:00Z'));
    expect((await repo.get(TENANT, opened.id))?.version).toBe(opened.version);
    const desk = { id: 'h1', name: 'Adele', tenantId: TENANT, roles: ['helpdesk' as const] };
    expect((await mutateCase(repo, opened.id, desk, { type: 'assign', assignee: desk }, new Date(), opened.version)).ok).toBe(true);
  });

  it('answers a helper of another tenant exactly as for a missing case, and changes nothing', async () => {
    const { repo, opened } = await setup();
    const stranger = { id: 'h9', name: 'Eve', tenantId: 'tenant-b', roles: ['helpdesk' as const] };
    const forged = await mutateCase(repo, opened.id, stranger, { type: 'add-note', text: 'x' }, new Date(), opened.version);
    const missing = await mutateCase(repo, 'VL-ZZZZZZZZ', stranger, { type: 'add-note', text: 'x' }, new Date(), opened.version);
    expect(forged).toEqual({ ok: false, conflict: false, reason: { code: 'not-found', id: opened.id } });
    expect(missing).toEqual({ ok: false, conflict: false, reason: { code: 'not-found', id: 'VL-ZZZZZZZZ' } });
    expect(!forged.ok && inWords(catalog.cases.refusals, forged.reason)).toBe(`There is no case ${opened.id} that you can see.`);
    expect(!missing.ok && inWords(catalog.cases.refusals, missing.reason)).toBe('There is no case VL-ZZZZZZZZ that you can see.');
    expect((await repo.get(TENANT, opened.id))?.notes).toEqual([]);
  });
});

describe('the reminder line', () => {
  it('counts a short wait in minutes, not as "1 hour" (UNASSIGNED_REMINDER_MINUTES may be 1)', () => {
    expect(catalog.cases.reminder('VL-7K3QX2PM', 1)).toBe('Reminder: case VL-7K3QX2PM has been waiting for 1 minute without anyone assigned.');
    expect(catalog.cases.reminder('VL-7K3QX2PM', 90)).toBe('Reminder: case VL-7K3QX2PM has been waiting for 90 minutes without anyone assigned.');
    expect(catalog.cases.reminder('VL-7K3QX2PM', 185)).toBe('Reminder: case VL-7K3QX2PM has been waiting for 3 hours without anyone assigned.');
  });
});
