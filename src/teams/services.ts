import type { Config } from '../config';
import type { Logger } from '../log';
import type { DiagnosisService } from '../domain/diagnosis';
import type { LookupBudget, SlidingWindowLimiter } from '../domain/rateLimit';
import type { DiagnosisRecords } from '../domain/stores/diagnosisRecords';
import type { FaqIndex } from '../domain/faq/faqIndex';
import type { AdminDirectory } from '../domain/admins';
import type { MfaDirectory } from '../domain/mfaReadiness';
import type { CaseRepository, KeyValueStore } from '../domain/stores/ports';
import type { HelpdeskChannels } from '../domain/stores/helpdeskChannels';
import type { ConversationReferences } from '../domain/stores/conversationReferences';
import type { BackgroundWork } from './background';
import type { CaseDelivery } from './cases/delivery';
import type { HelpdeskRoster } from '../domain/stores/helpdeskRoster';
import type { ExportLinks } from '../domain/stores/exportLinks';
import type { ProfileCache } from './profileCache';
import type { Requester } from '../domain/requester';

/** What the Teams surface calls into: domain services and clients, built once at start-up. */
export interface BotServices {
  config: Config;
  log: Logger;
  diagnosis: DiagnosisService;
  /** Account lookups from chat, per person and per tenant (LOOKUP_USER_LIMIT_PER_HOUR, LOOKUP_TENANT_LIMIT_PER_HOUR). */
  lookupLimiter: LookupBudget;
  /**
   * Case lookups one person may make per minute (CASE_LOOKUP_LIMIT_PER_MINUTE), so case ids
   * cannot be probed: `caseProbeLimiter.take(tenantId, userId)` before answering.
   */
  caseProbeLimiter: SlidingWindowLimiter;
  records: DiagnosisRecords;
  faq: FaqIndex;
  /** Microsoft Graph, or null when GRAPH_AUTH=none (the manual paths are offered instead). */
  directory: (AdminDirectory & MfaDirectory) | null;
  /** The bot's storage, for domain caches shared by instances. */
  store: KeyValueStore;
  cases: CaseRepository;
  channels: HelpdeskChannels;
  references: ConversationReferences;
  roster: HelpdeskRoster;
  delivery: CaseDelivery;
  background: BackgroundWork;
  exports: ExportLinks;
  /** Teams member profiles read recently (UPN, e-mail). */
  profiles: ProfileCache<Requester>;
}
