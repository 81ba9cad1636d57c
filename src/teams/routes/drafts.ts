import type { TurnContext } from 'botbuilder';
import { draftInputFromCase, draftRefusal, validateDraftInput, type DraftKind } from '../../domain/drafts';
import { TEXT } from '../../text/en';
import type { SubmitData } from '../cards/data';
import { renderCard } from '../cards/render';
import { intentOf } from '../intentSelector';
import { draftCard, draftKindOf, draftInputFromSubmit } from '../journeys/draftCard';
import { requesterOf } from '../requester';
import type { BotServices } from '../services';
import type { AppTurnState } from '../state';
import { startCheck } from './journeys';

/**
 * Drafts of support requests, prefilled from the person's own diagnosis records (never
 * anyone else's), then edited on the card.
 */
export function draftRoutes(services: BotServices) {
  const openDraft = async (context: TurnContext, state: AppTurnState, kind: DraftKind, address?: string): Promise<void> => {
    const requester = await requesterOf(context, services.profiles);
    const record = await services.records.find(requester, address);
    if (!record) {
      await context.sendActivity(TEXT.drafts.checkFirst);
      await startCheck(context, state, services, address);
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

  return { onDraftButton, onDraftIntent, onDraftUpdate };
}
