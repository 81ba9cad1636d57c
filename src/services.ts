import type { CloudAdapter, Storage } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './log';
import { createDiagnosisService } from './clients/entra';
import { createGraphClient, GraphDirectory, type GraphClient } from './clients/graph';
import { createTeamsApps } from './clients/teamsApps';
import { SelfInstaller } from './domain/campaigns/selfInstall';
import { SelfInstalls } from './domain/stores/selfInstalls';
import { findAdmins } from './domain/admins';
import { TtlCache } from './domain/cache';
import { DiagnosisRecords } from './domain/stores/diagnosisRecords';
import type { Requester } from './domain/requester';
import { ConversationReferences } from './domain/stores/conversationReferences';
import { HelpdeskChannels } from './domain/stores/helpdeskChannels';
import { LanguageChoices } from './domain/stores/languageChoices';
import type { CampaignRepository, CaseRepository, Lease, WatchRepository } from './domain/stores/ports';
import { LEASES } from './domain/stores/keys';
import { WatchList, type RecheckDeps } from './domain/watch/recheck';
import { teamsFixedNotifier, type WatchDeps } from './teams/features/watch';
import { CampaignProgressCards } from './domain/stores/campaignProgressCards';
import { CampaignStatusReports } from './domain/stores/campaignStatusReports';
import { CampaignSummaries } from './domain/stores/campaignSummaries';
import { ReachIndex } from './domain/stores/reachIndex';
import { downloadFile } from './clients/fileDownload';
import { rememberPeople, teamsCardDelivery, teamsReach, type CampaignsDeps } from './teams/features/campaigns';
import type { CampaignStatusDeps } from './teams/features/campaignStatus';
import type { CardDelivery } from './domain/campaigns/delivery';
import type { TurnContext } from 'botbuilder';
import type { TakeOnceStore } from './domain/stores/ports';
import { LookupBudget, SlidingWindowLimiter } from './domain/rateLimit';
import { Faq } from './domain/faq/faq';
import type { AdminLookup } from './teams/kit/adminLookup';
import { BackgroundWork } from './teams/kit/background';
import { ProfileCache } from './teams/kit/profileCache';
import { ExportLinks } from './domain/stores/exportLinks';
import { HelpdeskRoster } from './domain/stores/helpdeskRoster';
import { caseAdmins } from './teams/features/cases/admins';
import { CaseDelivery } from './teams/features/cases/delivery';
import { rememberInstaller, type CasesDeps } from './teams/features/cases';
import { checkJourney, type CheckJourney } from './teams/features/checkAccount';
import type { DirectoryDeps } from './teams/features/directory';
import type { DraftsDeps } from './teams/features/drafts';
import type { FaqDeps } from './teams/features/faq';
import type { HelpDeps } from './teams/features/help';
import type { LanguageDeps } from './teams/features/language';
import { FAQ_LANGUAGES } from './text/languages';

export interface ServiceDeps {
  config: Config;
  log: Logger;
  storage: Storage & TakeOnceStore;
  cases: CaseRepository;
  campaigns: CampaignRepository;
  watches: WatchRepository;
  /** The leases of background work; `instanceId` is this process among instances sharing the state. */
  lease: Lease;
  instanceId: string;
  adapter: CloudAdapter;
  /** The key lookups are audited with (auditHashKey), read once at start-up. */
  auditHashKey: string;
}

/** What each Teams feature is given: only what it uses (its own deps type, declared in its folder). */
export interface FeatureDeps {
  cases: CasesDeps;
  help: HelpDeps;
  language: LanguageDeps;
  checkAccount: { journey: CheckJourney };
  directory: DirectoryDeps;
  drafts: DraftsDeps;
  faq: FaqDeps;
  campaigns: CampaignsDeps;
  watch: WatchDeps;
  campaignStatus: CampaignStatusDeps;
}

/** The services built once at start-up: the features' deps, and what the process itself runs (the case loop, exports, shutdown). */
export interface BotServices {
  config: Config;
  log: Logger;
  cases: CaseRepository;
  delivery: CaseDelivery;
  background: BackgroundWork;
  exports: ExportLinks;
  /** The language each person chose: every turn reads it first. */
  languages: LanguageChoices;
  /** After every turn: who can be reached 1:1 for campaign cards. */
  rememberPeople: (context: TurnContext) => Promise<void>;
  /** What the campaign send job hands each card to, and where its admins' progress cards are. */
  campaignDelivery: CardDelivery;
  campaignProgressCards: CampaignProgressCards;
  /** The last weekly summary of each campaign, which the summary round claims before sending the next. */
  campaignSummaries: CampaignSummaries;
  /** The watch list's re-checks, which the watch loop runs on a schedule. */
  watchRecheck: RecheckDeps;
  features: FeatureDeps;
}

