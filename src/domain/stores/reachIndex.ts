import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

interface StoredReach {
  aadObjectId: string;
  savedAt: string;
}

/** Addresses compare case-insensitively; a key holds the lower-cased address. */
const keyOf = (address: string) => address.trim().toLowerCase();

/**
 * Which person a work address leads to in a tenant: the UPN and the e-mail the Teams profile
 * gave when the person installed the bot or wrote to it 1:1, each pointing at their AAD object
 * id (whose 1:1 chat ConversationReferences keeps). A campaign's list names people by address;
 * this is how the bot finds whose chat each one is, tenant first, without scanning anything.
 */
export class ReachIndex {
  constructor(private readonly store: KeyValueStore) {}

  /** Records that `addresses` (UPN, e-mail) are the person's; empty ones are skipped. */
  async remember(tenantId: string, aadObjectId: string, addresses: ReadonlyArray<string | undefined>, now = new Date()): Promise<void> {
    const keys = [...new Set(addresses.filter((a): a is string => Boolean(a && a.includes('@'))).map(keyOf))];
    if (!tenantId || !aadObjectId || keys.length === 0) return;
    const item: StoredReach & { eTag: string } = { aadObjectId, savedAt: now.toISOString(), eTag: '*' };
    await this.store.write(Object.fromEntries(keys.map((address) => [STORE_KEYS.reach(tenantId, address), item])));
  }

  /** The AAD object id of each address known in the tenant (keyed by the lower-cased address); unknown ones are missing. */
  async lookup(tenantId: string, addresses: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const keys = [...new Set(addresses.map(keyOf))];
    if (!tenantId || keys.length === 0) return found;
    const items = await this.store.read(keys.map((address) => STORE_KEYS.reach(tenantId, address)));
    for (const address of keys) {
      const item = items[STORE_KEYS.reach(tenantId, address)] as StoredReach | undefined;
      if (item?.aadObjectId) found.set(address, item.aadObjectId);
    }
    return found;
  }
}
