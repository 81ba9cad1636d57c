import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { AdaptiveCardActionExecuteResponseType, Application, type ApplicationOptions, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../log';
import { TEXT } from '../text/en';
import { attachState } from './kit/attachedState';
import { dropUnfitJourney } from './features/checkAccount/dialogs';
import { Outbox, runWithRepliesAfterSave } from './kit/outbox';
import { AppTurnState, StateNotSavedError } from './kit/turnState';
import { tenantOf } from './kit/scope';
import { boundUserText, intent } from './kit/intents';
import { verbs } from './kit/buttons';
import { sendHelpCard } from './features/help/helpCard';
import { directoryRoutes } from './features/directory/routes';
import { draftRoutes } from './features/drafts/routes';
import { onTopicButton } from './features/faq/routes';
import { onSmallTalk } from './features/help/smallTalk';
import { journeyRoutes } from './features/checkAccount/routes';
import { installRoutes } from './features/help/install';
import { caseActionRoute } from './features/cases/actions';
import { onEscalate } from './features/cases/escalate';
import { triageCommandOf, triageRoutes } from './features/cases/triage';
import type { BotServices } from './services';

export interface AppDeps {
  adapter: TeamsAdapter;
  storage: Storage;
  services: BotServices;
}

/** A card submit (no text) whose verb no route knows: forged, or from an old version. */
function isUnknownSubmit(context: TurnContext): Promise<boolean> {
  const { type, text, value } = context.activity;
  return Promise.resolve(type === ActivityTypes.Message && !text && typeof value === 'object' && value !== null);
}

/** teams-ai's Application, with each turn's replies sent only once its state is saved (outbox.ts). */
class RepliesAfterSaveApplication extends Application<AppTurnState> {
  constructor(
    options: Partial<ApplicationOptions<AppTurnState>>,
    private readonly turnStorage: Storage,
    private readonly log: Logger,
  ) {
    super(options);
  }

  override run(context: TurnContext): Promise<boolean> {
    return runWithRepliesAfterSave(context, { storage: this.turnStorage, log: this.log }, () => super.run(context));
  }
}

/**
 * The Teams surface: one route per concern, registered in the order teams-ai tries them
 * (first match wins; the catch-all message route last).
 */
export function createApp({ adapter, storage, services }: AppDeps): Application<AppTurnState> {
  const { config, log } = services;
  const app = new RepliesAfterSaveApplication(
    {
      adapter,
      botAppId: config.botId,
      storage,
      turnStateFactory: () => new AppTurnState(),
      startTypingTimer: false,
      removeRecipientMention: true,
      // A case card changed by one person is changed for everyone looking at it.
      adaptiveCards: { actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_ALL },
    },
    storage,
    log,
  );

  app.turn('beforeTurn', async (context, state) => {
    boundUserText(context);
    attachState(context, state);
    const tenant = tenantOf(context);
    // With an allow-list in force, an activity without a tenant is refused too.
    if (config.allowedTenants !== 'any' && !(tenant && config.allowedTenants.includes(tenant))) {
      log.warn({ tenant, type: context.activity.type }, 'activity from a tenant not in ALLOWED_TENANTS refused');
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(TEXT.errors.refusedTenant);
      return false;
    }
    dropUnfitJourney(state);
    if (state.freshStart) {
      log.warn({ reason: state.freshStart, conversation: context.activity.conversation?.id }, 'stored conversation state dropped: starting afresh');
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(TEXT.turnState.startedAfresh);
    }
    state.conversation.turnCount = (state.conversation.turnCount ?? 0) + 1;
    return true;
  });

  const journeys = journeyRoutes(services);
  const directory = directoryRoutes(services);
  const drafts = draftRoutes(services);
  const install = installRoutes(services);
  const triage = triageRoutes(services);

  app.conversationUpdate('membersAdded', install.onMembersAdded);
  app.activity(ActivityTypes.InstallationUpdate, install.onInstallationUpdate);

  app.adaptiveCards.actionExecute(/^case\./, caseActionRoute(services));
  app.adaptiveCards.actionExecute(/.*/, async () => TEXT.errors.unknownAction);

  app.message(async (context) => triageCommandOf(context) !== undefined, triage.onTriage);

  app.message(intent('cancel'), journeys.onCancel);
  app.message(intent('restart'), journeys.onRestart);
  app.message(intent('help'), (context) => sendHelpCard(context));
  app.message(intent('smallTalk'), onSmallTalk);
  app.message(intent('diagnose'), journeys.onCheckIntent);
  app.message(intent('mfa'), directory.onMfa);
  app.message(intent('admins'), directory.onAdmins);
  app.message(intent('draft'), drafts.onDraftIntent);

  app.adaptiveCards.actionSubmit(verbs.account, journeys.onAccountAnswer);
  app.adaptiveCards.actionSubmit(verbs.check, journeys.onCheckButton);
  app.adaptiveCards.actionSubmit(verbs.retry, journeys.onCheckButton);
  app.adaptiveCards.actionSubmit(verbs.blocker, journeys.onBlocker);
  app.adaptiveCards.actionSubmit(verbs.mfa, directory.onMfa);
  app.adaptiveCards.actionSubmit(verbs.admins, directory.onAdmins);
  app.adaptiveCards.actionSubmit(verbs.draft, drafts.onDraftButton);
  app.adaptiveCards.actionSubmit(verbs.draftUpdate, drafts.onDraftUpdate);
  app.adaptiveCards.actionSubmit(verbs.escalate, (context, state) => onEscalate(context, state, services));
  app.adaptiveCards.actionSubmit(verbs.help, (context) => sendHelpCard(context));
  app.adaptiveCards.actionSubmit(verbs.triage, triage.onTriage);
  app.adaptiveCards.actionSubmit(verbs.topic, onTopicButton);
  app.message(isUnknownSubmit, journeys.onUnknownSubmit);

  app.activity(ActivityTypes.Message, journeys.onOtherText);

  // One turn, one answer: the turn's held replies were dropped (outbox.ts), and this message
  // replaces them; once a reply went out, nothing is added after it.
  app.error(async (context: TurnContext, error: Error) => {
    const correlationId = randomUUID();
    log.error(
      { err: error, correlationId, conversation: context.activity.conversation?.id, type: context.activity.type },
      'turn failed',
    );
    if (Outbox.of(context)?.delivered) {
      log.warn({ correlationId }, 'the turn failed after its replies went out: no apology sent');
      return;
    }
    try {
      await context.sendActivity(error instanceof StateNotSavedError ? TEXT.turnState.notSaved(correlationId) : TEXT.errors.apology(correlationId));
    } catch (sendError) {
      log.error({ err: sendError, correlationId }, 'could not send the apology');
    }
  });

  return app;
}
