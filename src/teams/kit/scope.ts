import type { TurnContext } from 'botbuilder';

export type ConversationScope = 'personal' | 'channel' | 'groupChat';

/** Where this activity comes from, as Teams labels it. */
export function scopeOf(context: TurnContext): ConversationScope {
  const type = context.activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/**
 * The Entra tenant of the sender, from the activity (Teams puts it in two places). When the
 * two disagree the activity is not one Teams sent, and it has no tenant: it can reach no
 * tenant's data.
 */
export function tenantOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  const named = [activity.conversation?.tenantId, (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id]
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .map((t) => t.toLowerCase());
  return named.length && named.every((t) => t === named[0]) ? named[0] : undefined;
}

/**
 * The team channel an activity comes from: its team, its id (a thread's conversation id
 * carries `;messageid=` after the channel's) and its name when Teams sends one.
 */
export function channelOf(context: TurnContext): { teamId?: string; channelId: string; channelName: string } {
  const data = context.activity.channelData as { team?: { id?: string }; channel?: { id?: string; name?: string } } | undefined;
  const channelId = data?.channel?.id ?? context.activity.conversation.id.split(';')[0];
  return { teamId: data?.team?.id, channelId, channelName: data?.channel?.name ?? '' };
}
