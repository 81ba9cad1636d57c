/**
 * The storage ports: what the domain needs from storage, in one place. The backends in
 * src/storage implement them (SQLite; Azure Blob and Table Storage; MemoryStore for the
 * command line and tests) and pass the contract suites in test/contracts/. The keys the bot keeps
 * in a KeyValueStore are all built in keys.ts, beside this file.
 */
import type { Case, CaseCategory, CaseOutbox, PendingPost } from '../cases/case';
import type { CaseStats } from '../cases/stats';
import type { Campaign, DeliveryCounts, DeliveryState, NewRecipient, Recipient } from '../campaigns/campaign';
import type { Diagnosis } from '../types';
import type { Watch, WatchCheck } from '../watch/watch';

/** A conditional write lost to another writer: the one failure worth reading again and retrying. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * A minimal key-value store with eTags: botbuilder's Storage fits it as is. Items are JSON
 * objects; a read returns only the keys that exist, each with the `eTag` it was stored
 * under. A write with no eTag or `'*'` overwrites; any other eTag must still be the stored
 * one, else the write throws ETagConflictError (updateStored in storedUpdate.ts reads again
 * and retries).
 *
 * @example
 * const key = STORE_KEYS.helpdeskRoster(tenantId, teamId);
 * await store.write({ [key]: { members, eTag: '*' } });
 * const item = (await store.read([key]))[key]; // undefined when nothing is stored
 * await store.delete([key]);
 */
export interface KeyValueStore {
  read(keys: string[]): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  write(changes: Record<string, any>): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
  delete(keys: string[]): Promise<void>;
}

/**
 * A store that hands an item to exactly one caller: read and delete in one step, so of two
 * callers taking the same key at once (on one instance or two), one gets it.
 *
 * @example
 * // A one-time download: the second request for the same token finds nothing.
 * const item = await store.takeOnce(STORE_KEYS.export(token));
 * if (!item) return notFound();
 */
