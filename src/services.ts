import type { Storage } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './log';
import { createDiagnosisService } from './clients/entra';
import { createGraphDirectory } from './clients/graph';
import { DiagnosisRecords } from './domain/cases/caseRecords';
import { LookupRateLimiter } from './domain/rateLimit';
import { FaqIndex } from './domain/faq/faqIndex';
import type { BotServices } from './teams/services';

/** Builds the domain services and clients once, at start-up, on the bot's storage. */
export function createServices(config: Config, log: Logger, storage: Storage): BotServices {
  return {
    config,
    log,
    // Lookups are audited with the address hashed: the log never holds who was looked up.
    diagnosis: createDiagnosisService(config, storage, (event) => log.info({ audit: 'lookup', ...event }, 'account lookup')),
    lookupLimiter: new LookupRateLimiter({ store: storage, limitPerHour: config.lookup.userLimitPerHour }),
    records: new DiagnosisRecords(storage),
    faq: new FaqIndex(),
    directory: createGraphDirectory(config),
    store: storage,
  };
}
