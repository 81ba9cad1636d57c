import type { Config } from '../config';
import type { Logger } from '../log';
import type { DiagnosisService } from '../domain/diagnosis';
import type { LookupRateLimiter } from '../domain/rateLimit';
import type { DiagnosisRecords } from '../domain/cases/caseRecords';
import type { FaqIndex } from '../domain/faq/faqIndex';
import type { AdminDirectory } from '../domain/admins';
import type { MfaDirectory } from '../domain/mfaReadiness';
import type { KeyValueStore } from '../domain/types';
import type { CaseRepository } from '../domain/cases/repository';
import type { HelpdeskChannels } from '../domain/cases/helpdeskChannels';
import type { ConversationReferences } from '../domain/cases/conversationReferences';
import type { BackgroundWork } from './background';
import type { CaseDelivery } from './cases/delivery';
import type { HelpdeskRoster } from './cases/roster';
import type { ExportLinks } from './cases/exportLinks';
import type { ProfileCache } from './profileCache';
import type { RequesterIdentity } from '../domain/cases/caseRecords';

/** What the Teams surface calls into: domain services and clients, built once at start-up. */
export interface BotServices {
  config: Config;
  log: Logger;
  diagnosis: DiagnosisService;
  lookupLimiter: LookupRateLimiter;
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
  /** Counts case look-ups and case invokes per person, so case ids cannot be probed at speed. */
  caseProbeLimiter: { take(tenantId: string, userId: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> };
  /** Teams member profiles read recently (UPN, e-mail). */
  profiles: ProfileCache<RequesterIdentity>;
}
