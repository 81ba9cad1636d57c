import type { RateDecision } from '../rateLimit';
import type { CampaignRepository } from '../stores/ports';
import type { Diagnosis } from '../types';
import { VERDICTS, type Verdict } from '../verdicts';
import { applyCampaignAction, needsAction, type Campaign, type Recipient } from './campaign';

/**
 * Checking a campaign's addresses before anything is sent, and the preview the admin
 * decides on. The checks are the bot's ordinary diagnosis (DiagnosisService, with its
 * domain cache and per-host request cap), run a bounded number at a time, each one counted
 * against the tenant's lookup budget: a list longer than what is left of the budget is
 * checked in parts, each call carrying on where the last stopped, and the campaign
 * becomes `previewed` once every address is checked.
 */

/** Who can be reached in Teams: the Teams layer answers from the conversation references (matched on UPN and e-mail). */
export interface RecipientReach {
  /** The addresses (as recipients hold them) of the people who can be sent a card. */
  reachable(tenantId: string, people: ReadonlyArray<Pick<Recipient, 'address' | 'upn'>>): Promise<ReadonlySet<string>>;
}

export interface CampaignCheckDeps {
  campaigns: CampaignRepository;
  /** DiagnosisService.diagnose, the owner as the requester its audit records. */
  diagnose: (address: string, requesterId: string) => Promise<Diagnosis>;
  /** One take per address from the tenant's lookup budget (SlidingWindowLimiter `lookup-tenant`, rateLimit.ts). */
  budget: (tenantId: string) => Promise<RateDecision>;
  /** Addresses checked at once. */
  concurrency: number;
  now?: () => Date;
}

export interface CheckProgress {
  checked: number;
  /** Addresses not checked yet; 0 when the campaign is ready to preview. */
  remaining: number;
  /** When the budget stopped the checks: seconds until it allows more. */
  retryAfterSeconds?: number;
  campaign: Campaign;
}

/** Recipients read (and their checks written) at a time. */
const PAGE = 500;

/** Checks the campaign's unchecked addresses while the tenant's budget allows; a campaign fully checked becomes `previewed`. */
export async function checkCampaign(deps: CampaignCheckDeps, campaign: Campaign): Promise<CheckProgress> {
  const { campaigns } = deps;
  const now = deps.now ?? (() => new Date());
  let checked = 0;
  let remaining = 0;
  let retryAfterSeconds: number | undefined;
  for (let from = 0; from < campaign.recipientCount; from += PAGE) {
    const unchecked = (await campaigns.recipients(campaign.tenantId, campaign.id, { from, limit: PAGE })).filter((r) => !r.diagnosis);
    if (retryAfterSeconds !== undefined) {
      remaining += unchecked.length;
      continue;
    }
    const results: Array<{ index: number; diagnosis: Diagnosis }> = [];
    let next = 0;
    const worker = async () => {
      while (next < unchecked.length && retryAfterSeconds === undefined) {
        const r = unchecked[next++];
        const decision = await deps.budget(campaign.tenantId);
        if (!decision.allowed) {
          retryAfterSeconds = decision.retryAfterSeconds;
          next = unchecked.length;
          return;
        }
        results.push({ index: r.index, diagnosis: await deps.diagnose(r.address, campaign.owner.aadObjectId) });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency, unchecked.length)) }, worker));
    if (results.length) await campaigns.recordDiagnoses(campaign.tenantId, campaign.id, results);
    checked += results.length;
    remaining += unchecked.length - results.length;
  }
  let current = campaign;
  const previewed = remaining === 0 ? applyCampaignAction(campaign, 'previewed', now()) : undefined;
  if (previewed) current = await campaigns.save(previewed, campaign.version);
  return { checked, remaining, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }), campaign: current };
}

/** A person the preview names, with what their check found. */
export interface PreviewPerson {
  address: string;
  upn?: string;
  verdict?: Verdict;
}

export interface CampaignPreview {
  total: number;
  /** Per verdict, in VERDICTS order; unchecked addresses are counted apart. */
  byVerdict: Array<{ verdict: Verdict; count: number }>;
  unchecked: number;
  /** People whose verdict asks them to act; the first `shown`, with the full count. */
  needsAction: { count: number; people: PreviewPerson[] };
  /** People with no way to be sent a card in Teams (they can be told through another channel). */
  notReachable: { count: number; people: PreviewPerson[] };
}

/** People listed per group on the preview; a card has room for a few, an export for all. */
const SHOWN = 20;

const person = (r: Recipient): PreviewPerson => ({ address: r.address, ...(r.upn ? { upn: r.upn } : {}), ...(r.diagnosis ? { verdict: r.diagnosis.verdict } : {}) });

/** The preview: counts per verdict, who needs action, who cannot be reached in Teams. */
export async function previewCampaign(deps: { campaigns: CampaignRepository; reach: RecipientReach }, campaign: Campaign): Promise<CampaignPreview> {
  const counts = new Map<Verdict, number>();
  let unchecked = 0;
  const needs: PreviewPerson[] = [];
  let needsCount = 0;
  const unreachable: PreviewPerson[] = [];
  let unreachableCount = 0;
  for (let from = 0; from < campaign.recipientCount; from += PAGE) {
    const page = await deps.campaigns.recipients(campaign.tenantId, campaign.id, { from, limit: PAGE });
    const reachable = await deps.reach.reachable(campaign.tenantId, page);
    for (const r of page) {
      const verdict = r.diagnosis?.verdict;
      if (verdict === undefined) unchecked += 1;
      else counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
      if (verdict !== undefined && needsAction(verdict) && ++needsCount <= SHOWN) needs.push(person(r));
      if (!reachable.has(r.address) && ++unreachableCount <= SHOWN) unreachable.push(person(r));
    }
  }
  return {
    total: campaign.recipientCount,
    byVerdict: VERDICTS.filter((v) => counts.has(v)).map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 })),
    unchecked,
    needsAction: { count: needsCount, people: needs },
    notReachable: { count: unreachableCount, people: unreachable },
  };
}
