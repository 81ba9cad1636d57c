import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

export interface SelfInstall {
  /** The person's Entra object id, as Graph resolved their address. */
  userId: string;
  /** When Graph answered that the bot is installed for them (201, or 409 already installed); ISO. */
  installedAt: string;
}

/**
 * That the bot installed itself for a campaign's recipient through Graph, keyed tenant first,
 * then the campaign and the recipient's row: written once Graph has answered, read by every
 * later attempt (after a restart too), so the install is never asked for twice and the wait
 * for its conversation reference is measured from the install itself.
 */
export class SelfInstalls {
  constructor(private readonly store: KeyValueStore) {}

  async get(tenantId: string, campaignId: string, index: number): Promise<SelfInstall | undefined> {
    const key = STORE_KEYS.selfInstall(tenantId, campaignId, index);
    const item = (await this.store.read([key]))[key] as SelfInstall | undefined;
    return item?.userId ? { userId: item.userId, installedAt: item.installedAt } : undefined;
  }

  async save(tenantId: string, campaignId: string, index: number, install: SelfInstall): Promise<void> {
    if (!tenantId || !campaignId) return;
    await this.store.write({ [STORE_KEYS.selfInstall(tenantId, campaignId, index)]: { ...install, eTag: '*' } });
  }
}
