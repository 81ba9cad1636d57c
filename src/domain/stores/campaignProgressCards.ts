import type { CampaignProgress } from '../campaigns/campaign';
import type { ConversationReferenceData } from '../cases/case';
import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

/** Where an admin's progress card of a campaign is, and what it last showed. */
export interface ProgressCard {
  /** The owner's 1:1 chat the card lives in (opaque here). */
  reference: ConversationReferenceData;
  /** The locale the owner sent the campaign from: the card speaks it unless they chose a language. */
  locale?: string;
  /** The card's message id; empty until the first post. */
  activityId: string;
  /** What the card shows now, and when it was written. */
  shown?: CampaignProgress & { state: string };
  shownAt?: string;
  /** True once the card shows the campaign finished (done or cancelled): nothing more to update. */
  final: boolean;
}

/**
 * The progress card of each campaign being sent, by tenant and campaign id, so the card is
 * updated in place however many instances or restarts come between its updates. Read by key.
 */
export class CampaignProgressCards {
  constructor(private readonly store: KeyValueStore) {}

  async get(tenantId: string, campaignId: string): Promise<ProgressCard | undefined> {
    const key = STORE_KEYS.campaignProgress(tenantId, campaignId);
    return (await this.store.read([key]))[key] as ProgressCard | undefined;
  }

  async save(tenantId: string, campaignId: string, card: ProgressCard): Promise<void> {
    await this.store.write({ [STORE_KEYS.campaignProgress(tenantId, campaignId)]: { ...card, eTag: '*' } });
  }
}
