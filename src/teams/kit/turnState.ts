import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import { TurnState, type DefaultConversationState, type DefaultUserState, type DefaultTempState } from '@microsoft/teams-ai';
import type { DialogState } from 'botbuilder-dialogs';

/** What the bot keeps per conversation (the dialog stack lives here too). */
export interface ConversationData extends DefaultConversationState {
  /** Turns handled in this conversation; lets tests and support see that state survives restarts. */
  turnCount?: number;
  /** The botbuilder-dialogs stack: journeys in progress, each with the card it is waiting on. */
  dialogState?: DialogState;
}

export type UserData = DefaultUserState;

/** Fields earlier versions kept beside the dialog stack; the journeys they belong to cannot be continued. */
const RETIRED_CONVERSATION_FIELDS = ['pendingCard'];

/** Why a conversation's stored state was dropped this turn. */
export type FreshStartReason = 'unreadable' | 'unfit';

/** The turn's state could not be written (a locked database, another instance's write won): its replies must not go out. */
export class StateNotSavedError extends Error {
  constructor(cause: unknown) {
    super(`the turn state was not saved: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StateNotSavedError';
  }
}

/** Whether stored JSON is an object (not null, not a list): the first check on anything read back. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the turn's items, leaving out (and deleting) those that cannot be parsed or are not
 * objects: they can never be read again, and would fail every turn of the conversation.
 * Other read errors (a busy database, the network) are passed on: the item may be fine.
 */
async function readDroppingUnreadable(storage: Storage, keys: string[]): Promise<{ items: StoreItems; unreadable: string[] }> {
  let items: StoreItems;
  const unreadable: string[] = [];
  try {
    items = await storage.read(keys);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    items = {};
    for (const key of keys) {
      try {
        Object.assign(items, await storage.read([key]));
      } catch (keyError) {
        if (!(keyError instanceof SyntaxError)) throw keyError;
        unreadable.push(key);
      }
    }
  }
  for (const key of Object.keys(items)) {
    if (items[key] !== null && !isRecord(items[key])) {
      unreadable.push(key);
      delete items[key];
    }
  }
  if (unreadable.length > 0) await storage.delete(unreadable);
  return { items, unreadable };
}

/**
 * teams-ai's turn state, with what a conversation needs to never wedge: stored items that
 * cannot be read are dropped at load (the turn starts afresh instead of failing), a failed
 * save is a StateNotSavedError, and the conversation can be written once more after the
 * turn's replies went out (outbox.ts).
 */
export class AppTurnState extends TurnState<ConversationData, UserData, DefaultTempState> {
  /** Set when this turn dropped stored state it could not use; the person is told once. */
  freshStart?: FreshStartReason;

  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    if (!storage) return super.load(context, storage);
    let dropped = false;
    const readable: Storage = {
      read: async (keys) => {
        const { items, unreadable } = await readDroppingUnreadable(storage, keys);
        dropped = unreadable.length > 0;
        return items;
      },
      write: (changes) => storage.write(changes),
      delete: (keys) => storage.delete(keys),
    };
    const loaded = await super.load(context, readable);
    if (dropped) this.freshStart = 'unreadable';
    return loaded;
  }

  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    try {
      await super.save(context, storage);
    } catch (error) {
      throw new StateNotSavedError(error);
    }
  }

  /** Whether the conversation holds fields an earlier version wrote and this one no longer reads. */
  hasRetiredFields(): boolean {
    return RETIRED_CONVERSATION_FIELDS.some((field) => field in this.conversation);
  }

  /** Drops the journey in progress (the dialog stack, and fields of earlier versions); the rest is kept. */
  startAfresh(reason: FreshStartReason): void {
    const conversation = this.conversation as Record<string, unknown>;
    delete conversation.dialogState;
    for (const field of RETIRED_CONVERSATION_FIELDS) delete conversation[field];
    this.freshStart ??= reason;
  }

  /**
   * Writes the conversation again after the turn was saved (ids of its replies are known only
   * once they went out, after the save), unless another turn has saved it meanwhile.
   * Returns whether it was written.
   */
  async saveConversationAgain(storage: Storage): Promise<boolean> {
    const key = this.getScope('conversation')?.storageKey;
    if (!key) return false;
    const stored = (await storage.read([key]))[key] as (ConversationData & { eTag?: string }) | undefined;
    if (!stored || stored.turnCount !== this.conversation.turnCount) return false;
    await storage.write({ [key]: { ...this.conversation, eTag: stored.eTag } });
    return true;
  }
}

const ATTACHED = Symbol('vlsa.appState');

/** Code that gets only the TurnContext (the outbox, after the turn) reaches the teams-ai turn state through this. */
export function attachState(context: TurnContext, state: AppTurnState): void {
  context.turnState.set(ATTACHED, state);
}

/** The turn state, once the turn got as far as loading it. */
export function attachedState(context: TurnContext): AppTurnState | undefined {
  return context.turnState.get(ATTACHED) as AppTurnState | undefined;
}
