import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';
import type { ConversationReferenceData } from '../cases/case';

interface StoredReference {
  reference: ConversationReferenceData;
  savedAt: string;
}

/**
 * The 1:1 (personal-scope) conversation reference of each person the bot has talked to,
 * by tenant and AAD object id, so the bot can message them proactively (an answer
 * needed, a case resolved). The Teams layer saves only references of personal chats: a
 * group chat must never become where a person's case messages go. Read by key only; the
 * reference itself is opaque here.
 */
export class ConversationReferences {
  constructor(private readonly store: KeyValueStore) {}

  async save(tenantId: string, aadObjectId: string, reference: ConversationReferenceData, now = new Date()): Promise<void> {
    if (!tenantId || !aadObjectId) return;
    const item: StoredReference & { eTag: string } = { reference, savedAt: now.toISOString(), eTag: '*' };
    await this.store.write({ [STORE_KEYS.conversationReference(tenantId, aadObjectId)]: item });
  }

  async get(tenantId: string, aadObjectId: string): Promise<ConversationReferenceData | undefined> {
    return (await this.getMany(tenantId, [aadObjectId])).get(aadObjectId);
  }

  /** The references found; people the bot never talked to are missing from the map. */
  async getMany(tenantId: string, aadObjectIds: readonly string[]): Promise<Map<string, ConversationReferenceData>> {
    const ids = [...new Set(aadObjectIds)];
    const found = new Map<string, ConversationReferenceData>();
    if (ids.length === 0 || !tenantId) return found;
    const items = await this.store.read(ids.map((id) => STORE_KEYS.conversationReference(tenantId, id)));
    for (const id of ids) {
      const item = items[STORE_KEYS.conversationReference(tenantId, id)] as StoredReference | undefined;
      if (item) found.set(id, item.reference);
    }
    return found;
  }
}
