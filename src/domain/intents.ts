/**
 * Tells what a typed message asks for: a journey (check an account, find admins, MFA
 * readiness, a draft), a conversation control (help, cancel, restart), or a free-text
 * question for the FAQ. Every pattern is anchored at both ends, so a word inside a longer
 * message ("helpdesk", "stop working") never triggers a journey. English is read by the
 * rules below; every language (English too) adds its words (src/text/<tag>/intents.ts),
 * matched as whole messages by Intents.
 */

import type { DraftKind } from './drafts/types';
import { phraseKey, politenessOf, withoutPoliteness, type Politeness } from './language/phrases';
import { closestTag } from './language/tags';
import type { IntentWords } from './language/words';
import { boundedText, trimEndOf } from './userText';

export type { DraftKind };

export type Intent =
  | { kind: 'diagnose'; address?: string }
  /** The person's watched addresses ("Tell me when it's fixed"), checked again now. */
  | { kind: 'checkAgain' }
  | { kind: 'admins' }
  | { kind: 'mfa' }
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'restart' }
  | { kind: 'draft'; draft: DraftKind }
  /** An admin's outreach campaign: only admins are answered (features/campaigns), anyone else gets what any unknown text gets. */
  | { kind: 'campaign' }
  /** An admin asking how their newest open campaign (or the one named by id) is going: admins only (features/campaignStatus). */
  | { kind: 'campaignStatus'; campaignId?: string }
  | { kind: 'smallTalk'; said: SmallTalk }
  | { kind: 'question'; text: string };

/** Things people say that need only a short, friendly answer. */
export type SmallTalk = 'thanks' | 'ok' | 'bye';

const ADDRESS = String.raw`[^\s@<>()"',;]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+`;
const MFA = String.raw`(?:(?:vl central|vlc|volume licensing central) )?(?:mfa|2fa|multi-?factor(?: authentication)?|multi factor(?: authentication)?)`;
const OWNER = String.raw`(?:my|our|the)(?: (?:tenant|organi[sz]ation|company|org)(?:'s)?)?`;
const ADMINS = String.raw`(?:(?:global|tenant|it) )?(?:admins?|administrators?)`;
const WHERE = String.raw`(?: (?:in|of|for) (?:my|our|the) (?:tenant|organi[sz]ation|company|org|domain))?`;
const CHECK = String.raw`(?:check|diagnose|test|verify|validate|look up|lookup|scan|analy[sz]e)`;
const ACCOUNT = String.raw`(?:(?:my|our|this|the|an?) )?(?:(?:vlsc|vl central|work|school|work or school|microsoft|email|e-mail) )*(?:account|address|email|e-mail|sign-?in|log-?in|user ?name|domain|tenant)`;
const WRITE = String.raw`(?:draft|write|compose|prepare|create|make|generate|give me|help me (?:write|draft))(?: me)?(?: (?:a|an|the|my))?`;
const LOGINS = String.raw`(?:more|extra|additional) (?:log-?ins|log ins|sign-?ins|sign ins|log-?in sessions|log in sessions|sessions)`;

/**
 * A few emoji, each optionally with a skin tone and the emoji presentation selector. Without
 * the `u` flag every emoji is its own fixed run of code units, so a run of them matches in one pass.
 */
const emoji = (...chars: string[]) => String.raw`(?:(?:${chars.join('|')})(?:\uD83C[\uDFFB-\uDFFF])?\uFE0F?)+`;
const THANKS_WORDS = String.raw`thanks|thank you|thank u|thanks a lot|thanks so much|thank you so much|thank you very much|many thanks|thx|ty|tysm|cheers|much appreciated|appreciate it`;
const OK_WORDS = String.raw`ok|okay|okey|k|kk|alright|all right|cool|great|nice|perfect|awesome|got it|understood|noted|sure|fine|good|will do|sounds good|yes|yep|yeah`;
const BYE_WORDS = String.raw`bye|goodbye|good bye|see you|see ya|cya|ttyl`;

