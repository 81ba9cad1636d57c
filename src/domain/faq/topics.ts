import { LINKS } from '../links';
import type { Verdict } from '../verdicts';

/**
 * The questions the two Microsoft documents answer (../shared/seeds/), as data: each topic's
 * id, its pages, and the phrasings and keywords retrieval indexes. Its words (title, short
 * answer, steps, page titles) are the catalog's (TEXT.topics), joined by topicsIn.
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
  /** Other ways people ask this question; indexed for retrieval, never shown. */
  phrasings: string[];
  /** Words that point at this topic without being in its answer; indexed, never shown. */
  keywords: string[];
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

/** What a topic is in the domain: its id, its pages and what retrieval indexes besides its words. */
export type TopicData = Pick<Topic, 'id' | 'phrasings' | 'keywords' | 'verdicts'> & { links: readonly TopicLinkId[] };

/** A topic's words in one language: the catalog's TEXT.topics. */
export interface TopicWords {
  topics: { readonly [id in TopicId]: { title: string; shortAnswer: string; steps: readonly string[] } };
  links: { readonly [id in TopicLinkId]: string };
}

/**
 * The topics in `words`. Retrieval indexes the title, answer and steps too, so the index is
 * built from these (FaqIndex); the phrasings and keywords stay here, as tuned on the labelled
 * questions.
 */
export function topicsIn(words: TopicWords): Topic[] {
  return TOPIC_DATA.map(({ id, links, phrasings, keywords, verdicts }) => {
    const { title, shortAnswer, steps } = words.topics[id];
    return {
      id,
      title,
      shortAnswer,
      steps: [...steps],
      links: links.map((link) => ({ title: words.links[link], url: TOPIC_LINKS[link] })),
      phrasings,
      keywords,
      ...(verdicts ? { verdicts } : {}),
    };
  });
}