export interface TakeOnceStore {
  /** The item under `key`, now deleted; undefined when there is none or another caller took it. */
  takeOnce(key: string): Promise<Record<string, any> | undefined>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A save lost the race: `current` is the case as the winner left it. */
export class CaseConflict extends Error {
  constructor(readonly current: Case) {
    super(`${current.id} was changed by someone else (now version ${current.version}).`);
    this.name = 'CaseConflict';
  }
}

/** An outbox save lost the race: `current` is the outbox as the winner left it. */
export class OutboxConflict extends Error {
  constructor(readonly current: CaseOutbox) {
    super(`The delivery record of ${current.caseId} was changed meanwhile (now version ${current.version}).`);
    this.name = 'OutboxConflict';
  }
}

/** The store already holds an open case for this requester and address. */
export class OpenCaseExists extends Error {
  constructor(readonly existingId: string) {
    super(`There is already an open case for this person and address: ${existingId}.`);
    this.name = 'OpenCaseExists';
  }
}

/** A new case drew an id the store already holds. */
export class CaseIdTaken extends Error {
  constructor(readonly id: string) {
    super(`The case id ${id} is already taken.`);
    this.name = 'CaseIdTaken';
  }
}

export class CaseNotFound extends Error {
  constructor(readonly id: string) {
    super(`There is no case ${id}.`);
    this.name = 'CaseNotFound';
  }
}

/** Narrows a tenant's listing; `categories` is how a help-desk channel sees only what is routed to it. */
export interface CaseFilter {
  categories?: readonly CaseCategory[];
  limit?: number;
}

/**
 * Where cases live, each with its outbox (the delivery record beside it). The tenant is
 * the first key of every read and listing: no method returns a case of a tenant it was
 * not given, except those the bot's own background loop uses across tenants
 * (`listDueOutboxes`, `listToRemind`, and `listUnrouted` without a tenant). A case's id is
 * unique within its tenant. Implementations (SQLite, Azure Tables) pass the contract
 * suite in test/contracts/caseRepository.contract.ts. Timestamps are ISO strings; lists
 * of open cases come oldest first. A case stored before the tenant was a key, whose
 * requester had no tenant, is kept under the empty tenant `''`, which no actor has
 * (authorisation.ts): only the background loop's listings still return it.
 *
 * Changes go through mutateCase and openOrUpdateCase (cases/repository.ts), which
 * authorise the actor and settle lost races.
 *
 * @example
 * const c = await cases.get(tenantId, 'VL-7K3QX2PM'); // undefined in every other tenant
 * try {
 *   await cases.save(changed, c.version); // `changed`: c after applyAction (lifecycle.ts)
 * } catch (error) {
 *   if (error instanceof CaseConflict) show(error.current); // someone saved first
 * }
 * const waiting = await cases.listUnassigned(tenantId, { categories: ['mfa'], limit: 20 });
 */
export interface CaseRepository {
  /**
   * Stores a new case as version 1 together with its outbox (version 1, holding `pending`,
   * updated at the case's `updatedAt`), in one write. Throws CaseIdTaken, or
   * OpenCaseExists when the requester already has an open case for the address in that tenant.
   */
  insert(c: Case, pending?: readonly PendingPost[]): Promise<{ case: Case; outbox: CaseOutbox }>;
  get(tenantId: string, id: string): Promise<Case | undefined>;
  /** Stores `c` if the stored version is still `expectedVersion`, as version + 1. Throws CaseConflict, CaseNotFound or OpenCaseExists (a reopen beside a newer open case). */
  save(c: Case, expectedVersion: number): Promise<Case>;
  /** The open case for this requester and address in the tenant (addresses compared case-insensitively). */
  findOpen(tenantId: string, requesterId: string, address: string): Promise<Case | undefined>;
  listOpen(tenantId: string, filter?: CaseFilter): Promise<Case[]>;
  listUnassigned(tenantId: string, filter?: CaseFilter): Promise<Case[]>;
  /** Open cases assigned to the person. */
  listAssignedTo(tenantId: string, assigneeId: string, filter?: CaseFilter): Promise<Case[]>;
  /** Open unassigned cases (of every tenant) created at least `olderThanMs` before `now` and not yet reminded about. */
  listToRemind(olderThanMs: number, now: Date): Promise<Case[]>;
  /** Records the reminder (with its history entry) in one step, whatever the version; undefined for an unknown id. */
  markReminded(tenantId: string, id: string, at: Date): Promise<Case | undefined>;
  /** The requester's cases in the tenant, newest first. */
  listByRequester(tenantId: string, requesterId: string, limit?: number): Promise<Case[]>;
  stats(tenantId: string): Promise<CaseStats>;
  /** Every case of a tenant, oldest first, read a page at a time. */
  all(tenantId: string, options?: { pageSize?: number }): AsyncIterable<Case>;