/** A campaign id as people type it after "campaign status" (CP- and the id's characters, campaign.ts). */
const CAMPAIGN_ID = String.raw`cp-[a-z0-9]{1,16}`;
const CAMPAIGN_ID_WORD = new RegExp(`^${CAMPAIGN_ID}$`, 'i');
const campaignStatus = (id?: string): Intent => (id ? { kind: 'campaignStatus', campaignId: id.toUpperCase() } : { kind: 'campaignStatus' });

const rx = (source: string) => new RegExp(`^(?:${source})$`, 'i');
const ADDRESS_WORD = rx(ADDRESS);

/** Small talk, tried on the whole message first ("many thanks", "thanks, great") and then as the rules see it. */
const SMALL_TALK: ReadonlyArray<{ pattern: RegExp; said: SmallTalk }> = [
  { pattern: rx(`(?:(?:${OK_WORDS}),? )?(?:${THANKS_WORDS})(?:,? (?:${OK_WORDS}))?|${emoji('🙏', '❤', '💙', '🤝')}`), said: 'thanks' },
  { pattern: rx(`(?:${OK_WORDS})(?:,? (?:${OK_WORDS}))?|${emoji('👍', '👌', '✅', '🙂', '😊', '😀', '😄', '👏', '🎉', '💯')}`), said: 'ok' },
  { pattern: rx(`${BYE_WORDS}|${emoji('👋')}`), said: 'bye' },
];

function smallTalkOf(text: string): Intent | undefined {
  const found = SMALL_TALK.find((rule) => rule.pattern.test(text));
  return found ? { kind: 'smallTalk', said: found.said } : undefined;
}

