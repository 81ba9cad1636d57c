import type { KeyValueStore } from '../types';
import type { ConversationReferenceData } from './case';

interface StoredReference {
  reference: ConversationReferenceData;
  savedAt: string;
}

const keyOf = (aadObjectId: string) => `ref/${aadObjectId}`;

/**
 * The 1:1 conversation reference of each person the bot has talked to, by AAD object id,
 * so the bot can message them proactively (an answer needed, a case resolved). Read by
 * key only; the reference itself is opaque here.
 */
export class ConversationReferences {
  constructor(private readonly store: KeyValueStore) {}

  async save(aadObjectId: string, reference: ConversationReferenceData, now = new Date()): Promise<void> {
    const item: StoredReference & { eTag: string } = { reference, savedAt: now.toISOString(), eTag: '*' };
    await this.store.write({ [keyOf(aadObjectId)]: item });
  }

  async get(aadObjectId: string): Promise<ConversationReferenceData | undefined> {
    return (await this.getMany([aadObjectId])).get(aadObjectId);
  }

  /** The references found; people the bot never talked to are missing from the map. */
  async getMany(aadObjectIds: readonly string[]): Promise<Map<string, ConversationReferenceData>> {
    const ids = [...new Set(aadObjectIds)];
    const found = new Map<string, ConversationReferenceData>();
    if (ids.length === 0) return found;
    const items = await this.store.read(ids.map(keyOf));
    for (const id of ids) {
      const item = items[keyOf(id)] as StoredReference | undefined;
      if (item) found.set(id, item.reference);
    }
    return found;
  }
}
