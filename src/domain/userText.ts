/**
 * Text people type reaches pattern matching only after `boundedText`: a chat message may be
 * 200 KB, and even a linear pattern should not be run over more than a question's worth.
 */

/** The most characters of one message that the bot reads (intents, commands, addresses, questions). */
export const MAX_USER_TEXT = 4096;

/** The first MAX_USER_TEXT characters of `text`, never cutting a surrogate pair in half. */
export function boundedText(text: string): string {
  if (text.length <= MAX_USER_TEXT) return text;
  const last = text.charCodeAt(MAX_USER_TEXT - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_USER_TEXT - 1 : MAX_USER_TEXT);
}

/**
 * `text` without the characters of `chars` at its end. A loop, because V8 runs `/[…]+$/`
 * from every position of a long run that is not at the end: quadratic.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
