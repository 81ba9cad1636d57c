import type { FaqAnswer } from '../../../domain/faq/faqIndex';
import { topicsIn, type Topic, type TopicId } from '../../../domain/faq/topics';
import type { Catalog } from '../../../text/catalog';
import type { CardButton, GuideCardData } from '../../kit/cards/data';
import { detail, guideCard, primaryButton, section } from '../../kit/cards/guide';
import { escalateButton } from '../cases/verbs';
import { checkButton } from '../checkAccount/verbs';
import { mfaButton } from '../directory/verbs';
import { FAQ_VERBS } from './verbs';

const checkAccountButton = (words: Catalog): CardButton => checkButton(words.commands.check.title);

/** Topics whose natural next step is one of the journeys. */
const JOURNEY_OF: Partial<Record<TopicId, (words: Catalog) => CardButton>> = {
  'check-unmanaged': checkAccountButton,
  'takeover-prompt': checkAccountButton,
  'limited-logins-msa': checkAccountButton,
  'skip-and-remaining-logins': checkAccountButton,
  'what-is-unmanaged-tenant': checkAccountButton,
  'mfa-requirement': mfaButton,
  'user-mfa-registration': mfaButton,
  'enforce-mfa-conditional-access': mfaButton,
  'mfa-after-deadline': mfaButton,
};

/** The topic `id` in `words` (retrieval may have found it in another language's). */
export function topicIn(words: Catalog, id: TopicId): Topic | undefined {
  return topicsIn(words.topics).find((topic) => topic.id === id);
}

export function topicButton(topic: Topic): CardButton {
  return { title: topic.title, data: { verb: FAQ_VERBS.topic, topic: topic.id } };
}

/** Topic text is trusted (written from the seeds) and uses Teams markdown such as **Skip**: it renders as markdown. */
const numbered = (steps: readonly string[]) => steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
const linkList = (topic: Topic) => topic.links.map((link) => `- [${link.title}](${link.url})`).join('\n');

/** A card per answer: the short answer, its journey, the steps and the Microsoft pages on demand, and a person to ask. */
export function topicCard(words: Catalog, topic: Topic): GuideCardData {
  const F = words.faq;
  const journey = JOURNEY_OF[topic.id]?.(words);
  return guideCard({
    title: topic.title,
    summary: '',
    sections: [section('', { markdown: topic.shortAnswer })],
    primary: journey ? primaryButton(journey) : [],
    details: [
      ...(topic.steps.length ? [detail(F.stepsButton, { sections: [section('', { markdown: numbered(topic.steps) })] })] : []),
      ...(topic.links.length ? [detail(F.linksButton, { sections: [section('', { markdown: linkList(topic) })] })] : []),
    ],
    actions: [escalateButton(words)],
  });
}

/** Below the confidence threshold: say so, offer the closest topics, then the journeys and a person. */
export function notSureCard(words: Catalog, answer: FaqAnswer): GuideCardData {
  const F = words.faq;
  const related = answer.alternatives.slice(0, 3).flatMap((ranked) => topicIn(words, ranked.topic.id) ?? []);
  return guideCard({
    title: F.notSureTitle,
    summary: F.notSure,
    question: related.length ? F.related : '',
    choices: related.map(topicButton),
    footer: related.length ? F.journeysHeading : F.journeysOnly,
    primary: primaryButton(checkAccountButton(words)),
    actions: [mfaButton(words), escalateButton(words)],
  });
}
