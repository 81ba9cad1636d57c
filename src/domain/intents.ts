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
  | { kind: 'question'; text: string };

const ADDRESS = String.raw`[^\s@<>()"',;]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+`;
const MFA = String.raw`(?:(?:vl central|vlc|volume licensing central) )?(?:mfa|2fa|multi-?factor(?: authentication)?|multi factor(?: authentication)?)`;
const OWNER = String.raw`(?:my|our|the)(?: (?:tenant|organi[sz]ation|company|org)(?:'s)?)?`;
const ADMINS = String.raw`(?:(?:global|tenant|it) )?(?:admins?|administrators?)`;
const WHERE = String.raw`(?: (?:in|of|for) (?:my|our|the) (?:tenant|organi[sz]ation|company|org|domain))?`;
const CHECK = String.raw`(?:check|diagnose|test|verify|validate|look up|lookup|scan|analy[sz]e)`;
const ACCOUNT = String.raw`(?:(?:my|our|this|the|an?) )?(?:(?:vlsc|vl central|work|school|work or school|microsoft|email|e-mail) )*(?:account|address|email|e-mail|sign-?in|log-?in|user ?name|domain|tenant)`;
const WRITE = String.raw`(?:draft|write|compose|prepare|create|make|generate|give me|help me (?:write|draft))(?: me)?(?: (?:a|an|the|my))?`;
const LOGINS = String.raw`(?:more|extra|additional) (?:log-?ins|log ins|sign-?ins|sign ins|log-?in sessions|log in sessions|sessions)`;

const rx = (source: string) => new RegExp(`^(?:${source})$`, 'i');
const ADDRESS_WORD = rx(ADDRESS);

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
const TAG = /<[^<>]+>/g;

/** What the message asks for. Anything that is not a journey or control is a question. */
export function classifyIntent(text: string): Intent {
  const cleaned = clean(boundedText(text));
  const core = trimEndOf(withoutCourtesies(trimEndOf(cleaned, END_PUNCTUATION)), END_PUNCTUATION).replace(LEAD_IN, '');
  // A lone "?" is a request for help, which stripping the punctuation would lose.
  const candidate = core === '' && cleaned.includes('?') ? '?' : core;
  for (const rule of RULES) {
    const match = candidate.match(rule.pattern);
    if (match) return rule.intent(match);
  }
  return { kind: 'question', text: cleaned };
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
    .replace(TAG, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  const firstWord = words.findIndex((word) => !(word.length > 1 && word.startsWith('@')));
  return firstWord < 0 ? '' : words.slice(firstWord).join(' ');
}