export const TOPIC_DATA: readonly TopicData[] = [
  {
    id: 'why-work-account',
    links: ['signUp'],
    phrasings: [
      'why is Microsoft transitioning VLSC sign in to managed work or school accounts',
      'why must I move to a work account',
      'why the change to the VLSC login',
      'what are the advantages of a work or school account',
      'why can I not keep my current sign in',
    ],
    keywords: ['reason', 'benefit', 'advantage', 'transition', 'migration', 'move', 'change', 'require', 'security', 'password reset'],
  },
  {
    id: 'what-is-work-account',
    links: ['signUp', 'vlsc'],
    phrasings: [
      'what is a work or school account for VLSC sign in',
      'how is a personal Microsoft account different from a work account',
      'IT told me our organization does not use Microsoft 365',
      'what does a work account look like',
      'what format is an organizational account',
      'is a work account the same as Office 365',
      'do I have to buy Microsoft 365 to have a work account',
      'what is an Entra ID or Azure AD account',
    ],
    keywords: ['definition', 'meaning', 'format', 'look like', 'onmicrosoft.com', 'orgname', 'organizational account', 'office 365', 'microsoft 365', 'subscription', 'buy', 'need', 'difference', 'versus', 'personal account', 'same thing'],
  },
  {
    id: 'takeover-prompt',
    links: ['takeover'],
    phrasings: [
      'I already have a work or school account for VLSC but I am being prompted to take over my unmanaged directory as an administrator',
      'your work or school account was created using self-service signup for Azure Active Directory, you must take over your unmanaged directory',
      'VLSC message telling me to take over the directory',
      'sign in shows a take over prompt',
      'what should I do about the takeover message',
    ],
    keywords: ['prompt', 'prompted', 'message', 'asked', 'asking', 'popup', 'warning', 'screen', 'keeps', 'self-service signup', 'verify domain'],
  },
  {
    id: 'option1-takeover',
    links: ['takeover'],
    phrasings: [
      'option 1 sign in with email domain specific to your organization',
      'keep my organization email address as the VLSC login',
      'verify ownership of our email domain with DNS',
      'does the IT administrator have to manage VLSC licenses after becoming global administrator',
      'who confirms the DNS TXT record',
    ],
    keywords: ['option 1', 'first option', 'dns', 'txt', 'record', 'registrar', 'godaddy', 'network administrator', 'verify ownership', 'company email', 'own domain', 'license'],
  },
  {
    id: 'option2-new-account',
    links: ['vlscSupport', 'signUp'],
    phrasings: [
      'option 2 create a new user ID not matched to your organization email domain',
      'disassociate my current VLSC account from my email address and register again',
      'make a separate onmicrosoft.com account only for VLSC',
      'how long until I can sign in with the new account',
      'I only need the account to log in to VLSC',
    ],
    keywords: ['option 2', 'second option', 'new account', 'new user id', 'onmicrosoft.com', 'disassociate', 'disassociation', 'register again', 'web form', 'business days', 'wait', 'separate'],
  },
  {
    id: 'skip-and-remaining-logins',
    links: ['vlscSupport', 'takeover'],
    phrasings: [
      'how many remaining logins do I have',
      'what does the Skip button do',
      'what happens when I choose Skip',
      'I have run out of log ins',
      'no logins left, need more time',
      'can I get extra log in sessions added to my account',
      'VLSC counts down my remaining sign ins',
    ],
    keywords: ['skip', 'remaining', 'left', 'zero', 'none', 'run out', 'count', 'number', 'extra', 'more', 'time', 'sessions', 'limit'],
    verdicts: ['takeover-needed'],
  },
  {
    id: 'limited-logins-msa',
    links: ['signUp'],
    phrasings: [
      'why am I getting a limited number of sign-in opportunities using a Microsoft Account',
      'personal Microsoft account logins are limited on VLSC',
      'will my personal account stop working on VLSC',
      'can I keep using my private email account',
    ],
    keywords: ['personal account', 'private', 'limited', 'stop working', 'convert', 'remaining', 'soon', 'left', 'count', 'number', 'how many', 'more', 'times'],
    verdicts: ['personal-account'],
  },
  {
    id: 'sign-up-work-account',
    links: ['signUp'],
    phrasings: [
      'how do I sign up for a new work or school account',
      'where do I create a work account',
      'get a work account without Microsoft 365',
      'our organization has no online services, how to get an account',
      'add our own domain name to the account later',
    ],
    keywords: ['sign up', 'signup', 'create', 'register', 'get', 'new', 'free', 'domain name', 'add domain', 'later', 'admin console'],
  },
  {
    id: 'what-is-unmanaged-tenant',
    links: ['selfServiceSignup'],
    phrasings: [
      'what is an unmanaged tenant',
      'meaning of viral tenant',
      'what is an unmanaged directory in Azure AD',
      'why does VLSC no longer accept unmanaged tenants',
      'tenant without an administrator',
    ],
    keywords: ['definition', 'meaning', 'explain', 'no administrator', 'no admin', 'automatically created', 'cloud service', 'no longer', 'allow', 'accept'],
  },
  {
    id: 'check-unmanaged',
    links: ['selfServiceSignup', 'takeover'],
    phrasings: [
      'how do I know if I have an unmanaged tenant account',
      'find out whether my tenant is viral',
      'tell if our directory is managed or not',
      'check the account type without logging in to VLSC',
      'admin tile in the portal office app picker',
    ],
    keywords: ['know', 'tell', 'find out', 'whether', 'determine', 'check', 'verify', 'detect', 'admin tile', 'app picker', 'portal.office.com', 'it pro'],
  },
  {
    id: 'what-is-takeover',
    links: ['takeover'],
    phrasings: [
      'what is a takeover of an unmanaged tenant',
      'what does admin takeover mean',
      'internal versus external admin takeover',
      'what happens once the tenant has an administrator',
    ],
    keywords: ['definition', 'meaning', 'explain', 'internal', 'external', 'difference', 'after', 'once', 'add users', 'add services'],
  },
  {
    id: 'takeover-blockers',
    links: ['takeover', 'signUp'],
    phrasings: [
      'reasons that might prevent me from completing a takeover',
      'unable to prove domain ownership',
      'cannot find our IT administrator or help desk',
      'we have no idea who manages our domain or IT',
      'we do not know who our IT administrator or IT provider is',
      'the domain is restricted or reclaimed',
      'takeover is not possible for us',
    ],
    keywords: ['prevent', 'stop', 'block', 'problem', 'unable', 'cannot', 'fail', 'prove', 'ownership', 'restricted', 'reclaimed', 'internet service provider', 'outsource', 'help desk number', 'identify', 'small company'],
    verdicts: ['takeover-needed'],
  },
  {
    id: 'how-to-takeover',
    links: ['takeover'],
    phrasings: [
      'how do I perform a viral tenant takeover',
      'step by step guide to take over an unmanaged directory',
      'how to make an unmanaged tenant managed',
      'how do I become global administrator of our domain',
      'can support do the takeover for me',
      'can our IT administrator or IT provider do the takeover for us',
    ],
    keywords: ['steps', 'step by step', 'guide', 'instructions', 'perform', 'do', 'complete', 'become', 'process', 'on my behalf', 'for me'],
  },
  {
    id: 'contact-support',
    links: ['vlscSupport'],
    phrasings: [
      'contact assisted support',
      'how do I reach VLSC Support',
      'phone number for Volume Licensing Service Center support',
      'how long does support take to reply to a web form',
      'speak to someone at Microsoft',
    ],
    keywords: ['contact', 'support', 'phone', 'call', 'number', 'web form', 'reply', 'respond', 'answer', 'hours', 'talk', 'speak', 'person', 'human', 'reach'],
  },
  {
    id: 'mfa-requirement',
    links: ['enableMfa', 'mfaSetup'],
    phrasings: [
      'mandatory MFA for Volume Licensing Central partner guidance',
      'what is multifactor authentication',
      'do partners need MFA for VL Central',
      'is MFA required to sign in',
      'why does VL Central require MFA',
    ],
    keywords: ['mandatory', 'required', 'requirement', 'must', 'need', 'all users', 'partner', 'security', 'protect', 'comply', 'compliance'],
  },
  {
    id: 'find-global-admin',
    links: ['entra'],
    phrasings: [
      'how to contact your tenant global administrator',
      'identify the appropriate admin point of contact',
      'who in my organization can enable MFA',
      'list the users with the global administrator role',
      'I do not have access to the Entra portal',
    ],
    keywords: ['find', 'identify', 'contact', 'point of contact', 'poc', 'roles', 'role', 'company administrator', 'list', 'it department', 'security operations', 'helpdesk'],
    verdicts: ['ready', 'choose-work-account'],
  },
  {
    id: 'enforce-mfa-conditional-access',
    links: ['enableMfa', 'entra'],
    phrasings: [
      'enforce MFA for Volume Licensing Central access tenant-wide',
      'create a new Conditional Access policy requiring multi-factor authentication',
      'which target resources or cloud apps to select for VL Central',
      'require MFA for all users and guests with a CA policy',
      'grant control require multi-factor authentication',
    ],
    keywords: ['conditional access', 'policy', 'enforce', 'create', 'assignments', 'target resources', 'cloud apps', 'microsoft admin portals', 'grant', 'conditions', 'trusted ips', 'tenant-wide', 'all users', 'select', 'app'],
  },
  {
    id: 'mfa-security-defaults',
    links: ['securityDefaults', 'perUserMfa'],
    phrasings: [
      'alternative if conditional access is not available',
      'enable security defaults for MFA',
      'our tenant has no premium Entra ID features',
      'do security defaults cover all applications',
      'how do we require MFA on the free Entra ID tier without premium licenses',
    ],
    keywords: ['security defaults', 'alternative', 'no conditional access', 'not available', 'small', 'premium', 'license', 'p1', 'catch-all', 'all apps', 'turn on', 'enable', 'free', 'without', 'afford'],
  },
  {
    id: 'mfa-per-user',
    links: ['perUserMfa'],
    phrasings: [
      'per-user MFA legacy',
      'turn on MFA user by user',
      'enforced or enabled MFA state',
      'enable MFA in the Microsoft 365 admin center active users',
    ],
    keywords: ['per-user', 'per user', 'legacy', 'individual', 'manually', 'each user', 'one by one', 'enforced', 'enabled', 'active users', 'fallback'],
  },
  {
    id: 'user-mfa-registration',
    links: ['mfaSetup', 'manageUserMfaMethods', 'mfaSupport'],
    phrasings: [
      'encourage early MFA registration',
      'how do I set up MFA on my phone',
      'add a verification method',
      'set up multiple methods as backup',
      'which authentication methods are allowed',
      'my phone was stolen and I cannot approve the sign-in',
      'I changed my phone and the authenticator codes no longer work',
    ],
    keywords: ['register', 'registration', 'set up', 'setup', 'enroll', 'app', 'phone', 'method', 'verification', 'backup', 'second', 'hardware token', 'lose', 'ready', 'user', 'new phone', 'replace', 'recover', 'code', 'approve'],
  },
  {
    id: 'mfa-guest-users',
    links: ['enableMfa', 'guestMfa'],
    phrasings: [
      'guest users from partner organizations',
      'B2B guests and MFA',
      'external users sign in to VL Central as guests',
      'MFA for users from another tenant',
    ],
    keywords: ['guest', 'b2b', 'external', 'partner organization', 'other company', 'home tenant', 'another tenant', 'invited', 'inbound trust', 'cross-tenant'],
  },
  {
    id: 'mfa-external-idp',
    links: ['externalMfaManage', 'externalMfa', 'federatedMfa'],
    phrasings: [
      'external identity provider',
      'third-party MFA integrated with Microsoft Entra ID',
      'federated identity provider sends the multipleauthn claim',
      'we use another vendor for MFA',
    ],
    keywords: ['third party', 'third-party', 'external', 'provider', 'vendor', 'federated', 'federation', 'idp', 'identity provider', 'claim', 'multipleauthn', 'adfs', 'saml', 'integrate', 'sso', 'single sign-on', 'federatedIdpMfaBehavior'],
  },
  {
    id: 'mfa-after-deadline',
    links: ['mfaSetup'],
    phrasings: [
      'post mandating MFA',
      'user has not set up MFA by the deadline',
      'MFA registration experience at sign in',
      'can a user bypass or skip MFA setup',
      'no access without MFA',
    ],
    keywords: ['after', 'blocked', 'block', 'locked out', 'refuse', 'bypass', 'skip', 'late', 'missed', 'passed', 'not yet', 'prompt', 'still'],
  },
  {
    id: 'mfa-support-contact',
    links: ['mfaSupport'],
    phrasings: [
      'facing issues in enabling MFA for the organization',
      'MFA support mailbox',
      'where to get help with MFA trouble',
      'contact Microsoft about VL Central MFA',
    ],
    keywords: ['support', 'help', 'assistance', 'contact', 'email', 'mail', 'address', 'issue', 'problem', 'trouble', 'error'],
  },
];