/** Checked in order; the first match wins. Each is a whole message, start to end. */
const RULES: ReadonlyArray<{ pattern: RegExp; intent: (match: RegExpMatchArray) => Intent }> = [
  { pattern: rx(String.raw`cancel(?: (?:that|this|it))?|stop|quit|exit|abort|never ?mind|nvm|forget it`), intent: () => ({ kind: 'cancel' }) },
  { pattern: rx(String.raw`start over|start again|restart|reset|begin again|start from (?:the beginning|scratch)`), intent: () => ({ kind: 'restart' }) },
  {
    pattern: rx(String.raw`|\?+|help(?: me)?|menu|commands|options|what can (?:you|u) do|what do you do|what can i (?:do|ask)|show(?: me)? (?:the )?(?:menu|commands|options)|hi|hello|hey`),
    intent: () => ({ kind: 'help' }),
  },
  {
    pattern: rx(
      [
        MFA,
        `${MFA} (?:check|readiness|ready|status)`,
        `(?:check|test|verify)(?: (?:my|our|the))? ${MFA}(?: (?:readiness|status|setup|set ?up|ready))?`,
        `(?:is|are)(?: (?:my|our|the))? ${MFA} (?:ready|ok|okay|set ?up|configured|enabled|on)`,
        `(?:am i|are we|are my users) (?:${MFA} ready|ready for ${MFA})`,
      ].join('|'),
    ),
    intent: () => ({ kind: 'mfa' }),
  },
  {
    pattern: rx(
      [
        `(?:who(?:'s| is| are)|find|show(?: me)?|list|get|look up|lookup|tell me)(?: ${OWNER})? ${ADMINS}${WHERE}`,
        `(?:${OWNER} )?${ADMINS}`,
      ].join('|'),
    ),
    intent: () => ({ kind: 'admins' }),
  },
  {
    pattern: rx(
      [
        `${WRITE} (?:vlsc )?(?:disassociation|disassociate|dissociation)(?: (?:request|email|e-mail|form|web form|message))?`,
        `(?:request|ask for) (?:an? )?(?:account )?disassociation`,
        `(?:disassociate|dissociate) (?:my|our) (?:vlsc )?account`,
      ].join('|'),
    ),
    intent: () => ({ kind: 'draft', draft: 'disassociation' }),
  },
  {
    pattern: rx(
      [
        `(?:ask|request)(?: vlsc support)? for ${LOGINS}`,
        `(?:request|get me|get) ${LOGINS}`,
        `i need ${LOGINS}`,
        `${WRITE} (?:request|email|e-mail|message) (?:for|asking for) ${LOGINS}`,
        `${WRITE} (?:extra|more|additional)[- ]log-?ins? (?:request|email|e-mail|message)`,
      ].join('|'),
    ),
    intent: () => ({ kind: 'draft', draft: 'extra-logins' }),
  },
  {
    pattern: rx(
      [
        `${WRITE} (?:${MFA} support|support) (?:email|e-mail|mail|message|request)`,
        `${WRITE} (?:email|e-mail|mail|message) (?:to|for) (?:the )?(?:${MFA} support|mfavlcsupport(?:@microsoft\\.com)?)`,
        `(?:email|e-mail|mail|write to|contact) (?:the )?(?:${MFA} support|mfavlcsupport(?:@microsoft\\.com)?)`,
      ].join('|'),
    ),
    intent: () => ({ kind: 'draft', draft: 'mfa-support' }),
  },
  {
    pattern: rx(
      [
        `(?:${CHECK}|re-?check|look)(?: (?:it|them|that|my (?:account|address|addresses)))? again(?: now)?`,
        `re-?check(?: (?:it|them|now))?`,
        `(?:is|are) (?:it|they|my (?:account|address)) fixed(?: (?:yet|now))?`,
      ].join('|'),
    ),
    intent: () => ({ kind: 'checkAgain' }),
  },
  {
    pattern: rx(String.raw`(?:start|begin|create|new|run|launch|set up|setup)(?: (?:a|an|the|new|outreach))* campaign|new campaign`),
    intent: () => ({ kind: 'campaign' }),
  },
  {
    pattern: rx(
      String.raw`(?:(?:the|my|our) )?(?:campaign(?:'s)? (?:status|progress|report)|status of (?:the|my|our) campaign)(?: (${CAMPAIGN_ID}))?|how(?: is|'s) (?:the|my|our) campaign (?:going|doing)`,
    ),
    intent: (match) => campaignStatus(match[1]),
  },
  {
    pattern: rx(
      [
        ADDRESS,
        `${CHECK}(?: ${ACCOUNT})?(?: (?:for|of|with))?(?: ${ADDRESS})?`,
        `(?:is|are) ${ACCOUNT} (?:ok|okay|fine|ready|good|valid|right|correct|working|set ?up)`,
        `is ${ADDRESS} (?:ok|okay|fine|ready|valid|managed|unmanaged|a work(?: or school)? account)`,
        `(?:my|our) (?:address|email|e-mail|account|sign-?in|log-?in) is ${ADDRESS}`,
      ].join('|'),
    ),
    intent: (match) => {
      // Every rule has the address as a word of its own: testing words is linear, a search is not.
      const address = match[0].split(' ').find((word) => ADDRESS_WORD.test(word));
      return address ? { kind: 'diagnose', address } : { kind: 'diagnose' };
    },
  },
];

/**
 * Politeness and lead-ins that do not change what is asked: "please", "can you", "I want to".
 * Anchored at the start, and each lead-in ends in spaces before the next one's letters, so it
 * is tried once, in one pass.
 */
