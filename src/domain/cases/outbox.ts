import { capText } from './lifecycle';
import type { CardKind, CardLocation, CaseOutbox, PendingPost } from './case';

/**
 * The delivery record of a case as pure functions: which posts are queued, which cards
 * were posted where, and when a failed post is tried again. Nothing here reads a clock
 * or a store, and nothing here touches the case itself, so delivery bookkeeping never
 * changes the version people act on.
 */

const ERROR_MAX_CHARS = 500;
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 60 * 60_000;

/** A place a card should go: a channel (by channel id) or a person's 1:1 chat (by AAD object id). */
export interface PostTarget {
  kind: CardKind;
  target: string;
}

/** Minutes between post attempts: 1, 2, 4, … capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}

const samePost = (kind: CardKind, target: string) => (p: PendingPost) => p.kind === kind && p.target === target;

/** Posts due now, for a new case or for targets found later (a channel routed, an admin installed). */
export function pendingPostsFor(targets: readonly PostTarget[], now: Date): PendingPost[] {
  return targets.map((t) => ({ kind: t.kind, target: t.target, attempts: 0, lastError: '', nextAttemptAt: now.toISOString() }));
}

export function emptyOutbox(tenantId: string, caseId: string, now: Date): CaseOutbox {
  return { tenantId, caseId, version: 0, cards: [], pending: [], updatedAt: now.toISOString() };
}

/** Adds the targets not already queued; the outbox unchanged (same object) when there is nothing new. */
export function queuePosts(outbox: CaseOutbox, targets: readonly PostTarget[], now: Date): CaseOutbox {
  const fresh = targets.filter((t) => !outbox.pending.some(samePost(t.kind, t.target)));
  if (fresh.length === 0) return outbox;
  return { ...outbox, pending: [...outbox.pending, ...pendingPostsFor(fresh, now)], updatedAt: now.toISOString() };
}

/** A card was posted for `target`: its location is kept (replacing an older one in the same conversation) and the post is done. */
export function recordCard(outbox: CaseOutbox, target: string, card: Omit<CardLocation, 'postedAt'>, now: Date): CaseOutbox {
  const location: CardLocation = { ...card, postedAt: now.toISOString() };
  const same = (k: CardLocation) => k.kind === card.kind && k.conversationId === card.conversationId;
  const cards = outbox.cards.some(same) ? outbox.cards.map((k) => (same(k) ? location : k)) : [...outbox.cards, location];
  return { ...outbox, cards, pending: outbox.pending.filter((p) => !samePost(card.kind, target)(p)), updatedAt: now.toISOString() };
}

/** A post failed: tried again after the back-off, or at `retryAt` (a 429's Retry-After). */
export function recordFailure(outbox: CaseOutbox, post: PostTarget, error: string, now: Date, retryAt?: string): CaseOutbox {
  const matches = samePost(post.kind, post.target);
  const attempts = (outbox.pending.find(matches)?.attempts ?? 0) + 1;
  const failed: PendingPost = {
    kind: post.kind,
    target: post.target,
    attempts,
    lastError: capText(error, ERROR_MAX_CHARS).text || 'unknown error',
    nextAttemptAt: retryAt ?? new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
  };
  return { ...outbox, pending: [...outbox.pending.filter((p) => !matches(p)), failed], updatedAt: now.toISOString() };
}

/** Gives up on a post that can never succeed (the person is no longer an admin, the channel is gone). */
export function dropPost(outbox: CaseOutbox, post: PostTarget, now: Date): CaseOutbox {
  return { ...outbox, pending: outbox.pending.filter((p) => !samePost(post.kind, post.target)(p)), updatedAt: now.toISOString() };
}

export function hasChannelCard(outbox: Pick<CaseOutbox, 'cards'>): boolean {
  return outbox.cards.some((card) => card.kind === 'channel');
}
