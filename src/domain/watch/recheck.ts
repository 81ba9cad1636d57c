import type { CaseRepository, CampaignRepository, WatchRepository } from '../stores/ports';
import { CaseConflict } from '../stores/ports';
import { fixedByCheck } from '../cases/lifecycle';
import type { ConversationReferenceData } from '../cases/case';
import type { RateDecision } from '../rateLimit';
import type { Diagnosis } from '../types';
import type { Verdict } from '../verdicts';
import { newWatch, nextSlot, type Watch, type WatchCampaign } from './watch';

/**
 * The watch list's re-checks: on a schedule (every watch once per interval, at its own slot,
 * within the tenant's lookup budget) and on demand ("check again now"). When a check finds
 * the account `ready`, the person is told (the Teams layer words it), their open case for the
 * address is resolved with a history entry naming that check, the campaign recipient it was
 * started for is marked fixed, and the watch ends. When the fix ended a takeover (the verdict
 * was takeover-needed), every other watch of the domain in the tenant is checked at once.
 */

/** What the person is told when their address is fixed. */
export interface FixedNotice {
  watch: Watch;
  diagnosis: Diagnosis;
  /** The address needed a takeover before: the domain's tenant is now managed. */
  afterTakeover: boolean;
}

export interface RecheckDeps {
  watches: WatchRepository;
  cases: CaseRepository;
  campaigns: CampaignRepository;
  /** DiagnosisService.diagnose, the watcher as the requester its audit records; `fresh` asks Microsoft again for the domain. */
  diagnose: (address: string, requesterId: string, fresh: boolean) => Promise<Diagnosis>;
  /** One take from the lookup budget for the watcher in their tenant (LookupBudget.take, rateLimit.ts). */
  budget: (tenantId: string, watcherId: string) => Promise<RateDecision>;
  /**
   * Tells the watcher. `retry`: not told now (Teams refused for a while), so the watch stays and
   * the fix is found and told again at a later round; `gone`: they cannot be told (the bot was
   * removed from their chat), the watch ends anyway.
   */
  notify: (notice: FixedNotice) => Promise<'told' | 'gone' | 'retry'>;
  /** Every answered re-check, for the watcher's own record of the address (what later drafts and cards start from). */
  checked?: (watch: Watch, diagnosis: Diagnosis) => Promise<void>;
  /** WATCH_INTERVAL_HOURS in ms. */
  intervalMs: number;
  /**
   * Whether this instance runs the scheduled rounds: the lease the case loop also uses
   * (Lease.tryAcquire(LEASES.watch, instanceId, ttl), stores/ports.ts), so of several
   * instances one checks each due watch. On-demand checks do not ask.
   */
  isLeader: () => Promise<boolean>;
  now?: () => Date;
}

export type CheckOutcome =
  | { kind: 'fixed'; diagnosis: Diagnosis; caseId?: string }
  /** Not fixed yet: the verdict found (the watch's last verdict, or another that still needs action). */
  | { kind: 'unchanged'; diagnosis: Diagnosis }
  /** Microsoft was not reached, or answered "exists" for any address: nothing is known, the watch keeps its last verdict. */
  | { kind: 'inconclusive'; diagnosis: Diagnosis }
  /** The lookup budget refused: the check is moved to when it allows one again. */
  | { kind: 'postponed'; retryAfterSeconds: number };

/** When a fix Teams would not deliver is found and told again. */
export const NOTICE_RETRY_MS = 15 * 60_000;

/**
 * A check that proves the account fixed: ready, and for this very address. A ready verdict
 * Microsoft could not confirm for the address (it answers "exists" for anything while throttled,
 * and for every address of a federated domain) proves nothing.
 */
export const provesFixed = (d: Diagnosis): boolean => d.verdict === 'ready' && d.addressConfirmed !== false;

/** Saves lost to another writer before the case is left as the help desk has it. */
const CASE_ATTEMPTS = 3;

async function resolveCase(cases: CaseRepository, watch: Watch, diagnosis: Diagnosis, now: Date): Promise<string | undefined> {
  for (let attempt = 0; attempt < CASE_ATTEMPTS; attempt++) {
    const open = await cases.findOpen(watch.tenantId, watch.watcher.aadObjectId, watch.address);
    const fixed = open && fixedByCheck(open, diagnosis, now);
    if (!open || !fixed) return undefined;
    try {
      return (await cases.save(fixed, open.version)).id;
    } catch (error) {
      if (!(error instanceof CaseConflict)) throw error;
    }
  }
  return undefined;
}

/**
 * Checks one watch now, within the budget, and acts on what it finds. `sweep`: a fix after a
 * takeover checks the domain's other watches. `fresh`: the domain's cached answers are asked
 * again (a person asking "check again now" may have just finished the takeover).
 */
