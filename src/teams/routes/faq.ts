import type { TurnContext } from 'botbuilder';
import { topicsIn } from '../../domain/faq/topics';
import { TEXT } from '../../text/en';
import type { SubmitData } from '../cards/data';
import { renderCard } from '../cards/render';
import { notSureCard, topicCard } from '../journeys/faqCard';
import { requesterOf } from '../requester';
import type { BotServices } from '../services';

/**
 * Answers a free-text question from the knowledge base, with the person's last check in mind
 * ("I only have 2 logins left" differs for a personal account and an unmanaged one): a topic
 * card, or "not sure" with choices.
 */
export async function answerQuestion(context: TurnContext, services: BotServices, question: string): Promise<void> {
  const requester = await requesterOf(context, services.profiles);
  const verdict = (await services.records.latest(requester))?.verdict;
  const answer = services.faq.answer(question, { verdict });
  const card = answer.topic ? topicCard(answer.topic) : notSureCard(answer);
  await context.sendActivity({ attachments: [renderCard('guide', card)] });
}

const TOPICS = topicsIn(TEXT.topics);

/** A topic button (from a "not sure" card): the topic by id, or a refusal for an unknown id. */
export async function onTopicButton(context: TurnContext): Promise<void> {
  const id = (context.activity.value as SubmitData | undefined)?.topic;
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) {
    await context.sendActivity(TEXT.errors.unknownAction);
    return;
  }
  await context.sendActivity({ attachments: [renderCard('guide', topicCard(topic))] });
}
