import { CASE_CATEGORIES, type CaseCategory } from './case';
import { parseCaseId } from './caseId';
import { boundedText, trimEndOf } from '../userText';

/** What a help-desk member can type in a channel (after the @mention is removed). */
export type TriageCommand =
  | { kind: 'cases' }
  | { kind: 'unassigned' }
  | { kind: 'mine' }
  | { kind: 'case'; id: string }
  | { kind: 'stats' }
  | { kind: 'export' }
  | { kind: 'repost' }
  | { kind: 'use-channel'; categories: CaseCategory[] }
  | { kind: 'use-channel-usage' };

const CATEGORY_WORDS: Record<string, CaseCategory> = {
  takeover: 'takeover',
  'tenant takeover': 'takeover',
  personal: 'personal-account',
  'personal-account': 'personal-account',
  'personal account': 'personal-account',
  mfa: 'mfa',
  other: 'other',
};

const USE_CHANNEL_FOR = 'use this channel for ';
const CASES_SUFFIX = ' cases';

/** Anchored: a command is the whole message, so prose that mentions "cases" is not one. */
export function parseTriageCommand(text: string): TriageCommand | undefined {
  const t = trimEndOf(boundedText(text).trim(), '.!').replace(/\s+/g, ' ').toLowerCase();
  if (/^(open )?cases$/.test(t)) return { kind: 'cases' };
  if (/^unassigned( cases)?$/.test(t)) return { kind: 'unassigned' };
  if (/^(mine|my cases)$/.test(t)) return { kind: 'mine' };
  if (/^stats$|^statistics$/.test(t)) return { kind: 'stats' };
  if (/^export( cases)?$/.test(t)) return { kind: 'export' };
  if (/^repost$/.test(t)) return { kind: 'repost' };
  const one = /^case #?([a-z0-9-]+)$/.exec(t);
  if (one) {
    const id = parseCaseId(one[1]);
    return id ? { kind: 'case', id } : undefined;
  }
  if (t.startsWith(USE_CHANNEL_FOR) && t.length > USE_CHANNEL_FOR.length) {
    // Sliced rather than matched with `(.+?)(?: cases)?$`, which retries the ending at every character.
    const named = t.slice(USE_CHANNEL_FOR.length);
    const words = named.endsWith(CASES_SUFFIX) && named.length > CASES_SUFFIX.length ? named.slice(0, -CASES_SUFFIX.length) : named;
    if (words === 'all') return { kind: 'use-channel', categories: [...CASE_CATEGORIES] };
    const categories = words.split(/,| and /).map((w) => CATEGORY_WORDS[w.trim()]);
    if (categories.length && categories.every(Boolean)) return { kind: 'use-channel', categories: [...new Set(categories)] };
    return { kind: 'use-channel-usage' };
  }
  if (/^use this channel\b/.test(t)) return { kind: 'use-channel-usage' };
  return undefined;
}
