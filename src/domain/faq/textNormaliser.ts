/**
 * Turns text (a topic or a question) into the terms the FAQ index compares: lower-cased
 * words, stemmed by a light English suffix stripper, with the many ways people name the
 * same thing (viral/unmanaged, 2FA/MFA, hotmail/personal account …) folded onto one term.
 * Documents and questions go through the same function, so they meet on the same terms.
 */

/**
 * Light English stemmer: strips inflections, then one derivational suffix, then a final
 * "e", so that register/registered/registration, secure/security or manage/managed meet.
 * It need not produce words, only the same stem for related words.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else w = stripInflection(w, 'ing') ?? stripInflection(w, 'ed') ?? w;

  if (w.endsWith('al') && w.length >= 6) w = w.slice(0, -2);
  for (const [suffix, replacement, shortest] of DERIVATIONAL) {
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= shortest) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Longest first, so "istration" wins over "ation"; the number is the shortest stem left. */
const DERIVATIONAL: ReadonlyArray<readonly [string, string, number]> = [
  ['istration', 'ist', 3],
  ['isation', 'iz', 3],
  ['ization', 'iz', 3],
  ['ication', 'y', 3],
  ['ation', '', 3],
  ['ment', '', 3],
  ['ness', '', 3],
  ['able', '', 3],
  ['ible', '', 3],
  ['ity', '', 3],
  ['ful', '', 3],
  ['ive', '', 3],
  ['ise', 'iz', 3],
  ['ize', 'iz', 3],
  ['ate', '', 3],
  // apply and early keep their ending.
  ['ly', '', 4],
  ['er', '', 3],
  ['or', '', 3],
];

/**
 * Strips -ing/-ed when a vowel is left, undoubles stopp → stop (but not install), and puts
 * back the "e" of creat(e) → create so it meets "create" in the next step.
 */
function stripInflection(word: string, suffix: string): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const base = word.slice(0, -suffix.length);
  if (base.length < 3 || !/[aeiouy]/.test(base)) return undefined;
  if (/([^aeiouylsz])\1$/.test(base)) return base.slice(0, -1);
  return /(at|bl|iz)$/.test(base) ? `${base}e` : base;
}

/** "it guy", "IT guy": words() turns a capitalised IT into "itadmin". */
function itPeople(): string[] {
  const roles = ['admin', 'administrator', 'department', 'team', 'guy', 'person', 'people', 'pro', 'provider', 'staff', 'support'];
  return roles.flatMap((role) => [`it ${role}`, `itadmin ${role}`]);
}

/**
 * General vocabulary of the domain: each line maps the ways people say a thing (words or
 * phrases, matched after stemming, longest first) to the term(s) the index uses.
 */
const SYNONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['mfa', ['mfa', '2fa', 'two factor', '2 factor', 'multi factor', 'multifactor', 'two factor authentication', 'multi factor authentication', 'multifactor authentication', 'two step verification', '2 step verification', 'two step', '2 step', 'second factor', 'strong authentication']],
  ['mfa authenticator', ['authenticator', 'authenticator app', 'microsoft authenticator', 'google authenticator']],
  // The setup page's address is a word of its own: only the registration answers give it.
  ['mfa setup mfasetup', ['mfasetup']],
  ['thirdparty mfa', ['duo', 'rsa', 'securid']],
  ['thirdparty', ['third party', '3rd party', 'thirdparty', 'another vendor', 'other vendor', 'non microsoft']],
  ['idp', ['idp', 'identity provider', 'okta', 'pingfederate', 'pingid', 'ping identity', 'ping', 'onelogin', 'auth0', 'adfs', 'ad fs', 'sso', 'sso provider', 'single sign on']],
  ['unmanaged', ['unmanaged', 'viral', 'self service', 'selfservice', 'not managed', 'shadow tenant']],
  ['password reset', ['self service password reset', 'sspr']],
  ['admin', ['admin', 'administrator', 'itadmin', 'company administrator', ...itPeople(), 'network admin', 'network administrator', 'sysadmin', 'system administrator', 'tenant admin', 'msp', 'managed service provider', 'it company', 'it partner']],
  ['msa', ['msa', 'personal account', 'personal microsoft account', 'microsoft account', 'private account', 'consumer account', 'personal email', 'private email', 'outlook com', 'outlook account', 'hotmail', 'hotmail account', 'live com account', 'live account', 'gmail account', 'yahoo account', 'personal email account', 'live com', 'live id', 'windows live', 'gmail', 'yahoo', 'icloud']],
  ['workaccount', ['work account', 'school account', 'work or school account', 'work and school account', 'work school account', 'organizational account', 'organization account', 'org account', 'company account', 'corporate account', 'business account', 'entra account', 'azure ad account', 'aad account']],
  ['m365', ['office 365', 'office365', 'o365', 'microsoft 365', 'microsoft365', 'm365']],
  ['vlcentral', ['vl central', 'vlcentral', 'volume licensing central', 'volume license central', 'vlc']],
  ['vlsc', ['vlsc', 'vslc', 'volume licensing service center', 'volume license service center', 'service center', 'service centre', 'volume licensing', 'microsoft licensing']],
  ['entra', ['entra', 'entra id', 'azure ad', 'aad', 'azure active directory', 'microsoft entra']],
  ['tenant', ['tenant', 'directory', 'tennant']],
  ['signin', ['sign in', 'sign ins', 'signin', 'log in', 'log ins', 'login', 'logon', 'log on', 'sign on', 'session', 'log in session']],
  ['signup', ['sign up', 'signup']],
  ['takeover', ['takeover', 'take over', 'took over', 'taken over']],
  ['disassociate', ['disassociate', 'disassociation', 'dissociate', 'dissociation', 'unlink', 'detach', 'delink']],
  ['guest', ['guest', 'b2b', 'external user']],
  ['conditionalaccess', ['conditional access']],
  ['conditionalaccess policy', ['ca policy']],
  ['securitydefaults', ['security defaults', 'security default']],
  ['peruser', ['per user', 'each user', 'user by user', 'individual user', 'one by one']],
  ['deadline', ['deadline', 'due date', 'cutoff', 'cut off', 'january', 'jan']],
  ['phone', ['phone', 'telephone', 'call', 'phone number']],
  ['lose', ['lose', 'lost', 'broke', 'broken', 'stolen', 'damaged', 'gone']],
  ['lose phone', ['new phone', 'replaced phone', 'changed phone', 'switched phone', 'different phone', 'another phone']],
  ['premium', ['premium', 'p1', 'p2']],
  ['licens', ['license', 'licence', 'licensing', 'plan', 'sku']],
  // "get" is a stop word; getting an account is signing up for one.
  ['signup workaccount', ['get a work account', 'get a work or school account', 'get an account', 'obtain a work account']],
  ['webform', ['web form', 'webform', 'contact form', 'online form', 'support form']],
  ['identify', ['identify', 'dont know who', 'do not know who', 'no idea who', 'not sure who', 'no clue who', 'cannot tell who', 'cannot work out who', 'find who', 'find out who', 'see who', 'look up who', 'know who']],
  // Becoming the admin of an unmanaged directory is what taking it over means.
  ['takeover admin', ['become admin', 'become the admin', 'become an admin', 'become administrator', 'become the administrator', 'become the global administrator', 'become global administrator', 'become global admin']],
  ['difference', ['difference', 'different', 'differ', 'diff', 'vs', 'versus']],
  ['say', ['say', 'tell', 'told']],
  ['helpdesk', ['help desk', 'helpdesk', 'service desk', 'support desk']],
  ['email', ['email', 'e mail', 'mail', 'mailbox']],
  ['cannot', ['cannot', 'can not', 'cant', 'unable', 'not able', 'could not', 'couldnt', 'nobody', 'no one']],
  ['benefit', ['benefit', 'advantage', 'pros', 'upside']],
  ['remaining', ['remaining', 'remain', 'left']],
  ['zero', ['zero', '0', 'none', 'no more', 'run out', 'ran out', 'used up']],
  ['contact', ['contact', 'reach', 'talk to', 'speak to', 'speak with', 'talk with', 'get in touch', 'reach out']],
  ['meaning', ['meaning', 'mean', 'definition', 'define', 'explain', 'what is', 'what are', 'whats', 'what s']],
  ['howto', ['how do i', 'how do we', 'how to', 'how can i', 'how can we', 'steps', 'step by step', 'instructions', 'guide', 'walkthrough']],
  ['reason', ['why', 'reason', 'how come', 'purpose', 'whats the point', 'what is the point', 'point of']],
  ['skip', ['skip', 'bypass']],
  ['require', ['require', 'requirement', 'mandatory', 'compulsory', 'obligatory', 'force', 'oblige']],
  ['option1', ['option 1', 'option one', 'first option', '1st option']],
  ['option2', ['option 2', 'option two', 'second option', '2nd option']],
  ['organiz', ['organization', 'organisation', 'org', 'company', 'business', 'employer', 'firm', 'enterprise']],
  ['choose', ['choose', 'click', 'press', 'tap', 'pick', 'hit']],
  ['block', ['block', 'locked out', 'lock out', 'denied', 'shut out']],
  ['enable', ['enable', 'turn on', 'switch on', 'activate']],
  ['setup', ['set up', 'setup', 'enrol', 'enroll']],
  // Obligation said in everyday words ("do we have to", "must we").
  ['require', ['have to', 'has to', 'must', 'obliged to', 'required to']],
  // Asking who may do something is asking which role can.
  ['role', ['role', 'allowed to', 'permission', 'privilege', 'rights to']],
  ['who role', ['who can', 'who may', 'who is allowed', 'who are allowed']],
  ['who contact', ['who can help', 'who could help', 'who to ask', 'who do i ask', 'who should i ask', 'who do i contact', 'who to contact', 'who should i contact']],
  ['contact', ['get help', 'where to get help']],
  ['prompt', ['prompt', 'message', 'popup', 'pop up', 'notification', 'warning', 'banner', 'notice', 'keeps asking', 'keeps telling', 'keeps saying']],
  ['verify', ['verify', 'verification', 'prove', 'proof', 'validate']],
  ['own', ['own', 'owner', 'ownership']],
  ['create', ['create', 'make', 'open a new']],
  ['problem', ['problem', 'issue', 'trouble', 'error', 'fail', 'failure']],
  ['signin', ['log into', 'sign into', 'logon to']],
  ['isp', ['isp', 'internet service provider', 'internet provider']],
  // The MFA support mailbox by name (its address reads as "email", as every address does).
  ['mfa support email', ['mfavlcsupport']],
  // "What" alone reads as "what is" (what's loses its 's'): these questions ask what follows or what to do, not for a definition.
  ['happen', ['what if', 'what happens', 'what happen', 'what will happen']],
  ['howto', ['what do i need to do', 'what do we need to do', 'what needs to be done', 'what must i do', 'what do i do', 'what do we do', 'what should i do', 'what should we do', 'what to do', 'what now', 'what can i do', 'what can we do']],
];

