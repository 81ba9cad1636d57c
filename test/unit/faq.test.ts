import { describe, expect, it } from 'vitest';
import { evaluateFaq, FRESH_FIRST_QUESTIONS, FRESH_THIRD_QUESTIONS, HELD_OUT_QUESTIONS, LABELLED_QUESTIONS } from '../../bench/faq';
import { FaqIndex } from '../../src/domain/faq/faqIndex';
import { renderAnswer, renderNotSure, renderTopic } from '../../src/cli/faqAnswer';
import { lightEnglishStem as stem } from '../../src/domain/faq/stemmers';
import { TextAnalyser } from '../../src/domain/faq/textNormaliser';
import { TOPIC_IDS, topicsIn } from '../../src/domain/faq/topics';
import { LINKS } from '../../src/domain/links';
import { catalog } from '../../src/text/en';
import { retrieval } from '../../src/text/en/retrieval';

/** The topics in the catalog's words, as the bot and the command line index them. */
const TOPICS = topicsIn(catalog.topics);
const index = new FaqIndex(TOPICS, { tag: 'en', retrieval });
const english = new TextAnalyser('en', retrieval);
const analyse = (text: string) => english.analyse(text);
const CONFIDENCE_THRESHOLD = retrieval.threshold;
const topic = (id: string) => TOPICS.find((t) => t.id === id)!;

