import type { FaqAnswer } from '../../domain/faq/faqIndex';
import type { Topic, TopicId } from '../../domain/faq/topics';
import { TEXT } from '../../text/en';
import type { CardButton, GuideCardData } from '../cards/data';
import { guideCard, section } from '../cards/guide';
import { mfaButton, verbs } from './buttons';

const checkButton: CardButton = { title: TEXT.commands.check.title, data: { verb: verbs.check } };

/** Topics whose natural next step is one of the journeys. */
const JOURNEY_OF: Partial<Record<TopicId, CardButton>> = {
  'check-unmanaged': checkButton,
  'takeover-prompt': checkButton,
  'limited-logins-msa': checkButton,
  'skip-and-remaining-logins': checkButton,
  'what-is-unmanaged-tenant': checkButton,
  'mfa-requirement': mfaButton,
  'user-mfa-registration': mfaButton,
  'enforce-mfa-conditional-access': mfaButton,
  'mfa-after-deadline': mfaButton,
};

export function topicButton(topic: Topic): CardButton {
  return { title: topic.title, data: { verb: verbs.topic, topic: topic.id } };
}

/** A card per answer: the short answer, the steps, the Microsoft pages the seed names. */
export function topicCard(topic: Topic, extra: readonly CardButton[] = []): GuideCardData {
  const journey = JOURNEY_OF[topic.id];
  return guideCard({
    title: topic.title,
    tone: 'default',
    summary: topic.shortAnswer,
    sections: topic.steps.length ? [section('', { steps: topic.steps })] : [],
    links: topic.links.map((link) => ({ title: link.title, url: link.url })),
    actions: [...(journey ? [journey] : []), ...extra],
  });
}

/** Below the confidence threshold: say so, offer the top topics, the journeys and escalation. */
export function notSureCard(answer: FaqAnswer, extra: readonly CardButton[] = []): GuideCardData {
  return guideCard({
    title: TEXT.faq.notSureTitle,
    tone: 'default',
    summary: TEXT.faq.notSure,
    question: answer.alternatives.length ? TEXT.faq.related : '',
    choices: answer.alternatives.slice(0, 3).map((ranked) => topicButton(ranked.topic)),
    sections: [section(TEXT.faq.journeysHeading)],
    actions: [checkButton, mfaButton, ...extra],
  });
}
