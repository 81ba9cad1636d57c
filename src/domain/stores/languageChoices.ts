import { isLanguageTag, type LanguageTag } from '../language/tags';
import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

interface StoredChoice {
  tag: LanguageTag;
  chosenAt: string;
}

/**
 * The language each person chose for the bot's answers ("language: Deutsch"), by tenant and
 * AAD object id, so it holds in every chat and after restarts, and for the messages the bot
 * sends them later. No choice: Teams' locale of each turn decides. Read by key only.
 */
export class LanguageChoices {
  constructor(private readonly store: KeyValueStore) {}

  /** The person's choice; none for a stored value this version does not know (a language since removed). */
  async get(tenantId: string, aadObjectId: string): Promise<LanguageTag | undefined> {
    if (!aadObjectId) return undefined;
    const key = STORE_KEYS.languageChoice(tenantId, aadObjectId);
    const tag = ((await this.store.read([key]))[key] as Partial<StoredChoice> | undefined)?.tag;
    return isLanguageTag(tag) ? tag : undefined;
  }

  async set(tenantId: string, aadObjectId: string, tag: LanguageTag, now = new Date()): Promise<void> {
    const item: StoredChoice & { eTag: string } = { tag, chosenAt: now.toISOString(), eTag: '*' };
    await this.store.write({ [STORE_KEYS.languageChoice(tenantId, aadObjectId)]: item });
  }

  /** Forgets the choice: Teams' locale decides again. */
  async clear(tenantId: string, aadObjectId: string): Promise<void> {
    await this.store.delete([STORE_KEYS.languageChoice(tenantId, aadObjectId)]);
  }
}