/** Short forms people type, read as the word they stand for before anything else. */
const ABBREVIATIONS = new Map([
  ...['acct', 'acc', 'accnt', 'acount'].map((short) => [short, 'account'] as const),
  ...['msg', 'msgs'].map((short) => [short, 'message'] as const),
  ...['pw', 'pwd'].map((short) => [short, 'password'] as const),
  ['auth', 'authentication'],
  ['admins', 'admin'],
  ['ppl', 'people'],
  ['u', 'you'],
  ['ur', 'your'],
]);

/**
 * The terms that name what the guidance is about (after folding and stemming): its services,
 * accounts, tenants, sign-ins and MFA, and the things its answers act on. A question with
 * none of them is about something else, however many everyday words it shares with an answer.
 */
const DOMAIN_TERMS = new Set([
  ...['mfa', 'authenticator', 'mfasetup', 'thirdparty', 'idp', 'unmanaged', 'admin', 'msa', 'workaccount', 'm365', 'vlcentral', 'vlsc'],
  ...['entra', 'tenant', 'signin', 'signup', 'takeover', 'disassociate', 'guest', 'conditionalaccess', 'securitydefaults', 'peruser'],
  ...['option1', 'option2', 'premium', 'skip', 'webform'],
  ...['domain', 'dns', 'txt', 'registrar', 'godaddy', 'onmicrosoft', 'multipleauthn', 'federated', 'federation', 'verification', 'passkey'].map(stem),
]);

export function isDomainTerm(term: string): boolean {
  return DOMAIN_TERMS.has(term);
}

