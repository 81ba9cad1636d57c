import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type ResourceResponse, type Storage, type TurnContext } from 'botbuilder';
import type { Logger } from '../../log';
import { attachedState } from './turnState';

const KEY = Symbol('vlsa.outbox');

/** A held new message carries the id handed out for it; a held update carries the id of the message it changes. */
interface HeldReply {
  activity: Partial<Activity>;
  standInId?: string;
}

/**
 * The messages and card updates of one turn, held until teams-ai has saved the turn's state
 * (it saves after the handlers ran): a turn whose state cannot be saved then answers with one
 * message, instead of replies its state does not remember followed by an apology. Typing
 * indicators and invoke responses are not held (an invoke's response is returned when the
 * whole turn is done either way).
 */
export class Outbox {
  private readonly held: HeldReply[] = [];
  private holding = true;
  /** What ids handed out this turn became: stand-ins of held messages, and cards re-sent because their update failed. */
  readonly idChanges = new Map<string, string>();
  /** Whether a message or card update of this turn reached the conversation. */
  delivered = false;

  private constructor(private readonly log: Logger) {}

  /** Holds the turn's replies from now on; registered first, so later handlers see each reply once, when it goes out. */
  static open(context: TurnContext, log: Logger): Outbox {
    const outbox = new Outbox(log);
    context.turnState.set(KEY, outbox);
    context.onSendActivities((_context, activities, next) => outbox.send(activities, next));
    context.onUpdateActivity((_context, activity, next) => outbox.update(activity, next));
    return outbox;
  }

  static of(context: TurnContext): Outbox | undefined {
    return context.turnState.get(KEY) as Outbox | undefined;
  }

  /** The bot sends one activity at a time; a batch that is not all messages goes out at once. */
  private async send(activities: Partial<Activity>[], next: () => Promise<ResourceResponse[]>): Promise<ResourceResponse[]> {
    if (this.holding && activities.every((a) => a.type === ActivityTypes.Message)) {
      return activities.map((activity) => {
        const standInId = `held:${randomUUID()}`;
        this.held.push({ activity, standInId });
        return { id: standInId };
      });
    }
    const responses = await next();
    if (activities.some((a) => a.type === ActivityTypes.Message)) this.delivered = true;
    return responses;
  }

  private async update(activity: Partial<Activity>, next: () => Promise<void>): Promise<void> {
    if (!this.holding) {
      await next();
      this.delivered = true;
      return;
    }
    const unsent = this.held.find((reply) => reply.standInId !== undefined && reply.standInId === activity.id);
    if (unsent) unsent.activity = activity; // not sent yet: it goes out as updated
    else this.held.push({ activity });
  }

  /** Sends what was held, in order; from now on replies go out at once. */
  async flush(context: TurnContext): Promise<void> {
    this.holding = false;
    for (const reply of this.held.splice(0)) {
      if (reply.standInId) {
        const sent = await context.sendActivity(reply.activity);
        if (sent?.id) this.idChanges.set(reply.standInId, sent.id);
      } else {
        await this.updateOrResend(context, reply.activity);
      }
    }
  }

  /**
   * A card that cannot be updated (deleted, too old, forgotten by the Agents Playground on a
   * restart, throttled) is sent again as a new message, and the turn carries on.
   */
  private async updateOrResend(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    try {
      await context.updateActivity(activity);
    } catch (error) {
      this.log.warn({ err: error, activityId: activity.id }, 'could not update a card; sending it as a new message');
      const sent = await context.sendActivity(activity); // sendActivity drops the old id
      if (activity.id && sent?.id) this.idChanges.set(activity.id, sent.id);
    }
  }

  /** Drops what was held (the turn failed: its error handler answers instead); from now on replies go out at once. */
  discard(): void {
    this.holding = false;
    this.held.length = 0;
  }
}

/** Replaces, anywhere in `node`, string values that are keys of `ids`; returns whether any was. */
function replaceIds(node: unknown, ids: ReadonlyMap<string, string>): boolean {
  if (ids.size === 0 || typeof node !== 'object' || node === null) return false;
  let changed = false;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const replacement = typeof value === 'string' ? ids.get(value) : undefined;
    if (replacement !== undefined) {
      record[key] = replacement;
      changed = true;
    } else if (replaceIds(value, ids)) {
      changed = true;
    }
  }
  return changed;
}

/**
 * Runs a turn with its replies held until its state is saved. The ids the state recorded for
 * held replies (a dialog keeps the id of the card it waits on) are then replaced by the real
 * ones and the conversation written again; if that fails, a later update of the card fails
 * and re-sends it, so nothing is stuck.
 */
export async function runWithRepliesAfterSave(
  context: TurnContext,
  { storage, log }: { storage: Storage; log: Logger },
  run: () => Promise<boolean>,
): Promise<boolean> {
  const outbox = Outbox.open(context, log);
  let handled: boolean;
  try {
    handled = await run();
  } catch (error) {
    outbox.discard();
    throw error;
  }
  await outbox.flush(context);
  const state = attachedState(context);
  if (state && replaceIds(state.conversation, outbox.idChanges)) {
    try {
      if (!(await state.saveConversationAgain(storage))) log.warn('the conversation changed before the ids of its replies were saved');
    } catch (error) {
      log.warn({ err: error }, 'could not save the ids of the turn’s replies');
    }
  }
  return handled;
}
