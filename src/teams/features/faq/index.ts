import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import type { Requester } from '../../../domain/requester';
import { answerIn, type Faq } from '../../../domain/faq/faq';
import { TOPIC_IDS, topicsIn } from '../../../domain/faq/topics';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { languageOf, wordsOf } from '../../kit/language';
import type { ProfileCache } from '../../kit/profileCache';
import { requesterOf } from '../../kit/requester';
import { isCardSubmit, onSubmit, type BotApp, type TurnHandler } from '../../kit/verbs';
import type { CheckJourney } from '../checkAccount';
import { notSureCard, topicCard, topicIn } from './faqCard';
import { FAQ_VERBS } from './verbs';

export interface FaqDeps {
  profiles: ProfileCache<Requester>;
  records: DiagnosisRecords;
  /** Every language's index: a question is read in the person's language, or in the one it is clearly written in. */
  faq: Faq;
  /** A single typed word may answer the check journey's waiting question. */
  journey: Pick<CheckJourney, 'answer'>;
}

/**
 * Free-text questions, answered from the knowledge base with the person's last check in mind
 * ("I only have 2 logins left" differs for a personal account and an unmanaged one): a topic
 * card, or "not sure" with choices. Registered last: any typed text no other route claimed lands here.
 */
export function register(app: BotApp, deps: FaqDeps): void {
  const answerQuestion = async (context: TurnContext, question: string): Promise<void> => {
    const requester = await requesterOf(context, deps.profiles);
    const verdict = (await deps.records.latest(requester))?.verdict;
    const words = wordsOf(context);
    // Shown in the person's language whatever language the question was read in.
    const answer = answerIn(deps.faq.answer(question, { verdict, locale: languageOf(context) }), topicsIn(words.topics));
    const card = answer.topic ? topicCard(words, answer.topic) : notSureCard(words, answer);
    await context.sendActivity({ attachments: [renderCard('guide', card)] });
  };

  /** A topic button (from a "not sure" card): the topic by id, or a refusal for an unknown id. */
  const onTopicButton: TurnHandler = async (context) => {
    const id = (context.activity.value as SubmitData | undefined)?.topic;
    const words = wordsOf(context);
    const topic = TOPIC_IDS.find((known) => known === id);
    const found = topic && topicIn(words, topic);
    if (!found) {
      await context.sendActivity(words.errors.unknownAction);
      return;
    }
    await context.sendActivity({ attachments: [renderCard('guide', topicCard(words, found))] });
  };

  /**
   * Text no route claimed: an answer to the waiting question when it looks like one
   * (a single word, such as an address), otherwise a question for the knowledge base.
   * A question does not end the journey: its card stays open.
   */
  const onOtherText: TurnHandler = async (context, state) => {
    const text = (context.activity.text ?? '').trim();
    if (text && !/\s/.test(text) && (await deps.journey.answer(context, state))) return;
    if (!text) {
      await context.sendActivity(wordsOf(context).errors.didNotUnderstand);
      return;
    }
    await answerQuestion(context, text);
  };

  onSubmit(app, FAQ_VERBS.topic, onTopicButton);
  app.message(async (context) => context.activity.type === ActivityTypes.Message && !isCardSubmit(context), onOtherText);
}