/**
 * Words that carry no meaning for telling topics apart, and the made-up company names the
 * guidance uses in examples (an answer is not about fourthcoffee.xyz). Checked before stemming.
 */
const STOP_WORDS = new Set(
  `a an the i me my mine we our ours us you your yours he him his she her they them their it its
  is are was were be been being am do does did done doing have has had having will would shall should
  can could may might must of to in on at by for with from about into over under out up off as
  and or but if so than then that this these those there here what which whom whose when where how
  not no nor only just also too very really any some all each every same such like other others
  im ive id dont doesnt didnt isnt arent wasnt wont wouldnt shouldnt thats theres hows wheres
  please pls plz thanks thank thx hi hello hey ok okay yes yeah
  com www http https aka ms microsoft etc eg ie e g now anymore yet again already still ever even
  get got getting much one thing things stuff something someone through via
  contoso fabrikam fourthcoffee fourthcoffeexyz xyz adatum northwind`.split(/\s+/),
);

interface Phrase {
  stems: string[];
  terms: readonly string[];
}

const PHRASES: Phrase[] = SYNONYMS.flatMap(([canonical, sayings]) =>
  sayings.map((saying) => ({ stems: words(saying).map(stem), terms: canonical.split(' ') })),
).sort((a, b) => b.stems.length - a.stems.length);

const LONGEST_PHRASE = Math.max(...PHRASES.map((p) => p.stems.length));
const PHRASES_BY_FIRST_STEM = groupBy(PHRASES, (p) => p.stems[0]);

/**
 * Lower-cased words; "IT" in capitals is the department, not the pronoun; an e-mail address
 * is the word "email" (people give examples, name@company.com, where answers show others).
 */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[^\s@]+@[^\s@]+\.[a-z]{2,}\b/gi, ' email ')
    .replace(/\bIT\b/g, ' itadmin ')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/n't\b/g, 'nt')
    .replace(/'(s|re|ll|ve|m|d)\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Fixes a misspelt word, or returns it unchanged. */
export type Corrector = (word: string) => string;

/**
 * The index terms for a text: phrases folded to their terms, stop words and bare numbers
 * dropped. Questions pass a corrector so that a typo still meets its phrase ("waht is").
 */
export function analyse(text: string, correct: Corrector = (word) => word): string[] {
  const surface = words(text)
    .map((word) => ABBREVIATIONS.get(word) ?? word)
    .map(correct);
  const stems = surface.map(stem);
  const terms: string[] = [];
  for (let i = 0; i < stems.length; ) {
    const phrase = matchPhrase(stems, i);
    if (phrase) {
      terms.push(...phrase.terms);
      i += phrase.stems.length;
      continue;
    }
    if (!STOP_WORDS.has(surface[i]) && !/^\d+$/.test(surface[i])) terms.push(stems[i]);
    i += 1;
  }
  return terms;
}

function matchPhrase(stems: string[], at: number): Phrase | undefined {
  const candidates = PHRASES_BY_FIRST_STEM.get(stems[at]);
  if (!candidates) return undefined;
  const window = stems.slice(at, at + LONGEST_PHRASE);
  return candidates.find((p) => p.stems.every((s, k) => window[k] === s));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * A corrector for questions about the given texts: a word none of them (nor the synonym
 * lists) uses is replaced by the most frequent known word one edit away (swapping two
 * neighbouring letters counts as one edit), or two edits for long words. Short words are
 * left alone: "cost" is one edit from too many words to guess.
 */
export function spellingCorrector(texts: readonly string[]): Corrector {
  const frequency = new Map<string, number>();
  const known = [...texts, ...SYNONYMS.flatMap(([, sayings]) => sayings), ...STOP_WORDS];
  for (const word of known.flatMap(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return (word) => {
    if (frequency.has(word) || /\d/.test(word) || word.length < 4) return word;
    const allowed = word.length >= 9 ? 2 : 1;
    let best = { word, distance: allowed + 1, count: 0 };
    for (const [candidate, count] of frequency) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      // Four-letter words only take a swap of two neighbouring letters ("waht").
      if (word.length === 4 && !isSwap(word, candidate)) continue;
      const distance = editDistance(word, candidate, allowed);
      if (distance > allowed) continue;
      if (distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
    }
    return best.word;
  };
}

/** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds limit. */
function editDistance(a: string, b: string, limit: number): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}
