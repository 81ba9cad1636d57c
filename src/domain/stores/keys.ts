/**
 * Every key the bot keeps in the shared KeyValueStore (the bot state: SQLite's `bot_state`
 * table, or one blob per key), in one table: each store, cache and limiter builds its keys
 * here, and test/unit/storeKeys.test.ts checks that no row's keys can be another row's.
 *
 * The formats are stored data: a key built differently no longer finds what instances and
 * earlier versions stored under the old one. Change a format only with a new prefix (as
 * `entra/v1/` versions the lookup cache), never in place.
 *
 * teams-ai writes the turn state to the same store, under keys it builds itself (TurnState):
 *   `<channelId>/<botId>/conversations/<conversationId>`: the conversation state (dialog stack, turn count)
 *   `<channelId>/<botId>/users/<userId>`: the user state
 * They start with the channel id (`msteams`; `emulator` or `test` outside Teams), which no
 * row below starts with.
 */
import type { CaseCategory } from '../cases/case';

/**
 * The leases (ports.ts Lease) background work is elected by: one holder each among instances.
 * `case-loop`: post retries and reminders (teams/features/cases/caseLoop.ts); `campaign-send`:
 * the campaign send job (domain/campaigns/sendJob.ts); `campaign-progress`: the admins' progress
 * cards of campaigns being sent (teams/features/campaigns/progress.ts); `watch`: the watch list's
 * re-checks (domain/watch/recheck.ts); `campaign-summary`: the weekly summaries to campaign
 * owners (teams/features/campaignStatus/summary.ts).
 */
export const LEASES = {
  caseLoop: 'case-loop',
  campaignSend: 'campaign-send',
  campaignProgress: 'campaign-progress',
  watch: 'watch',
  campaignSummary: 'campaign-summary',
} as const;

/** The keys of one row: a function that builds them, with what they all start with. */
export interface StoreKey<Parts extends unknown[]> {
  (...parts: Parts): string;
  /** What every key of the row starts with; for a row of one key, that key. */
  readonly prefix: string;
  /** Whether the row is one key (then `prefix` is all of it) rather than a family under `prefix`. */
  readonly single: boolean;
}

function keysUnder<Parts extends unknown[]>(prefix: string, rest: (...parts: Parts) => string): StoreKey<Parts> {
  return Object.assign((...parts: Parts) => prefix + rest(...parts), { prefix, single: false });
}

function oneKey(key: string): StoreKey<[]> {
  return Object.assign(() => key, { prefix: key, single: true });
}

/** The limiters of rateLimit.ts, each with its windows under `ratelimit/<name>/`. */
export type RateLimitName = 'lookup' | 'lookup-tenant' | 'case-probe';

/** A key part for a missing id (an activity without a tenant), kept apart from every real id. */
const NO_ID = '-';

export const STORE_KEYS = {
  /** DiagnosisRecords: a person's latest diagnosis of one address, the address as a hash (no address in a key). */
  diagnosis: keysUnder('diagnosis/', (tenantId: string, aadObjectId: string, addressHash: string) => `${tenantId}/${aadObjectId}/${addressHash}`),
  /** DiagnosisRecords: a person's most recently checked records, as a list of their `diagnosis/` keys. */
  diagnosisRecent: keysUnder('diagnosis-recent/', (tenantId: string, aadObjectId: string) => `${tenantId}/${aadObjectId}`),
  /** ConversationReferences: a person's 1:1 chat, for proactive messages. */
  conversationReference: keysUnder('ref/', (tenantId: string, aadObjectId: string) => `${tenantId}/${aadObjectId}`),
  /** ReachIndex: whose 1:1 chat a work address (UPN or e-mail, lower-case) leads to, for campaign cards. */
  reach: keysUnder('reach/', (tenantId: string, address: string) => `${tenantId}/${address}`),
  /** SelfInstalls: that the bot installed itself, through Graph, for one recipient of a campaign (the list's row), and when. */
  selfInstall: keysUnder('self-install/', (tenantId: string, campaignId: string, index: number) => `${tenantId}/${campaignId}/${index}`),
  /** CampaignProgressCards: where a campaign's progress card is, and what it last showed. */
  campaignProgress: keysUnder('campaign-progress/', (tenantId: string, campaignId: string) => `${tenantId}/${campaignId}`),
  /** CampaignProgressCards: the progress cards not yet showing their campaign finished (the store cannot list its keys). */
  campaignProgressIndex: oneKey('campaign-progress-index'),
  /** CampaignStatusReports: the counts a campaign's last status report showed, and when. */
  campaignStatusReport: keysUnder('campaign-status/', (tenantId: string, campaignId: string) => `${tenantId}/${campaignId}`),
  /** CampaignSummaries: a campaign's last weekly summary to its owner: the counts, when, and whether it was the last. */
  campaignSummary: keysUnder('campaign-summary/', (tenantId: string, campaignId: string) => `${tenantId}/${campaignId}`),
  /** LanguageChoices: the language a person chose for the bot's answers, by tenant and AAD object id. */
  languageChoice: keysUnder('language-choice/', (tenantId: string, aadObjectId: string) => `${tenantId}/${aadObjectId}`),
  /** HelpdeskChannels: the channel a tenant's category of case is posted to, set by command. */
  helpdeskChannel: keysUnder('helpdesk-channel/', (tenantId: string, category: CaseCategory) => `${tenantId}/${category}`),
  /** HelpdeskChannels: the tenant that routed a channel first, the only one that may route it again. */
  helpdeskChannelOwner: keysUnder('helpdesk-channel-owner/', (channelId: string) => channelId),
  /** HelpdeskRoster: a help-desk team's members, the "assign to" choices. */
  helpdeskRoster: keysUnder('helpdesk-roster/', (tenantId: string, teamId: string) => `${tenantId}/${teamId}`),
  /** ExportLinks: one CSV export behind a one-time download token. */
  export: keysUnder('export/', (token: string) => token),
  /** ExportLinks: the exports not yet swept, token → expiry (the store cannot list its keys). */
  exportIndex: oneKey('export-index'),
  /** SlidingWindowLimiter: one window of timestamps, per limiter and per key part (tenant, then person), each part URI-encoded. */
  rateWindow: keysUnder('ratelimit/', (name: RateLimitName, parts: ReadonlyArray<string | undefined>) =>
    [name, ...parts.map((part) => (part ? encodeURIComponent(part) : NO_ID))].join('/'),
  ),
  /** findAdmins: a tenant's admin list (TtlCache), kept only when every role and group could be read. */
  admins: keysUnder('admins/', (tenantId: string) => tenantId.toLowerCase()),
  /** DiagnosisService: a domain's realm (TtlCache). */
  entraRealm: keysUnder('entra/v1/realm/', (asciiDomain: string) => asciiDomain),
  /** DiagnosisService: a domain's control lookup, whether its "exists" answers are real just now (TtlCache). */
  entraControl: keysUnder('entra/v1/control/', (asciiDomain: string) => asciiDomain),
  /** DiagnosisService: a domain's tenant from its OpenID configuration (TtlCache). */
  entraTenant: keysUnder('entra/v1/tenant/', (asciiDomain: string) => asciiDomain),
  /** auditHashKey: the audit hash key made on first start when AUDIT_HASH_KEY is not set. */
  auditHashKey: oneKey('audit/hash-key'),
} as const;
