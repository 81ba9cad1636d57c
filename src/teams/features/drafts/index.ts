import type { TurnContext } from 'botbuilder';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import type { Requester } from '../../../domain/requester';
import { draftInputFromCase, draftRefusal, validateDraftInput, type DraftInput, type DraftKind } from '../../../domain/drafts';
import { catalogFor, type LanguageTag } from '../../../text/languages';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { intent, intentOf } from '../../kit/intents';
import { languageOf, wordsOf } from '../../kit/language';
import type { ProfileCache } from '../../kit/profileCache';
import { requesterOf } from '../../kit/requester';
import type { AppTurnState } from '../../kit/turnState';
import { onSubmit, type BotApp } from '../../kit/verbs';
import type { CheckJourney } from '../checkAccount';
import { draftCard, draftKindOf, draftInputFromSubmit, inputInLanguage, SUPPORT_LANGUAGE, textLanguageOf, type DraftCardOptions } from './draftCard';
import { DRAFT_VERBS } from './verbs';

export interface DraftsDeps {
  profiles: ProfileCache<Requester>;
  records: DiagnosisRecords;
  /** A draft needs a check first: without one, the check journey starts. */
  journey: Pick<CheckJourney, 'start'>;
}

/** The draft card for this turn's reader, its text in `textLanguage`. */
function draftAttachment<K extends DraftKind>(context: TurnContext, kind: K, input: DraftInput<K>, textLanguage: LanguageTag, more: Pick<DraftCardOptions<K>, 'errors' | 'status'> = {}) {
  const options: DraftCardOptions<K> = { textLanguage, offerMyLanguage: languageOf(context) !== textLanguage, ...more };
  return renderCard('draft', draftCard(wordsOf(context), kind, input, options));
}

/** Replaces the card the button was on (a card submit carries its id), or sends a new one. */
async function replaceCard(context: TurnContext, attachment: ReturnType<typeof renderCard>): Promise<void> {
  const cardId = context.activity.replyToId;
  if (cardId) await context.updateActivity({ id: cardId, type: 'message', attachments: [attachment] });
  else await context.sendActivity({ attachments: [attachment] });
}

/**
 * Drafts of support requests, prefilled from the person's own diagnosis records (never
 * anyone else's), then edited on the card. Their text is in English, the language support
 * works in, until the person asks for it in theirs; the card around it speaks theirs.
 */
export function register(app: BotApp, deps: DraftsDeps): void {
  const openDraft = async (context: TurnContext, state: AppTurnState, kind: DraftKind, address?: string): Promise<void> => {
    const words = wordsOf(context);
    const requester = await requesterOf(context, deps.profiles);
    const record = await deps.records.find(requester, address);
    if (!record) {
      await context.sendActivity(words.drafts.checkFirst);
      await deps.journey.start(context, state, address);
      return;
    }
    // A typed request reaches here whatever the check found: only the drafts the seeds tie to it are made.
    const refusal = draftRefusal(kind, record.diagnosis);
    if (refusal) {
      await context.sendActivity(words.drafts.refusalInWords(refusal, 'chat'));
      return;
    }
    const input = draftInputFromCase(kind, {
      diagnosis: record.diagnosis,
      requester: { name: requester.name, email: requester.email, upn: requester.upn },
    }, catalogFor(SUPPORT_LANGUAGE).drafts.prefill);
    await context.sendActivity({ attachments: [draftAttachment(context, kind, input, SUPPORT_LANGUAGE)] });
  };

  const onDraftButton = async (context: TurnContext, state: AppTurnState): Promise<void> => {
    const value = (context.activity.value ?? {}) as SubmitData;
    const kind = draftKindOf(value.kind);
    if (!kind) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    await openDraft(context, state, kind, typeof value.address === 'string' ? value.address : undefined);
  };

  const onDraftIntent = async (context: TurnContext, state: AppTurnState): Promise<void> => {
    const found = intentOf(context);
    if (found?.kind === 'draft') await openDraft(context, state, found.draft);
  };

  /** "Update the draft": check required fields; re-render the same card, in the same language, with errors or the new text. */
  const onDraftUpdate = async (context: TurnContext): Promise<void> => {
    const value = (context.activity.value ?? {}) as SubmitData;
    const kind = draftKindOf(value.kind);
    if (!kind) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    const input = draftInputFromSubmit(kind, value);
    const errors = validateDraftInput(kind, input);
    await replaceCard(context, draftAttachment(context, kind, input, textLanguageOf(value), { errors, status: wordsOf(context).drafts.updated }));
  };

  /**
   * "Draft in my language": the same card with its text in the reader's language. What the
   * bot prefilled from the check is written again in that language; what the person typed stays.
   */
  const onDraftInMyLanguage = async (context: TurnContext): Promise<void> => {
    const value = (context.activity.value ?? {}) as SubmitData;
    const kind = draftKindOf(value.kind);
    if (!kind) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    const submitted = draftInputFromSubmit(kind, value);
    const requester = await requesterOf(context, deps.profiles);
    const address = typeof value.vlscAddress === 'string' && value.vlscAddress ? value.vlscAddress : undefined;
    const record = await deps.records.find(requester, address);
    const input = record
      ? inputInLanguage(kind, submitted, { diagnosis: record.diagnosis, requester: { name: requester.name, email: requester.email, upn: requester.upn } }, { from: catalogFor(textLanguageOf(value)), to: wordsOf(context) })
      : submitted;
    await replaceCard(context, draftAttachment(context, kind, input, languageOf(context)));
  };

  app.message(intent('draft'), onDraftIntent);
  onSubmit(app, DRAFT_VERBS.open, onDraftButton);
  onSubmit(app, DRAFT_VERBS.update, onDraftUpdate);
  onSubmit(app, DRAFT_VERBS.inMyLanguage, onDraftInMyLanguage);
}
