import { describe, expect, it } from 'vitest';
import { isUnrouted, nextPostAt, type CaseOutbox } from '../../src/domain/cases/case';
import {
  dropPost,
  emptyOutbox,
  hasChannelCard,
  pendingPostsFor,
  queuePosts,
  recordCard,
  recordFailure,
  retryDelayMs,
  type PostTarget,
} from '../../src/domain/cases/outbox';
import { minutes } from '../contracts/caseRepository.contract';

const channel = '19:hd@thread.tacv2';
const toChannel: PostTarget = { kind: 'channel', target: channel };
const toAdmin: PostTarget = { kind: 'admin', target: 'aad-admin' };
const stored = (): CaseOutbox => ({ ...emptyOutbox('tenant-a', 'VL-7K3QX2PM', minutes(0)), version: 1 });

describe('an empty outbox', () => {
  it('has nothing posted and nothing queued: unrouted, with no post due', () => {
    const o = emptyOutbox('tenant-a', 'VL-7K3QX2PM', minutes(0));
    expect(o).toEqual({ tenantId: 'tenant-a', caseId: 'VL-7K3QX2PM', version: 0, cards: [], pending: [], updatedAt: minutes(0).toISOString() });
    expect(isUnrouted(o)).toBe(true);
    expect(nextPostAt(o)).toBeUndefined();
    expect(hasChannelCard(o)).toBe(false);
  });
});

describe('queuePosts', () => {
  it('queues each new target due now, before it is posted, so a post cut short is still delivered', () => {
    const queued = queuePosts(stored(), [toChannel, toAdmin], minutes(1));
    expect(queued.pending).toEqual(pendingPostsFor([toChannel, toAdmin], minutes(1)));
    expect(queued.pending[0]).toEqual({ kind: 'channel', target: channel, attempts: 0, lastError: '', nextAttemptAt: minutes(1).toISOString() });
    expect(queued.updatedAt).toBe(minutes(1).toISOString());
    expect(nextPostAt(queued)).toBe(minutes(1).toISOString());
    expect(isUnrouted(queued)).toBe(false);
  });

  it('leaves a target already queued as it is, and gives back the same outbox when nothing is new', () => {
    const failed = recordFailure(queuePosts(stored(), [toChannel], minutes(1)), toChannel, 'HTTP 502', minutes(2));
    const again = queuePosts(failed, [toChannel, toAdmin], minutes(3));
    expect(again.pending).toEqual([failed.pending[0], ...pendingPostsFor([toAdmin], minutes(3))]);
    expect(queuePosts(again, [toChannel, toAdmin], minutes(4))).toBe(again);
  });
});

describe('recordFailure', () => {
  it('backs off after each failed attempt, or waits until a given retry time', () => {
    const failed = recordFailure(stored(), toChannel, ' HTTP 502 ', minutes(1));
    expect(failed.pending).toEqual([{ kind: 'channel', target: channel, attempts: 1, lastError: 'HTTP 502', nextAttemptAt: minutes(2).toISOString() }]);
    const twice = recordFailure(failed, toChannel, 'HTTP 502', minutes(2));
    expect(twice.pending).toEqual([{ kind: 'channel', target: channel, attempts: 2, lastError: 'HTTP 502', nextAttemptAt: minutes(4).toISOString() }]);
    const throttled = recordFailure(twice, toChannel, '429', minutes(3), minutes(30).toISOString());
    expect(throttled.pending).toEqual([{ kind: 'channel', target: channel, attempts: 3, lastError: '429', nextAttemptAt: minutes(30).toISOString() }]);
    expect(nextPostAt(recordFailure(throttled, toAdmin, 'no conversation', minutes(3)))).toBe(minutes(4).toISOString());
  });

  it('keeps errors short and never empty', () => {
    expect(recordFailure(stored(), toChannel, 'x'.repeat(900), minutes(1)).pending[0].lastError).toHaveLength(500);
    expect(recordFailure(stored(), toChannel, '   ', minutes(1)).pending[0].lastError).toBe('unknown error');
  });

  it('backs off 1, 2, 4 … minutes, up to an hour', () => {
    expect([1, 2, 3, 6, 7, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});

describe('recordCard', () => {
  it('keeps where the card went and ends the post it fulfils', () => {
    const pending = recordFailure(queuePosts(stored(), [toChannel, toAdmin], minutes(1)), toChannel, 'HTTP 502', minutes(2));
    const posted = recordCard(pending, channel, { kind: 'channel', conversationId: channel, activityId: '1:1' }, minutes(3));
    expect(posted.cards).toEqual([{ kind: 'channel', conversationId: channel, activityId: '1:1', postedAt: minutes(3).toISOString() }]);
    expect(posted.pending).toEqual(pendingPostsFor([toAdmin], minutes(1)));
    expect(hasChannelCard(posted)).toBe(true);
  });

  it('replaces an older card in the same conversation, keeping cards elsewhere', () => {
    const first = recordCard(stored(), channel, { kind: 'channel', conversationId: channel, activityId: '1:1' }, minutes(1));
    const admin = recordCard(first, 'aad-admin', { kind: 'admin', conversationId: 'a:1:1-admin', activityId: '7' }, minutes(2));
    const reposted = recordCard(admin, channel, { kind: 'channel', conversationId: channel, activityId: '1:2', serviceUrl: 'https://smba.example/' }, minutes(3));
    expect(reposted.cards).toEqual([
      { kind: 'channel', conversationId: channel, activityId: '1:2', serviceUrl: 'https://smba.example/', postedAt: minutes(3).toISOString() },
      { kind: 'admin', conversationId: 'a:1:1-admin', activityId: '7', postedAt: minutes(2).toISOString() },
    ]);
  });

  it('ends the post for a person, whose card lands in their 1:1 chat', () => {
    const toRequester: PostTarget = { kind: 'requester', target: 'aad-ann' };
    const failed = recordFailure(stored(), toRequester, 'no conversation', minutes(1));
    const delivered = recordCard(failed, 'aad-ann', { kind: 'requester', conversationId: 'a:1:1-ann', activityId: '9' }, minutes(2));
    expect(delivered.pending).toEqual([]);
    expect(isUnrouted(delivered)).toBe(false);
  });
});

describe('dropPost', () => {
  it('gives up on one post, leaving the others; an outbox with neither cards nor posts is unrouted again', () => {
    const queued = queuePosts(stored(), [toChannel, toAdmin], minutes(1));
    const dropped = dropPost(queued, toAdmin, minutes(2));
    expect(dropped.pending).toEqual(pendingPostsFor([toChannel], minutes(1)));
    expect(dropped.updatedAt).toBe(minutes(2).toISOString());
    expect(dropPost(dropped, toAdmin, minutes(3)).pending).toEqual(dropped.pending);
    expect(isUnrouted(dropPost(dropped, toChannel, minutes(3)))).toBe(true);
  });
});

describe('the outbox functions', () => {
  it('never change the outbox they are given, nor its keys and version (the store bumps it)', () => {
    const o = queuePosts(stored(), [toChannel], minutes(1));
    const before = structuredClone(o);
    const results = [
      queuePosts(o, [toAdmin], minutes(2)),
      recordCard(o, channel, { kind: 'channel', conversationId: channel, activityId: '1:1' }, minutes(2)),
      recordFailure(o, toChannel, 'HTTP 502', minutes(2)),
      dropPost(o, toChannel, minutes(2)),
    ];
    expect(o).toEqual(before);
    for (const r of results) expect(r).toMatchObject({ tenantId: 'tenant-a', caseId: 'VL-7K3QX2PM', version: 1 });
  });
});
