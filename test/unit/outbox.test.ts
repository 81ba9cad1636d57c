import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import { Outbox } from '../../src/teams/kit/outbox';

/** An adapter that records what reaches the conversation; updates can be made to fail as Teams' 404 does. */
class RecordingAdapter extends BotAdapter {
  readonly delivered: string[] = [];
  failUpdates = false;
  private nextId = 1;

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      const id = `sent-${this.nextId++}`;
      this.delivered.push(`${activity.type} ${id} ${activity.text ?? ''}`.trim());
      return { id };
    });
  }

  async updateActivity(_context: TurnContext, activity: Partial<Activity>): Promise<void> {
    if (this.failUpdates) throw new Error('Message does not exist in the thread');
    this.delivered.push(`update ${activity.id} ${activity.text ?? ''}`.trim());
  }

  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

function turn(): { adapter: RecordingAdapter; context: TurnContext; outbox: Outbox } {
  const adapter = new RecordingAdapter();
  const context = new TurnContext(adapter, {
    type: ActivityTypes.Message,
    id: 'incoming',
    channelId: 'msteams',
    conversation: { id: 'conversation', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
  });
  return { adapter, context, outbox: Outbox.open(context, createLogger('silent')) };
}

describe('Outbox', () => {
  it('holds messages and updates until it is flushed, in order; typing goes out at once', async () => {
    const { adapter, context, outbox } = turn();
    const sent = await context.sendActivity('first');
    await context.sendActivity({ type: ActivityTypes.Typing });
    await context.updateActivity({ id: 'card-1', type: ActivityTypes.Message, text: 'closed' });
    await context.sendActivity('second');
    expect(adapter.delivered).toEqual(['typing sent-1']);
    expect(sent?.id).toMatch(/^held:/);

    await outbox.flush(context);
    expect(adapter.delivered).toEqual(['typing sent-1', 'message sent-2 first', 'update card-1 closed', 'message sent-3 second']);
    expect(outbox.idChanges.get(sent?.id as string)).toBe('sent-2');
    expect(outbox.delivered).toBe(true);
    await context.sendActivity('after');
    expect(adapter.delivered.at(-1)).toBe('message sent-4 after');
  });

  it('sends a held message as it was updated, without an update of an id that does not exist yet', async () => {
    const { adapter, context, outbox } = turn();
    const sent = await context.sendActivity('question');
    await context.updateActivity({ id: sent?.id, type: ActivityTypes.Message, text: 'question, with the reason' });
    await outbox.flush(context);
    expect(adapter.delivered).toEqual(['message sent-1 question, with the reason']);
  });

  it('sends a card whose update fails as a new message, and says which id it now has', async () => {
    const { adapter, context, outbox } = turn();
    adapter.failUpdates = true;
    await context.updateActivity({ id: 'gone', type: ActivityTypes.Message, text: 'closed card' });
    await context.sendActivity('answer');
    await outbox.flush(context);
    expect(adapter.delivered).toEqual(['message sent-1 closed card', 'message sent-2 answer']);
    expect(outbox.idChanges.get('gone')).toBe('sent-1');
  });

  it('drops what it held when the turn fails, and lets the error handler’s message through', async () => {
    const { adapter, context, outbox } = turn();
    await context.sendActivity('reply the state does not remember');
    outbox.discard();
    await context.sendActivity('apology');
    expect(adapter.delivered).toEqual(['message sent-1 apology']);
    expect(outbox.delivered).toBe(true);
  });
});
