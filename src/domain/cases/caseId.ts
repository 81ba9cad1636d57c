import { randomInt } from 'node:crypto';

/**
 * Case ids people read aloud and type into commands: `VL-` and eight characters from an
 * alphabet without 0/O and 1/I, so no id can be misread. 32^8 ≈ 10^12 ids, so guessing
 * one is hopeless (lookups are also rate-limited and authorised); the store still
 * refuses a duplicate and the caller draws again (see openOrUpdateCase). Ids of five
 * characters, from before, are still read.
 */
export const CASE_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PREFIX = 'VL-';
const LENGTH = 8;
const LEGACY_LENGTH = 5;
const CASE_ID = new RegExp(`^${PREFIX}(?:[${CASE_ID_ALPHABET}]{${LENGTH}}|[${CASE_ID_ALPHABET}]{${LEGACY_LENGTH}})$`);

export function newCaseId(draw: (max: number) => number = randomInt): string {
  let id = PREFIX;
  for (let i = 0; i < LENGTH; i++) id += CASE_ID_ALPHABET[draw(CASE_ID_ALPHABET.length)];
  return id;
}

export function isCaseId(text: string): boolean {
  return CASE_ID.test(text);
}

/** A case id as a person may type it (`vl-7k3qx2pm`, `#VL-7K3QX2PM`, `7K3QX2PM`), or undefined. */
export function parseCaseId(text: string): string | undefined {
  const bare = text.trim().toUpperCase().replace(/^#/, '').replace(/^VL-?/, '');
  const id = `${PREFIX}${bare}`;
  return isCaseId(id) ? id : undefined;
}