const LEAD_IN = /^(?:(?:please|pls|plz|kindly|hi|hello|hey|ok|okay|so|bot)\b[,!]?\s+|(?:can|could|would|will) (?:you|u)\s+|i(?:'d| would) like to\s+|i want to\s+|i wanna\s+|let'?s\s+)+/i;
/** A thank-you before a request ("thanks, cancel"): dropped from the request, kept for small talk ("thanks, great"). */
const LEADING_THANKS = /^(?:thanks|thank you|thx)\b[,!]?\s+/i;
/** Courtesies at the end ("…, please", "… thanks"), each after a space or a comma. */
const COURTESIES = ['please', 'pls', 'plz', 'thanks', 'thank you', 'thx'];
const COURTESY_SEPARATORS = ' ,';
/** Punctuation and spaces that end a message without changing it. */
const END_PUNCTUATION = ' .!?,;:';
/**
 * Teams mention markup and other tags. A mention may not hold a "<" and a tag may not hold
 * another "<", so each scan stops at the next "<": linear, where `<at>.*?</at>` and `<[^>]+>`
 * rescan the rest of the message from every "<".
 */
const MENTION = /<at>[^<]*<\/at>/gi;
/** Teams may send an emoji as a tag carrying it in `alt`; each scan stops at the tag's end or the next quote. */
const EMOJI_TAG = /<emoji\b[^<>]*>/gi;
const ALT = /\balt="([^"<>]*)"/i;
const TAG = /<[^<>]+>/g;

/** What the message asks for, read by the English rules. Anything that is not a journey or control is a question. */
export function classifyIntent(text: string): Intent {
  return readIntent(clean(boundedText(text)));
}

/** The English rules, then (when given) the words of other languages, then an address attempt, else a question. */
function readIntent(cleaned: string, inWords?: (cleaned: string) => Intent | undefined): Intent {
  const whole = trimEndOf(cleaned, END_PUNCTUATION);
  const core = trimEndOf(withoutCourtesies(withoutTrailingEmoji(whole)), END_PUNCTUATION).replace(LEADING_THANKS, '').replace(LEAD_IN, '');
  const smallTalk = smallTalkOf(whole.replace(LEAD_IN, '')) ?? (core ? smallTalkOf(core) : undefined);
  if (smallTalk) return smallTalk;
  // A lone "?" is a request for help, which stripping the punctuation would lose.
  const candidate = core === '' && cleaned.includes('?') ? '?' : core;
  for (const rule of RULES) {
    const match = candidate.match(rule.pattern);
    if (match) return rule.intent(match);
  }
  const said = inWords?.(cleaned);
  if (said) return said;
  const attempt = addressAttempt(candidate);
  return attempt ? { kind: 'diagnose', address: attempt } : { kind: 'question', text: cleaned };
}

const CHECK_START = rx(`${CHECK}(?: .*)?`);

/**
 * A typed address that is not a valid one, so the check can say why: the word with an "@"
 * in "check <…>", or a message that is one such word ("x@@y", "bob@"). Found by splitting
 * into words, which is linear; `CHECK_START` only looks at the start.
 */
function addressAttempt(text: string): string | undefined {
  const words = text.split(' ');
  const withAt = words.map(unwrapped).find((word) => AT_SIGNS.some((at) => word.includes(at)));
  if (!withAt) return undefined;
  return words.length === 1 || CHECK_START.test(text) ? withAt : undefined;
}

/** The "@" and the look-alikes phones and IMEs type for it (full-width, small). */
const AT_SIGNS = ['@', '\uFF20', '\uFE6B'];

/** Brackets, quotes and markdown emphasis around a typed address ("(bob@contoso.com)", "**bob@**"), which are not part of it. */
const WRAPPING = `()[]{}"'«»“”,;:*_\``;

function unwrapped(word: string): string {
  let start = 0;
  while (start < word.length && WRAPPING.includes(word[start])) start++;
  return trimEndOf(word.slice(start), WRAPPING);
}

/** Emoji and their modifiers that end a message ("cancel 👍"); read from the end, one character at a time (linear). */
const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D| )$/u;

function withoutTrailingEmoji(text: string): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && EMOJI_PART.test(chars[end - 1])) end--;
  return end === chars.length ? text : chars.slice(0, end).join('');
}

