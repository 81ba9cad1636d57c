import type { TurnContext } from 'botbuilder';
import type { Config } from '../../../config';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import type { Requester } from '../../../domain/requester';
import type { ConversationReferences } from '../../../domain/stores/conversationReferences';
import type { HelpdeskChannels } from '../../../domain/stores/helpdeskChannels';
import type { CaseRepository } from '../../../domain/stores/ports';
import type { SlidingWindowLimiter } from '../../../domain/rateLimit';
import type { AdminLookup } from '../../kit/adminLookup';
import type { BackgroundWork } from '../../kit/background';
import type { ProfileCache } from '../../kit/profileCache';
import type { AppTurnState } from '../../kit/turnState';
import { onSubmit, type BotApp } from '../../kit/verbs';
import type { ExportLinks } from '../../../domain/stores/exportLinks';
import type { HelpdeskRoster } from '../../../domain/stores/helpdeskRoster';
import type { CheckJourney } from '../checkAccount';
import { registerCaseActions } from './actions';
import type { CaseDelivery } from './delivery';
import { onEscalate } from './escalate';
import { triageCommandOf, triageRoutes } from './triage';
import { CASE_VERBS } from './verbs';

export { rememberInstaller } from './install';

export interface CasesDeps {
  /** Who is help desk: HELPDESK_ADMINS, and whether the bot runs in open local mode (no BOT_ID). */
  config: Pick<Config, 'botId' | 'helpdeskAdmins'>;
  cases: CaseRepository;
  channels: HelpdeskChannels;
  roster: HelpdeskRoster;
  references: ConversationReferences;
  delivery: CaseDelivery;
  background: BackgroundWork;
  exports: ExportLinks;
  /**
   * Case lookups one person may make per minute (CASE_LOOKUP_LIMIT_PER_MINUTE), so case ids
   * cannot be probed: `caseProbeLimiter.take(tenantId, userId)` before answering.
   */
  caseProbeLimiter: SlidingWindowLimiter;
  /** Whether a caller is one of their tenant's admins, through Graph. */
  lookupAdmins: AdminLookup;
  profiles: ProfileCache<Requester>;
  records: DiagnosisRecords;
  /** Escalating needs a check first: without one, the check journey starts. */
  journey: Pick<CheckJourney, 'start'>;
}

/**
 * Help-desk cases: a person escalates, the help desk triages in a routed channel or 1:1
 * (typed commands and list buttons), and acts on case cards (Action.Execute, one guarded
 * route per verb). Registered first: "use this channel for MFA cases" is a triage command,
 * not the MFA journey.
 */
export function register(app: BotApp, deps: CasesDeps): void {
  const triage = triageRoutes(deps);
  app.message(async (context: TurnContext) => triageCommandOf(context) !== undefined, triage.onTriage);
  onSubmit(app, CASE_VERBS.triage, triage.onTriage);
  onSubmit(app, CASE_VERBS.escalate, (context: TurnContext, state: AppTurnState) => onEscalate(context, state, deps));
  registerCaseActions(app, deps);
}
