import type { SummaryRecord } from '../campaigns/summary';
import { updateStored } from '../storedUpdate';
import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

/** A claim's outcome: whether this caller may send the summary, and the summary it follows (to compare with). */
export type SummaryClaim = { claimed: false } | { claimed: true; previous: SummaryRecord | undefined };

/**
 * The last weekly summary of each campaign, by tenant and campaign id (campaigns/summary.ts).
 * A summary is claimed before it is sent: the record is written over the one read, with its
 * eTag, so of two instances (or a restarted one) deciding at once, one claims it and the other
 * reads the claim and finds nothing due. A summary Teams then refuses is not tried again that week.
 */
export class CampaignSummaries {
  constructor(private readonly store: KeyValueStore) {}

  async last(tenantId: string, campaignId: string): Promise<SummaryRecord | undefined> {
    const key = STORE_KEYS.campaignSummary(tenantId, campaignId);
    const stored = (await this.store.read([key]))[key] as (SummaryRecord & { eTag?: string }) | undefined;
    return stored && { counts: stored.counts, at: stored.at, final: stored.final };
  }

  /** Records `next` as the campaign's last summary if `stillDue` says so of the last one as stored now. */
  claim(tenantId: string, campaignId: string, next: SummaryRecord, stillDue: (last: SummaryRecord | undefined) => boolean): Promise<SummaryClaim> {
    return updateStored<SummaryRecord, SummaryClaim>(this.store, STORE_KEYS.campaignSummary(tenantId, campaignId), (stored) => {
      const last = stored && { counts: stored.counts, at: stored.at, final: stored.final };
      return stillDue(last) ? { next, result: { claimed: true, previous: last } } : { result: { claimed: false } };
    });
  }
}
