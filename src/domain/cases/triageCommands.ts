import { CASE_CATEGORIES, type CaseCategory } from './case';
import { parseCaseId } from './caseId';

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

/** Anchored: a command is the whole message, so prose that mentions "cases" is not one. */
export function parseTriageCommand(text: string): TriageCommand | undefined {
  const t = text.trim().replace(/[.!]+$/, '').replace(/\s+/g, ' ').toLowerCase();
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
  const use = /^use this channel for (.+?)(?: cases)?$/.exec(t);
  if (use) {
    if (use[1] === 'all') return { kind: 'use-channel', categories: [...CASE_CATEGORIES] };
    const categories = use[1].split(/,| and /).map((w) => CATEGORY_WORDS[w.trim()]);
    if (categories.length && categories.every(Boolean)) return { kind: 'use-channel', categories: [...new Set(categories)] };
    return { kind: 'use-channel-usage' };
  }
  if (/^use this channel\b/.test(t)) return { kind: 'use-channel-usage' };
  return undefined;
}
