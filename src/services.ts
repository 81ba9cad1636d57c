import type { CloudAdapter, Storage } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './log';
import { createDiagnosisService } from './clients/entra';
import { createGraphDirectory } from './clients/graph';
import { DiagnosisRecords } from './domain/cases/caseRecords';
import { ConversationReferences } from './domain/cases/conversationReferences';
import { HelpdeskChannels } from './domain/cases/helpdeskChannels';
import type { CaseRepository } from './domain/cases/repository';
import type { TakeOnceStore } from './domain/types';
import { LookupBudget, SlidingWindowLimiter } from './domain/rateLimit';
import { FaqIndex } from './domain/faq/faqIndex';
import { topicsIn } from './domain/faq/topics';
import { TEXT } from './text/en';
import { BackgroundWork } from './teams/background';
import { CaseDelivery } from './teams/cases/delivery';
import { caseAdmins } from './teams/cases/admins';
import { ExportLinks } from './teams/cases/exportLinks';
import { HelpdeskRoster } from './teams/cases/roster';
import { ProfileCache } from './teams/profileCache';
import type { BotServices } from './teams/services';

export interface ServiceDeps {
  config: Config;
  log: Logger;
  storage: Storage & TakeOnceStore;
  cases: CaseRepository;
  adapter: CloudAdapter;
  /** The key lookups are audited with (auditHashKey), read once at start-up. */
  auditHashKey: string;
}

/** Builds the domain services and clients once, at start-up, on the bot's storage. */
export function createServices({ config, log, storage, cases, adapter, auditHashKey }: ServiceDeps): BotServices {
  const channels = new HelpdeskChannels(storage, config.helpdeskChannels);
  const references = new ConversationReferences(storage);
  const roster = new HelpdeskRoster(storage);
  const directory = createGraphDirectory(config);
  return {
    config,
    log,
    // Lookups are audited with the address hashed under a deployment key: the log never holds who was looked up.
    diagnosis: createDiagnosisService(config, storage, { hashKey: auditHashKey, record: (event) => log.info({ audit: 'lookup', ...event }, 'account lookup') }),
    lookupLimiter: new LookupBudget({ store: storage, userLimitPerHour: config.lookup.userLimitPerHour, tenantLimitPerHour: config.lookup.tenantLimitPerHour }),
    caseProbeLimiter: new SlidingWindowLimiter({ store: storage, name: 'case-probe', limit: config.caseLookupLimitPerMinute, windowMs: 60_000 }),
    records: new DiagnosisRecords(storage),
    faq: new FaqIndex(topicsIn(TEXT.topics)),
    directory,
    store: storage,
    cases,
    channels,
    references,
    roster,
    delivery: new CaseDelivery({
      adapter,
      botAppId: config.botId ?? '',
      cases,
      channels,
      references,
      roster,
      caseAdmins: (tenantId, c) => caseAdmins({ directory, store: storage, config }, tenantId, c),
      helpdeskAdmins: config.helpdeskAdmins,
      log,
    }),
    background: new BackgroundWork(log),
    exports: new ExportLinks(storage, config.publicUrl),
    profiles: new ProfileCache(),
  };
}
