import { TurnContext } from 'botbuilder';
import type { Case, CaseOutbox } from '../../../domain/cases/case';
import { openOrUpdateCase } from '../../../domain/cases/repository';
import { draftWordsIn, type Catalog } from '../../../text/catalog';
import { catalogFor } from '../../../text/languages';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { guideCard } from '../../kit/cards/guide';
import { localeOf, wordsOf } from '../../kit/language';
import { requesterOf } from '../../kit/requester';
import { scopeOf } from '../../kit/scope';
import type { CasesDeps } from '.';
import type { AppTurnState } from '../../kit/turnState';
import { buildDraft } from '../../../domain/drafts';
import { draftInputFromSubmit, draftKindOf, textLanguageOf } from '../drafts/draftCard';
import { adminsButton } from '../directory/verbs';
import { callerOf } from './access';
import type { Reach } from './delivery';
import { whereText } from './reach';

/** The sentence that tells the requester exactly where their case went, or that nobody could be reached yet. */
export function reachSentence(words: Catalog, c: Case, reach: Reach, created: boolean): string {
  const C = words.cases;
  const where = whereText(words, reach);
  if (where) return created ? C.escalated(c.id, where) : C.updated(c.id, where);
  if (reach.pending) return C.willRetry(c.id);
  return C.nobodyYet(c.id, C.categories[c.category]);
}

/**
 * "Ask my admin / help desk": the case is written first, together with its outbox (one
 * open case per person and address in their tenant), then its cards are posted. A post
 * that fails stays queued for the retry loop; a case nobody can receive yet waits,
 * visible to the help desk's `stats` and the loop, and is posted as soon as a channel is
 * routed or an admin installs the bot. The requester is told which of these happened.
 */
export async function onEscalate(context: TurnContext, state: AppTurnState, deps: CasesDeps): Promise<void> {
  const words = wordsOf(context);
  const C = words.cases;
  const caller = callerOf(context);
  if (!caller) {
    await context.sendActivity(C.needsOrganisation);
    return;
  }
  const value = (context.activity.value ?? {}) as SubmitData;
  const requester = { ...(await requesterOf(context, deps.profiles)), aadObjectId: caller.id, tenantId: caller.tenantId };
  // From a draft card ("send to my help desk for review"), the draft's own address field.
  const draftKind = draftKindOf(value.draft);
  const typedAddress = value.address ?? value.vlscAddress;
  const address = typeof typedAddress === 'string' && typedAddress ? typedAddress : undefined;
  const record = await deps.records.find(requester, address);
  if (!record) {
    await context.sendActivity(C.checkFirst);
    await deps.journey.start(context, state, address);
    return;
  }
  // Only a personal chat is where this person's case messages may go.
  const personal = scopeOf(context) === 'personal';
  const reference = personal ? (TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>) : undefined;
  if (reference) await deps.references.save(caller.tenantId, caller.id, reference);
  // The note is the draft as it would be sent: in the language of its text (English for support, unless asked otherwise).
  const draftWords = catalogFor(textLanguageOf(value));
  const draft = draftKind ? buildDraft(draftKind, draftInputFromSubmit(draftKind, value), draftWordsIn(draftWords, draftKind)) : undefined;
  const note = draft ? `${draftWords.cases.draftNote(draft.title)}\n${draft.body}` : undefined;
  const locale = localeOf(context);
  const { case: c, created } = await openOrUpdateCase(deps.cases, {
    tenantId: caller.tenantId,
    requester: { ...requester, ...(reference ? { conversationReference: reference } : {}), ...(locale ? { locale } : {}) },
    diagnosis: record.diagnosis,
    note,
  });
  const outbox: CaseOutbox | undefined = await deps.delivery.dispatch(c);
  if (!created) deps.background.run('refresh case cards', () => deps.delivery.refreshCards(c));
  const reach = outbox ? await deps.delivery.reachOf(c, outbox) : { admins: [], pending: 0 };
  const sentence = reachSentence(words, c, reach, created);
  if (reach.channel === undefined && !reach.admins.length && !reach.pending) {
    // Nobody can be reached yet: still a way to a person, the admin list.
    await context.sendActivity({ attachments: [renderCard('guide', guideCard({ title: C.title(c.id), summary: sentence, actions: [adminsButton(words)] }))] });
    return;
  }
  await context.sendActivity(sentence);
}