/** `text` without the courtesies at its end and the separators before them. */
function withoutCourtesies(text: string): string {
  let rest = text;
  for (;;) {
    const word = COURTESIES.find(
      (w) => rest.length > w.length && COURTESY_SEPARATORS.includes(rest[rest.length - w.length - 1]) && rest.slice(-w.length).toLowerCase() === w,
    );
    if (!word) return rest;
    rest = trimEndOf(rest.slice(0, -word.length), COURTESY_SEPARATORS);
  }
}

/** Removes Teams mention markup and leftovers ("<at>VL Sign-in Assistant</at>", "@bot"), and extra spaces. */
export function clean(text: string): string {
  const words = text
    .replace(MENTION, ' ')
    .replace(EMOJI_TAG, (tag) => ALT.exec(tag)?.[1] ?? ' ')
    .replace(TAG, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  const firstWord = words.findIndex((word) => !(word.length > 1 && word.startsWith('@')));
  return firstWord < 0 ? '' : words.slice(firstWord).join(' ');
}

/** A language's conversation words, by its BCP 47 tag. */
export interface IntentLanguage {
  tag: string;
  intents: IntentWords;
}

/** What may surround an address's name part: no spaces, markup, quotes, brackets, nor CJK letters it is typed against. */
const NOT_IN_NAME = /[\s@<>()"',;\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const DOMAIN_CHAR = /[a-z0-9.-]/i;

/**
 * Reads typed messages in several languages: the English rules first (classifyIntent), then
 * each language's words as whole messages, with its lead-ins and courtesies trimmed. Help,
 * cancel and restart words of every language work in every chat ("cancel always works");
 * the other words in the turn's language and English. A `check` phrase with an address before
 * or after it checks that address; an address alone does in any language. Each step looks at
 * a character a bounded number of times: no pattern runs over the whole message.
 */
export class Intents {
  private readonly tags: readonly string[];
  private readonly phrasesByTag: ReadonlyMap<string, ReadonlyMap<string, Intent>>;
  private readonly checksByTag: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every language's lead-ins and courtesies: politeness is dropped whatever its language. */
  private readonly politeness: Politeness;

  constructor(languages: readonly IntentLanguage[]) {
    this.tags = languages.map((language) => language.tag);
    this.politeness = politenessOf(languages.map((language) => language.intents));
    const controls = languages.flatMap((language) => controlPhrases(language.intents));
    const english = languages.filter((language) => language.tag.toLowerCase().startsWith('en'));
    const spokenIn = (language: IntentLanguage) => [language, ...english.filter((other) => other !== language)];
    // The turn's language first, then English, then the controls of all: an earlier entry keeps its phrase.
    this.phrasesByTag = new Map(
      languages.map((language) => {
        const phrases = new Map<string, Intent>();
        for (const [phrase, intent] of [...spokenIn(language).flatMap((spoken) => journeyPhrases(spoken.intents)), ...controls]) {
          const key = phraseKey(phrase);
          if (key && !phrases.has(key)) phrases.set(key, intent);
        }
        return [language.tag, phrases];
      }),
    );
    this.checksByTag = new Map(languages.map((language) => [language.tag, new Set(spokenIn(language).flatMap((spoken) => spoken.intents.check.map(phraseKey)))]));
  }

  /** What the message asks for in a chat whose language is `tag` (the turn's; the closest registered one serves). */
  classify(text: string, tag?: string): Intent {
    const language = closestTag(tag, this.tags);
    return readIntent(clean(boundedText(text)), (cleaned) => this.inWords(cleaned, language));
  }

  /** A campaign-status phrase with a campaign id as its first or last word ("Kampagnenstatus CP-ABCDEFGH"). */
  private campaignNamed(cleaned: string, language: string): Intent | undefined {
    const words = cleaned.split(' ');
    if (words.length < 2) return undefined;
    const phrases = this.phrasesByTag.get(language);
    for (const [id, rest] of [[words[words.length - 1], words.slice(0, -1)], [words[0], words.slice(1)]] as const) {
      if (!CAMPAIGN_ID_WORD.test(id)) continue;
      const said = phrases?.get(withoutPoliteness(phraseKey(rest.join(' ')), this.politeness));
      if (said?.kind === 'campaignStatus') return campaignStatus(id);
    }
    return undefined;
  }

  private inWords(cleaned: string, language: string): Intent | undefined {
    const key = withoutPoliteness(phraseKey(withoutTrailingEmoji(cleaned)), this.politeness);
    const phrase = this.phrasesByTag.get(language)?.get(key);
    if (phrase) return phrase;
    const named = this.campaignNamed(cleaned, language);
    if (named) return named;
    const checks = this.checksByTag.get(language);
    const isCheck = (rest: string) => {
      const key = withoutPoliteness(phraseKey(rest), this.politeness);
      return key === '' || Boolean(checks?.has(key));
    };
    const found = addressIn(cleaned.normalize('NFKC'));
    if (found) return isCheck(`${found.before} ${found.after}`) ? { kind: 'diagnose', address: found.address } : undefined;
    // A check phrase with a word that is not a valid address ("prüfe bob@"): the check says why.
    const words = cleaned.split(' ');
    const attempt = words.findIndex((word) => AT_SIGNS.some((at) => word.includes(at)));
    if (attempt < 0 || words.length === 1) return undefined;
    return isCheck(words.filter((_, i) => i !== attempt).join(' ')) ? { kind: 'diagnose', address: unwrapped(words[attempt]) } : undefined;
  }
}

/** Help, cancel and restart: they work in a chat of any language. */
function controlPhrases(words: IntentWords): Array<readonly [string, Intent]> {
  return [
    ...words.cancel.map((phrase) => [phrase, { kind: 'cancel' }] as const),
    ...words.restart.map((phrase) => [phrase, { kind: 'restart' }] as const),
    ...words.help.map((phrase) => [phrase, { kind: 'help' }] as const),
  ];
}

/** The words that start a journey or are small talk, read in the turn's language and English. */
function journeyPhrases(words: IntentWords): Array<readonly [string, Intent]> {
  const drafts = Object.entries(words.drafts) as Array<[DraftKind, readonly string[]]>;
  const smallTalk = Object.entries(words.smallTalk) as Array<[SmallTalk, readonly string[]]>;
  return [
    ...controlPhrases(words),
    ...words.check.map((phrase) => [phrase, { kind: 'diagnose' }] as const),
    ...words.checkAgain.map((phrase) => [phrase, { kind: 'checkAgain' }] as const),
    ...words.admins.map((phrase) => [phrase, { kind: 'admins' }] as const),
    ...words.mfa.map((phrase) => [phrase, { kind: 'mfa' }] as const),
    ...words.campaign.map((phrase) => [phrase, { kind: 'campaign' }] as const),
    ...words.campaignStatus.map((phrase) => [phrase, { kind: 'campaignStatus' }] as const),
    ...drafts.flatMap(([draft, phrases]) => phrases.map((phrase) => [phrase, { kind: 'draft', draft }] as const)),
    ...smallTalk.flatMap(([said, phrases]) => phrases.map((phrase) => [phrase, { kind: 'smallTalk', said }] as const)),
  ];
}

/**
 * The first valid address in `text` and the text around it. From each "@", the name part runs
 * back and the domain forward, each stopping at the next "@", so every character is read at
 * most twice; the address may touch Japanese, Chinese or Korean text ("bob@contoso.comを確認").
 */
function addressIn(text: string): { address: string; before: string; after: string } | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && !NOT_IN_NAME.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end])) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const address = text.slice(start, end);
    if (ADDRESS_WORD.test(address)) return { address, before: text.slice(0, start), after: text.slice(end) };
  }
  return undefined;
}