/** Builds the domain services and clients once, at start-up, on the bot's storage, and hands each feature its part. */
export function createServices({ config, log, storage, cases, campaigns, watches, lease, instanceId, adapter, auditHashKey }: ServiceDeps): BotServices {
  const channels = new HelpdeskChannels(storage, config.helpdeskChannels);
  const references = new ConversationReferences(storage);
  const roster = new HelpdeskRoster(storage);
  const languages = new LanguageChoices(storage);
  // One Graph client (one token cache) for the directory reads and the campaigns' installs.
  const graph = createGraphClient(config);
  const directory = graph ? new GraphDirectory(graph) : null;
  // A TTL of 0 turns the cache off: not even a list cached under a longer one is read.
  const adminCache = config.adminCacheTtlSeconds > 0 ? new TtlCache(storage, config.adminCacheTtlSeconds) : undefined;
  const lookupAdmins: AdminLookup = (request) => findAdmins({ directory, cache: adminCache }, request);
  const records = new DiagnosisRecords(storage);
  const profiles = new ProfileCache<Requester>();
  const background = new BackgroundWork(log);
  const exports = new ExportLinks(storage, config.publicUrl);
  const delivery = new CaseDelivery({
    adapter,
    botAppId: config.botId ?? '',
    cases,
    channels,
    references,
    roster,
    languages,
    helpdeskLocale: config.helpdeskLocale,
    caseAdmins: (tenantId, c) => caseAdmins(lookupAdmins, tenantId, c),
    helpdeskAdmins: config.helpdeskAdmins,
    log,
  });
  // Lookups are audited with the address hashed under a deployment key: the log never holds who was looked up.
  const diagnosis = createDiagnosisService(config, storage, { hashKey: auditHashKey, record: (event) => log.info({ audit: 'lookup', ...event }, 'account lookup') });
  const lookupLimiter = new LookupBudget({ store: storage, userLimitPerHour: config.lookup.userLimitPerHour, tenantLimitPerHour: config.lookup.tenantLimitPerHour });
  const watchIntervalMs = config.watchIntervalHours * 3_600_000;
  const watchList = new WatchList(watches, watchIntervalMs);
  const journey = checkJourney({ diagnosis, lookupLimiter, records, profiles, directory, lookupAdmins, watches: watchList });
  // Re-checks spend the watcher's and the tenant's lookup budgets, as the checks they ask for in chat do.
  const watchRecheck: RecheckDeps = {
    watches,
    cases,
    campaigns,
    diagnose: (address, requesterId, fresh) => diagnosis.diagnose(address, { requesterId, fresh }),
    budget: (tenantId, watcherId) => lookupLimiter.take(tenantId, watcherId),
    notify: teamsFixedNotifier({ adapter, botAppId: config.botId ?? '', languages, log }),
    checked: (watch, found) => records.refresh({ tenantId: watch.tenantId, aadObjectId: watch.watcher.aadObjectId }, found),
    intervalMs: watchIntervalMs,
    isLeader: () => lease.tryAcquire(LEASES.watch, instanceId, Math.max(30_000, 3 * config.watchRoundSeconds * 1000)),
  };
  const casesDeps: CasesDeps = {
    config,
    cases,
    channels,
    roster,
    references,
    delivery,
    background,
    exports,
    caseProbeLimiter: new SlidingWindowLimiter({ store: storage, name: 'case-probe', limit: config.caseLookupLimitPerMinute, windowMs: 60_000 }),
    lookupAdmins,
    profiles,
    records,
    journey,
  };
  const reachDeps = { index: new ReachIndex(storage), references };
  const campaignProgressCards = new CampaignProgressCards(storage);
  // The campaign checks spend the same per-tenant lookup budget as the checks people start from chat.
  const tenantBudget = new SlidingWindowLimiter({ store: storage, name: 'lookup-tenant', limit: config.lookup.tenantLimitPerHour, windowMs: 3_600_000 });
  const selfInstall = selfInstallFor(config, graph, storage, reachDeps, log);
  const campaignsDeps: CampaignsDeps = {
    config,
    lookupAdmins,
    campaigns,
    reach: teamsReach(reachDeps),
    check: {
      diagnose: (address, requesterId) => diagnosis.diagnose(address, { requesterId }),
      budget: (tenantId) => tenantBudget.take(tenantId),
      concurrency: config.lookup.perHostConcurrency,
    },
    progressCards: campaignProgressCards,
    background,
    adapter,
    botAppId: config.botId ?? '',
    installs: selfInstall !== undefined,
    download: (url) => downloadFile(url, { allowedHosts: config.fileDownloadHosts }),
  };
  return {
    config,
    log,
    cases,
    delivery,
    background,
    exports,
    languages,
    rememberPeople: rememberPeople({ ...reachDeps, profiles, log }),
    campaignDelivery: teamsCardDelivery({ ...reachDeps, adapter, botAppId: config.botId ?? '', languages, selfInstall, watches: watchList, log }),
    campaignProgressCards,
    campaignSummaries: new CampaignSummaries(storage),
    watchRecheck,
    features: {
      cases: casesDeps,
      help: { journey, installed: rememberInstaller(casesDeps) },
      language: { languages },
      checkAccount: { journey },
      directory: { profiles, records, lookupAdmins, directory },
      drafts: { profiles, records, journey },
      faq: { profiles, records, faq: new Faq(FAQ_LANGUAGES), journey },
      campaigns: campaignsDeps,
      watch: { list: watchList, recheck: watchRecheck, records, intervalHours: config.watchIntervalHours },
      campaignStatus: { config, lookupAdmins, channels, campaigns, reports: new CampaignStatusReports(storage), exports },
    },
  };
}

/** Installing the bot for campaign recipients through Graph: only with TEAMS_APP_ID and Graph's credentials (docs/graph-permissions.md). */
function selfInstallFor(
  config: Config,
  graph: GraphClient | null,
  storage: Storage,
  reach: { index: ReachIndex; references: ConversationReferences },
  log: Logger,
): SelfInstaller | undefined {
  const installer = createTeamsApps(config, graph);
  if (!installer) return undefined;
  return new SelfInstaller({
    installer,
    installs: new SelfInstalls(storage),
    ...reach,
    onRefused: (campaign, message) => log.warn({ tenantId: campaign.tenantId, campaignId: campaign.id, err: message }, 'Graph refused installing the bot for campaign recipients: those without a chat are listed not reachable'),
  });
}
