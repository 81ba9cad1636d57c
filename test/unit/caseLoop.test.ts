import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { SqliteCaseRepository } from '../../src/storage/sqliteCases';
import { openOrUpdateCase, mutateCase } from '../../src/domain/cases/repository';
import { applyAction } from '../../src/domain/cases/lifecycle';
import { SYSTEM_ACTOR } from '../../src/domain/cases/authorisation';
import type { Case } from '../../src/domain/cases/case';
import { diagnosisFor } from '../helpers/diagnosis';
import { runCasePass } from '../../src/teams/cases/caseLoop';
import type { CaseDelivery } from '../../src/teams/cases/delivery';
import { createLogger } from '../../src/log';

const diagnosis = diagnosisFor('takeover-needed', 'megan@fourthcoffee.xyz', { domainType: 'unmanaged', workAccount: true, personalAccount: false, next: 'takeover', checkedAt: '2026-11-21T08:00:00.000Z' });

/** Records what the pass asked the Teams delivery to do, instead of posting. */
function recordingDelivery(repo: SqliteCaseRepository) {
  const calls: string[] = [];
  const delivery = {
    deliverPending: async (c: Case) => {
      calls.push(`deliver ${c.id}`);
      return (await mutateCase(repo, c.id, SYSTEM_ACTOR, { type: 'clear-pending-post', kind: 'channel', target: '19:c' })).ok ? ((await repo.get(c.id)) as Case) : c;
    },
    auditLine: async (c: Case, text: string) => void calls.push(`audit ${c.id} ${text}`),
  } as unknown as CaseDelivery;
  return { calls, delivery };
}

async function setup() {
  const repo = new SqliteCaseRepository(openDatabase(':memory:'));
  const { case: opened } = await openOrUpdateCase(repo, {
    requester: { aadObjectId: 'r1', name: 'Alex' },
    diagnosis,
    now: new Date('2026-11-21T08:00:00Z'),
  });
  return { repo, opened };
}

describe('the case pass', () => {
  it('reposts due cards and reminds once about a case left unassigned too long', async () => {
    const { repo, opened } = await setup();
    const queued = await mutateCase(repo, opened.id, SYSTEM_ACTOR, { type: 'queue-posts', posts: [{ kind: 'channel', target: '19:c' }] }, new Date('2026-11-21T08:00:00Z'));
    expect(queued.ok).toBe(true);
    const { calls, delivery } = recordingDelivery(repo);
    const deps = { cases: repo, delivery, log: createLogger('silent'), reminderAfterMs: 2 * 3_600_000, isLeader: async () => true };

    const early = await runCasePass(deps, new Date('2026-11-21T09:00:00Z'));
    expect(early).toEqual({ reposted: 1, reminded: 0 });

    const late = await runCasePass(deps, new Date('2026-11-21T11:30:00Z'));
    expect(late.reminded).toBe(1);
    expect(calls.at(-1)).toBe(`audit ${opened.id} Reminder: case ${opened.id} has been waiting for 3 hours without anyone assigned.`);

    expect((await runCasePass(deps, new Date('2026-11-21T12:00:00Z'))).reminded).toBe(0);
  });

  it('does nothing on an instance that is not the leader', async () => {
    const { repo } = await setup();
    const { calls, delivery } = recordingDelivery(repo);
    const result = await runCasePass({ cases: repo, delivery, log: createLogger('silent'), reminderAfterMs: 0, isLeader: async () => false }, new Date('2026-11-22T00:00:00Z'));
    expect(result).toEqual({ reposted: 0, reminded: 0 });
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
    const desk = { id: 'h1', name: 'Adele', roles: ['helpdesk' as const] };
    const first = await mutateCase(repo, opened.id, desk, { type: 'add-note', text: 'one' }, new Date(), opened.version);
    expect(first.ok).toBe(true);
    const stale = await mutateCase(repo, opened.id, desk, { type: 'add-note', text: 'two' }, new Date(), opened.version);
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect((await repo.get(opened.id))?.notes.map((n) => n.text)).toEqual(['one']);
  });

  it('queues posts once, with attempts at zero, due at once', () => {
    const now = new Date('2026-11-21T08:00:00Z');
    const once = applyAction({ ...({} as Case), id: 'VL-AAAAA', pendingPosts: [], history: [], version: 1, updatedAt: '' } as Case, { type: 'queue-posts', posts: [{ kind: 'admin', target: 'a1' }] }, SYSTEM_ACTOR, now);
    expect(once.ok && once.case.pendingPosts).toEqual([{ kind: 'admin', target: 'a1', attempts: 0, lastError: '', nextAttemptAt: now.toISOString() }]);
    const twice = once.ok ? applyAction(once.case, { type: 'queue-posts', posts: [{ kind: 'admin', target: 'a1' }] }, SYSTEM_ACTOR, now) : once;
    expect(twice.ok && twice.case.pendingPosts).toHaveLength(1);
  });
});
