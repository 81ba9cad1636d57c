import { expect } from 'vitest';
import type { JourneyRig } from './journeyBot';
import { actionTitled, cardOf, type Json } from './cards';
import { TeamsUser, type UserIdentity } from './teamsUser';

/** Case ids as the bot prints them (eight symbols; five for cases from before). */
export const CASE_ID = /VL-(?:[A-Z2-9]{8}|[A-Z2-9]{5})\b/;

export const HELPDESK_TEAM = '19:helpdesk-team@thread.tacv2';
export const HELPDESK_CHANNEL = '19:vlsc-cases@thread.tacv2';
export const ADELE: UserIdentity = { id: '29:adele', name: 'Adele Vance', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000a1' };
export const ISAIAH: UserIdentity = { id: '29:isaiah', name: 'Isaiah Langer', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000a2' };
export const MALLORY: UserIdentity = { id: '29:mallory', name: 'Mallory Outsider', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000ff' };

/**
 * Polls `probe` until it gives a value (background work such as card posts and notifications).
 * It returns as soon as the value is there; the 20 s is for a loaded CI machine, where a chain
 * of Graph reads, a store write and a post behind a busy event loop once took more than 5 s.
 */
export async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`never saw ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function invokeCard(result: { status: number; body: unknown }): Json {
  const body = result.body as { statusCode: number; type: string; value: Json };
  expect(result.status).toBe(200);
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  return body.value;
}

/** The message an invoke answered with instead of a card (a refusal, a "not found"). */
export function invokeMessage(result: { status: number; body: unknown }): string {
  const body = result.body as { type: string; value: string };
  expect(result.status).toBe(200);
  expect(body.type).toBe('application/vnd.microsoft.activity.message');
  return body.value;
}

export function versionOf(card: Json): number {
  return Number((actionTitled(card, 'Assign to me').data as Json).version);
}

/** Helpers over one rig: people in the help-desk channel, escalation, the channel card. */
export function caseHelpers(rig: () => JourneyRig) {
  const lastText = (user: TeamsUser): string => String(rig().connector.sent(user.conversationId).at(-1)?.text ?? '');

  /** A help-desk member acting in the help-desk channel (where case cards are posted), or in one of its threads. */
  const member = (who: UserIdentity, conversationId = HELPDESK_CHANNEL, tenantId?: string | null, channelId = HELPDESK_CHANNEL): TeamsUser =>
    new TeamsUser(rig().bot.url, rig().connector.url, who, { id: conversationId, type: 'channel', teamId: HELPDESK_TEAM, channelId, tenantId });

  /** The requester checks an address and escalates it; returns the case id and the bot's answer. */
  const escalate = async (user: TeamsUser, address: string): Promise<{ id: string; text: string; answer: Record<string, unknown> }> => {
    await user.say(`check ${address}`);
    const result = cardOf(rig().connector.sent(user.conversationId).at(-1));
    await user.submit(actionTitled(result, 'Ask my admin / help desk').data as Json);
    const answer = rig().connector.sent(user.conversationId).at(-1) as Record<string, unknown>;
    const text = [String(answer.text ?? ''), JSON.stringify(answer.attachments ?? '')].join(' ');
    const id = CASE_ID.exec(text)?.[0];
    if (!id) throw new Error(`no case id in: ${text}`);
    return { id, text, answer };
  };

  /** The case's card in a channel as a Teams client shows it now: the post, or its latest update. */
  const channelCard = (id: string): { card: Json; conversationId: string } => {
    const post = rig().connector.calls.filter((c) => c.path === '/v3/conversations' && JSON.stringify(c.body).includes(id)).at(-1);
    if (!post) throw new Error(`no channel post for ${id}`);
    const latest = rig().connector.updated(post.conversationId).at(-1) ?? (post.body as { activity: Json }).activity;
    return { card: cardOf(latest), conversationId: post.conversationId };
  };

  /** Every channel post of the case (new threads the bot started for it). */
  const channelPosts = (id: string) => rig().connector.calls.filter((c) => c.path === '/v3/conversations' && JSON.stringify(c.body).includes(id));

  return { lastText, member, escalate, channelCard, channelPosts };
}
