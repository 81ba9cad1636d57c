import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { AdaptiveCardActionExecuteResponseType, Application, type ApplicationOptions, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../log';
import type { BotServices } from '../services';
import { boundUserText } from './kit/intents';
import { settleLanguage, wordsOf } from './kit/language';
import { Outbox, runWithRepliesAfterSave } from './kit/outbox';
import { tenantOf } from './kit/scope';
import { AppTurnState, attachState, StateNotSavedError } from './kit/turnState';
import { isCardSubmit, type BotApp } from './kit/verbs';
import * as campaigns from './features/campaigns';
import * as campaignStatus from './features/campaignStatus';
import * as cases from './features/cases';
import * as checkAccount from './features/checkAccount';
import * as directory from './features/directory';
import * as drafts from './features/drafts';
import * as faq from './features/faq';
import * as help from './features/help';
import * as language from './features/language';
import * as watch from './features/watch';

export interface AppDeps {
  adapter: TeamsAdapter;
  storage: Storage;
  services: BotServices;
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
 * The Teams surface: the cross-cutting checks of every turn (tenant allow-list, stored state
 * this version can continue), then the features in route order, then the answer to a failed turn.
 */
export function createApp({ adapter, storage, services }: AppDeps): BotApp {
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
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(wordsOf(context).errors.refusedTenant);
      return false;
    }
    // One language for the whole turn: every route reads it with wordsOf.
    await settleLanguage(context, services.languages);
    checkAccount.dropUnfitJourney(state);
    if (state.freshStart) {
      log.warn({ reason: state.freshStart, conversation: context.activity.conversation?.id }, 'stored conversation state dropped: starting afresh');
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(wordsOf(context).turnState.startedAfresh);
    }
    state.conversation.turnCount = (state.conversation.turnCount ?? 0) + 1;
    return true;
  });

  // The features, in the order teams-ai tries their routes (first match wins).
  const { features } = services;
  // Triage commands first: "use this channel for MFA cases" is not the MFA journey.
  cases.register(app, features.cases);
  help.register(app, features.help);
  language.register(app, features.language);
  // Admins only; anyone else's "start a campaign" or file goes on to the routes below, as unknown text would.
  campaigns.register(app, features.campaigns);
  campaignStatus.register(app, features.campaignStatus);
  // Before the check journey: "check again" is the watch list's, not a new check.
  watch.register(app, features.watch);
  checkAccount.register(app, features.checkAccount);
  directory.register(app, features.directory);
  drafts.register(app, features.drafts);
  // Last: any other typed text is a question (or a waiting question's answer).
  faq.register(app, features.faq);
  // A card action no feature routes: forged, or from an old version.
  app.adaptiveCards.actionExecute(/.*/, async (context) => wordsOf(context).errors.unknownAction);
  app.message(async (context) => isCardSubmit(context), async (context) => void (await context.sendActivity(wordsOf(context).errors.unknownAction)));

  // Who can be reached 1:1 for campaign cards: recorded when the bot is added to a personal chat
  // (where its reference is kept too), after the turn so it never decides a route, and not on
  // every message, which would add writes to each turn.
  app.turn('afterTurn', async (context) => {
    if (context.activity.type === ActivityTypes.ConversationUpdate) await services.rememberPeople(context);
    return true;
  });

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
      const words = wordsOf(context);
      await context.sendActivity(error instanceof StateNotSavedError ? words.turnState.notSaved(correlationId) : words.errors.apology(correlationId));
    } catch (sendError) {
      log.error({ err: sendError, correlationId }, 'could not send the apology');
    }
  });

  return app;
}
