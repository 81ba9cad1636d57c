import { LINKS } from '../links';
import type { Verdict } from '../verdicts';

/**
 * The questions the two Microsoft documents answer (../shared/seeds/), as data: each topic's
 * id, its pages and the verdicts it is written for. Its words (title, short answer, steps,
 * page titles) are each catalog's (TEXT.topics), joined by topicsIn; how people ask it in
 * each language (phrasings, keywords, synonyms) is that language's retrieval data
 * (src/text/<tag>/retrieval.ts), which FaqIndex indexes beside the words.
 */

export const TOPIC_IDS = [
  'why-work-account',
  'what-is-work-account',
  'takeover-prompt',
  'option1-takeover',
  'option2-new-account',
  'skip-and-remaining-logins',
  'limited-logins-msa',
  'sign-up-work-account',
  'what-is-unmanaged-tenant',
  'check-unmanaged',
  'what-is-takeover',
  'takeover-blockers',
  'how-to-takeover',
  'contact-support',
  'mfa-requirement',
  'find-global-admin',
  'enforce-mfa-conditional-access',
  'mfa-security-defaults',
  'mfa-per-user',
  'user-mfa-registration',
  'mfa-guest-users',
  'mfa-external-idp',
  'mfa-after-deadline',
  'mfa-support-contact',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface TopicLink {
  title: string;
  url: string;
}

export interface Topic {
  id: TopicId;
  /** The question the topic answers, as a heading. */
  title: string;
  /** One or two sentences that answer the question on their own. */
  shortAnswer: string;
  /** What to do, in order; may be empty when the answer is only an explanation. */
  steps: string[];
  links: TopicLink[];
  /**
   * The verdicts of a person's last check this topic is written for: asked without saying,
   * "I only have 2 logins left" means one thing after a personal-account check and another
   * after an unmanaged-tenant one.
   */
  verdicts?: readonly Verdict[];
}

/** The pages topics point to, by id; their titles are the catalog's (TEXT.topics.links). */
export const TOPIC_LINKS = {
  takeover: LINKS.takeoverUnmanagedDirectory,
  selfServiceSignup: LINKS.selfServiceSignup,
  signUp: LINKS.signUp,
  vlscSupport: LINKS.vlscSupportContact,
  vlsc: LINKS.vlsc,
  entra: LINKS.entraAdminCenter,
  mfaSetup: LINKS.mfaSetup,
  enableMfa: LINKS.enableMfa,
  securityDefaults: LINKS.securityDefaults,
  perUserMfa: LINKS.perUserMfa,
  externalMfa: LINKS.externalMfaProvider,
  externalMfaManage: LINKS.externalMfaManage,
  federatedMfa: LINKS.federatedMfaClaims,
  guestMfa: LINKS.guestMfa,
  manageUserMfaMethods: LINKS.manageUserMfaMethods,
  mfaSupport: `mailto:${LINKS.mfaSupportEmail}`,
} as const;

export type TopicLinkId = keyof typeof TOPIC_LINKS;

/** What a topic is in the domain: its id, its pages and the verdicts it is written for. */
export type TopicData = Pick<Topic, 'id' | 'verdicts'> & { links: readonly TopicLinkId[] };

/** A topic's words in one language: the catalog's TEXT.topics. */
export interface TopicWords {
  topics: { readonly [id in TopicId]: { title: string; shortAnswer: string; steps: readonly string[] } };
  links: { readonly [id in TopicLinkId]: string };
}

/** The topics in `words`: what a card shows, and what FaqIndex indexes beside the language's retrieval data. */
export function topicsIn(words: TopicWords): Topic[] {
  return TOPIC_DATA.map(({ id, links, verdicts }) => {
    const { title, shortAnswer, steps } = words.topics[id];
    return {
      id,
      title,
      shortAnswer,
      steps: [...steps],
      links: links.map((link) => ({ title: words.links[link], url: TOPIC_LINKS[link] })),
      ...(verdicts ? { verdicts } : {}),
    };
  });
}

export const TOPIC_DATA: readonly TopicData[] = [
  { id: 'why-work-account', links: ['signUp'] },
  { id: 'what-is-work-account', links: ['signUp', 'vlsc'] },
  { id: 'takeover-prompt', links: ['takeover'] },
  { id: 'option1-takeover', links: ['takeover'] },
  { id: 'option2-new-account', links: ['vlscSupport', 'signUp'] },
  { id: 'skip-and-remaining-logins', links: ['vlscSupport', 'takeover'], verdicts: ['takeover-needed'] },
  { id: 'limited-logins-msa', links: ['signUp'], verdicts: ['personal-account'] },
  { id: 'sign-up-work-account', links: ['signUp'] },
  { id: 'what-is-unmanaged-tenant', links: ['selfServiceSignup'] },
  { id: 'check-unmanaged', links: ['selfServiceSignup', 'takeover'] },
  { id: 'what-is-takeover', links: ['takeover'] },
  { id: 'takeover-blockers', links: ['takeover', 'signUp'], verdicts: ['takeover-needed'] },
  { id: 'how-to-takeover', links: ['takeover'] },
  { id: 'contact-support', links: ['vlscSupport'] },
  { id: 'mfa-requirement', links: ['enableMfa', 'mfaSetup'] },
  { id: 'find-global-admin', links: ['entra'], verdicts: ['ready', 'choose-work-account'] },
  { id: 'enforce-mfa-conditional-access', links: ['enableMfa', 'entra'] },
  { id: 'mfa-security-defaults', links: ['securityDefaults', 'perUserMfa'] },
  { id: 'mfa-per-user', links: ['perUserMfa'] },
  { id: 'user-mfa-registration', links: ['mfaSetup', 'manageUserMfaMethods', 'mfaSupport'] },
  { id: 'mfa-guest-users', links: ['enableMfa', 'guestMfa'] },
  { id: 'mfa-external-idp', links: ['externalMfaManage', 'externalMfa', 'federatedMfa'] },
  { id: 'mfa-after-deadline', links: ['mfaSetup'] },
  { id: 'mfa-support-contact', links: ['mfaSupport'] },
];
