/**
 * Tells what a typed message asks for: a journey (check an account, find admins, MFA
 * readiness, a draft), a conversation control (help, cancel, restart), or a free-text
 * question for the FAQ. Every pattern is anchored at both ends, so a word inside a longer
 * message ("helpdesk", "stop working") never triggers a journey.
 */

import type { DraftKind } from './drafts/types';
import { boundedText, trimEndOf } from './userText';

export type { DraftKind };

export type Intent =
  | { kind: 'diagnose'; address?: string }
  | { kind: 'admins' }
  | { kind: 'mfa' }
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'restart' }
  | { kind: 'draft'; draft: DraftKind }
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

/** What the message asks for. Anything that is not a journey or control is a question. */
export function classifyIntent(text: string): Intent {
  const cleaned = clean(boundedText(text));
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
function clean(text: string): string {
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
