import type { CampaignProgress } from '../campaigns/campaign';
import type { ConversationReferenceData } from '../cases/case';
import { updateStored } from '../storedUpdate';
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
  shown?: CampaignProgress;
  shownAt?: string;
  /** True once the card shows the campaign finished (done or cancelled): nothing more to update. */
  final: boolean;
}

export interface OpenProgressCard {
  tenantId: string;
  campaignId: string;
}

interface StoredIndex {
  open: OpenProgressCard[];
}

const same = (a: OpenProgressCard, b: OpenProgressCard) => a.tenantId === b.tenantId && a.campaignId === b.campaignId;

/**
 * The progress card of each campaign being sent, by tenant and campaign id, so the card is
 * updated in place whichever instance updates it and however many restarts come between;
 * and the list of cards still open, which the progress loop walks (the store cannot list keys).
 */
export class CampaignProgressCards {
  constructor(private readonly store: KeyValueStore) {}

  async get(tenantId: string, campaignId: string): Promise<ProgressCard | undefined> {
    const key = STORE_KEYS.campaignProgress(tenantId, campaignId);
    return (await this.store.read([key]))[key] as ProgressCard | undefined;
  }

  /** Stores the card; an open one joins the list of open cards, a final one leaves it. */
  async save(tenantId: string, campaignId: string, card: ProgressCard): Promise<void> {
    await this.store.write({ [STORE_KEYS.campaignProgress(tenantId, campaignId)]: { ...card, eTag: '*' } });
    const entry = { tenantId, campaignId };
    await updateStored<StoredIndex, void>(this.store, STORE_KEYS.campaignProgressIndex(), (current) => {
      const open = current?.open ?? [];
      const listed = open.some((e) => same(e, entry));
      if (card.final === !listed) return { result: undefined };
      return { next: { open: card.final ? open.filter((e) => !same(e, entry)) : [...open, entry] }, result: undefined };
    });
  }

  /** The cards not yet showing their campaign finished, oldest first. */
  async open(): Promise<OpenProgressCard[]> {
    const key = STORE_KEYS.campaignProgressIndex();
    return ((await this.store.read([key]))[key] as StoredIndex | undefined)?.open ?? [];
  }
}
