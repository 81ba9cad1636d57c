import type { TurnContext } from 'botbuilder';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import type { Requester } from '../../../domain/requester';
import { draftInputFromCase, draftRefusal, validateDraftInput, type DraftKind } from '../../../domain/drafts';
import { TEXT } from '../../../text/en';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { intent, intentOf } from '../../kit/intents';
import type { ProfileCache } from '../../kit/profileCache';
import { requesterOf } from '../../kit/requester';
import type { AppTurnState } from '../../kit/turnState';
import { onSubmit, type BotApp } from '../../kit/verbs';
import type { CheckJourney } from '../checkAccount';
import { draftCard, draftKindOf, draftInputFromSubmit } from './draftCard';
import { DRAFT_VERBS } from './verbs';

export interface DraftsDeps {
  profiles: ProfileCache<Requester>;
  records: DiagnosisRecords;
  /** A draft needs a check first: without one, the check journey starts. */
  journey: Pick<CheckJourney, 'start'>;
}

/**
 * Drafts of support requests, prefilled from the person's own diagnosis records (never
 * anyone else's), then edited on the card.
 */
export function register(app: BotApp, deps: DraftsDeps): void {
  const openDraft = async (context: TurnContext, state: AppTurnState, kind: DraftKind, address?: string): Promise<void> => {
    const requester = await requesterOf(context, deps.profiles);
    const record = await deps.records.find(requester, address);
    if (!record) {
      await context.sendActivity(TEXT.drafts.checkFirst);
      await deps.journey.start(context, state, address);
      return;
    }
    // A typed request reaches here whatever the check found: only the drafts the seeds tie to it are made.
    const refusal = draftRefusal(kind, record.diagnosis);
    if (refusal) {
      await context.sendActivity(TEXT.drafts.refusalInWords(refusal, 'chat'));
      return;
    }
    const input = draftInputFromCase(kind, {
      diagnosis: record.diagnosis,
      requester: { name: requester.name, email: requester.email, upn: requester.upn },
    }, TEXT.drafts.prefill);
    await context.sendActivity({ attachments: [renderCard('draft', draftCard(kind, input))] });
  };

  const onDraftButton = async (context: TurnContext, state: AppTurnState): Promise<void> => {
    const value = (context.activity.value ?? {}) as SubmitData;
    const kind = draftKindOf(value.kind);
    if (!kind) {
      await context.sendActivity(TEXT.errors.unknownAction);
      return;
    }
    await openDraft(context, state, kind, typeof value.address === 'string' ? value.address : undefined);
  };

  const onDraftIntent = async (context: TurnContext, state: AppTurnState): Promise<void> => {
    const found = intentOf(context);
    if (found?.kind === 'draft') await openDraft(context, state, found.draft);
  };

  /** "Update the draft": check required fields; re-render the same card with errors or the new text. */
  const onDraftUpdate = async (context: TurnContext): Promise<void> => {
    const value = (context.activity.value ?? {}) as SubmitData;
    const kind = draftKindOf(value.kind);
    if (!kind) {
      await context.sendActivity(TEXT.errors.unknownAction);
      return;
    }
    const input = draftInputFromSubmit(kind, value);
    const errors = validateDraftInput(kind, input);
    const attachments = [renderCard('draft', draftCard(kind, input, errors, TEXT.drafts.updated))];
    const cardId = context.activity.replyToId;
    if (cardId) await context.updateActivity({ id: cardId, type: 'message', attachments });
    else await context.sendActivity({ attachments });
  };

  app.message(intent('draft'), onDraftIntent);
  onSubmit(app, DRAFT_VERBS.open, onDraftButton);
  onSubmit(app, DRAFT_VERBS.update, onDraftUpdate);
}