  /** The case's delivery record; undefined when the case does not exist. */
  getOutbox(tenantId: string, caseId: string): Promise<CaseOutbox | undefined>;
  /** Stores the outbox if its stored version is still `expectedVersion`, as version + 1. Throws OutboxConflict or CaseNotFound. Never changes the case. */
  saveOutbox(outbox: CaseOutbox, expectedVersion: number): Promise<CaseOutbox>;
  /**
   * Outboxes (of every tenant) with a pending post due at or before `now`, earliest first,
   * whatever the status of their case (a closed case's cards still show that it is closed).
   */
  listDueOutboxes(now: Date, limit?: number): Promise<CaseOutbox[]>;
  /**
   * Open cases whose outbox has no card and nothing pending (nobody reached, nothing on
   * its way), oldest first: of one tenant, or of every tenant for the background loop.
   */
  listUnrouted(filter?: { tenantId?: string; limit?: number }): Promise<Array<{ case: Case; outbox: CaseOutbox }>>;
}

/**
 * A named lease that at most one holder has at a time, so that of several bot instances
 * sharing a backend only one does a given piece of background work (the unassigned-case
 * reminders). A holder keeps the lease by calling `tryAcquire` again before `ttlMs`
 * passes; when it stops (crash, scale-in), another holder gets the lease once it expires.
 *
 * Expiry is judged by the clock of the instance asking, so `ttlMs` must be well above
 * the clock skew between instances (seconds on Azure) and above one round of the work.
 *
 * @example
 * // Every round, on every instance: only the holder works; stopping lets another take over.
 * if (await lease.tryAcquire('case-loop', instanceId, 3 * roundMs)) await runRound();
 * await lease.release('case-loop', instanceId); // at shutdown
 */
export interface Lease {
  /** Takes the lease, or extends it when `holderId` already has it. True when `holderId` holds it now, for `ttlMs`. */
  tryAcquire(name: string, holderId: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up now, if `holderId` holds it, so another holder need not wait for expiry. */
  release(name: string, holderId: string): Promise<void>;
}

/** A campaign save lost the race: `current` is the campaign as the winner left it. */
export class CampaignConflict extends Error {
  constructor(readonly current: Campaign) {
    super(`Campaign ${current.id} was changed meanwhile (now version ${current.version}).`);
    this.name = 'CampaignConflict';
  }
}

export class CampaignNotFound extends Error {
  constructor(readonly id: string) {
    super(`There is no campaign ${id}.`);
    this.name = 'CampaignNotFound';
  }
}

/**
 * A recipient's delivery fields as the send job changes them: compare-and-set on what the
 * job last read (`delivery` and `attempts`), so of two writers (a job that lost its lease
 * and the one that has it) only one moves a recipient on.
 */
export type RecipientDelivery = Pick<Recipient, 'delivery' | 'attempts' | 'nextAttemptAt' | 'claim' | 'lastError' | 'sentAt'>;

/**
 * Where campaigns and their recipients live (a recipient is one row, so the job's writes
 * stay small however long the list). The tenant is the first key of every read and
 * write; only `listSending` and `listFollowedUp`, the send job's and the weekly summaries' own
 * listings, span tenants. Implementations
 * (SQLite, Azure Tables) pass test/contracts/campaignRepository.contract.ts.
 *
 * @example
 * const campaign = await campaigns.create(newCampaign({ tenantId, id, owner, note, recipientCount: list.length }, now), list);
 * for (const r of await campaigns.listDue(tenantId, campaign.id, { now, claimedBefore, limit: 100 })) claimAndSend(r);
 */
export interface CampaignRepository {
  /** Stores a new campaign (version 1) and its recipients (index 0…n-1, pending), in one write. Throws CampaignIdTaken. */
  create(campaign: Campaign, recipients: readonly NewRecipient[]): Promise<Campaign>;
  get(tenantId: string, id: string): Promise<Campaign | undefined>;
  /** A tenant's campaigns, newest first. */
  listByTenant(tenantId: string, limit?: number): Promise<Campaign[]>;
  /** Campaigns of every tenant in state `sending`, oldest first: the send job's work. */
  listSending(limit?: number): Promise<Campaign[]>;
  /** Campaigns of every tenant in state `sending`, `done` or `cancelled` (not closed), oldest first: the weekly summaries' work. */
  listFollowedUp(limit?: number): Promise<Campaign[]>;
  /** Stores `campaign` if the stored version is still `expectedVersion`, as version + 1. Throws CampaignConflict or CampaignNotFound. */
  save(campaign: Campaign, expectedVersion: number): Promise<Campaign>;
  /** Recipients in list order from index `from`, at most `limit` (a page of the preview or the export). */
  recipients(tenantId: string, campaignId: string, page: { from: number; limit: number }): Promise<Recipient[]>;
  /** Stores the latest check of some recipients (by index); their delivery is untouched. */
  recordDiagnoses(tenantId: string, campaignId: string, checked: ReadonlyArray<{ index: number; diagnosis: Diagnosis }>): Promise<void>;
  /**
   * Recipients the job may claim, in list order: pending ones due at `now`, and `sending`
   * ones whose claim was made before `claimedBefore`, or by `instance` in another run than
   * its current one (the process restarted, so that run is gone): claims the job must
   * settle (sendJob.ts says how).
   */
  listDue(tenantId: string, campaignId: string, query: { now: Date; claimedBefore: Date; instance: { instanceId: string; runId: string }; limit: number }): Promise<Recipient[]>;
  /** The earliest `nextAttemptAt` of a pending recipient, or undefined when none is pending. */
  nextDueAt(tenantId: string, campaignId: string): Promise<string | undefined>;
  /**
   * Moves one recipient's delivery to `next` if its stored delivery and attempts are still
   * `expected`: true when it did, false when another writer changed it first (or it is gone).
   */
  updateDelivery(tenantId: string, campaignId: string, index: number, expected: { delivery: DeliveryState; attempts: number }, next: RecipientDelivery): Promise<boolean>;
  /** How many recipients are in each delivery state: readable at any time. */
  counts(tenantId: string, campaignId: string): Promise<DeliveryCounts>;
  /**
   * Records that a recipient's account is fixed (a re-check found it `ready`, watch/recheck.ts), once:
   * true when this call marked it, false when it already was (or there is no such recipient).
   * Its delivery is untouched.
   */
  markFixed(tenantId: string, campaignId: string, index: number, at: Date): Promise<boolean>;
  /** How many of the campaign's recipients are fixed. */
  fixedCount(tenantId: string, campaignId: string): Promise<number>;
}

/** A new campaign drew an id the tenant already has. */
export class CampaignIdTaken extends Error {
  constructor(readonly id: string) {
    super(`The campaign id ${id} is already taken.`);
    this.name = 'CampaignIdTaken';
  }
}

/**
 * The watch list (watch/watch.ts): one row per person and address they watch, in their
 * tenant. The tenant is the first key of every read and write; only `listDue`, the
 * scheduler's own listing, spans tenants. Addresses are compared case-insensitively.
 * Implementations (SQLite, Azure Tables) pass test/contracts/watchRepository.contract.ts.
 *
 * The campaign journey puts a recipient on the list through WatchList.watch (watch/recheck.ts),
 * which builds the watch at its slot of WATCH_INTERVAL_HOURS and stores it here; the re-check
 * that finds the address `ready` marks that recipient fixed (CampaignRepository.markFixed):
 *
 * @example
 * const list = new WatchList(watches, intervalMs);
 * await list.watch(tenantId, recipient.address, { aadObjectId, conversationReference, campaign: { campaignId, index: recipient.index } });
 * const mine = await watches.get(tenantId, aadObjectId, 'ann@contoso.com'); // undefined for anyone else
 * await watches.remove(tenantId, aadObjectId, 'ann@contoso.com'); // "stop watching"
 */
export interface WatchRepository {
  /** Stores the watch, replacing the same person's watch of the same address in the tenant. */
  put(watch: Watch): Promise<Watch>;
  get(tenantId: string, watcherId: string, address: string): Promise<Watch | undefined>;
  /** True when there was such a watch. */
  remove(tenantId: string, watcherId: string, address: string): Promise<boolean>;
  /** The person's watches in the tenant ("check again now" re-checks them all). */
  listByWatcher(tenantId: string, watcherId: string): Promise<Watch[]>;
  /** Records a check (or a postponed one: only `nextCheckAt`) of a watch that still exists (a removed one stays removed). */
  recordCheck(tenantId: string, watcherId: string, address: string, check: WatchCheck): Promise<void>;
  /** Watches (of every tenant) due at or before `now`, earliest first: the scheduler's work. */
  listDue(now: Date, limit: number): Promise<Watch[]>;
  /** The tenant's watches of addresses at `domain` (lower-case). */
  listByDomain(tenantId: string, domain: string): Promise<Watch[]>;
}
