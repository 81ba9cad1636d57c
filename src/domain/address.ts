import { domainToASCII, domainToUnicode } from 'node:url';
import { boundedText } from './userText';

/** What is wrong with a typed address, as a code the catalog words (its address.problems). */
export type AddressProblem =
  | 'empty'
  | 'too-long'
  | 'control-characters'
  | 'invisible-characters'
  | 'spaces'
  | 'look-alike-at'
  | 'no-at'
  | 'several-at'
  | 'nothing-before-at'
  | 'local-too-long'
  | 'local-dots'
  | 'local-character'
  | 'nothing-after-at'
  | 'domain-ends-with-dot'
  | 'invalid-domain'
  | 'domain-too-long'
  | 'domain-without-dot'
  | 'domain-is-ip'
  | 'too-long-encoded';

/**
 * Turns what a person typed into an address we may send to Microsoft, or what is wrong with
 * it. Nothing malformed leaves this function: lookups use `local@asciiDomain`.
 */
export type ParsedAddress =
  | {
      ok: true;
      /** Local part as typed, domain lower-cased (Unicode form). */
      address: string;
      local: string;
      /** Unicode, lower-case. */
      domain: string;
      /** Punycode: what the lookups use. */
      asciiDomain: string;
    }
  | { ok: false; problem: AddressProblem };

export type ValidAddress = Extract<ParsedAddress, { ok: true }>;

/** RFC 5321 limits: the whole path, the part before the @, the domain. */
export const ADDRESS_LIMITS = { address: 254, local: 64, domain: 253 } as const;
const { address: MAX_ADDRESS, local: MAX_LOCAL, domain: MAX_DOMAIN } = ADDRESS_LIMITS;
/** Dot-atom text (RFC 5322) plus non-ASCII letters (RFC 6531); quoted local parts are not accepted. */
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function invalid(problem: AddressProblem): ParsedAddress {
  return { ok: false, problem };
}

function checkLocal(local: string): AddressProblem | undefined {
  if (local === '') return 'nothing-before-at';
  if (local.length > MAX_LOCAL) return 'local-too-long';
  if (local.split('.').some((atom) => atom === '')) return 'local-dots';
  if (!local.split('.').every((atom) => LOCAL_ATOM.test(atom))) return 'local-character';
  return undefined;
}

function checkAsciiDomain(ascii: string): AddressProblem | undefined {
  if (ascii.length > MAX_DOMAIN) return 'domain-too-long';
  const labels = ascii.split('.');
  if (labels.length < 2) return 'domain-without-dot';
  if (!labels.every((label) => LABEL.test(label))) return 'invalid-domain';
  if (/^\d+$/.test(labels[labels.length - 1])) return 'domain-is-ip';
  return undefined;
}

export function parseAddress(input: string): ParsedAddress {
  const text = boundedText(input).trim();
  if (text === '') return invalid('empty');
  if (text.length > MAX_ADDRESS) return invalid('too-long');
  if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) return invalid('control-characters');
  // Checked before spaces: a byte-order mark counts as a space in JavaScript.
  if (hasInvisibleCharacter(text)) return invalid('invisible-characters');
  if (/\s/.test(text)) return invalid('spaces');
  const at = text.lastIndexOf('@');
  if (at < 0) return invalid(/[\uFF20\uFE6B]/.test(text) ? 'look-alike-at' : 'no-at');
  if (text.indexOf('@') !== at) return invalid('several-at');
  const local = text.slice(0, at);
  const rawDomain = text.slice(at + 1);
  const localProblem = checkLocal(local);
  if (localProblem) return invalid(localProblem);
  if (rawDomain === '') return invalid('nothing-after-at');
  if (rawDomain.endsWith('.')) return invalid('domain-ends-with-dot');
  // domainToASCII lower-cases, maps IDN labels to punycode and answers '' for a name it cannot convert.
  const asciiDomain = domainToASCII(rawDomain);
  if (asciiDomain === '') return invalid('invalid-domain');
  const domainProblem = checkAsciiDomain(asciiDomain);
  if (domainProblem) return invalid(domainProblem);
  const domain = domainToUnicode(asciiDomain);
  const address = `${local}@${domain}`;
  if (`${local}@${asciiDomain}`.length > MAX_ADDRESS) return invalid('too-long-encoded');
  return { ok: true, address, local, domain, asciiDomain };
}

/** The form sent to Microsoft. */
export function lookupAddress(address: ValidAddress): string {
  return `${address.local}@${address.asciiDomain}`;
}

/**
 * Scripts a domain label's letters are sorted into (Common and Inherited characters, such as
 * digits, hyphens and combining marks, belong to any). Letters of other scripts are not judged.
 */
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Cherokee', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Khmer', 'Mongolian', 'Ethiopic', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo',
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, 'u') }));
const ANY_SCRIPT = /^[\p{Script=Common}\p{Script=Inherited}]$/u;
/** Mixes that are one writing system (UTS #39 "highly restrictive"): Japanese, Chinese, Korean, each with Latin. */
const ONE_WRITING_SYSTEM = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** Whether a domain label mixes scripts, as a look-alike does ("pаypal" with a Cyrillic "а"). */
function mixesScripts(label: string): boolean {
  const scripts = new Set<string>();
  for (const character of label) {
    if (ANY_SCRIPT.test(character)) continue;
    const script = SCRIPTS.find(({ pattern }) => pattern.test(character));
    if (script) scripts.add(script.name);
  }
  return scripts.size > 1 && !ONE_WRITING_SYSTEM.some((system) => [...scripts].every((name) => system.includes(name)));
}

/**
 * An address (or a bare domain) as people should see it: unchanged, or, when a label of its
 * domain mixes scripts, with the domain's punycode beside it, so a look-alike shows as what
 * it is: `alex@pаypal.com (xn--pypal-4ve.com)`.
 */
export function addressForDisplay(address: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (!domain.split('.').some(mixesScripts)) return address;
  const ascii = domainToASCII(domain);
  return ascii ? `${address} (${ascii})` : address;
}

/** Code points outside Unicode's format characters that render as nothing or as a blank: grapheme joiner, Hangul fillers, braille blank, variation selectors. */
const INVISIBLE = new Set([0x034f, 0x115f, 0x1160, 0x2800, 0x3164, 0xffa0]);

function hasInvisibleCharacter(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\p{Cf}/u.test(ch) || INVISIBLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x180b && cp <= 0x180d)) return true;
  }
  return false;
}
