import { randomInt } from 'node:crypto';

/**
 * Case ids people read aloud and type into commands: `VL-` and five characters from an
 * alphabet without 0/O and 1/I, so no id can be misread. 32^5 ≈ 33 million ids; the
 * store still refuses a duplicate and the caller draws again (see openOrUpdateCase).
 */
export const CASE_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PREFIX = 'VL-';
const LENGTH = 5;
const CASE_ID = new RegExp(`^${PREFIX}[${CASE_ID_ALPHABET}]{${LENGTH}}$`);

export function newCaseId(draw: (max: number) => number = randomInt): string {
  let id = PREFIX;
  for (let i = 0; i < LENGTH; i++) id += CASE_ID_ALPHABET[draw(CASE_ID_ALPHABET.length)];
  return id;
}

export function isCaseId(text: string): boolean {
  return CASE_ID.test(text);
}

/** A case id as a person may type it (`vl-7k3qx`, `#VL-7K3QX`, `7K3QX`), or undefined. */
export function parseCaseId(text: string): string | undefined {
  const bare = text.trim().toUpperCase().replace(/^#/, '').replace(/^VL-?/, '');
  const id = `${PREFIX}${bare}`;
  return isCaseId(id) ? id : undefined;
}