describe('FAQ topics', () => {
  it('has one topic per id, each with a short answer, a link and ways to ask it', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    for (const t of TOPICS) {
      expect(t.title, t.id).not.toBe('');
      expect(t.shortAnswer.length, t.id).toBeGreaterThan(40);
      expect(t.links.length, t.id).toBeGreaterThan(0);
      expect(retrieval.phrasings[t.id].length, t.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('links only to the pages in LINKS', () => {
    const known = new Set<string>([...Object.values(LINKS), `mailto:${LINKS.mfaSupportEmail}`]);
    for (const t of TOPICS) for (const link of t.links) expect(known, `${t.id}: ${link.url}`).toContain(link.url);
  });

  it('speaks of the MFA requirement as in force, the deadline being past', () => {
    expect(topic('mfa-requirement').shortAnswer).toMatch(/deadline was 5 January 2026.*in force/);
    const all = JSON.stringify(TOPICS);
    expect(all).not.toMatch(/before (?:January 5|5 January),? 2026/);
    expect(all).not.toMatch(/will (?:be )?(?:required|mandatory)/i);
  });
});

describe('FAQ topics say what the seeds and Learn say', () => {
  const text = (id: string) => renderTopic(topic(id));

  it('Security Defaults: Microsoft decides when a user is prompted, certain administrator roles every sign-in; Conditional Access needs P1 (correction 2, review 9)', () => {
    expect(text('mfa-security-defaults')).toContain('Microsoft decides when a user is prompted, and the administrators Microsoft lists (Global, Security and Conditional Access Administrators among them) are prompted at every sign-in');
    expect(text('mfa-security-defaults')).toContain('at least a Microsoft Entra ID P1 license');
  });

  it('guests: what the seed says, with the inbound trust condition (correction 4)', () => {
    expect(text('mfa-guest-users')).toContain('might need to enable MFA in their home tenant');
    expect(text('mfa-guest-users')).toContain('only when your cross-tenant access inbound trust settings trust MFA from it');
    expect(topic('mfa-guest-users').links.map((l) => l.url)).toContain(LINKS.guestMfa);
    expect(text('mfa-guest-users')).toContain('without that trust (the default) guests register and perform MFA in your tenant');
    // The seed's "in most cases", attributed, beside Learn's condition: the two no longer read as one contradictory claim.
    expect(text('mfa-guest-users')).toContain('which services their MFA prompt in most cases (Microsoft’s partner guidance)');
  });

  it('per-user MFA: only enabled accounts are covered, they register at the next sign-in, and who manages it (reviews 5, 8)', () => {
    expect(text('mfa-per-user')).not.toMatch(/cannot sign in until/);
    expect(text('mfa-per-user')).toContain('asked to register for MFA at the next sign-in');
    expect(text('mfa-per-user')).toContain('an Authentication Administrator or Authentication Policy Administrator');
  });

  it('federated sign-in: the multipleauthn claim counts only when federatedIdpMfaBehavior accepts it (correction 6)', () => {
    expect(text('mfa-external-idp')).toContain('multipleauthn');
    expect(text('mfa-external-idp')).toContain('federatedIdpMfaBehavior');
    expect(topic('mfa-external-idp').shortAnswer).toContain('which honours it only when the domain’s federatedIdpMfaBehavior setting accepts MFA done by the identity provider');
  });

  it.each(['what-is-takeover', 'how-to-takeover'])('%s says what an external takeover moves and when it is not supported (correction 7)', (id) => {
    expect(text(id)).toMatch(/users, subscriptions and license assignments move over/);
    expect(text(id)).toContain('SharePoint, OneDrive or Skype for Business');
    expect(text(id)).toMatch(/Microsoft supports it for Azure Rights Management and Exchange Online/);
  });

  it('Option 2 without phoning VLSC Support; a lost phone leads to backup methods and re-registration (correction 8)', () => {
    expect(text('option2-new-account')).toContain('without needing to phone VLSC Support');
    expect(text('user-mfa-registration')).toContain('an Authentication Administrator can require you to register your methods again');
    expect(text('user-mfa-registration')).toContain(LINKS.mfaSupportEmail);
  });
});

describe('LINKS', () => {
  it('names the Microsoft pages the seeds point to', () => {
    expect(LINKS.takeoverUnmanagedDirectory).toBe('https://learn.microsoft.com/entra/identity/users/domains-admin-takeover');
    expect(LINKS.signUp).toBe('https://signup.microsoft.com/');
    expect(LINKS.mfaSetup).toBe('https://aka.ms/mfasetup');
    expect(LINKS.mfaSupportEmail).toBe('MFAVLCsupport@microsoft.com');
    for (const [name, url] of Object.entries(LINKS)) {
      if (name !== 'mfaSupportEmail') expect(url, name).toMatch(/^https:\/\//);
    }
  });

  it('links each page at the address Learn serves it from, under the title Learn gives it', () => {
    expect(LINKS.selfServiceSignup).toBe('https://learn.microsoft.com/entra/identity/users/directory-self-service-signup');
    expect(LINKS.externalMfaProvider).toBe('https://learn.microsoft.com/entra/identity/authentication/concept-authentication-external-method-provider');
    const titles = (url: string) => TOPICS.flatMap((t) => t.links).filter((l) => l.url === url).map((l) => l.title);
    for (const title of titles(LINKS.externalMfaProvider)) expect(title).toMatch(/^Microsoft Entra multifactor authentication external method provider reference/);
    for (const title of titles(LINKS.externalMfaManage)) expect(title).toMatch(/^Manage an external authentication method in Microsoft Entra ID/);
    for (const title of titles(LINKS.selfServiceSignup)) expect(title).toMatch(/^What is self-service sign-up for Microsoft Entra ID\?/);
    expect(titles(LINKS.externalMfaProvider).length).toBeGreaterThan(0);
  });
});

describe('text normaliser', () => {
  it.each([
    ['register', 'registered', 'registration'],
    ['secure', 'security', 'secured'],
    ['create', 'created', 'creating'],
    ['verify', 'verified', 'verification'],
    ['stop', 'stopped', 'stops'],
  ])('stems %s, %s and %s alike', (a, b, c) => {
    expect(stem(b)).toBe(stem(a));
    expect(stem(c)).toBe(stem(a));
  });

  it.each([
    ['mfa', ['MFA', '2FA', 'two-factor', 'multi factor', 'multifactor authentication', 'two step verification']],
    ['unmanaged', ['viral', 'unmanaged', 'self-service']],
    ['admin', ['admin', 'administrator', 'admins', 'IT', 'IT guy', 'network administrator']],
    ['msa', ['personal account', 'MSA', 'Microsoft account', 'outlook.com', 'hotmail']],
    ['signin', ['logins', 'log ins', 'sign-ins', 'sessions', 'logged in']],
    ['workaccount', ['work account', 'work or school account', 'school accounts']],
  ])('folds the ways of saying %s onto one term', (term, sayings) => {
    for (const saying of sayings) expect(analyse(saying), saying).toEqual([term]);
  });

  it('reads an example address as an e-mail address and drops the guidance’s made-up company names', () => {
    expect(analyse('is it name@company.com')).toEqual(['email']);
    expect(analyse('is fourthcoffee.xyz viral')).toEqual(['unmanaged']);
  });

  it.each([
    ['premium', ['P1', 'premium', 'P2']],
    ['lose', ['lost', 'broken', 'stolen']],
    ['identify', ['don’t know who', 'no idea who']],
    ['idp', ['Okta', 'Ping Identity', 'SSO']],
  ])('folds the ways of saying %s onto one term', (term, sayings) => {
    for (const saying of sayings) expect(analyse(saying), saying).toEqual([term]);
  });

  it('reads the short forms people type as the words they stand for', () => {
    expect(analyse('sign up for work or school acct')).toEqual(analyse('sign up for work or school account'));
    expect(analyse('got a msg at login')).toEqual(analyse('got a message at login'));
  });

  it('reads obligation, "who can" and "what if" for what they ask, not as a definition', () => {
    expect(analyse('do we have to do mfa')).toEqual(['require', 'mfa']);
    expect(analyse('who is allowed to turn on mfa')).toEqual(['who', 'role', 'enable', 'mfa']);
    expect(analyse('who do i contact about mfa')).toEqual(['who', 'contact', 'mfa']);
    expect(analyse('what if nobody can take over')).not.toContain('meaning');
    expect(analyse('what happens if i skip')).toEqual(['happen', 'skip']);
    expect(analyse('what is a viral tenant')).toContain('meaning');
  });

  it('takes "IT" in capitals as the department and "it" as a pronoun', () => {
    expect(analyse('ask IT')).toContain('admin');
    expect(analyse('will it stop')).not.toContain('admin');
  });

  it('drops stop words and bare numbers but keeps the words that matter', () => {
    expect(analyse('why does VLSC say I have 3 logins left?')).toEqual(['reason', 'vlsc', 'say', 'signin', 'remaining']);
  });

  it('corrects typos against the known vocabulary, not short words into guesses', () => {
    const correct = english.spellingCorrector(['what is an administrator account']);
    expect(correct('waht')).toBe('what');
    expect(correct('adminstrator')).toBe('administrator');
    expect(correct('acount')).toBe('account');
    expect(correct('cost')).toBe('cost');
  });
});

describe('FAQ index', () => {
  it.each([
    ['why does VLSC say I have 3 logins left?', 'skip-and-remaining-logins'],
    ["what's a viral tenant?", 'what-is-unmanaged-tenant'],
    ['do I need Office 365 for a work account?', 'what-is-work-account'],
  ])('answers "%s" with %s', (question, id) => {
    const answer = index.answer(question);
    expect(answer.topic?.id).toBe(id);
    expect(answer.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(answer.score).toBeLessThanOrEqual(1);
  });

  it('is not sure about what the guidance does not cover, offering at most three alternatives', () => {
    const answer = index.answer('tell me a joke');
    expect(answer.topic).toBeNull();
    expect(answer.alternatives.length).toBeLessThanOrEqual(3);
    expect(index.answer('').alternatives).toEqual([]);
  });

  it('gives every alternative a confidence in [0, 1], none above the best', () => {
    const { score, alternatives } = index.answer('how do i take over my unmanaged tenant');
    expect(alternatives).toHaveLength(3);
    for (const alternative of alternatives) {
      expect(alternative.score).toBeGreaterThanOrEqual(0);
      expect(alternative.score).toBeLessThanOrEqual(score);
    }
  });

  it('sorts the alternatives by confidence', () => {
    for (const { q, verdict } of LABELLED_QUESTIONS) {
      const scores = index.answer(q, { verdict }).alternatives.map((a) => a.score);
      expect(scores, q).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it.each([
    ['my IT guy says we don’t use Office 365', 'what-is-work-account'],
    ['what is the difference between a Microsoft account and a work or school account', 'what-is-work-account'],
    ['I lost my phone and can’t do MFA for VL Central', 'user-mfa-registration'],
    ['we have no Entra ID P1, how do we enforce MFA', 'mfa-security-defaults'],
    ['we use Okta federation', 'mfa-external-idp'],
  ])('answers the kind of "%s" that missed before: %s', (question, id) => {
    expect(index.answer(question).topic?.id).toBe(id);
  });

  it('reads a question with the asker’s last check in mind', () => {
    expect(index.answer('I only have 2 logins left', { verdict: 'personal-account' }).topic?.id).toBe('limited-logins-msa');
    expect(index.answer('I only have 2 logins left', { verdict: 'takeover-needed' }).topic?.id).toBe('skip-and-remaining-logins');
    expect(index.answer('I don’t know who our IT admin is', { verdict: 'ready' }).topic?.id).toBe('find-global-admin');
    expect(index.answer('I don’t know who our IT admin is').alternatives.map((a) => a.topic.id)).toEqual(expect.arrayContaining(['takeover-blockers', 'find-global-admin']));
  });

  it('is not sure about questions that share words with the guidance but not its subject', () => {
    for (const question of ['how do i reset my laptop password', 'forgot my email password', 'how much does a visual studio subscription cost']) {
      expect(index.answer(question).topic, question).toBeNull();
    }
  });

  it('meets the quality floors on the labelled questions', () => {
    const quality = evaluateFaq(index, LABELLED_QUESTIONS);
    expect(quality.top1Accuracy).toBeGreaterThanOrEqual(0.95);
    expect(quality.answerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(quality.confidentWrongRate).toBeLessThanOrEqual(0.02);
  });

  it('generalises to the held-out questions, written after the tuning', () => {
    const quality = evaluateFaq(index, HELD_OUT_QUESTIONS);
    expect(quality.top1Accuracy).toBeGreaterThanOrEqual(0.9);
    expect(quality.confidentWrongRate).toBeLessThanOrEqual(0.05);
  });

  it('does as well on the fresh questions, kept apart and never tuned on, as when they were measured', () => {
    // First batch: its misses were looked at for general changes (before: 76% right, 12% confidently wrong).
    const first = evaluateFaq(index, FRESH_FIRST_QUESTIONS);
    expect(first.answerAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(first.confidentWrongRate).toBeLessThanOrEqual(0.07);
    // Third batch: written after the last of those changes, never looked at to change the index (before them: 88% right, none confidently wrong).
    const third = evaluateFaq(index, FRESH_THIRD_QUESTIONS);
    expect(third.answerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(third.confidentWrongRate).toBeLessThanOrEqual(0.05);
    expect(FRESH_FIRST_QUESTIONS.length + FRESH_THIRD_QUESTIONS.length).toBeGreaterThanOrEqual(40);
  });

  it('has a labelled set wide enough to mean something', () => {
    const labels = new Set<string>(TOPIC_IDS);
    expect(LABELLED_QUESTIONS.length).toBeGreaterThanOrEqual(150);
    expect(LABELLED_QUESTIONS.filter((q) => q.topic === null).length).toBeGreaterThanOrEqual(20);
    expect(HELD_OUT_QUESTIONS.length).toBeGreaterThanOrEqual(20);
    for (const q of LABELLED_QUESTIONS) if (q.topic !== null) expect(labels, q.q).toContain(q.topic);
    for (const id of TOPIC_IDS) expect(LABELLED_QUESTIONS.filter((q) => q.topic === id).length, id).toBeGreaterThanOrEqual(3);
  });
});

describe('rendering', () => {
  it('shows a topic as bold title, short answer, numbered steps and links', () => {
    const text = renderTopic(topic('find-global-admin'));
    expect(text.startsWith('**How do I find my tenant’s Global Administrator?**\n\n')).toBe(true);
    expect(text).toContain('\n1. Go to https://entra.microsoft.com.\n2. Navigate to **Entra ID > Roles and administrators**.');
    expect(text).toContain(`[Microsoft Entra admin center](${LINKS.entraAdminCenter})`);
  });

  it('lists the alternatives when not sure', () => {
    const alternatives = [{ topic: topic('what-is-takeover'), score: 0.2 }, { topic: topic('how-to-takeover'), score: 0.1 }];
    expect(renderNotSure(catalog, alternatives)).toContain('1. What is a viral tenant takeover?\n2. How do I perform a viral tenant takeover?');
    expect(renderAnswer(catalog, { topic: null, score: 0, alternatives: [] })).toMatch(/don’t have an answer/);
  });
});