export async function recheckWatch(deps: RecheckDeps, watch: Watch, { sweep = true, fresh = false }: { sweep?: boolean; fresh?: boolean } = {}): Promise<CheckOutcome> {
  const now = (deps.now ?? (() => new Date()))();
  const { tenantId, address } = watch;
  const watcherId = watch.watcher.aadObjectId;
  const decision = await deps.budget(tenantId, watcherId);
  if (!decision.allowed) {
    await deps.watches.recordCheck(tenantId, watcherId, address, { nextCheckAt: new Date(now.getTime() + decision.retryAfterSeconds * 1000).toISOString() });
    return { kind: 'postponed', retryAfterSeconds: decision.retryAfterSeconds };
  }
  const diagnosis = await deps.diagnose(address, watcherId, fresh);
  const next = nextSlot(tenantId, address, deps.intervalMs, now).toISOString();
  if (diagnosis.verdict === 'lookup-failed' || (diagnosis.verdict === 'ready' && !provesFixed(diagnosis))) {
    await deps.watches.recordCheck(tenantId, watcherId, address, { lastCheckedAt: diagnosis.checkedAt, nextCheckAt: next });
    return { kind: 'inconclusive', diagnosis };
  }
  await deps.checked?.(watch, diagnosis);
  if (diagnosis.verdict !== 'ready') {
    await deps.watches.recordCheck(tenantId, watcherId, address, { lastCheckedAt: diagnosis.checkedAt, lastVerdict: diagnosis.verdict, nextCheckAt: next });
    return { kind: 'unchanged', diagnosis };
  }
  const caseId = await resolveCase(deps.cases, watch, diagnosis, now);
  if (watch.campaign) await deps.campaigns.markFixed(tenantId, watch.campaign.campaignId, watch.campaign.index, now);
  // Removed first: of two instances checking at once, only the one that removed it tells the person.
  if (await deps.watches.remove(tenantId, watcherId, address)) {
    const endedTakeover = watch.lastVerdict === 'takeover-needed';
    // What changes for the others is told to whoever's check found the takeover, not to each person the sweep then finds fixed.
    const told = await deps.notify({ watch, diagnosis, afterTakeover: endedTakeover && sweep });
    if (endedTakeover && sweep) await recheckDomain(deps, tenantId, watch.domain);
    // Put back after the sweep, which would otherwise find it again at once.
    if (told === 'retry') await deps.watches.put({ ...watch, nextCheckAt: new Date(now.getTime() + NOTICE_RETRY_MS).toISOString() });
  }
  return { kind: 'fixed', diagnosis, ...(caseId ? { caseId } : {}) };
}

/** Every watch of the domain in the tenant, checked now: its tenant has just become managed. */
export async function recheckDomain(deps: RecheckDeps, tenantId: string, domain: string): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const watch of await deps.watches.listByDomain(tenantId, domain)) outcomes.push(await recheckWatch(deps, watch, { sweep: false }));
  return outcomes;
}

/** "Check again now": the person's own watches in their tenant, or one of them by address (nothing for an address they do not watch). */
export async function checkNow(deps: RecheckDeps, tenantId: string, watcherId: string, address?: string): Promise<Array<{ watch: Watch; outcome: CheckOutcome }>> {
  const watches = address ? [await deps.watches.get(tenantId, watcherId, address)].filter((w): w is Watch => w !== undefined) : await deps.watches.listByWatcher(tenantId, watcherId);
  const results: Array<{ watch: Watch; outcome: CheckOutcome }> = [];
  for (const watch of watches) results.push({ watch, outcome: await recheckWatch(deps, watch, { fresh: true }) });
  return results;
}

/** One round of the scheduler on the instance holding the lease: the watches due now, at most `limit`, each checked once. */
export async function runWatchRound(deps: RecheckDeps, limit: number): Promise<CheckOutcome[]> {
  if (!(await deps.isLeader())) return [];
  const now = (deps.now ?? (() => new Date()))();
  const outcomes: CheckOutcome[] = [];
  for (const watch of await deps.watches.listDue(now, limit)) outcomes.push(await recheckWatch(deps, watch));
  return outcomes;
}

/** Who is watching, and for which campaign recipient when a campaign started the watch. */
export interface WatchRequest {
  aadObjectId: string;
  conversationReference?: ConversationReferenceData;
  locale?: string;
  campaign?: WatchCampaign;
  /** The check the person was shown: when, and its verdict. */
  checked?: { at: string; verdict: Verdict };
}

/**
 * Starting and stopping watches, each at its slot of the interval. The campaign journey calls
 * `watch` for each person it sends a card to ("Tell me when it's fixed" already on); the
 * verdict card's toggle calls `watch` and `stop` for the person who pressed it.
 */
export class WatchList {
  constructor(
    private readonly watches: WatchRepository,
    private readonly intervalMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  watch(tenantId: string, address: string, { aadObjectId, conversationReference, locale, campaign, checked }: WatchRequest): Promise<Watch> {
    const watcher = { aadObjectId, ...(conversationReference ? { conversationReference } : {}), ...(locale ? { locale } : {}) };
    const last = checked ? { checked: { lastCheckedAt: checked.at, lastVerdict: checked.verdict } } : {};
    return this.watches.put(newWatch({ tenantId, address, watcher, ...(campaign ? { campaign } : {}), ...last }, this.intervalMs, this.now()));
  }

  /** True when the person was watching the address in the tenant. */
  stop(tenantId: string, aadObjectId: string, address: string): Promise<boolean> {
    return this.watches.remove(tenantId, aadObjectId, address);
  }

  isWatching(tenantId: string, aadObjectId: string, address: string): Promise<boolean> {
    return this.watches.get(tenantId, aadObjectId, address).then(Boolean);
  }
}
