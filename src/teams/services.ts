import type { Config } from '../config';
import type { Logger } from '../log';
import type { DiagnosisService } from '../domain/diagnosis';
import type { LookupRateLimiter } from '../domain/rateLimit';
import type { DiagnosisRecords } from '../domain/cases/caseRecords';

/** What the Teams surface calls into: domain services and clients, built once at start-up. */
export interface BotServices {
  config: Config;
  log: Logger;
  diagnosis: DiagnosisService;
  lookupLimiter: LookupRateLimiter;
  records: DiagnosisRecords;
}
